import { porterStem } from "../evidence/porter-stem.js";
import type { RankedSentence } from "../evidence/rank-evidence.js";
import { contentWords } from "../evidence/word-tokens.js";
import { prospectStart } from "./find-fulfilled-prospects.js";
import type { SentenceTimes } from "./sentence-times.js";

/** Calling a plan off, then what was called off: "suspended this week's planned strikes", "cancelled the vote". */
const CALLED_OFF_ACTIVE =
  /\b(?:called|calls|call)\s+off\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)|\b(?:cancell?ed|cancels|suspended|suspends|scrapped|scraps|postponed|postpones|shelved|shelves|abandoned|abandons|put off|puts off)\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)/giu;
/** What was called off, then the calling off: "the strike was called off", "Friday's vote has been postponed". */
const CALLED_OFF_PASSIVE =
  /((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)\s+(?:was|were|has been|have been|had been)\s+(?:called off|cancell?ed|suspended|scrapped|postponed|shelved|abandoned|put off)\b/giu;
/** Words that say when or that a thing was planned, not what it is. */
const FRAME = new Set(
  [
    "planned",
    "scheduled",
    "proposed",
    "threatened",
    "week",
    "weekend",
    "month",
    "today",
    "tomorrow",
    "next",
    "this",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
  ].map(porterStem),
);

/** A preposition or conjunction ends the name of what was called off. */
const PHRASE_END = /\s(?:of|on|in|at|for|to|over|from|with|by|after|because|and|but|as|until|amid)\s/i;

/** The stems of what a sentence says was called off, or none. */
function calledOffStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const pattern of [CALLED_OFF_ACTIVE, CALLED_OFF_PASSIVE]) {
    for (const match of text.matchAll(pattern)) {
      // The thing itself, not where or why: "strikes [at Northline Rail]", "the vote [on the budget]".
      const phrase = (match[1] ?? match[2] ?? "").split(PHRASE_END)[0]!;
      for (const word of contentWords(phrase.replace(/['’]s\b/g, ""))) {
        const stem = porterStem(word);
        if (!FRAME.has(stem)) stems.add(stem);
      }
    }
  }
  return stems;
}

/**
 * Plans a later report calls off: "its members will strike from Dec. 12 to Dec. 14", then "The
 * union suspended this week's planned strikes". The plan is no longer news to tell in the future
 * tense; the timeline keeps it, dated. A later sentence calls a plan off when it calls off (cancels,
 * suspends, postpones, scraps) a thing the plan names after its future ("strikes" and "strike" meet
 * by stem).
 */
export function findCalledOffPlans(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  const calledOff = new Set<RankedSentence>();
  const cancellations = candidates.flatMap((candidate) => {
    const stems = calledOffStems(candidate.item.sentence.text);
    const time = times.get(candidate);
    return stems.size > 0 && time !== undefined ? [{ stems, time }] : [];
  });
  if (cancellations.length === 0) return calledOff;
  for (const candidate of candidates) {
    const time = times.get(candidate);
    const text = candidate.item.sentence.text;
    const start = prospectStart(text);
    if (time === undefined || start === null) continue;
    // What the plan is, after its future ("will strike from Dec. 12"), not who plans it ("The
    // officer will appear in court" is not called off by "suspended the officer").
    const words = new Set(contentWords(text.slice(start)).map(porterStem));
    if (cancellations.some((later) => later.time > time && [...later.stems].some((stem) => words.has(stem))))
      calledOff.add(candidate);
  }
  return calledOff;
}
