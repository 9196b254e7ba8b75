import { analyzeText } from "../verify/reading/index.js";

const words = (list: string) => new Set(list.split(" "));
const ARTICLE = words("the a an");
const SUBJECT = words("he she they we");
/** Prepositions that are no adverb as well ("soon after became" is English). */
const PREPOSITION = words("of in on at to for with from by into about over under");
const POSSESSIVE = words("its their his our my your");
const MODAL = words("will would could should can must might may");
/**
 * Past tenses that are no noun, adjective or name as well ("rose", "spent", "left", "sought after",
 * "the woke left", "a fur stole", "the sat nav", "the broke", "the Met" are).
 */
const PAST = words(
  "went came took gave fell began ran knew grew threw drew flew wrote chose rode sank shook struck stood forgot got held sent sold fought brought bought caught taught became did swore tore wore hid fled meant told made",
);
/**
 * Words that cannot open the noun phrase an article opens. Not "as", "not" or "no": "an as yet unnamed
 * man", "a not insignificant sum", "a no vote"; nor "fell", a hill in the north of England.
 */
const NOT_AFTER_ARTICLE = new Set([
  ...words(
    "the a an of in on at to for with from by into and or but is was were are been be has had have would could should it he she they we his their its him them who which this these those",
  ),
  // Prepositions and conjunctions no noun phrase opens with: "shares the after bank warned", "the
  // during", "a because" (not "before": "the before and after pictures").
  ...words(
    "during against between among despite via because although unless whether until also after since than when where if",
  ),
  ...[...PAST].filter((word) => word !== "fell"),
]);
/** Words English repeats only by mistake ("had had", "was was" and "that that" can be English). */
const NEVER_DOUBLED = words("has have were are been would could should will");
/** Auxiliaries no determiner may stand before. */
const FINITE_AUXILIARY = words("is was were are been be has had have would could should");
/** Clause openers after which a preposition may lead an inverted verb ("…, in came the rescuers"). */
const CLAUSE_OPENER = words("and or but then");

/** Words that may open a collision: a pair is looked at only after one of them. */
const OPENS_COLLISION = new Set([...ARTICLE, ...SUBJECT, ...PREPOSITION, ...POSSESSIVE, ...MODAL, ...NEVER_DOUBLED]);
/** An article before a comma, or one, a conjunction or a possessive ending the sentence: "…at home the." */
const ARTICLE_BEFORE_COMMA = new Set(
  ["the", "an"].flatMap((article) => [",", ";", ":", "!"].map((mark) => article + mark)),
);
// Lower case only: "…was drawn in Group A." ends on a letter.
const DANGLING_END = /^(?:the|a|an|and|or|his|their|its|our|your|my|than)[.!]["”’']?$/;

/** Words that may close a collision: the pair is looked at only when the second word is one of them. */
const CLOSES_COLLISION = new Set([...NOT_AFTER_ARTICLE, ...NEVER_DOUBLED, ...PAST]);

/**
 * The word a token is when it may close a collision, with nothing but closing punctuation after it
 * ("of", "went,"), or "".
 */
function nextWord(token: string | undefined): string {
  if (token === undefined || CLOSES_COLLISION.has(token)) return token ?? "";
  // Most words end in a letter and close no collision: no expression for them.
  const lastCode = token.charCodeAt(token.length - 1);
  if (lastCode >= 97 && lastCode <= 122) return "";
  const word = /^([a-z]+)[.,;:!?)”"’']+$/.exec(token)?.[1] ?? "";
  return CLOSES_COLLISION.has(word) ? word : "";
}

/**
 * The weight of the collision the token at this index opens with the next, or 0. Word pairs an edited
 * English sentence does not have side by side, and text whose words a machine shuffled, dropped or
 * repeated has, weigh 2 when they are enough alone, as "the the" is (an article before a word that
 * cannot open its noun phrase: "the of", "a was", "the went"; a sentence ending on an article or
 * conjunction), and 1 when they take a second, since a slip or an odd but legal order makes one now
 * and then ("the companies we invested in had we faced…", "as can the lines…").
 */
function collisionWeight(tokens: readonly string[], index: number): number {
  const token = tokens[index] ?? "";
  const last = index === tokens.length - 1;
  if (last && DANGLING_END.test(token)) return 2;
  // "…count the as.": an article before the last word when that word is one no noun phrase is
  // ("an as yet unnamed man" goes on after its "as").
  if (
    index === tokens.length - 2 &&
    ARTICLE.has(token) &&
    /^(?:as|not|no|than|then)[.!]["”’']?$/.test(tokens[index + 1] ?? "")
  )
    return 2;
  // Function words count in lower case, or capitalised to open the sentence or a quotation; "The" and
  // "An" anywhere (a title's "The" goes on in capitals: "The Who", not "The were"; "Group A was" is English).
  const unquoted = token.replace(/^["“‘]/, "");
  const first =
    ((index === 0 || unquoted !== token) && /^[A-Z][a-z]*$/.test(unquoted)) || /^(?:The|An)$/.test(unquoted)
      ? unquoted.toLowerCase()
      : unquoted;
  if (!OPENS_COLLISION.has(first)) return ARTICLE_BEFORE_COMMA.has(first) ? 2 : 0;
  const second = tokens[index + 1];
  // Spaced punctuation, as a tokenised corpus writes it: "the ,".
  if (
    (first === "the" || first === "an") &&
    (/^[,;:!]$/.test(second ?? "") || (second === "." && index + 2 === tokens.length))
  )
    return 2;
  const next = nextWord(second);
  // "a not - so - secret meeting": a compound a tokenised corpus spaced out.
  if (next === "" || tokens[index + 2] === "-") return 0;
  if ((ARTICLE.has(first) && NOT_AFTER_ARTICLE.has(next)) || (NEVER_DOUBLED.has(first) && next === first)) return 2;
  const before = tokens[index - 1];
  const midClause = before !== undefined && /[\p{L}\p{N}]$/u.test(before) && !CLAUSE_OPENER.has(before);
  return (
    // "where he the", "they of"
    (SUBJECT.has(first) && /^(?:the|a|an|his|their|its|this|these|of|to|for|with|from|by)$/.test(next)) ||
      // "of he", "with they"
      (/^(?:of|in|on|at|with|from|by|into|about)$/.test(first) && SUBJECT.has(next)) ||
      // "a rise in went", "profits its fell"; "Down went the shares" opens a clause.
      (PREPOSITION.has(first) && PAST.has(next) && midClause) ||
      (POSSESSIVE.has(first) && PAST.has(next)) ||
      // "members its would walk out"; not "his" or "her", which stand alone ("His was the first name
      // called"), and a slip drops a word now and then ("said its has encountered").
      (/^(?:its|their|our|my|your)$/.test(first) && FINITE_AUXILIARY.has(next)) ||
      // "of was": English strands a preposition there only now and then.
      (/^(?:of|in|on|at|for|with|from|by|into)$/.test(first) &&
        /^(?:is|was|were|are|has|had|have|would|could|should)$/.test(next)) ||
      // "will a new council elect", outside a question
      (MODAL.has(first) && ARTICLE.has(next))
      ? 1
      : 0
  );
}

/**
 * A phrase of two or more words said twice in a row ("cut power to 40,000 homes cut power to 40,000
 * homes"), as a machine repeats it or a scraper glues a credit to its caption. Not inside a quotation,
 * where people and titles repeat themselves ("Son of a Son of a Sailor"), nor a phrase that repeats
 * by design: "movie after movie after movie", "more and more", "one by one".
 */
const REPEATING_BY_DESIGN = words("after and by to upon or on over for");
const PHRASE_WORD = /^[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*$/u;

function repeatsPhrase(tokens: readonly string[]): boolean {
  for (let index = 0; index < tokens.length; index += 1) {
    for (let length = 2; length <= 6 && index + 2 * length <= tokens.length; length += 1) {
      if (tokens[index] !== tokens[index + length]) continue;
      let same = true;
      for (let offset = 0; offset < length && same; offset += 1) {
        const word = tokens[index + offset] ?? "";
        const again = tokens[index + length + offset] ?? "";
        same =
          (again === word || (offset === length - 1 && again.replace(/[.,;:!?"”’']+$/, "") === word)) &&
          PHRASE_WORD.test(word);
      }
      if (!same) continue;
      const phrase = tokens.slice(index, index + length).map((word) => word.toLowerCase());
      const quotesBefore = tokens.slice(0, index).join(" ").match(/["“”]/g)?.length ?? 0;
      if (quotesBefore % 2 === 0 && !(length === 2 && phrase.some((word) => REPEATING_BY_DESIGN.has(word))))
        return true;
    }
  }
  return false;
}

const NOMINAL = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);

/**
 * Collisions only a tagger sees, each rare in real news (under one sentence in a hundred): a
 * preposition before a regular past tense mid-clause ("after rejected the company"), a subject
 * pronoun before a noun ("where he residents"), a sentence opening on a noun before "the"
 * ("Floodwater the reached"), an article before a past tense with no noun after it, a possessive
 * before a verb, "was" before a bare noun and a verb ("the was driver arrested"), and a past tense
 * ending the sentence on a bare singular noun ("…on fell board.").
 */
function taggedCollisions(text: string, places: ReadonlySet<number>): number {
  // Where the words that open the collisions found already are, so that none counts twice.
  const known = [...text.matchAll(/\S+/g)]
    .filter((_, index) => places.has(index))
    .map((match) => [match.index, match.index + match[0].length] as const);
  const tokens = analyzeText(text).tokens;
  let count = 0;
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    const after = tokens[index + 2];
    if (!next || known.some(([start, end]) => token.start >= start && token.start < end)) return;
    const lower = token.text.toLowerCase();
    const before = tokens[index - 1];
    const midClause = before !== undefined && before.pos !== "PUNCT" && before.pos !== "CCONJ";
    const bareNoun = next.pos === "NOUN" && /^\p{Ll}+$/u.test(next.text) && next.key === next.text;
    if (
      (midClause &&
        token.pos === "ADP" &&
        PREPOSITION.has(lower) &&
        next.pos === "VERB" &&
        /\p{Ll}ed$/u.test(next.text)) ||
      (SUBJECT.has(lower) && (next.pos === "NOUN" || next.pos === "PROPN")) ||
      (index === 0 && (token.pos === "NOUN" || token.pos === "PROPN") && next.text === "the") ||
      (/^(?:the|a|an)$/i.test(lower) &&
        next.pos === "VERB" &&
        /\p{Ll}ed$/u.test(next.text) &&
        !NOMINAL.has(after?.pos ?? "")) ||
      (/^(?:its|their|his|our)$/.test(lower) && (next.pos === "VERB" || next.pos === "AUX")) ||
      (/^(?:is|was|were|are|has|had|have)$/.test(lower) && bareNoun && after?.pos === "VERB") ||
      (token.pos === "VERB" &&
        !/(?:ing|s)$/.test(token.text) &&
        bareNoun &&
        after?.text === "." &&
        index + 3 === tokens.length)
    )
      count += 1;
  });
  return count;
}

/** Words a sentence ends on only now and then ("what it was made of", "as it should"). */
const RARE_LAST_WORD =
  /^(?:of|to|for|with|from|by|at|into|the|a|an|is|are|was|were|has|have|had|would|could|should|than|that|which|who|whose|we|they|he|she|The|An)[.!]["”’']?$/;

/**
 * Weight of a sentence's ends out of place, each 1 as each is now and then a slip, a split or a
 * stranded preposition: a first word in lower case (words shuffled put one there) and a last word
 * that seldom ends a sentence (a preposition, an article, an auxiliary, a pronoun that needs its verb).
 */
function outOfPlaceEnds(tokens: readonly string[], places: ReadonlySet<number>): number {
  const first = tokens[0] ?? "";
  const end = tokens.length - 1;
  const last = tokens[end] ?? "";
  // A word in a collision already counts once ("…with is.", a lower-cased "with IS.").
  return (
    (/^[a-z]+[,;:]?$/.test(first) && !places.has(0) ? 1 : 0) +
    (end > 0 && RARE_LAST_WORD.test(last) && !DANGLING_END.test(last) && !places.has(end - 1) && !places.has(end)
      ? 1
      : 0)
  );
}

/**
 * Whether a sentence is word salad: real words in an order no writer gives them ("Halden shares the
 * recovered regulator a Tuesday 2 percent on fell board."), or a phrase said twice. It takes two
 * collisions, since one is a slip (an end out of place counts as one beside those the word lists
 * find); the tagger reads only a sentence the word lists found one in, as it is slow.
 */
export function isWordSalad(text: string): boolean {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (repeatsPhrase(tokens)) return true;
  const places = new Set<number>();
  let weight = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const found = collisionWeight(tokens, index);
    if (found > 0) places.add(index);
    weight += found;
  }
  if (weight + outOfPlaceEnds(tokens, places) >= 2) return true;
  // An end out of place and a collision only the tagger sees are too common a pair in split text.
  return weight > 0 && taggedCollisions(text, places) >= 1;
}
