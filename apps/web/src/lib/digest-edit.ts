import type { Citation, Digest, DigestSentence } from "@roundup/prompts";

export interface DigestTextEdit {
  headline: string;
  /** One entry per summary sentence, in order; the sentence keeps its citations. */
  summary: string[];
  /**
   * The chunk ids each sentence cites, when the editor changed them. A chunk the sentence already
   * cited keeps its exact span; a newly chosen one is cited whole.
   */
  citations?: Array<string[] | undefined>;
}

/** Where each passage an editor may cite lies: its article and span in the cleaned text. */
export type PassageSpans = ReadonlyMap<string, { articleId: string; start: number; end: number }>;

function citationsFor(sentence: DigestSentence, chunkIds: string[] | undefined, passages: PassageSpans): Citation[] {
  if (!chunkIds) return sentence.citations;
  // Unchanged passages (several citations may share one): keep the citations exactly as they were.
  const current = [...new Set(sentence.citations.map((citation) => citation.chunkId))];
  if (current.length === chunkIds.length && current.every((chunkId, index) => chunkId === chunkIds[index])) {
    return sentence.citations;
  }
  return chunkIds.map((chunkId) => {
    const kept = sentence.citations.find((citation) => citation.chunkId === chunkId);
    if (kept) return kept;
    const passage = passages.get(chunkId);
    if (!passage) throw new Error(`Passage ${chunkId} is not part of this story; reload the page and edit again.`);
    return { articleId: passage.articleId, chunkId, start: passage.start, end: passage.end };
  });
}

function sameCitations(left: Citation[], right: Citation[]): boolean {
  return left.length === right.length && left.every((citation, index) => citation === right[index]);
}

function normalize(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Applies an editor's changes to a digest: text, and which passages each sentence cites. Citations
 * stay with their sentence unless changed; a sentence whose text or citations changed loses its
 * verification, since that was computed for the old version (the caller verifies again). An emptied
 * sentence is removed (with its citations).
 */
export function applyDigestTextEdit(digest: Digest, edit: DigestTextEdit, passages: PassageSpans = new Map()): Digest {
  if (edit.summary.length !== digest.summary.length) {
    throw new Error(
      `The edit has ${edit.summary.length} summary sentences but the digest has ${digest.summary.length}; reload the page and edit again.`,
    );
  }
  const summary: DigestSentence[] = [];
  digest.summary.forEach((sentence, index) => {
    const text = normalize(edit.summary[index] ?? "");
    if (text === "") return;
    const citations = citationsFor(sentence, edit.citations?.[index], passages);
    if (text === sentence.text && sameCitations(citations, sentence.citations)) summary.push(sentence);
    else summary.push({ text, citations });
  });
  if (summary.length === 0) throw new Error("A digest needs at least one summary sentence.");
  const headline = normalize(edit.headline);
  if (headline === "") throw new Error("The headline must not be empty.");
  return { ...digest, headline, summary };
}
