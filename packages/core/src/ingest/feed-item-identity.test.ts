import { describe, expect, it } from "vitest";
import { feedItemIdentity } from "./feed-item-identity.js";
import { parseFeed } from "./parse-feed.js";

const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items}</channel></rss>`;

function identities(document: string) {
  return parseFeed(document, { input: "https://wire.example/feed" }).map(feedItemIdentity);
}

describe("feedItemIdentity", () => {
  it("keys an item by its guid, else its link, else its text", () => {
    const [byGuid, byLink, byText] = identities(
      rss(`<item><guid isPermaLink="false">wire-1</guid><link>https://wire.example/a</link><title>A</title><description>Alpha.</description></item>
           <item><link>https://wire.example/b</link><title>B</title><description>Beta.</description></item>
           <item><title>C</title><description>Gamma.</description></item>`),
    );
    expect(byGuid?.key).toBe("guid:wire-1");
    expect(byLink?.key).toBe("link:https://wire.example/b");
    expect(byText?.key).toMatch(/^text:[0-9a-f]{64}$/);
  });

  it("keeps the key of an item edited in place and changes its hash; the same item twice is the same", () => {
    const original = rss(
      `<item><guid>wire-1</guid><title>Quake kills 12</title><description>At least 12 people died.</description></item>`,
    );
    const edited = rss(
      `<item><guid>wire-1</guid><title>Quake kills 14</title><description>At least 14 people died.</description></item>`,
    );
    const [before] = identities(original);
    const [again] = identities(original);
    const [after] = identities(edited);
    expect(after?.key).toBe(before?.key);
    expect(after?.hash).not.toBe(before?.hash);
    expect(again).toEqual(before);
  });

  it("keeps very long keys indexable by hashing them", () => {
    const [item] = identities(rss(`<item><guid>${"x".repeat(2000)}</guid><description>Text.</description></item>`));
    expect(item?.key).toMatch(/^guid:sha256:[0-9a-f]{64}$/);
  });
});
