import { porterStem } from "../../evidence/porter-stem.js";
import { STOPWORDS, wordTokens } from "../../evidence/word-tokens.js";

/** Past forms not in "-ed" that news tells acts with ("won the seat", "the seat won on Friday"). */
const IRREGULAR_PAST = new Set([
  "won",
  "held",
  "struck",
  "made",
  "took",
  "taken",
  "gave",
  "given",
  "sold",
  "bought",
  "lost",
  "cut",
  "shut",
  "broke",
  "broken",
  "brought",
  "caught",
  "paid",
  "sent",
  "beat",
  "beaten",
  "chose",
  "chosen",
  "stole",
  "stolen",
  "set",
  "hit",
]);

/** Verbs of saying and asking: who reports, not the act ("said a deal", "the deal, officials said"). */
const SAYING = /^(?:said|told|added|asked|stated|reported|claimed|noted|warned|insisted|expected|needed|called)$/;

/** Words that tell when, not what. */
const TIME_WORD =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|morning|afternoon|evening|night|overnight|early|late|last|week|month|year)$/;

/** Words between a passive's noun and its participle: "the deal was reached", "the plant has been shut". */
const AUXILIARY = new Set(["was", "were", "been", "being", "is", "are", "has", "have", "had", "be"]);

const DETERMINER = /^(?:a|an|the|its|their|his|her|our|new)$/;
const DESCRIBING = /^(?:a|an|the|its|their|his|her|our|from|of|into|in|on|at|for|with|over|by)$/;

function pastVerb(word: string): boolean {
  return !SAYING.test(word) && ((word.length >= 5 && word.endsWith("ed")) || IRREGULAR_PAST.has(word));
}

function thing(word: string | undefined): word is string {
  return word !== undefined && word.length >= 4 && !STOPWORDS.has(word) && !TIME_WORD.test(word) && !/\d/.test(word);
}

/**
 * The acts a sentence tells as a past verb and the thing it was done to, as stem pairs: after the
 * verb ("reached a tentative agreement": reach|tent, reach|agreement), or before it as a participle or
 * a passive ("the tentative agreement reached yesterday", "the agreement was reached").
 */
function verbsAndObjects(text: string): Set<string> {
  const words = wordTokens(text);
  const pairs = new Set<string>();
  words.forEach((word, index) => {
    // A participle after an article or a preposition describes a thing ("over the leaked papers").
    if (!pastVerb(word) || DESCRIBING.test(words[index - 1] ?? "")) return;
    const verb = porterStem(word);
    // What follows: the next three words, up to the first that is neither a determiner nor a content word.
    for (const next of words.slice(index + 1, index + 4)) {
      if (thing(next)) pairs.add(`${verb}|${porterStem(next)}`);
      // A short word of the thing's name goes on to its head ("the bus contract"); a function word ends it.
      else if (!DETERMINER.test(next) && (STOPWORDS.has(next) || /\d/.test(next))) break;
    }
    // What precedes, when the verb is a passive ("was reached") or a participle with no object of its
    // own ("the agreement reached yesterday"): not an active verb's subject ("the council approved the plan").
    let before = index - 1;
    while (before >= 0 && AUXILIARY.has(words[before]!)) before -= 1;
    const after = words[index + 1];
    const participle =
      before < index - 1 ||
      after === undefined ||
      ((STOPWORDS.has(after) || TIME_WORD.test(after)) && !DETERMINER.test(after));
    const noun = words[before];
    if (participle && thing(noun) && !pastVerb(noun)) pairs.add(`${verb}|${porterStem(noun)}`);
  });
  return pairs;
}

/**
 * Whether two sentences tell one act by the same verb and the same thing it was done to, in either
 * order: "the union and the university reached a tentative agreement early Saturday" and "the
 * tentative agreement reached yesterday sets a $37,000 stipend", "police arrested a teacher" and "the
 * teacher arrested on Friday". An outlet that tells the act as what it produced keeps its words.
 */
export function sameVerbAndObject(left: string, right: string): boolean {
  const told = verbsAndObjects(left);
  return [...verbsAndObjects(right)].some((pair) => told.has(pair));
}
