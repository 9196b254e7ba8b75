/** A person's age tied to what the sentence says they did to something of their own. */
export interface AgeByDeed {
  age: number;
  /** The age as written ("47", "44"). */
  raw: string;
  /** The deed, its verb and the noun it took ("broke his wrist" is "broke wrist"). */
  deed: string;
  /** The name the age stands beside ("Gary Munro, 44,"), or null for a person told by a noun ("a 47-year-old scaffolder"). */
  name: string | null;
}

/**
 * Words that may stand before "his", "her" or "their" and are no verb: prepositions, conjunctions,
 * auxiliaries (grammar's closed classes, whatever the story).
 */
const NOT_A_DEED =
  /^(?:with|without|for|to|in|into|on|onto|at|by|from|of|off|about|after|before|behind|beside|between|through|under|over|near|than|and|or|but|as|like|is|was|were|are|be|been|being|has|have|had|do|did|does|will|would|could|should|can|may|might|must|said|says|told|tells|who|that|which|when|while|where)$/;
/** The deed: a verb, "his", "her" or "their", up to one modifier and the noun the verb took. */
const DEED = String.raw`(?:who\s+)?(\p{Ll}{3,})\s+(?:his|her|their)\s+(?:(?:left|right|\p{Ll}+-\p{Ll}+)\s+)?(\p{Ll}{3,})\b`;
/**
 * "a 47-year-old scaffolder from Lerwick, broke his wrist", "a 19-year-old man who broke his arm": a
 * person told by a noun after the age, the deed closing the noun phrase (a place or a comma may come
 * between).
 */
const AGED_NOUN_DEED = new RegExp(String.raw`\b(\d{1,3})-year-old\s+[^.;:]{1,40}?,?\s+${DEED}`, "gu");
/** "Gary Munro, 44, broke his wrist", "Tyler Kemp, 20, who broke his arm": the age set beside a name. */
const NAME_AGE_DEED = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+),\s+(\d{1,3})\s*,\s+${DEED}`,
  "gu",
);

/**
 * The ages a sentence ties to a deed of the person's own ("broke his wrist", "lost her leg"): outlets
 * that tell one person by other means (a name in one, "a 47-year-old scaffolder" in another) still
 * tell what befell them in like words, and such a deed picks out one person of a story. The age must
 * stand in the same clause as the deed, so no other person's age is taken.
 */
export function agesByDeed(text: string): AgeByDeed[] {
  if (!/\b(?:his|her|their)\b/.test(text)) return [];
  const found: AgeByDeed[] = [];
  const deedOf = (verb: string, noun: string) => (NOT_A_DEED.test(verb) ? null : `${verb} ${noun}`);
  for (const match of text.matchAll(AGED_NOUN_DEED)) {
    // A second age inside the noun phrase ("a 19-year-old man and a 20-year-old woman who …") leaves the deed unowned.
    if (/\d/.test(match[0].slice(match[1]!.length))) continue;
    const deed = deedOf(match[2]!, match[3]!);
    if (deed) found.push({ age: Number(match[1]), raw: match[1]!, deed, name: null });
  }
  for (const match of text.matchAll(NAME_AGE_DEED)) {
    const deed = deedOf(match[3]!, match[4]!);
    if (deed) found.push({ age: Number(match[2]), raw: match[2]!, deed, name: match[1]! });
  }
  return found;
}
