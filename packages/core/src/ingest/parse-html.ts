import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { RoundupError } from "../errors/index.js";
import type { ArticleDraft } from "../model/index.js";
import { cleanText } from "./clean-text.js";
import { comparableLine } from "./comparable-line.js";
import { continuedArticleBlocks, withContinuedBlocks } from "./continued-article-blocks.js";
import { headingsBetweenParagraphs, restoreHeadings } from "./headings-between-paragraphs.js";
import { htmlToText } from "./html-to-text.js";
import { unlinkRoundupItems } from "./link-roundup-items.js";
import { mainParagraphContainer } from "./main-paragraph-container.js";
import { withPublicationOffset } from "./publication-offset.js";
import { removeBoilerplateElements } from "./remove-boilerplate-elements.js";
import { sourceFromUrl } from "./source-from-url.js";
import { removeStoryCardLists } from "./story-card-lists.js";
import { ZONE_ABBREVIATION_MINUTES } from "./zone-abbreviations.js";

export interface ParseHtmlContext {
  input: string;
  /** The address the page was fetched from; relative canonical links resolve against it. */
  url?: string | null;
  file?: string | null;
}

interface DocumentLike {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

/**
 * The main text of an HTML page (Mozilla Readability on a linkedom DOM) and its metadata:
 * title (og:title, JSON-LD headline, <title>), publication date (article:published_time, JSON-LD
 * datePublished), author, canonical URL and site name.
 */
export function parseHtml(html: string, context: ParseHtmlContext): ArticleDraft {
  const { document } = parseHTML(asDocument(html));
  const page = document as unknown as DocumentLike;
  const meta = (selector: string) => page.querySelector(selector)?.getAttribute("content")?.trim() || null;
  const jsonLd = findJsonLdArticle(page);

  // Readability mutates the DOM it reads, so metadata is collected first.
  const canonical =
    resolveUrl(page.querySelector('link[rel="canonical"]')?.getAttribute("href"), context.url) ??
    resolveUrl(meta('meta[property="og:url"]'), context.url);
  const metaTitle =
    meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? stringOf(jsonLd?.headline);
  const publishedAt =
    toIsoDate(meta('meta[property="article:published_time"]')) ??
    toIsoDate(stringOf(jsonLd?.datePublished)) ??
    toIsoDate(meta('meta[name="pubdate"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]')) ??
    toIsoDate(page.querySelector("time[datetime]")?.getAttribute("datetime"));
  const metaAuthor =
    meta('meta[name="author"]') ?? authorOf(jsonLd?.author) ?? nonUrl(meta('meta[property="article:author"]'));
  const siteName =
    meta('meta[property="og:site_name"]') ?? stringOf((jsonLd?.publisher as Record<string, unknown> | undefined)?.name);
  const documentTitle = page.querySelector("title")?.textContent?.trim() || null;
  // The headline as the page shows it, which its metadata often words otherwise (a title written for
  // search or for sharing): the text opening with it is the title again. Read before Readability, which
  // turns the page's <h1> into a lower heading.
  const pageHeadlines = Array.from(page.querySelectorAll("h1"), (heading) => heading.textContent?.trim() || null);

  // Before the image blocks go: a card's headline is often a link around its picture.
  removeStoryCardLists(
    document as unknown as Parameters<typeof removeStoryCardLists>[0],
    canonical ?? context.url ?? null,
  );
  removeBoilerplateElements(document as unknown as Parameters<typeof removeBoilerplateElements>[0]);
  // Before Readability, whose cleaning of linky blocks drops a link roundup's items whole.
  unlinkRoundupItems(document as unknown as Parameters<typeof unlinkRoundupItems>[0], canonical ?? context.url ?? null);
  // Found before Readability, which moves the nodes it reads out of the page.
  const container = mainParagraphContainer(document as unknown as Parameters<typeof mainParagraphContainer>[0]);
  const continuedBlocks = continuedArticleBlocks(document as unknown as Parameters<typeof continuedArticleBlocks>[0]);
  const headingRuns = headingsBetweenParagraphs(document as unknown as Parameters<typeof headingsBetweenParagraphs>[0]);
  let parsed: ReturnType<Readability["parse"]> = null;
  try {
    // Readability's default threshold: below it a pass that set containers aside is retried without
    // doing so. A lower one accepted a summary box or an editor's hidden template of a few hundred
    // characters from the first pass and never read the article (short pages still come out: when no
    // pass reaches the threshold, Readability returns the longest).
    parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 500,
    }).parse();
  } catch {
    parsed = null;
  }
  // The page's own address tells its site's links (related stories, menus) from links to other sites.
  const pageUrl = canonical ?? context.url ?? null;
  // The article's section headings, which a repeat of the text is not (see withoutRepeats).
  let headings: string[] = [];
  let text = parsed?.content ? htmlToText(parsed.content, { pageUrl, headings }) : "";
  // Readability adds its pick's sibling paragraphs but not the section headings between them.
  text = restoreHeadings(text, headingRuns, headings);
  // Nor the blocks a site cut the story into around an advert, which are not its siblings.
  text = withContinuedBlocks(text, continuedBlocks);
  // Measured once its furniture lines are gone: a pick of a date line, a footer's headings and an
  // old-browser notice is no article however long the notice.
  const textLength = cleanText(text).text.length;
  if (container && textLength < container.ownParagraphText * fallbackShare) {
    // Readability kept a fraction of the prose one element holds: it scored a menu or a teaser box
    // above the story. The paragraphs' own container is the story.
    const containerHeadings: string[] = [];
    const containerText = htmlToText(container.html, { pageUrl, headings: containerHeadings });
    if (cleanText(containerText).text.length > textLength) {
      text = containerText;
      headings = containerHeadings;
    }
  }
  if (text === "") {
    // Short pages (a paragraph or two) fall below Readability's threshold: take the body text.
    const body = (document as unknown as { body?: { innerHTML?: string } }).body?.innerHTML ?? "";
    headings = [];
    text = htmlToText(body, { pageUrl, headings });
  }
  if (text === "") {
    throw new RoundupError("INPUT_EMPTY", "The page has no readable text.", {
      input: context.input,
      fix: "Check that the page is an article and not a script-only app shell.",
    });
  }
  if (!READS_AS_PROSE.test(text) && (text.match(/\p{L}+/gu) ?? []).length < MIN_WORDS) {
    // A page of a menu or a lone link ("Home") is no article, and would otherwise be stored as one.
    throw new RoundupError(
      "INPUT_EMPTY",
      `There is no article in it: only "${text.slice(0, 60)}" is left once its menus and furniture are removed.`,
      {
        input: context.input,
        fix: "Give the article's own address, not a section or home page.",
      },
    );
  }
  const url = canonical ?? context.url ?? null;
  const title = metaTitle ?? (parsed?.title?.trim() || null) ?? documentTitle;
  return {
    input: context.input,
    file: context.file ?? null,
    url,
    title,
    originalText: withoutRepeats(text, [title, documentTitle, ...pageHeadlines], headings),
    author: metaAuthor ?? (parsed?.byline?.trim() || null),
    publishedAt: publishedAt ?? toIsoDate(parsed?.publishedTime),
    source: siteName ?? (parsed?.siteName?.trim() || null) ?? sourceFromUrl(url),
  };
}

/** Fewer words than this, with no sentence in them, are what is left of a page without an article. */
const MIN_WORDS = 5;
/** A sentence: a few words ending in a full stop, question or exclamation mark. */
const READS_AS_PROSE = /\p{L}+(?:\s+\S+){2,}[.!?]["”’)]?(?:\s|$)/u;

/** Readability's text below this share of the main paragraph container's prose is taken as a miss. */
const fallbackShare = 0.5;

/**
 * The page as a whole document: linkedom needs an <html> or <body> to build one, and took the first
 * element of a fragment as the document (losing the rest) and failed on plain text. A fragment is
 * put in a body; plain text becomes one paragraph per blank-line-separated block.
 */
function asDocument(html: string): string {
  if (/<(html|body)[\s>]/i.test(html)) return html;
  const markup = /<[a-z][^>]*>/i.test(html)
    ? html
    : html
        .split(/\n\s*\n/)
        .map((block) => `<p>${block.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
        .join("\n");
  return `<!doctype html><html><head></head><body>${markup}</body></html>`;
}

/**
 * The page text without what repeats other text: first lines that are the headline again (the
 * title is kept apart), and a paragraph that another paragraph contains (a pull quote, a summary box
 * quoting the body). Only lines of some length count as repeats; short ones ("He said.") may recur.
 * A section heading is no repeat of a paragraph that contains it: a subhead often echoes the words
 * an earlier paragraph announced it with ("…information from other users, and information from sites
 * on the open web." / "Information from other users"), and it is the section's title, not a pull
 * quote. A heading printed twice is still a repeat the second time.
 */
function withoutRepeats(text: string, titles: Array<string | null>, headings: string[] = []): string {
  const headlines = titles.filter((title): title is string => Boolean(title)).map(comparableLine);
  const headingKeys = new Set(headings.map(comparableLine));
  const lines = text.split("\n");
  while (lines.length > 1) {
    const first = comparableLine(lines[0] ?? "");
    const isHeadline = headlines.some(
      (headline) => headline === first || (first.length > 20 && headline.startsWith(first)),
    );
    if (first !== "" && !isHeadline) break;
    lines.shift();
  }
  const paragraphs = lines.join("\n").split(/\n\s*\n/);
  const keys = paragraphs.map(comparableLine);
  const kept = paragraphs.filter((paragraph, index) => {
    const key = keys[index] ?? "";
    if (key.length < 30) return true;
    const heading = headingKeys.has(key);
    // A repeat of a longer paragraph (never a heading), or the later of two equal ones unless each
    // copy is the entry of a different label (a record's rows sharing one description).
    return !keys.some(
      (other, otherIndex) =>
        otherIndex !== index &&
        (other.length > key.length
          ? !heading && other.includes(key)
          : other === key && otherIndex < index && !underOtherLabels(paragraphs, index, otherIndex)),
    );
  });
  return kept.join("\n\n");
}

/** A label over a record's entry: a short line that is no sentence ("Patients - Stage I treated with surgery"). */
const entryLabelCharacters = 80;

/**
 * Whether two equal paragraphs each come right after a label of its own, different from the other's:
 * the rows of a record (a trial's cohorts, each with the same description) repeat their text by
 * design. A pull quote or a summary box sits between paragraphs of prose.
 */
function underOtherLabels(paragraphs: string[], index: number, otherIndex: number): boolean {
  const label = (at: number) => {
    const line = (paragraphs[at - 1] ?? "").trim();
    return line !== "" && line.length <= entryLabelCharacters && !/[.!?。！？]["”’)」]?$/u.test(line) ? line : null;
  };
  // Two copies one after the other are a repeat, whatever comes before them.
  if (Math.abs(index - otherIndex) < 2) return false;
  const own = label(index);
  const other = label(otherIndex);
  return own !== null && other !== null && comparableLine(own) !== comparableLine(other);
}

function findJsonLdArticle(page: DocumentLike): Record<string, unknown> | null {
  const scripts = Array.from(page.querySelectorAll('script[type="application/ld+json"]'));
  const candidates: Record<string, unknown>[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      candidates.push(record);
      if (record["@graph"]) collect(record["@graph"]);
    }
  };
  for (const script of scripts) {
    try {
      collect(JSON.parse(script.textContent ?? ""));
    } catch {
      // Broken JSON-LD is common on the web; the other metadata sources still apply.
    }
  }
  const isArticle = (record: Record<string, unknown>) => {
    const type = record["@type"];
    const types = Array.isArray(type) ? type : [type];
    return types.some((entry) => typeof entry === "string" && /Article|BlogPosting|Report/i.test(entry));
  };
  return candidates.find(isArticle) ?? candidates.find((record) => "datePublished" in record) ?? null;
}

function stringOf(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function authorOf(value: unknown): string | null {
  if (typeof value === "string") return stringOf(value);
  if (Array.isArray(value)) {
    const names = value.map(authorOf).filter((name): name is string => name !== null);
    return names.length > 0 ? names.join(", ") : null;
  }
  if (value && typeof value === "object") return stringOf((value as Record<string, unknown>).name);
  return null;
}

function nonUrl(value: string | null): string | null {
  return value && !/^https?:\/\//i.test(value) ? value : null;
}

function resolveUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base ?? undefined);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * ISO 8601 for a date string in any format `Date` understands, else null. A time written with its
 * offset from UTC ("2026-03-03T06:00:00+10:00", RSS's "Tue, 03 Mar 2026 06:00:00 +1000") or a zone
 * name that tells one clock ("06:00:00 AEST", see ZONE_ABBREVIATION_MINUTES) keeps it, written on the
 * publisher's own clock: its day is the one the writer counted "yesterday" from, which the UTC day is
 * not for much of the world. A zone name that tells no one clock ("IST"), like RFC 2822's "-0000", is
 * written with "-00:00", local time of an unknown offset: the day and time stay as written, and the
 * instant, read as if in UTC, may be hours off. Any other time is written in UTC.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const written = withZoneOffset(value.trim());
  const time = Date.parse(written);
  if (Number.isNaN(time)) return null;
  const offset = WRITTEN_OFFSET.exec(written);
  const minutes = offset ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  // "-0000" (RFC 2822): the writer's own clock, its offset not known.
  if (minutes === 0 && offset?.[1] === "-") return `${new Date(time).toISOString().slice(0, -1)}-00:00`;
  return withPublicationOffset(time, minutes);
}

/** A zone's name closing a time ("23:00:00 EST", "6:00 PM AEDT"); not a clock's "PM" nor a name Date reads. */
const ZONE_NAME = /(\d:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)\s+(?!(?:AM|PM|GMT|UTC)$)([A-Z]{2,5})$/;

/**
 * A time's zone name written as its offset ("+1000"), or as "-0000" (RFC 2822's "local time, offset
 * unknown") when the name tells no one clock.
 */
function withZoneOffset(written: string): string {
  const named = ZONE_NAME.exec(written);
  if (!named) return written;
  const minutes = ZONE_ABBREVIATION_MINUTES.get(named[2]!);
  if (minutes === undefined) return `${written.slice(0, named.index)}${named[1]} -0000`;
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0");
  const offset = `${minutes < 0 ? "-" : "+"}${hours}${String(Math.abs(minutes) % 60).padStart(2, "0")}`;
  return `${written.slice(0, named.index)}${named[1]} ${offset}`;
}

const WRITTEN_OFFSET = /\d:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?\s*(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})$/;
