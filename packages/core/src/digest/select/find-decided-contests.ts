import { oncePerText } from "../../text/once-per-text.js";
import type { RankedSentence } from "../evidence/rank-evidence.js";
import type { SentenceTimes } from "./sentence-times.js";
import { toldAsDone } from "./told-as-done.js";

/** What a vote decides: a motion, a ballot, an election. */
const CONTEST = String.raw`(?:(?:no-?\s?)?confidence\s+)?(?:vote|motion|ballot|referendum|election|run-?off|bill)`;
/**
 * A contest's result told as done, by its verb before the contest ("survived a no-confidence vote",
 * "lost Sunday's run-off") or after it ("the motion was defeated", "the bill passed").
 */
const OUTCOME = new RegExp(
  String.raw`\b(?:survived|lost|won|passed|defeated|rejected|approved|carried)\s+(?:[\p{L}'’-]+\s+){0,4}?${CONTEST}s?\b|\b${CONTEST}\s+(?:was\s+|has\s+been\s+)?(?:passed|defeated|rejected|approved|carried|failed)\b`,
  "giu",
);
/** An earlier contest than the story's: by its year, or as the last or previous one. */
const PAST_CONTEST = /\b(?:1[89]|20)\d\d\b|\b(?:last|previous|prior|former|earlier)\b/i;
/** What is quoted is someone's words, not the sentence's own tense. */
const QUOTED = /“[^“”]*”|"[^"]*"/g;
/** A claim or an expectation of how a vote will go: a modal in the sentence's own words. */
const EXPECTATION = /\b(?:would|could|will|might|may|(?:is|are)\s+(?:expected|likely)\s+to)\b/i;
/**
 * A side's claimed count of support, quoted or not ("had “at least 42 votes” lined up"), or the count
 * it needs ("needs 41 of the assembly's 80 votes to bring down the government"): the count decides.
 */
const CLAIMED_SUPPORT =
  /\b(?:has|have|had|claimed|counted)\b[^.;]{0,30}\bvotes\b|\blined up\b|\benough (?:votes|support)\b|\bneeds?\s+(?:at least\s+)?\d[\d,]*\b[^.;]{0,40}\bvotes\b/i;
/** What a claim about a vote is about: who votes how, or backs whom. */
const STANCE = /\b(?:vot(?:e|es|ed|ing)|motion|ballot|back(?:s|ed|ing)?|support(?:s|ed|ing)?|oppos(?:e|es|ed|ing))\b/i;

const DAY_MS = 24 * 60 * 60 * 1000;

function reportsOutcome(text: string): boolean {
  if (text.trim().endsWith("?")) return false;
  const own = text.replace(QUOTED, " ");
  for (const match of own.matchAll(OUTCOME)) {
    // "could survive", "if the motion fails": a result still to come decides nothing.
    if (!toldAsDone(own, match.index ?? 0)) continue;
    // "Varga, who won the 2023 election, …", "lost the last vote": an earlier contest, recalled.
    if (PAST_CONTEST.test(match[0]) || /\b(?:who|which|that)\s+$/i.test(own.slice(0, match.index ?? 0))) continue;
    return true;
  }
  return false;
}

function claimsAhead(text: string): boolean {
  const own = text.replace(QUOTED, " ");
  return STANCE.test(text) && (EXPECTATION.test(own) || CLAIMED_SUPPORT.test(text));
}

/**
 * Claims and expectations about a vote that a later report of its result settled: "Reiner said on
 * Sunday that he had “at least 42 votes” lined up", "its six members would be free to vote …, a
 * decision that could save the premier", "at least two of her colleagues would back the premier",
 * once "the government survived a no-confidence vote on Thursday, 39 to 41". Told before the vote,
 * they were news of what might happen; the result tells what did, so they belong to the timeline,
 * dated, and not to a summary of where things stand (even kept with their day, beside the result
 * they read as rival news). Only a day before the result's: what is said after it (the loser vowing
 * another motion) is the latest news.
 */
export function findDecidedContests(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  const decided = new Set<RankedSentence>();
  const outcome = oncePerText(reportsOutcome);
  const claim = oncePerText(claimsAhead);
  const outcomeDays = candidates
    .filter((candidate) => outcome(candidate.item.sentence.text))
    .map((candidate) => times.get(candidate))
    .filter((time): time is number => time !== undefined)
    .map((time) => Math.floor(time / DAY_MS));
  if (outcomeDays.length === 0) return decided;
  const resultDay = Math.max(...outcomeDays);
  for (const candidate of candidates) {
    const time = times.get(candidate);
    if (time === undefined || Math.floor(time / DAY_MS) >= resultDay) continue;
    const { text } = candidate.item.sentence;
    if (claim(text) && !outcome(text)) decided.add(candidate);
  }
  return decided;
}
