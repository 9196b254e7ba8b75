import type { Alignment } from "../reading/index.js";
import {
  type AnalyzedText,
  demonymPlace,
  isContentToken,
  isLexiconWord,
  placeDemonyms,
  placeWords,
  wordAlone,
} from "../reading/index.js";
import type { SupportFault } from "./support-fault.js";

/**
 * Whether a sentence's first word is a common noun however it is capitalised: a dictionary word's
 * regular plural ("Hundreds", "Protesters", "Officials") or an abstract noun by its ending
 * ("Construction", "Agreement"). The tagger calls any capitalised first word a name, and the
 * dictionary alone cannot tell ("hezbollah" and "apple" are in it); places are names ("Wales").
 */
function isCommonFirstWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{L}+$/u.test(lower) || !isLexiconWord(lower) || placeDemonyms(lower).length > 0) return false;
  if (/(?:tion|sion|ment|ness|ity|ance|ence)$/.test(lower)) return true;
  const singular = lower.endsWith("ies") ? `${lower.slice(0, -3)}y` : lower.replace(/e?s$/, "");
  return singular !== lower && (isLexiconWord(singular) || isLexiconWord(lower.slice(0, -1)));
}

/**
 * Whether a sentence's first word is an adjective before a common noun ("Heavy vehicles will …"):
 * in lower case the dictionary reads it as one. A surname that is also an adjective ("Young said")
 * is followed by a verb, not a noun.
 */
function isFirstAdjective(word: string, nextPos: string | undefined): boolean {
  const lower = word.toLowerCase();
  return (
    nextPos === "NOUN" &&
    /^\p{L}+$/u.test(lower) &&
    placeDemonyms(lower).length === 0 &&
    isLexiconWord(lower) &&
    wordAlone(lower).pos === "ADJ"
  );
}

/**
 * Names and nationalities the statement adds: a name no cited passage mentions ("Tom Finney"), or a
 * nationality none gives ("French singer Aleksa Moreau", "Scottish brewery"), is a claim of its own
 * however well the rest of the sentence matches. A country and its nationality are one fact told two
 * ways ("Wales" for "the Welsh national team"). The sentence's first word is capitalised whatever it
 * is: there a plural or abstract noun the tagger calls a name ("Hundreds of homes", "Construction of
 * 450 homes") is no name unless a name follows it.
 */
export function compareAddedNames(
  statement: AnalyzedText,
  passages: readonly AnalyzedText[],
  alignment: Alignment,
): SupportFault[] {
  const known = new Set(passages.flatMap((passage) => passage.tokens.map((token) => token.key)));
  const written = new Set(passages.flatMap((passage) => passage.tokens.map((token) => token.text.toLowerCase())));
  const faults: SupportFault[] = [];
  statement.tokens.forEach((token, index) => {
    const capitalised = /^\p{Lu}/u.test(token.text);
    const place = capitalised ? demonymPlace(token.text) : null;
    if (place) {
      const told = written.has(token.text.toLowerCase()) || placeWords(place).some((word) => written.has(word));
      if (!told) faults.push({ kind: "added", reason: `nationality "${token.text}" is not in the cited passage` });
      return;
    }
    if (alignment.links[index] !== null || known.has(token.key)) return;
    if (placeDemonyms(token.text).some((demonym) => written.has(demonym) || written.has(`${demonym}s`))) return;
    const commonFirstWord =
      index === 0 &&
      statement.tokens[1]?.pos !== "PROPN" &&
      (isCommonFirstWord(token.text) || isFirstAdjective(token.text, statement.tokens[1]?.pos));
    const named = (token.pos === "PROPN" && !commonFirstWord) || (index > 0 && capitalised && isContentToken(token));
    if (named) faults.push({ kind: "added", reason: `name "${token.text}" is not in the cited passage` });
  });
  return faults;
}
