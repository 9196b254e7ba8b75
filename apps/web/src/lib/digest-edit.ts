import type { Digest, DigestSentence } from "@roundup/prompts";

export interface DigestTextEdit {
  headline: string;
  /** One entry per summary sentence, in order; the sentence keeps its citations. */
  summary: string[];
}

function normalize(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Applies an editor's text changes to a digest. Citations stay with their sentence; a sentence whose
 * text changed loses its verification, since that was computed for the old wording. An emptied
 * sentence is removed (with its citations).
 */
export function applyDigestTextEdit(digest: Digest, edit: DigestTextEdit): Digest {
  if (edit.summary.length !== digest.summary.length) {
    throw new Error(
      `The edit has ${edit.summary.length} summary sentences but the digest has ${digest.summary.length}; reload the page and edit again.`,
    );
  }
  const summary: DigestSentence[] = [];
  digest.summary.forEach((sentence, index) => {
    const text = normalize(edit.summary[index] ?? "");
    if (text === "") return;
    if (text === sentence.text) summary.push(sentence);
    else summary.push({ text, citations: sentence.citations });
  });
  if (summary.length === 0) throw new Error("A digest needs at least one summary sentence.");
  const headline = normalize(edit.headline);
  if (headline === "") throw new Error("The headline must not be empty.");
  return { ...digest, headline, summary };
}
