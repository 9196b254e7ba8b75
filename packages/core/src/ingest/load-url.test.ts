import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, serveFixture, startFixtureServer } from "../../test-fixtures/ingest/fixture-server.js";
import { loadInputs } from "./load-inputs.js";
import type { LoadOptions } from "./load-options.js";
import type { LoadResult } from "./load-result.js";

let server: Awaited<ReturnType<typeof startFixtureServer>>;
const local: LoadOptions = { allowHosts: ["127.0.0.1"], timeoutMs: 2000 };

beforeAll(async () => {
  server = await startFixtureServer({
    "/feed.xml": serveFixture("feed-rss.xml", "application/rss+xml; charset=utf-8"),
    "/feed-generic.xml": serveFixture("feed-atom.xml", "text/xml"),
    "/feed-malformed.xml": serveFixture("feed-malformed.xml", "application/rss+xml"),
    "/feed-unclosed-item.xml": serveFixture("feed-unclosed-item.xml", "application/rss+xml"),
    "/news/cairo-teaser": serveFixture("teaser-page.html", "text/html"),
    "/news/blinken-doha": serveFixture("article.html", "text/html"),
    "/article": serveFixture("article.html", "text/html; charset=utf-8"),
    "/note.txt": (_request, response) =>
      response
        .writeHead(200, { "content-type": "text/plain; charset=utf-8" })
        .end("Talks resume\n\nMediators said talks would resume on Sunday."),
    "/corpus.jsonl": serveFixture("corpus.jsonl", "application/json"),
    "/slow": () => {},
    "/bomb.xml": serveFixture("entity-bomb.xml", "application/xml"),
    "/bomb-text.xml": serveFixture("entity-bomb.xml", "text/xml; charset=utf-8"),
    "/bomb-feed.rss": serveFixture("entity-bomb-feed.rss", "application/rss+xml"),
  });
});
afterAll(() => server.close());

async function collect(inputs: string[], options: LoadOptions = local): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for await (const result of loadInputs(inputs, options)) results.push(result);
  return results;
}

describe("loadInputs: URLs", () => {
  it("reports an entity bomb served as XML, alone or as a feed's item, as having no article in it", async () => {
    const results = await collect([
      `${server.base}/bomb.xml`,
      `${server.base}/bomb-text.xml`,
      `${server.base}/bomb-feed.rss`,
    ]);
    expect(results.map((result) => ("error" in result ? [result.input, result.error.code] : result))).toEqual([
      [`${server.base}/bomb.xml`, "INPUT_EMPTY"],
      [`${server.base}/bomb-text.xml`, "INPUT_EMPTY"],
      [`${server.base}/bomb-feed.rss#bomb-1`, "INPUT_EMPTY"],
    ]);
    for (const result of results) if ("error" in result) expect(result.error.message).toContain("no article in it");
  });

  it("loads an HTML page with its metadata", async () => {
    const [result] = await collect([`${server.base}/article`]);
    expect(result && "drafts" in result).toBe(true);
    if (!result || !("drafts" in result)) return;
    expect(result.input).toBe(`${server.base}/article`);
    expect(result.drafts[0]).toMatchObject({
      title: "Qatar says Gaza truce talks will resume in Doha",
      source: "Example News",
      publishedAt: "2024-10-24T09:30:00.000Z",
    });
  });

  it("loads plain text and corpus JSONL by content type", async () => {
    const results = await collect([`${server.base}/note.txt`, `${server.base}/corpus.jsonl`]);
    const drafts = results.flatMap((result) => ("drafts" in result ? result.drafts : []));
    expect(drafts[0]).toMatchObject({ title: "Talks resume", url: `${server.base}/note.txt` });
    expect(drafts.slice(1).map((draft) => draft.externalId)).toEqual(["c-1", "c-2"]);
  });

  it("expands a feed: full items directly, teasers through their page, failures per item", async () => {
    const results = await collect([`${server.base}/feed.xml`]);
    expect(
      results.map((result) => [result.input, "error" in result ? result.error.code : result.drafts.length]),
    ).toEqual([
      [`${server.base}/feed.xml`, 1],
      [`${server.base}/news/cairo-teaser`, 1],
      [`${server.base}/missing`, "FETCH_HTTP_STATUS"],
    ]);
    const [full, teaser] = results.flatMap((result) => ("drafts" in result ? result.drafts : []));
    expect(full).toMatchObject({
      title: "Blinken says negotiators will meet within days",
      author: "Sam Writer",
      publishedAt: "2024-10-24T10:00:00.000Z",
      url: `${server.base}/news/blinken-doha`,
    });
    expect(full?.originalText.split("\n\n")).toHaveLength(3);
    // The page gives the text and title; the feed item fills in the date the page lacks.
    expect(teaser).toMatchObject({
      title: "Mediators meet in Cairo as truce efforts resume",
      source: "Example Wire",
      publishedAt: "2024-10-24T12:00:00.000Z",
    });
    expect(teaser?.originalText).toContain("Previous rounds of negotiations brokered by Egypt");
  });

  it("recognises a feed served as generic XML and refuses a malformed one", async () => {
    const results = await collect([`${server.base}/feed-generic.xml`, `${server.base}/feed-malformed.xml`]);
    expect(
      "drafts" in (results[0] ?? {}) && results[0] && "drafts" in results[0] ? results[0].drafts[0]?.title : null,
    ).toBe("Israel-Hamas talks drag on in Qatar");
    const malformed = results[1];
    expect(malformed && "error" in malformed ? malformed.error.code : null).toBe("INPUT_MALFORMED");
  });

  it("refuses a feed that is not well-formed XML, naming it and the place, and goes on with the batch", async () => {
    // feedsmith alone reads this feed, folding the second item into the first (its </item> is missing).
    const unclosed = `${server.base}/feed-unclosed-item.xml`;
    const results = await collect([unclosed, `${server.base}/feed-malformed.xml`, `${server.base}/feed.xml`]);
    const [first, second, third] = results.map((result) => ("error" in result ? result.error : null));
    expect(first).toMatchObject({ code: "INPUT_MALFORMED", input: unclosed });
    expect(first?.message).toBe(
      "The feed is not well-formed XML at line 16, column 3: Expected closing tag 'item' (opened in line 7, col 5) instead of closing tag 'channel'.",
    );
    expect(second).toMatchObject({ code: "INPUT_MALFORMED", input: `${server.base}/feed-malformed.xml` });
    expect(second?.message).toBe(
      "The feed is not well-formed XML: it ends with tags left open (rss, channel, title, item, title)",
    );
    expect(third).toBeNull();
    expect(results.slice(2).some((result) => "drafts" in result && result.drafts.length > 0)).toBe(true);
  });

  it("reports 404, timeouts and forbidden addresses per input", async () => {
    const results = await collect(
      [`${server.base}/nope`, `${server.base}/slow`, `http://localhost:${server.port}/article`],
      { allowHosts: ["127.0.0.1"], timeoutMs: 300 },
    );
    expect(results.map((result) => ("error" in result ? result.error.code : "ok"))).toEqual([
      "FETCH_HTTP_STATUS",
      "FETCH_TIMEOUT",
      "FETCH_FORBIDDEN_ADDRESS",
    ]);
  });

  it("uses an injected fetcher instead of the network", async () => {
    const requested: string[] = [];
    const results = await collect(["https://news.example.org/feed"], {
      fetchUrl: async (url) => {
        requested.push(url);
        if (url === "https://news.example.org/feed")
          return {
            requestedUrl: url,
            url,
            contentType: "application/atom+xml",
            text: fixture("feed-atom.xml"),
            validators: { etag: null, lastModified: null },
          };
        throw new Error(`unexpected ${url}`);
      },
    });
    expect(requested).toEqual(["https://news.example.org/feed"]);
    expect(results[0] && "drafts" in results[0] ? results[0].drafts[0]?.author : null).toBe("Kim Author");
  });
});
