import type { Alignment, AnalyzedText } from "../reading/index.js";

/** Something a statement asserts that its cited passages do not, with the reason an editor reads. */
export interface SupportFault {
  kind: "number" | "date" | "negation" | "modality" | "role" | "attribution" | "quote" | "added";
  reason: string;
}

/** What every comparison looks at: the statement, its passages and where its words were found. */
export interface SupportContext {
  statement: AnalyzedText;
  passages: readonly AnalyzedText[];
  alignment: Alignment;
  /** The passage sentence holding most of the statement's found words: [passage, sentence], or null. */
  primary: { passage: number; sentence: number } | null;
}

/** Statement words as written, from token `first` to token `last`. */
export function statementSlice(context: SupportContext, first: number, last: number): string {
  const tokens = context.statement.tokens;
  return context.statement.text.slice(tokens[first]!.start, tokens[last]!.end);
}

/** Passage words as written. */
export function passageSlice(passage: AnalyzedText, first: number, last: number): string {
  return passage.text.slice(passage.tokens[first]!.start, passage.tokens[last]!.end);
}
