import { describe, expect, it } from "vitest";
import { feedTitle, looksLikeFeed, parseFeed } from "./parse-feed.js";

const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.org/"><title>RDF feed</title><link>https://example.org/</link><description>d</description></channel>
  <item rdf:about="https://example.org/1"><title>Talks resume</title><link>https://example.org/1</link>
    <description>Mediators said talks would resume on Sunday.</description><dc:date>2024-02-07T08:00:00Z</dc:date><dc:creator>Bo Writer</dc:creator></item>
</rdf:RDF>`;

const jsonFeed = JSON.stringify({
  version: "https://jsonfeed.org/version/1.1",
  title: "JSON feed",
  items: [
    {
      id: "1",
      url: "https://example.org/j",
      title: "Envoy in Doha",
      content_html: "<p>First.</p><p>Second.</p>",
      date_published: "2024-02-07T00:00:00Z",
      authors: [{ name: "Al Author" }],
    },
  ],
});

/** A one-item RSS feed whose item has the given pubDate. */
const datedRss = (
  date: string,
) => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://example.org/</link>
      <item><title>Floods close highway</title><link>https://example.org/2</link><description>The highway closed.</description>
      <pubDate>${date}</pubDate></item></channel></rss>`;

describe("parseFeed", () => {
  it("reads RDF (RSS 1.0) items with Dublin Core date and creator", () => {
    const [item] = parseFeed(rdf, { input: "feed.rdf" });
    expect(item?.link).toBe("https://example.org/1");
    expect(item?.draft).toMatchObject({
      title: "Talks resume",
      author: "Bo Writer",
      publishedAt: "2024-02-07T08:00:00.000Z",
    });
  });

  it("keeps the offset or North American zone an RSS pubDate writes (“+1000”, “EST”)", () => {
    expect(parseFeed(datedRss("Tue, 03 Mar 2026 06:00:00 +1000"), { input: "feed.xml" })[0]?.draft.publishedAt).toBe(
      "2026-03-03T06:00:00.000+10:00",
    );
    expect(parseFeed(datedRss("Fri, 13 Nov 2026 23:00:00 EST"), { input: "feed.xml" })[0]?.draft.publishedAt).toBe(
      "2026-11-13T23:00:00.000-05:00",
    );
    expect(parseFeed(datedRss("Fri, 13 Nov 2026 23:00:00 GMT"), { input: "feed.xml" })[0]?.draft.publishedAt).toBe(
      "2026-11-13T23:00:00.000Z",
    );
  });

  it("keeps the offset a zone name tells one clock of (“AEST”, “CET”), and keeps a shared one’s (“IST”) time as written, offset unknown", () => {
    const published = (date: string) => parseFeed(datedRss(date), { input: "feed.xml" })[0]?.draft.publishedAt;
    expect(published("Tue, 03 Mar 2026 06:00:00 AEST")).toBe("2026-03-03T06:00:00.000+10:00");
    expect(published("Tue, 03 Mar 2026 23:30:00 CET")).toBe("2026-03-03T23:30:00.000+01:00");
    expect(published("Tue, 03 Mar 2026 6:00 PM NZDT")).toBe("2026-03-03T18:00:00.000+13:00");
    // India's, Israel's or Ireland's: the day and time stay as written.
    expect(published("Tue, 03 Mar 2026 23:30:00 IST")).toBe("2026-03-03T23:30:00.000-00:00");
    expect(published("Tue, 03 Mar 2026 23:30:00 -0000")).toBe("2026-03-03T23:30:00.000-00:00");
  });

  it("reads JSON Feed items, turning HTML content into paragraphs", () => {
    const [item] = parseFeed(jsonFeed, { input: "feed.json" });
    expect(item?.draft).toMatchObject({
      title: "Envoy in Doha",
      author: "Al Author",
      originalText: "First.\n\nSecond.",
      url: "https://example.org/j",
    });
  });

  it("recognises feeds by media type or root element, and refuses what is not one", () => {
    expect(looksLikeFeed(rdf)).toBe(true);
    expect(looksLikeFeed(jsonFeed)).toBe(true);
    expect(looksLikeFeed("<html><body>x</body></html>", "text/html")).toBe(false);
    expect(looksLikeFeed("anything", "application/atom+xml")).toBe(true);
    expect(() => parseFeed("<html><body>not a feed</body></html>", { input: "page.xml" })).toThrowError(
      expect.objectContaining({ code: "INPUT_MALFORMED", input: "page.xml" }),
    );
  });
});

describe("feedTitle", () => {
  it("reads the channel's or feed's own title, before any item's", () => {
    expect(feedTitle(rdf)).toBe("RDF feed");
    expect(feedTitle(jsonFeed)).toBe("JSON feed");
    expect(
      feedTitle(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="text"><![CDATA[Wire & Co]]></title><entry><title>Item</title></entry></feed>',
      ),
    ).toBe("Wire & Co");
    expect(feedTitle("<rss><channel><title>Q &amp; A</title></channel></rss>")).toBe("Q & A");
    expect(feedTitle("<rss><channel></channel></rss>")).toBeNull();
  });
});
