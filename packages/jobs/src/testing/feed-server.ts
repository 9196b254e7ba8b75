import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface TestFeedItem {
  guid: string;
  title: string;
  /** The item's full text (paragraphs separated by blank lines); short text makes it a teaser. */
  text: string;
  /** A path on this server; with `page`, the item's page is served there. */
  link?: string;
  /** The item's page, for teaser items. */
  page?: string;
  publishedAt?: string;
}

export interface FeedRequest {
  path: string;
  status: number;
  /** When it was answered (`performance.now()` of this process). */
  at: number;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
}

export interface TestFeedServer {
  base: string;
  /** The RSS feed at `/feeds/<name>.xml`. */
  url(name: string): string;
  /**
   * Sets a feed's items (creating the feed), or makes it answer `status` (e.g. 500) until set again,
   * with a `Retry-After` header when given (e.g. "120" or an HTTP date).
   */
  setFeed(name: string, items: TestFeedItem[]): void;
  failFeed(name: string, status: number, retryAfter?: string): void;
  /** Every request answered, in order. */
  requests: FeedRequest[];
  /** The most requests that were in flight at once for one path, or for the whole server without one. */
  mostInFlight(path?: string): number;
  close(): Promise<void>;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function renderFeed(name: string, base: string, items: TestFeedItem[]): string {
  const entries = items.map((item) => {
    const html = item.text
      .split(/\n\s*\n/)
      .map((paragraph) => `<p>${escapeXml(paragraph.trim())}</p>`)
      .join("");
    return `<item><guid isPermaLink="false">${escapeXml(item.guid)}</guid><title>${escapeXml(item.title)}</title>${
      item.link ? `<link>${base}${item.link}</link>` : ""
    }<pubDate>${new Date(item.publishedAt ?? "2026-11-25T09:00:00Z").toUTCString()}</pubDate><description><![CDATA[${html}]]></description></item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${escapeXml(name)}</title><link>${base}/</link><description>Test feed</description>${entries.join("")}</channel></rss>`;
}

/**
 * An RSS server on 127.0.0.1 for feed tests and benchmarks: feeds whose items the test sets, ETag and
 * Last-Modified validators (an unchanged feed answers 304 to a conditional request), feeds made to fail,
 * teaser items' pages, and a log of every request with how many ran at once per path.
 */
export async function startTestFeedServer(options: { delayMs?: number } = {}): Promise<TestFeedServer> {
  const feeds = new Map<
    string,
    { items: TestFeedItem[]; failWith: number | null; retryAfter?: string | undefined; modified: string }
  >();
  const requests: FeedRequest[] = [];
  const inFlight = new Map<string, number>();
  const most = new Map<string, number>();
  let inFlightOverall = 0;
  let mostOverall = 0;
  let base = "";

  const answer = (request: IncomingMessage, response: ServerResponse, path: string) => {
    const record = (status: number) =>
      requests.push({
        path,
        status,
        at: performance.now(),
        ifNoneMatch: request.headers["if-none-match"] ?? null,
        ifModifiedSince: request.headers["if-modified-since"] ?? null,
      });
    const feedName = /^\/feeds\/([\w-]+)\.xml$/.exec(path)?.[1];
    const feed = feedName ? feeds.get(feedName) : undefined;
    if (feed && feedName) {
      if (feed.failWith) {
        record(feed.failWith);
        response
          .writeHead(feed.failWith, {
            "content-type": "text/plain",
            ...(feed.retryAfter ? { "retry-after": feed.retryAfter } : {}),
          })
          .end("failing on purpose");
        return;
      }
      const body = renderFeed(feedName, base, feed.items);
      const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;
      if (request.headers["if-none-match"] === etag) {
        record(304);
        response.writeHead(304, { etag, "last-modified": feed.modified }).end();
        return;
      }
      record(200);
      response
        .writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag, "last-modified": feed.modified })
        .end(body);
      return;
    }
    for (const { items } of feeds.values()) {
      const item = items.find((candidate) => candidate.link === path && candidate.page);
      if (item?.page) {
        record(200);
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
          `<!doctype html><html><head><title>${escapeXml(item.title)}</title></head><body><article><h1>${escapeXml(item.title)}</h1>${item.page
            .split(/\n\s*\n/)
            .map((paragraph) => `<p>${escapeXml(paragraph.trim())}</p>`)
            .join("")}</article></body></html>`,
        );
        return;
      }
    }
    record(404);
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", base).pathname;
    const now = (inFlight.get(path) ?? 0) + 1;
    inFlight.set(path, now);
    most.set(path, Math.max(most.get(path) ?? 0, now));
    inFlightOverall += 1;
    mostOverall = Math.max(mostOverall, inFlightOverall);
    response.on("close", () => {
      inFlight.set(path, (inFlight.get(path) ?? 1) - 1);
      inFlightOverall -= 1;
    });
    const reply = () => answer(request, response, path);
    if (options.delayMs) setTimeout(reply, options.delayMs);
    else reply();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let clock = Date.parse("2026-11-25T09:00:00Z");
  return {
    base,
    url: (name) => `${base}/feeds/${name}.xml`,
    setFeed(name, items) {
      clock += 60_000;
      feeds.set(name, { items: [...items], failWith: null, modified: new Date(clock).toUTCString() });
    },
    failFeed(name, status, retryAfter) {
      const feed = feeds.get(name) ?? { items: [], modified: new Date(clock).toUTCString(), failWith: null };
      feeds.set(name, { ...feed, failWith: status, retryAfter });
    },
    requests,
    mostInFlight: (path) => (path === undefined ? mostOverall : (most.get(path) ?? 0)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
