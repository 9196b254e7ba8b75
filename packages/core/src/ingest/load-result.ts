import type { RoundupError } from "../errors/index.js";
import type { ArticleDraft } from "../model/index.js";

/** What loading one input (a file, a page, a feed item, a corpus record) gave: drafts, or why not. */
export type LoadResult = { input: string; drafts: ArticleDraft[] } | { input: string; error: RoundupError };
