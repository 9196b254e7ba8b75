import { numberWordValue } from "../reading/index.js";
import { fractionInWords } from "./fraction-words.js";

/**
 * A share of a group written in words, as news tells one as often as a percentage: "a third of the
 * homes", "Nearly half of shareholders", "two-thirds of members", "four in ten investors". The same
 * figure as a percentage ("a third" is 33.3%), read only before the group it is a share of ("half the
 * time", "a quarter past" and "half an hour" are none): a share in words, then "of" and its group,
 * or "N in ten" and a plural noun.
 */
export const SHARE_IN_WORDS =
  /(?<![\p{L}-])((?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree)?[\s-]?(?:half|third|thirds|quarter|quarters|fifth)|[Hh]alf|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)\s+in\s+(?:three|four|five|ten))(?=\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?[a-z]+s\b|\s+[a-z]+s\b)/gu;

/** The percentage a share in words stands for ("a third" → 33.3), null for anything else. */
export function shareInWordsValue(raw: string): number | null {
  const words = raw.trim().toLowerCase().replace(/\s+/g, " ");
  const fraction = fractionInWords(words);
  if (fraction) return 100 * fraction.value;
  // "four in ten", "one in three": counts in words ("one" is no count word alone, see number-words).
  const inTen = /^(\w+) in (three|four|five|ten)$/.exec(words);
  const count = inTen ? (inTen[1] === "one" ? 1 : numberWordValue(inTen[1]!)) : null;
  const whole = inTen ? numberWordValue(inTen[2]!) : null;
  return count !== null && whole !== null && count < whole ? (100 * count) / whole : null;
}

/**
 * How far the exact share may be from a share told in words: a tenth of it ("a third" is said of 30%
 * to 36%, "half" of 45% to 55%).
 */
export const SHARE_IN_WORDS_ROUNDING = 0.1;
