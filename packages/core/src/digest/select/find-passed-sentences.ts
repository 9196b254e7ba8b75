import { oncePerText } from "../../text/once-per-text.js";
import type { RankedSentence } from "../evidence/rank-evidence.js";
import type { SentenceTimes } from "./sentence-times.js";
import { toldAsDone } from "./told-as-done.js";

/**
 * A sentence asked of a court, told as the news: "Prosecutors asked for a nine-year sentence",
 * "are seeking a nine-year prison term", "asked the court for a suspended sentence", "asked the judge
 * to jail him", "are seeking the death penalty". A demand told in
 * the past perfect ("the nine years prosecutors had sought") is recalled beside the outcome, not news.
 */
const DEMANDED =
  /\b(?<!\bhad\s)(?:(?:ask(?:s|ed|ing)?|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|recommend(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:es|ed|ing))\b[^.;]{0,60}?\b(?:sentence|(?:prison|jail)\s+term|imprisonment|custodial|life\s+(?:term|in\s+prison)|death\s+penalty)|(?:ask(?:s|ed|ing)?|urg(?:es|ed|ing))\s+(?:the\s+)?(?:judge|court|jury|magistrates?)\s+to\s+(?:jail|imprison|sentence|send)\b)/i;

/**
 * A sentence passed, as a report tells it: "was jailed for seven years", "has been sentenced to",
 * "was given a suspended sentence", "handed a life term", "walked free from court".
 */
const PASSED =
  /\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:jailed|imprisoned|sentenced|spared\s+jail)|(?:jailed|sentenced)\s+(?:him|her|them)\b|(?:was|were|has\s+been|have\s+been)\s+(?:given|handed)\s+(?:a|an)\s+[^.;]{0,40}?\b(?:sentence|term|order)|walked\s+free)/gi;

function reportsPassed(text: string): boolean {
  for (const match of text.matchAll(PASSED)) if (toldAsDone(text, match.index ?? 0)) return true;
  return false;
}

/**
 * Sentences asked of a court that a later report tells the court passed: once "was jailed for seven
 * years" is reported, "Prosecutors asked for a nine-year sentence" (or the defence's plea for a
 * suspended one) is no longer where things stand, whatever day it is told with; it belongs to the
 * timeline. A story follows one case, so the demand and the sentence are taken to be of the same
 * defendant, as findEndedStates takes a state and its end to be of the same thing.
 */
export function findPassedSentences(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  const answered = new Set<RankedSentence>();
  const demands = oncePerText((text) => DEMANDED.test(text));
  const passed = oncePerText(reportsPassed);
  const passedTimes = candidates
    .filter((candidate) => passed(candidate.item.sentence.text))
    .flatMap((candidate) => times.get(candidate) ?? []);
  if (passedTimes.length === 0) return answered;
  const latest = Math.max(...passedTimes);
  for (const candidate of candidates) {
    const text = candidate.item.sentence.text;
    const time = times.get(candidate);
    if (time !== undefined && time < latest && demands(text) && !passed(text)) answered.add(candidate);
  }
  return answered;
}
