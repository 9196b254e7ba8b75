import type { RankedSentence } from "../../evidence/rank-evidence.js";
import type { SentenceTimes } from "../times/index.js";
import { outdatedOnceTold, tellsDone } from "./outdated-once-told.js";

/**
 * An offer or proposal told as standing or still to come: "the council is ready to raise its offer to
 * 4%", "the board is prepared to improve its bid", "management will table a new proposal", "is
 * offering 3 percent", "has proposed a two-year deal", "the offer remains on the table", or one under
 * consideration ("the union was considering the council's offer"). An offer told
 * made on a day in the past ("offered 3 percent on Monday") is that day's event, not listed here.
 */
const STANDING_OFFER =
  /\b(?:(?:is|are)\s+(?:now\s+)?(?:ready|prepared|willing|poised|set)\s+to\s+(?:raise|improve|increase|sweeten|table|put\s+forward|make|offer|propose)\b[^.;]{0,40}?\b(?:offers?|proposals?|bids?|deal|terms|pay|rise|raise)\b|(?:will|would|plans?\s+to|intends?\s+to)\s+(?:raise|improve|increase|sweeten|table|put\s+forward)\s+(?:its|their|the|an?)\s+(?:[\p{L}-]+\s+)?(?:offers?|proposals?|bids?)\b|(?:is|are)\s+(?:now\s+)?(?:offering|proposing)\b|(?:has|have)\s+(?:now\s+)?(?:offered|proposed)\b|(?:offers?|proposals?|bids?)\s+(?:is|are|remains?)\s+(?:still\s+)?on\s+the\s+table|(?:is|are|was|were)\s+(?:still\s+)?(?:considering|weighing|studying|reviewing)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:offers?|proposals?|bids?)\b)/iu;

/**
 * The answer to an offer, as a report tells it done: "voted to accept a 4% rise", "agreed to reject the
 * proposal", "ratified the contract", "rejected the improved offer", "turned down the bid".
 */
const ANSWERED =
  /\b(?:(?:voted|agreed|decided)\s+(?:[^.;]{0,30}?\s)?to\s+(?:accept|reject|ratify|approve|endorse|turn\s+down)|(?:accepted|rejected|ratified|turned\s+down|approved|endorsed)\s+(?:the|a|an|its|their)\s+(?:[\p{L}\d%.,-]+\s+){0,4}?(?:offers?|deal|contract|proposals?|agreement|bids?|rise|settlement|terms))\b/giu;

/**
 * Offers a later report tells answered: once "staff voted to accept a 4% rise" is reported, "the
 * council is ready to raise its offer to 4%" no longer tells where things stand, whatever day it is
 * told with; it belongs to the timeline. A story follows one negotiation, so the offer and the answer
 * are taken to be of the same matter, as findReturnedVerdicts takes a denial and its verdict to be.
 */
export function findAnsweredOffers(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  return outdatedOnceTold(candidates, times, (text) => STANDING_OFFER.test(text), tellsDone(ANSWERED));
}
