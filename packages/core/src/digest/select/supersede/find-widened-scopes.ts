import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { NUMBER_WORD_SOURCE, numberWordValue } from "../../facts/reading/index.js";
import type { SentenceTimes } from "../times/index.js";

const FIGURE = `(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|${NUMBER_WORD_SOURCE})`;
const HEDGE = "(?:(?:about|around|roughly|some|nearly|almost|more than|over|at least|up to|a further|another)\\s+)?";
/** The words after a figure that name what it counts: "1,050 lifts", "about 1,300 gas boilers". */
const COUNTED = "((?:\\s+[a-z][a-z-]*){1,3})";

/**
 * A later order, recall or ban told as covering more: "widened its order on Wednesday to cover about
 * 1,050 lifts", "the recall was extended to include 40,000 cars", "the order now covers about 1,300
 * boilers".
 */
const WIDENED = new RegExp(
  [
    `\\b(?:widened|widens|extended|extends|expanded|expands|broadened|broadens)\\b[^.;]{0,60}?\\bto\\s+(?:cover|include|take\\s+in|apply\\s+to)\\s+${HEDGE}${FIGURE}${COUNTED}`,
    `\\bnow\\s+(?:covers|includes|applies\\s+to|affects|extends\\s+to)\\s+${HEDGE}${FIGURE}${COUNTED}`,
  ].join("|"),
  "gi",
);

/**
 * What an order's scope is told by, before its figure in the same clause: "ordered checks on about 600
 * lifts", "a recall of 12,000 cars", "the ban covers 40 beaches". A count of work done ("engineers
 * inspected 140 lifts") is no scope, and no wider order replaces it.
 */
const SCOPE = new RegExp(
  `\\b(?:order(?:s|ed)?|recall(?:s|ed)?|checks?|inspections?|bans?|banned|evacuation|warnings?|cover(?:s|ed|ing)?|appl(?:y|ies|ied)\\s+to|includ(?:es|ed|ing))\\b[^.;,]{0,40}?\\b${HEDGE}${FIGURE}${COUNTED}`,
  "gi",
);

const NOT_COUNTED =
  /^(?:of|in|on|at|by|for|from|to|with|and|or|the|a|an|that|which|who|after|before|since|were|was|are|is|had|have|has|made|fitted|built|sold)$/;

/** The nouns and modifiers a figure counts, in the singular: "passenger lifts fitted" → passenger, lift. */
function countedWords(words: string): Set<string> {
  const counted = new Set<string>();
  for (const word of words.trim().toLowerCase().split(/\s+/)) {
    if (NOT_COUNTED.test(word)) break;
    counted.add(word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word);
  }
  return counted;
}

function figureValue(word: string): number {
  return numberWordValue(word) ?? Number(word.replace(/,/g, ""));
}

/**
 * Scopes a later order widened: once a report tells an order, recall or ban widened to cover more of
 * a thing ("the order now covers about 1,300 boilers"), an earlier sentence giving the order's scope
 * as another count of that thing ("ordered checks on about 900 boilers") no longer tells where things
 * stand; the timeline keeps it, dated. Counts of work done under the order are not its scope and stay.
 */
export function findWidenedScopes(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  const outdated = new Set<RankedSentence>();
  const widenings: Array<{ time: number; value: number; counted: Set<string> }> = [];
  for (const candidate of candidates) {
    const time = times.get(candidate);
    if (time === undefined) continue;
    for (const match of candidate.item.sentence.text.matchAll(WIDENED)) {
      const figure = match[1] ?? match[3];
      const words = match[2] ?? match[4];
      if (figure && words) widenings.push({ time, value: figureValue(figure), counted: countedWords(words) });
    }
  }
  if (widenings.length === 0) return outdated;
  for (const candidate of candidates) {
    const time = times.get(candidate);
    if (time === undefined) continue;
    const text = candidate.item.sentence.text;
    for (const match of text.matchAll(SCOPE)) {
      const value = figureValue(match[1]!);
      const counted = countedWords(match[2]!);
      const widened = widenings.some(
        (widening) =>
          widening.time > time &&
          widening.value !== value &&
          [...counted].some((word) => widening.counted.has(word) && word.length > 2),
      );
      if (widened) outdated.add(candidate);
    }
  }
  return outdated;
}
