import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { unlinkRoundupItems } from "./link-roundup-items.js";
import { parseHtml } from "./parse-html.js";

const pageUrl = "https://weekly.example/issues/42";
const commentary = [
  "A clear walk through how the scheduler hands work between threads, with diagrams that make the waiting visible.",
  "The author measured three caching schemes on a real shop's traffic and explains why the simplest one won in the end.",
  "If your build takes minutes, this short guide shows which settings matter and which are folklore, with numbers for each.",
  "Worth reading before your next release: how one team cut their crash rate in half by logging less, not more.",
];
const item = (index: number, host = "blog.other.example") =>
  `<div class="entry-item"><h3 class="entry-title"><a href="https://${host}/post-${index}">Headline of the linked post number ${index}</a></h3>` +
  `<p>${commentary[index]}</p><p><a href="https://${host}/post-${index}">Original title ${index}</a> by <a href="https://${host}/about">Writer ${index}</a></p>` +
  `<a class="more" href="https://${host}/">Learn more about this blog</a></div>`;
const roundup = (host?: string) =>
  `<html><head><title>Weekly links, issue 42</title></head><body><nav><a href="/">Home</a> <a href="/archive">Archive</a></nav>` +
  `<main><h2 class="section-title">Tools</h2>${item(0, host)}${item(1, host)}<h2 class="section-title">Practice</h2>${item(2, host)}${item(3, host)}</main>` +
  `<footer><p>You received this because you subscribed.</p></footer></body></html>`;

const linksLeft = (html: string) => {
  const { document } = parseHTML(html);
  unlinkRoundupItems(document as never, pageUrl);
  return document.querySelectorAll("a").length;
};

describe("unlinkRoundupItems", () => {
  it("unlinks items alike that link other sites with a paragraph of commentary each and hold the page's prose", () => {
    // The two menu links stay; the items' twelve go, and their calls to action with them.
    expect(linksLeft(roundup())).toBe(2);
  });

  it("leaves items linking the page's own site, a related box beside a longer article, and fewer than three items", () => {
    expect(linksLeft(roundup("weekly.example"))).toBe(18);
    const article = `<p>${"The council met on Tuesday and voted to keep the library open for another year, after a long debate. ".repeat(12)}</p>`;
    const beside = `<html><body><article>${article}</article><aside>${item(0)}${item(1)}${item(2)}</aside></body></html>`;
    expect(linksLeft(beside)).toBe(12);
    expect(linksLeft(`<html><body>${item(0)}${item(1)}</body></html>`)).toBe(8);
    // A class most of whose elements hold no commentary is a layout's ("container"), not a roundup's items.
    const empty = '<div class="entry-item"><img src="/a.png"></div>'.repeat(4);
    expect(linksLeft(`<html><body>${item(0)}${item(1)}${item(2)}${empty}</body></html>`)).toBe(12);
  });
});

describe("parseHtml: a link roundup", () => {
  it("keeps every item of a curated newsletter, its headline, commentary and credit", () => {
    const text = parseHtml(roundup(), { input: pageUrl }).originalText;
    expect(text).not.toContain("Learn more");
    for (const [index, words] of commentary.entries()) {
      expect(text).toContain(words);
      expect(text).toContain(`Headline of the linked post number ${index}`);
      expect(text).toContain(`Original title ${index} by Writer ${index}`);
    }
  });
});
