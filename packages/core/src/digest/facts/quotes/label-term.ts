/**
 * Terms in quotation marks that are nobody's quotation, whoever speaks in the sentence: a word or a
 * short phrase in lower case that names what something was taken for, went by, or is called, as
 * opposed to the words a source said about it ("said the plan was “unworkable”").
 */

/** One to three words in lower case, with the full stop or comma US style puts inside the marks. */
const SHORT_TERM = /^\p{Ll}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*){0,2}[.,]?$/u;
/** One or two such words: a possessive before three words may well open a fragment ("its ‘best ever year’"). */
const TWO_WORD_TERM = /^\p{Ll}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*)?[.,]?$/u;

/**
 * What something was thought or mistaken to be: "assumed the alarm was a “fire drill”", "mistook the
 * bang for a ‘car backfiring’". A belief is no utterance: the marks set off the writer's term for it.
 */
const TAKEN_FOR_BEFORE =
  /\b(?:thought|assumed|presumed|supposed|imagined|mistook|mistaken|took|taken)\s+(?:(?:that\s+)?(?:it|this|that|they|the\s+[\p{L}’'-]+)\s+(?:was|were|had\s+been|would\s+be)|(?:it|this|that|them|the\s+[\p{L}’'-]+)\s+(?:for|to\s+be))\s+(?:(?:a|an|the|just|only|merely|another)\s+){0,2}$/u;

/**
 * A name something is presented or treated under: "presented to residents as ‘regeneration’", "told
 * to treat the final miles as a ‘fun run’", "billed as a “family day”". (A verb of describing stays a
 * judgement someone voiced: "dismissed it as “nonsense”".)
 */
const PRESENTED_AS_BEFORE =
  /\b(?:present(?:ed|s|ing)?|bill(?:ed|s|ing)|sold|sell(?:s|ing)?|market(?:ed|s|ing)?|promot(?:ed|es|ing)|pitch(?:ed|es|ing)|fram(?:ed|es|ing)|treat(?:ed|s|ing)?|rebrand(?:ed|s|ing)?|advertis(?:ed|es|ing)|(?:pass|dress)(?:ed|es|ing)?\s+(?:off|up))\b(?:\s+[\p{L}’'-]+){0,4}?\s+as\s+(?:(?:a|an|the)\s+)?$/u;

/**
 * A term opening the sentence's subject after a possessive: "The council’s “cooling stations” along
 * the route ran out of water, according to several runners" (the council's own name for them; the
 * attribution at the end tells who reported the claim, not who chose the words). A possessive, not a
 * contraction: "Page says it's “reassuring”" is his word.
 */
const POSSESSOR_OPENING_SENTENCE =
  /^\s*(?:[Tt]he\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s?|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s|[Ii]ts|[Tt]heir)\s*$/u;

/** Whether the quoted `words` are a term set in quotation marks rather than words someone said. */
export function isLabelTerm(words: string, sentenceBefore: string, after: string): boolean {
  const term = words.trim();
  if (SHORT_TERM.test(term) && (TAKEN_FOR_BEFORE.test(sentenceBefore) || PRESENTED_AS_BEFORE.test(sentenceBefore)))
    return true;
  // The quote ends no sentence: the writer's sentence goes on after it.
  return TWO_WORD_TERM.test(term) && POSSESSOR_OPENING_SENTENCE.test(sentenceBefore) && /^\s+\p{Ll}/u.test(after);
}
