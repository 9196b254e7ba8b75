import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { NUMBER_WORD_SOURCE, numberWordValue } from "../../facts/reading/index.js";
import type { SentenceTimes } from "../times/index.js";

const FIGURE = `(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|${NUMBER_WORD_SOURCE})`;
const CHANGE_VERB = "(?:cut|reduced|lowered|increased|raised|extended|trimmed|halved|doubled|shortened|lengthened)";
/**
 * "Castlebridge's 12-point deduction should be cut to six points", "His eight-match ban was reduced to
 * five": the figure a decision changed, with its unit, before the verb.
 */
const CHANGED_TO = new RegExp(
  `\\b${FIGURE}(?:-|\\s+)([a-z]+)\\b[^.;:]{0,60}?\\b(?:was|were|has been|have been|had been|should be|would be|will be|is|are|to be)\\s+(?:[a-z]+ly\\s+)?${CHANGE_VERB}\\s+(?:on\\s+appeal\\s+)?to\\s+${FIGURE}\\b`,
  "gi",
);
/** "The ban was cut from eight matches to five": the figure changed after "from". */
const CHANGED_FROM = new RegExp(
  `\\b${CHANGE_VERB}\\b[^.;:]{0,60}?\\bfrom\\s+${FIGURE}(?:-|\\s+)([a-z]+)\\s+to\\s+${FIGURE}\\b`,
  "gi",
);
/**
 * "drops Castlebridge from 14th to 19th", "rose from 4.1% to 4.3%": a standing position or rate moved,
 * whose end a later move may start from.
 */
const MOVE =
  /\bfrom\s+(\d{1,3}(?:st|nd|rd|th)|\d+(?:\.\d+)?\s*(?:%|percent\b))\s+to\s+(\d{1,3}(?:st|nd|rd|th)|\d+(?:\.\d+)?\s*(?:%|percent\b))/gi;
/** A cheap test before the patterns: a verb of change, or "from" before a figure. */
const ANY_CHANGE = new RegExp(`\\b${CHANGE_VERB}\\b|\\bfrom\\s+\\d`, "i");

/** "matches" → "match", "points" → "point": a unit as its singular, to be read in either number. */
function singularUnit(word: string): string {
  const lower = word.toLowerCase();
  if (/(?:ch|sh|x|ss)es$/.test(lower)) return lower.slice(0, -2);
  return lower.endsWith("s") && !lower.endsWith("ss") ? lower.slice(0, -1) : lower;
}

/**
 * What follows the new figure: its unit again ("to six points"), or no noun at all ("reduced to
 * five", "cut to six on appeal"). Another noun ("cut to 5 percent" after "12 councillors voted")
 * makes the first figure no figure of what was changed.
 */
const AFTER_NEW_FIGURE = /^(?:[-\s]+([a-z]+))?/i;
const NO_NOUN = /^(?:on|by|after|in|from|at|when|following|and|but|with|for|last|this|next)$/;

function sameUnitAfter(rest: string, unit: string): boolean {
  const word = AFTER_NEW_FIGURE.exec(rest)?.[1];
  return word === undefined || NO_NOUN.test(word.toLowerCase()) || singularUnit(word) === unit;
}

function figureValue(word: string): number {
  return numberWordValue(word) ?? Number(word.replace(/,/g, ""));
}

/** A figure with its unit, as a sentence may state it: "12 points", "12-point", "twelve points". */
function statesFigure(text: string, value: number, unit: string): boolean {
  const pattern = new RegExp(`\\b${FIGURE}(?:-|\\s+)${unit}(?:es|s)?\\b`, "gi");
  for (const match of text.matchAll(pattern)) if (figureValue(match[1]!) === value) return true;
  return false;
}

/** A position or rate as a comparable key: "19th", "4.3%". */
function positionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s*percent$/, "%")
    .replace(/\s+/g, "");
}

/**
 * Figures a later report moved on. A decision that changed a figure ("the 12-point deduction should
 * be cut to six points", "the ban was reduced from eight matches to five") outdates an earlier
 * sentence stating the old figure with its unit ("have been deducted 12 points"): the penalty no
 * longer stands as told. A move that starts where an earlier move ended ("lifts the club from 19th
 * to 16th" after "drops Castlebridge from 14th to 19th") outdates the earlier one: the position it
 * ended in no longer holds. Only sentences told before the later one are outdated; the timeline
 * keeps them, dated.
 */
export function findMovedFigures(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  const moved = new Set<RankedSentence>();
  const changes: Array<{ time: number; value: number; unit: string }> = [];
  const starts: Array<{ time: number; from: string }> = [];
  for (const candidate of candidates) {
    const text = candidate.item.sentence.text;
    const time = times.get(candidate);
    if (time === undefined || !ANY_CHANGE.test(text)) continue;
    for (const match of text.matchAll(CHANGED_TO)) {
      const [before, after, unit] = [figureValue(match[1]!), figureValue(match[3]!), singularUnit(match[2]!)];
      if (before !== after && sameUnitAfter(text.slice(match.index + match[0].length), unit))
        changes.push({ time, value: before, unit });
    }
    for (const match of text.matchAll(CHANGED_FROM)) {
      const [before, after] = [figureValue(match[1]!), figureValue(match[3]!)];
      if (before !== after) changes.push({ time, value: before, unit: singularUnit(match[2]!) });
    }
    for (const match of text.matchAll(MOVE)) starts.push({ time, from: positionKey(match[1]!) });
  }
  if (changes.length === 0 && starts.length === 0) return moved;
  for (const candidate of candidates) {
    const text = candidate.item.sentence.text;
    const time = times.get(candidate);
    if (time === undefined) continue;
    if (changes.some((change) => change.time > time && statesFigure(text, change.value, change.unit))) {
      moved.add(candidate);
      continue;
    }
    for (const match of text.matchAll(MOVE)) {
      const end = positionKey(match[2]!);
      if (starts.some((start) => start.time > time && start.from === end)) moved.add(candidate);
    }
  }
  return moved;
}
