/**
 * Past participles a report in the present perfect is told with, besides those in -ed ("have been
 * taken off", "has risen to 214", "has set aside £6m").
 */
const PARTICIPLE =
  "(?:\\p{Ll}+ed|taken|given|made|found|lost|won|sold|bought|paid|sent|spent|left|hit|cut|shut|set|put|kept|held|built|begun|broken|fallen|risen|grown|gone|come|run|caught|brought|struck|stolen|driven|flown|thrown|drawn|torn|frozen|chosen|fled|led|met|quit|spread|sunk|swept|dealt|withdrawn|overturned|shaken|woken|hidden|become|begun|sworn|laid|won|done)";

/**
 * A present perfect in a main clause: "Two boys … have been arrested", "The number … has risen to
 * 214", "Severn Vale Water … has set aside £6m". Not in a relative clause ("passengers who have
 * fallen ill"), under a modal or an infinitive ("may have been", "is believed to have"), negated
 * ("has not said", "have yet to"), nor "has been" before a noun or an adjective ("has been a member").
 */
const PRESENT_PERFECT = new RegExp(
  `(?<!\\b(?:who|which|that|where|will|would|could|should|may|might|must|to)\\s)\\b(?:has|have)\\s+(?:(?:also|now|already|so far|since|reportedly|\\p{Ll}+ly)\\s+)?(?:been\\s+)?${PARTICIPLE}\\b`,
  "iu",
);

/** What someone says, not what happened: "has said", "have warned", "has told reporters". */
const SAYING =
  /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?(?:said|stated|told|warned|claimed|insisted|argued|suggested|indicated|signalled|signaled|denied|declined|refused|promised|pledged|vowed|asked|called|urged|apologised|apologized)\b/iu;

/**
 * A state that lasts rather than news of the day: "has worked there since 1979", "have lived … for 20
 * years", "have been offered berths until the end of June".
 */
const LASTING =
  /\bsince\b|\b(?:until|till)\b|\bfor\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|many|several)\s+(?:years?|decades?|months?|weeks?|generations?)\b/i;

/**
 * Whether a sentence reports its news in the present perfect with no day of its own ("Two boys, aged
 * 14 and 15, have been arrested on suspicion of arson"): the news of its paper's day, which a
 * timeline tells on that day. Not a saying, a lasting state, a negation, a quotation, nor a present
 * perfect only in a relative clause or under a modal.
 */
export function presentPerfectReport(text: string): boolean {
  // Most sentences hold no "has" or "have": a plain test before the costly pattern.
  if (/["“”]/.test(text) || !/\b(?:has|have)\s/i.test(text)) return false;
  if (!PRESENT_PERFECT.test(text)) return false;
  if (SAYING.test(text) || LASTING.test(text)) return false;
  return !/\b(?:has|have)\s+(?:not|never|yet\s+to)\b|\b(?:hasn't|haven't)\b/i.test(text);
}
