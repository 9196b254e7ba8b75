import { oncePerText } from "../../../text/once-per-text.js";
import { porterStem } from "../../evidence/porter-stem.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { WHEN_WORDS } from "../../evidence/when-words.js";
import { contentWords } from "../../evidence/word-tokens.js";
import type { SentenceTimes } from "../times/index.js";

/** A reopening or a restoring still to come: "hoped to reopen the bridge", "power should be restored". */
const REOPENING =
  /\b(?:will|would|should|could|may|might|to)\s+(?:be\s+)?(?:re-?open(?:ed)?|resum(?:e|ed)|restor(?:e|ed))\b/gi;
/** A later report that the thing stays shut for longer: "will remain closed for at least three weeks". */
const STILL_SHUT =
  /\b(?:remains?|remained|stays?|stayed|be)\s+(?:closed|shut|suspended|offline|out of (?:service|action|use))\s+(?:for|until|till|through|into|beyond)\b|\b(?:not|never)\s+(?:be\s+)?(?:re-?open(?:ed)?|resum(?:e|ed)|restor(?:e|ed))\s+(?:for|until|till|before)\b|\bwithout\s+(?:power|electricity|water|service)\s+(?:for|until|till|through|into)\b/i;
/** A cheap test before the patterns. */
const ANY_REOPENING = /\b(?:re-?open|resum|restor)/i;
/** A verb of saying: what comes before it is the speaker. */
const SPEECH = /\b(?:said|says|told|announced|added|warned|insisted)\b/i;
/** How many words either side of the reopening name what reopens. */
const THING_WORDS = 4;
/** Words that say who hopes or when, not what reopens. */
const FRAME = new Set(
  [
    "hope",
    "hoped",
    "expect",
    "expected",
    "said",
    "says",
    "told",
    "officials",
    "plan",
    "planned",
    "due",
    "set",
    "soon",
    ...WHEN_WORDS,
  ].map(porterStem),
);

/** The stems of what a sentence says will reopen or be restored, or none. */
function reopeningThings(text: string): Set<string> {
  const stems = new Set<string>();
  if (!ANY_REOPENING.test(text)) return stems;
  for (const match of text.matchAll(REOPENING)) {
    // Who said it is not what reopens: "Calloway said he hoped to reopen the bridge".
    const clause = (text.slice(0, match.index).split(/[,;:]/).at(-1) ?? "").split(SPEECH).at(-1) ?? "";
    const before = contentWords(clause).slice(-THING_WORDS);
    const after = contentWords(text.slice(match.index + match[0].length).split(/[,;:]/)[0] ?? "").slice(0, THING_WORDS);
    for (const word of [...before, ...after]) {
      const stem = porterStem(word);
      if (!FRAME.has(stem)) stems.add(stem);
    }
  }
  return stems;
}

/**
 * Reopenings a later report puts off: "Calloway said he hoped to reopen the bridge by the weekend",
 * then "The Millbrook Bridge will remain closed for at least three weeks"; "Power should be restored
 * by Friday", then "thousands could be without power until next week". The hope is no longer where
 * things stand; the timeline keeps it, dated. The later report must come from a later moment, in
 * another article, and name a word of what was to reopen.
 */
export function findDelayedReopenings(
  candidates: readonly RankedSentence[],
  times: SentenceTimes,
): Set<RankedSentence> {
  const delayed = new Set<RankedSentence>();
  // Rewrites repeat sentences: each text is read once.
  const shut = oncePerText((text) => STILL_SHUT.test(text));
  const stillShut = candidates.flatMap((candidate) => {
    const time = times.get(candidate);
    return time !== undefined && shut(candidate.item.sentence.text) ? [{ candidate, time }] : [];
  });
  if (stillShut.length === 0) return delayed;
  const thingsOf = oncePerText(reopeningThings);
  const stemsOf = oncePerText((text) => new Set(contentWords(text).map(porterStem)));
  for (const candidate of candidates) {
    const time = times.get(candidate);
    if (time === undefined) continue;
    const things = thingsOf(candidate.item.sentence.text);
    if (things.size === 0) continue;
    const putOff = stillShut.some(
      (later) =>
        later.time > time &&
        later.candidate.item.article !== candidate.item.article &&
        [...things].some((stem) => stemsOf(later.candidate.item.sentence.text).has(stem)),
    );
    if (putOff) delayed.add(candidate);
  }
  return delayed;
}
