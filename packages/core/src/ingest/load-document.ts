import { isRoundupError, RoundupError } from "../errors/index.js";
import type { ArticleDraft } from "../model/index.js";
import { fetchUrl } from "./fetch-url.js";
import { defaultTeaserLength, type LoadOptions } from "./load-options.js";
import type { LoadResult } from "./load-result.js";
import { parseCorpusRecords } from "./parse-corpus-records.js";
import { type FeedItem, parseFeed } from "./parse-feed.js";
import { parseHtml } from "./parse-html.js";
import { parsePlainText } from "./parse-plain-text.js";
import { stripDeclaredEntities } from "./strip-declared-entities.js";

export type DocumentKind = "text" | "markdown" | "html" | "json" | "jsonl" | "feed";

export interface DocumentContext {
  /** How the user named the input (path or URL). */
  input: string;
  url?: string | null;
  file?: string | null;
}

/**
 * Parses one decoded document of a known kind into load results (one per draft source). Markup
 * (HTML, XML feeds) is read without the entities its own DTD declares (see stripDeclaredEntities).
 */
export async function* loadDocument(
  document: string,
  kind: DocumentKind,
  context: DocumentContext,
  options: LoadOptions = {},
): AsyncGenerator<LoadResult> {
  const { input } = context;
  try {
    const text = kind === "html" || kind === "feed" ? stripDeclaredEntities(document, input).text : document;
    switch (kind) {
      case "text":
      case "markdown": {
        const draft = parsePlainText(text, { input, file: context.file ?? null, markdown: kind === "markdown" });
        yield { input, drafts: [{ ...draft, url: context.url ?? null }] };
        return;
      }
      case "html":
        yield { input, drafts: [parseHtml(text, { input, url: context.url ?? null, file: context.file ?? null })] };
        return;
      case "json":
      case "jsonl": {
        const { drafts, errors } = parseCorpusRecords(text, { input, format: kind });
        if (drafts.length > 0 || errors.length === 0) yield { input, drafts };
        for (const error of errors) yield { input: error.input ?? input, error };
        return;
      }
      case "feed":
        yield* loadFeed(text, context, options);
        return;
    }
  } catch (error) {
    yield { input, error: asRoundupError(error, input) };
  }
}

async function* loadFeed(text: string, context: DocumentContext, options: LoadOptions): AsyncGenerator<LoadResult> {
  yield* loadFeedItems(parseFeed(text, { input: context.input, file: context.file ?? null }), context, options);
}

/**
 * A feed's items (all of them, or those a poll found new): items with full content come back
 * together under the feed's input; an item carrying only a teaser has its page fetched and comes
 * back under its own link, so one failing page is reported alone; an item with neither is reported
 * as having no article in it. Each draft's `input` is its item's (`item.draft.input`).
 */
export async function* loadFeedItems(
  items: readonly FeedItem[],
  context: DocumentContext,
  options: LoadOptions = {},
): AsyncGenerator<LoadResult> {
  const teaserLength = options.teaserLength ?? defaultTeaserLength;
  const full: ArticleDraft[] = [];
  const teasers: FeedItem[] = [];
  const empty: FeedItem[] = [];
  for (const item of items) {
    const isTeaser = item.draft.originalText.trim().length < teaserLength;
    if (isTeaser && item.link && options.fetchTeaserPages !== false) teasers.push(item);
    else if (item.draft.originalText.trim() !== "") full.push(item.draft);
    else empty.push(item);
  }
  if (full.length > 0 || (teasers.length === 0 && empty.length === 0)) yield { input: context.input, drafts: full };
  for (const item of empty)
    yield {
      input: item.draft.input,
      error: new RoundupError(
        "INPUT_EMPTY",
        `There is no article in it: the feed item has no text${item.link ? "" : " and no link to its page"}.`,
        {
          input: item.draft.input,
          fix: "Nothing to import from this item; the feed's publisher left it empty.",
        },
      ),
    };

  const fetcher = options.fetchUrl ?? fetchUrl;
  const loadTeaser = async (item: FeedItem): Promise<LoadResult> => {
    const link = item.link ?? item.draft.input;
    try {
      const page = await fetcher(link, options);
      const parsed = parseHtml(page.text, { input: link, url: page.url });
      // The feed's own metadata fills what the page does not say.
      const draft: ArticleDraft = {
        ...parsed,
        file: context.file ?? null,
        title: parsed.title ?? item.draft.title,
        author: parsed.author ?? item.draft.author ?? null,
        publishedAt: parsed.publishedAt ?? item.draft.publishedAt ?? null,
      };
      return { input: link, drafts: [draft] };
    } catch (error) {
      return { input: link, error: asRoundupError(error, link) };
    }
  };

  // A few pages at a time (a feed often has dozens of teasers), results still in feed order.
  const concurrency = Math.max(1, options.fetchConcurrency ?? 4);
  const pending: Array<Promise<LoadResult>> = [];
  const startNext = () => {
    const item = teasers[pending.length];
    if (item) pending.push(loadTeaser(item));
  };
  for (let index = 0; index < concurrency; index++) startNext();
  for (let index = 0; index < teasers.length; index++) {
    const result = await (pending[index] as Promise<LoadResult>);
    startNext();
    yield result;
  }
}

export function asRoundupError(error: unknown, input: string): RoundupError {
  if (isRoundupError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new RoundupError("INPUT_MALFORMED", `The input could not be read: ${message}`, {
    input,
    fix: "Check the file or page format.",
    cause: error,
  });
}
