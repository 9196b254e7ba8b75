import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { cosineSimilarity } from "../../evidence/term-vectors.js";
import type { Supersession } from "./find-superseded.js";

export interface ChooseSupersededOptions {
  /** The sentences the digest shows (summary and key points): what supersedes is among them. */
  shown: readonly RankedSentence[];
  /** Only sentences ranked this high were worth a summary place. Default 60 (selection's pool). */
  pool?: number;
}

/** Two older statements this close (TF-IDF cosine) tell the same thing: one is enough. */
const SAME_STATEMENT = 0.5;
/** A quotation is a voice, not a development (the timeline leaves quotes out). */
const OPENS_WITH_QUOTE = /^\s*["“‘']/;
/** A figure in digits (years aside: "since 2023" is a time, not a figure a newer one replaces). */
const FIGURE = /(?<![\p{L}\p{N}.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\p{L}\p{N}.,])\d+(?:\.\d+)?(?![\p{L}\p{N}])/gu;

function figuresOf(text: string): string[] {
  return (text.match(FIGURE) ?? []).filter((figure) => !/^(?:19|20)\d\d$/.test(figure));
}

/**
 * Older statements the digest leaves out because newer ones supersede them, yet that were worth a
 * summary place: a position or a figure a later report changed (outdated), and the older side of a
 * pair, a statement on a matter a newer statement also tells (a proposal, then the response to it). They belong on the
 * timeline, dated, rather than nowhere. The most central first, one per statement (a rewrite or a
 * second outlet saying the same is not a second entry); the timeline keeps the first few it does not
 * already tell.
 */
export function chooseSuperseded(
  evidence: readonly RankedSentence[],
  supersession: Supersession,
  options: ChooseSupersededOptions,
): RankedSentence[] {
  const shown = new Set(options.shown);
  const shownFigures = options.shown.map((sentence) => new Set(figuresOf(sentence.item.sentence.text)));
  // A statement whose figures one shown sentence already gives is no older state of them
  // ("about 250 people were kidnapped" beside a key point's "about 250 taken prisoner").
  const figuresShown = (text: string) => {
    const figures = figuresOf(text);
    return figures.length > 0 && shownFigures.some((set) => figures.every((figure) => set.has(figure)));
  };
  const older = new Set(supersession.outdated);
  // Selection keeps one side of a pair; a left-out older side that the digest does not show stays
  // worth telling, whichever newer statement on its matter pushed it out.
  for (const [left] of supersession.pairs) older.add(left);
  const worthy = evidence
    .slice(0, options.pool ?? 60)
    .filter(
      (candidate) =>
        older.has(candidate) &&
        !supersession.corrected.has(candidate) &&
        !shown.has(candidate) &&
        !OPENS_WITH_QUOTE.test(candidate.item.sentence.text) &&
        !figuresShown(candidate.item.sentence.text),
    )
    .sort((a, b) => b.centrality - a.centrality);
  const chosen: RankedSentence[] = [];
  for (const candidate of worthy) {
    // Compared with each other only: a toll of 9 beside the summary's toll of 12 is the point.
    const repeats = chosen.some(
      (other) =>
        other.item.sentence.text === candidate.item.sentence.text ||
        cosineSimilarity(other.vector, candidate.vector) >= SAME_STATEMENT,
    );
    if (!repeats) chosen.push(candidate);
  }
  return chosen;
}
