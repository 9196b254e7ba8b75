import { normalizeMarks } from "./analyze-text.js";

/** Words inside quotation marks: where they start and end in the text (marks excluded). */
export interface QuotedSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * Every quotation in a text, in double or single marks, straight or curly (“…”, "…", ‘…’, '…').
 * An apostrophe inside or at the end of a word ("Hamas's", "soldiers' families") is not a mark: a
 * single quote opens only before a word and after a space or bracket, and closes only after one.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const normalized = normalizeMarks(text);
  const spans: QuotedSpan[] = [];
  for (const match of normalized.matchAll(/"([^"\n]+)"/g)) {
    const inner = match[1]!;
    const start = (match.index ?? 0) + 1;
    if (inner.trim() !== "")
      spans.push({ text: text.slice(start, start + inner.length), start, end: start + inner.length });
  }
  const single = /(^|[\s([{—–-])'(?=[\p{L}\p{N}])([^\n]+?)(?<=[\p{L}\p{N}.,!?])'(?=$|[\s.,;:!?)\]}—–-])/gu;
  for (const match of normalized.matchAll(single)) {
    const start = (match.index ?? 0) + match[1]!.length + 1;
    const inner = match[2]!;
    if (inner.trim() !== "")
      spans.push({ text: text.slice(start, start + inner.length), start, end: start + inner.length });
  }
  return spans.sort((a, b) => a.start - b.start);
}
