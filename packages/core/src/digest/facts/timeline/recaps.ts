import { contentWords } from "../../evidence/word-tokens.js";

/** Words that name a day or a time of day, not what happened on it. */
const DAY_WORD =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|yesterday|today|tonight|last|night|morning|afternoon|evening|earlier|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)$/;

/** A word's first five letters: "declared" and "declaring" are one word here. */
const stem = (word: string) => word.slice(0, 5);

function terms(text: string): Set<string> {
  return new Set(
    contentWords(text)
      .filter((word) => !DAY_WORD.test(word))
      .map(stem),
  );
}

/** Fewest words a recap must have, so "The council met on Tuesday." recaps nothing. */
const RECAP_MIN_WORDS = 4;
/** Share of a recap's words the fuller telling must hold. */
const RECAP_SHARE = 0.8;

/**
 * Whether the shorter of two sentences dated the same day retells what the longer tells, in fewer
 * words and with the day named another way ("The council declared itself effectively bankrupt on
 * December 14.", a month after "Harrowfield Borough Council issued a section 114 notice on Tuesday,
 * effectively declaring itself bankrupt after a £38 million hole opened in its budget."): nearly all
 * its words but the day's stand in the longer one, whose details leave the TF-IDF cosine low.
 */
export function recaps(left: string, right: string): boolean {
  const [short, long] = [terms(left), terms(right)].sort((a, b) => a.size - b.size) as [Set<string>, Set<string>];
  if (short.size < RECAP_MIN_WORDS) return false;
  const held = [...short].filter((word) => long.has(word)).length;
  return held / short.size >= RECAP_SHARE;
}
