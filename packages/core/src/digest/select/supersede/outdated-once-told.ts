import { oncePerText } from "../../../text/once-per-text.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import type { SentenceTimes } from "../times/index.js";
import { toldAsDone } from "./told-as-done.js";

/** Whether a text tells, as done, something a pattern (global) matches: "was jailed", not "could be jailed". */
export function tellsDone(pattern: RegExp): (text: string) => boolean {
  return (text) => {
    for (const match of text.matchAll(pattern)) if (toldAsDone(text, match.index ?? 0)) return true;
    return false;
  };
}

/**
 * Statements waiting on an outcome that a later report tells ("denies six counts of fraud" once "was
 * found guilty" is reported; "Prosecutors asked for a nine-year sentence" once "was jailed for seven
 * years"): each candidate `waiting` holds, told before the latest candidate that `told` holds and not
 * itself telling the outcome, is no longer where things stand; it belongs to the timeline. A story
 * follows one case, so the two are taken to be of the same matter.
 */
export function outdatedOnceTold(
  candidates: readonly RankedSentence[],
  times: SentenceTimes,
  waiting: (text: string) => boolean,
  told: (text: string) => boolean,
): Set<RankedSentence> {
  const outdated = new Set<RankedSentence>();
  const waits = oncePerText(waiting);
  const tells = oncePerText(told);
  const toldTimes = candidates
    .filter((candidate) => tells(candidate.item.sentence.text))
    .flatMap((candidate) => times.get(candidate) ?? []);
  if (toldTimes.length === 0) return outdated;
  const latest = Math.max(...toldTimes);
  for (const candidate of candidates) {
    const text = candidate.item.sentence.text;
    const time = times.get(candidate);
    if (time !== undefined && time < latest && waits(text) && !tells(text)) outdated.add(candidate);
  }
  return outdated;
}
