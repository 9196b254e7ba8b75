import { FUNCTION_WORDS, NEWS_FILLER_WORDS } from "../text/stop-words.js";

/** What grouping ignores: English function words and news filler (text/stop-words.ts). */
export const STOP_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...NEWS_FILLER_WORDS]);
