import type { RankedSentence } from "../../evidence/rank-evidence.js";
import type { SentenceTimes } from "../times/index.js";
import { outdatedOnceTold, tellsDone } from "./outdated-once-told.js";

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

/**
 * Sentences asked of a court that a later report tells the court passed: once "was jailed for seven
 * years" is reported, "Prosecutors asked for a nine-year sentence" (or the defence's plea for a
 * suspended one) is no longer where things stand, whatever day it is told with; it belongs to the
 * timeline. A story follows one case, so the demand and the sentence are taken to be of the same
 * defendant, as findEndedStates takes a state and its end to be of the same thing.
 */
export function findPassedSentences(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  return outdatedOnceTold(candidates, times, (text) => DEMANDED.test(text), tellsDone(PASSED));
}
