import { oncePerText } from "../../../text/once-per-text.js";
import { porterStem } from "../../evidence/porter-stem.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { WHEN_WORDS } from "../../evidence/when-words.js";
import { contentWords } from "../../evidence/word-tokens.js";
import type { SentenceTimes } from "../times/index.js";
import { prospectStartOf } from "./find-fulfilled-prospects.js";

/** Calling a plan off, then what was called off: "suspended this week's planned strikes", "cancelled the vote". */
const CALLED_OFF_ACTIVE =
  /\b(?:called|calls|call)\s+off\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)|\b(?:cancell?ed|cancels|suspended|suspends|scrapped|scraps|postponed|postpones|shelved|shelves|abandoned|abandons|put off|puts off)\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)/giu;
/** What was called off, then the calling off: "the strike was called off", "Friday's vote has been postponed". */
const CALLED_OFF_PASSIVE =
  /\s(?:was|were|has been|have been|had been)\s+(?:called off|cancell?ed|suspended|scrapped|postponed|shelved|abandoned|put off)\b/giu;
/** The words right before a passive calling off: what was called off. */
const WORDS_BEFORE = /(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+\s*$/u;
/** A cheap test before the patterns: no sentence without one of these calls anything off. */
const ANY_CALLING_OFF = /\b(?:call|cancel|suspend|scrap|postpon|shelv|abandon|put off|puts off)/i;
/** Words that say when or that a thing was planned, not what it is. */
const FRAME = new Set(["planned", "scheduled", "proposed", "threatened", "this", ...WHEN_WORDS].map(porterStem));

/** A preposition or conjunction ends the name of what was called off. */
const PHRASE_END = /\s(?:of|on|in|at|for|to|over|from|with|by|after|because|and|but|as|until|amid)\s/i;

/** The stems of what a sentence says was called off, or none. */
function calledOffStems(text: string): Set<string> {
  const stems = new Set<string>();
  if (!ANY_CALLING_OFF.test(text)) return stems;
  const phrases = [
    ...[...text.matchAll(CALLED_OFF_ACTIVE)].map((match) => match[1] ?? match[2] ?? ""),
    ...[...text.matchAll(CALLED_OFF_PASSIVE)].map(
      (match) => WORDS_BEFORE.exec(text.slice(Math.max(0, match.index - 80), match.index))?.[0] ?? "",
    ),
  ];
  for (const found of phrases) {
    // The thing itself, not where or why: "strikes [at Northline Rail]", "the vote [on the budget]".
    const phrase = found.split(PHRASE_END)[0]!;
    for (const word of contentWords(phrase.replace(/['’]s\b/g, ""))) {
      const stem = porterStem(word);
      if (!FRAME.has(stem)) stems.add(stem);
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
  // Rewrites repeat sentences: each text is read once.
  const stemsOf = oncePerText(calledOffStems);
  const cancellations = candidates.flatMap((candidate) => {
    const stems = stemsOf(candidate.item.sentence.text);
    const time = times.get(candidate);
    return stems.size > 0 && time !== undefined ? [{ stems, time }] : [];
  });
  if (cancellations.length === 0) return calledOff;
  const lastCalledOff = Math.max(...cancellations.map((later) => later.time));
  // What a plan is, after its future ("will strike from Dec. 12"), not who plans it ("The officer
  // will appear in court" is not called off by "suspended the officer").
  const startOf = prospectStartOf(candidates);
  const planOf = oncePerText((text) => {
    const start = startOf(text);
    return start === null ? null : new Set(contentWords(text.slice(start)).map(porterStem));
  });
  for (const candidate of candidates) {
    const time = times.get(candidate);
    if (time === undefined || time >= lastCalledOff) continue;
    const words = planOf(candidate.item.sentence.text);
    if (!words) continue;
    if (cancellations.some((later) => later.time > time && [...later.stems].some((stem) => words.has(stem))))
      calledOff.add(candidate);
  }
  return calledOff;
}
