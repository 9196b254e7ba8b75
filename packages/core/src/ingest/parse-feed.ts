import { XMLValidator } from "fast-xml-parser";
import { parseFeed as parseFeedDocument } from "feedsmith";
import { RoundupError } from "../errors/index.js";
import type { ArticleDraft } from "../model/index.js";
import { htmlToText } from "./html-to-text.js";
import { toIsoDate } from "./parse-html.js";

export interface FeedItem {
  /** The item as a draft; `originalText` is its content or teaser, reduced to text. */
  draft: ArticleDraft;
  /** The item's link, when it has one (the page to fetch when the content is only a teaser). */
  link: string | null;
  /** The id the feed gives the item (RSS guid, Atom id, JSON Feed id), when it gives one. */
  guid: string | null;
}

/** True when a document is an RSS, Atom or RDF feed (by media type, else by its root element). */
export function looksLikeFeed(text: string, contentType: string | null = null): boolean {
  if (contentType && /(rss|atom|rdf)\+xml|feed\+json/.test(contentType)) return true;
  const head = text
    .slice(0, 2048)
    .replace(/^\ufeff/, "")
    .replace(/<\?xml[\s\S]*?\?>/, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .trimStart();
  if (/^<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return true;
  return /^\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org/.test(head);
}

/**
 * Refuses an XML feed that is not well-formed. feedsmith reads some broken XML (an item whose end
 * tag is missing swallows the next items), which would import a feed with items silently lost.
 * Leading whitespace before the XML declaration is tolerated, as feed readers do.
 */
function checkWellFormed(document: string, input: string): void {
  const xml = document.replace(/^\ufeff/, "").trimStart();
  if (xml.startsWith("{")) return; // JSON Feed
  const result = XMLValidator.validate(xml);
  if (result === true) return;
  const { line, col, msg } = result.err;
  // Tags left open at the end come as "Invalid '[ "rss", "channel" ]' found." at line 1.
  const unclosed = /^Invalid '\[([\s\S]*)\]' found\.$/.exec(msg)?.[1];
  const reason = unclosed
    ? `: it ends with tags left open (${unclosed.replace(/[\s"]+/g, "").replaceAll(",", ", ")})`
    : ` at line ${line}, column ${col}: ${msg}`;
  throw new RoundupError("INPUT_MALFORMED", `The feed is not well-formed XML${reason}`, {
    input,
    fix: "The feed is broken at its source: ask its publisher to fix it, or import the articles' pages by URL.",
  });
}

type Loose = Record<string, unknown>;
const record = (value: unknown): Loose =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Loose) : {};
const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
const text = (value: unknown): string | null => {
  if (typeof value === "string") return value.trim() || null;
  // Atom text constructs come as { value, type }.
  const inner = record(value).value;
  return typeof inner === "string" ? inner.trim() || null : null;
};

/**
 * The items of an RSS 2.0, Atom, RDF (RSS 1.0) or JSON Feed document, as drafts. The item's full
 * content (content:encoded, Atom content, content_html) is preferred over its description.
 */
export function parseFeed(document: string, context: { input: string; file?: string | null }): FeedItem[] {
  checkWellFormed(document, context.input);
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeedDocument(document) as { format: string; feed: unknown };
  } catch (cause) {
    throw new RoundupError("INPUT_MALFORMED", "The feed cannot be parsed as RSS, Atom, RDF or JSON Feed.", {
      input: context.input,
      fix: "Check that the URL or file is a valid feed.",
      cause,
    });
  }
  const feed = record(parsed.feed);
  const entries = list(parsed.format === "atom" ? feed.entries : feed.items);
  return entries.map((entry, index) => {
    const item = record(entry);
    const dc = record(item.dc);
    const content = record(item.content);
    const guid = text(item.guid) ?? text(item.id) ?? (typeof item.id === "number" ? String(item.id) : null);
    const rawLink =
      text(item.link) ??
      text(item.url) ??
      text(
        record(list(item.links).find((candidate) => !record(candidate).rel || record(candidate).rel === "alternate"))
          .href,
      ) ??
      // A guid is a link only when it is a URL (RSS's isPermaLink guids); "wire-1" names, it does not point.
      (guid && /^https?:\/\//i.test(guid) ? guid : null);
    const link = rawLink && /^https?:\/\//i.test(rawLink) ? rawLink : null;
    const body =
      text(content.encoded) ??
      text(item.content) ??
      text(item.content_html) ??
      text(item.content_text) ??
      text(item.description) ??
      text(item.summary) ??
      "";
    const author =
      list(item.authors)
        .map((author) => text(record(author).name) ?? text(author))
        .find(Boolean) ??
      text(list(dc.creators)[0]) ??
      text(dc.creator) ??
      null;
    const date =
      text(item.pubDate) ??
      text(item.published) ??
      text(item.date_published) ??
      text(list(dc.dates)[0]) ??
      text(dc.date) ??
      text(item.updated);
    return {
      link,
      guid,
      draft: {
        // An item without a link is named by its id, which stays the same as the feed moves on.
        input: link ?? `${context.input}#${guid ?? index}`,
        file: context.file ?? null,
        url: link,
        title: text(item.title),
        originalText: /<[a-z][\s\S]*>/i.test(body) ? htmlToText(body, { pageUrl: link }) : body,
        author,
        publishedAt: toIsoDate(date),
      },
    };
  });
}

/** A feed's own title (the channel's or the feed's), for lists of subscriptions; null when it has none. */
export function feedTitle(document: string): string | null {
  const head = document.replace(/^\ufeff/, "").trimStart();
  if (head.startsWith("{")) {
    try {
      const title = (JSON.parse(head) as { title?: unknown }).title;
      return typeof title === "string" ? title.trim() || null : null;
    } catch {
      return null;
    }
  }
  // The channel's (RSS, RDF) or feed's (Atom) title comes before its items' titles.
  const raw = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(head.slice(0, 20_000))?.[1];
  if (!raw) return null;
  const title = raw
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  return title || null;
}
