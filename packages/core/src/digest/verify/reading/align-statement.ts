import { type AnalyzedText, isContentToken, type TextToken } from "./analyze-text.js";
import { specificKeys } from "./hypernym-keys.js";
import { synonymKeys } from "./synonym-keys.js";

/** Where a statement word was found: passage index and token index in that passage. */
interface TokenLink {
  passage: number;
  token: number;
}

/** How two consecutive found words of the statement sit in the passages. */
type StepKind = "next" | "gap" | "reorder" | "jump";

interface AlignmentStep {
  kind: StepKind;
  /** Statement token indices of the two words. */
  from: number;
  to: number;
  /** For a gap: the passage tokens left out between them. */
  skipped: TextToken[];
  /** For a gap: whether what is left out holds a verb outside any aside (the words now belong to another clause). */
  breaksClause: boolean;
  /** What the step added to the alignment's cost. */
  cost: number;
}

export interface Alignment {
  /** Per statement token: where it was found, or null (punctuation is never linked). */
  links: Array<TokenLink | null>;
  steps: AlignmentStep[];
  /** Total cost of the alignment (0 for a verbatim copy). */
  cost: number;
  /** Words of the statement that carry content (punctuation excluded). */
  wordCount: number;
}

/** Costs of the alignment, tuned on human judgments (SUPPORT_COSTS in check-support.ts). */
export interface AlignmentCosts {
  /** A function word with no place in the passages. */
  unlinkedFunctionWord: number;
  /** A content word the passages never use. */
  unlinkedContentWord: number;
  /** A content word the passages use, but not where the rest of the statement comes from. */
  unlinkedKnownWord: number;
  /** Passage words left out between two statement words, in one sentence. */
  gap: number;
  /** Added per left-out word, up to 20. */
  gapPerWord: number;
  /** Added when the left-out words hold a verb outside an aside. */
  clauseBreak: number;
  /**
   * Instead of `gap`, when the left-out words hold no verb outside an aside: a modifier, a phrase of
   * time or place, an apposition ("the new bridge on Monday" → "the bridge").
   */
  modifierGap: number;
  /** Instead of `gap`, when the left-out words are grammar only ("was approved by" → "approved"). */
  functionGap: number;
  /** The next statement word comes earlier in the same passage sentence. */
  reorder: number;
  /**
   * Instead of `reorder`, when what moves is a whole phrase: a time or place phrase or an attribution
   * put at the other end of the sentence, "Skyway pilots" for "pilots at Skyway".
   */
  constituentMove: number;
  /** The next statement word comes from another sentence, in the middle of a clause (stitching). */
  jump: number;
  /** The statement joins two whole clauses or sentences of the passages (fusion). */
  clauseJump: number;
  /**
   * The statement names its subject and takes the predicate from a sentence where the subject is a
   * pronoun or another mention ("Kim Sears | will marry…" from "She will marry…").
   */
  subjectJump: number;
  /** Added when a word is linked through a synonym or its derivational root ("evacuate" → "evacuation"), not its key. */
  looseLink: number;
}

const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PUNCT", "CCONJ"]);
const SUBJECT_POS = new Set(["PRON", "NOUN", "PROPN"]);
const NOUN_PHRASE_HEAD_POS = new Set(["NOUN", "PROPN"]);
// Relative pronouns: "X, which blamed…" takes its subject from X.
const RELATIVE = new Set(["which", "who", "whom", "whose", "that"]);

// Verbs of saying: a statement may add or change one ("says", "told") without changing the claim.
const SPEECH_VERBS = new Set([
  "say",
  "tell",
  "told",
  "add",
  "claim",
  "state",
  "report",
  "announce",
  "accord",
  "insist",
  // A reported "we will …" is a vow or a promise: "vowed to keep going" for "'We will not stop,' X said".
  "vow",
  "pledge",
  "promise",
]);
// Light verbs that say nothing of their own before a noun of the action ("made two arrests",
// "carried out a search", "announced her resignation"): the noun carries the event.
const LIGHT_VERBS = new Set(["make", "carry", "give", "take", "hold", "conduct", "launch", "issue"]);
// Words between a light verb and its noun: "made | two | arrests", "carried out | a | search".
const LIGHT_VERB_FILLER = new Set(["DET", "NUM", "ADJ", "PRON", "PART", "ADP"]);

/**
 * Whether statement word `index` is a light verb whose noun the passages tell as a verb ("Police
 * made two arrests" for "police arrested two men"): the noun's root is a passage verb's.
 */
function lightVerbOf(tokens: readonly TextToken[], index: number, verbRoots: ReadonlySet<string>): boolean {
  const token = tokens[index]!;
  if (token.pos !== "VERB" || !LIGHT_VERBS.has(token.key)) return false;
  for (let next = index + 1; next < tokens.length && next - index <= 4; next += 1) {
    const word = tokens[next]!;
    if (word.sentence !== token.sentence) return false;
    if (word.pos === "NOUN" && (verbRoots.has(word.root) || verbRoots.has(word.key))) return true;
    // Past the one it is given to: "gave | the banks | a warning".
    if (!LIGHT_VERB_FILLER.has(word.pos) && word.pos !== "NOUN") return false;
  }
  return false;
}

/**
 * Whether statement word `index` is the grammar of an event told as a noun that the passages tell as
 * a verb ("the closure of the aquarium" for "would close its aquarium", "the arrest of two men"):
 * the determiner before the noun, the "of" after it and the determiner after that "of". Left out of
 * the passage's clause they cost next to nothing.
 */
function nominalGrammar(
  tokens: readonly TextToken[],
  index: number,
  eventRoots: ReadonlySet<string>,
  nounKeys: ReadonlySet<string>,
): boolean {
  const token = tokens[index]!;
  const isEvent = (word: TextToken | undefined) =>
    word !== undefined &&
    word.pos === "NOUN" &&
    word.root !== word.key &&
    eventRoots.has(word.root) &&
    !nounKeys.has(word.key);
  if (token.pos === "DET") {
    let next = index + 1;
    while (tokens[next]?.pos === "ADJ") next += 1;
    if (isEvent(tokens[next])) return true;
    return tokens[index - 1]?.key === "of" && isEvent(tokens[index - 2]);
  }
  return token.key === "of" && isEvent(tokens[index - 1]);
}

// Verbs that report what a study or an inquiry found, when "that" follows ("A study found that …"
// for "…, according to a study"): the report's verb of saying.
const FINDING_VERBS = new Set(["find", "show", "conclude", "suggest"]);
const reportsFinding = (tokens: readonly TextToken[], index: number) =>
  FINDING_VERBS.has(tokens[index]!.key) && tokens[index]!.pos === "VERB" && tokens[index + 1]?.key === "that";
// A gap that ends on one of these hands the statement's words back to the passage's subject
// ("Benaud, before play, after he died" → "Benaud died"; "Depay, who scored").
const ANAPHORA_POS = new Set(["PRON", "SCONJ"]);

interface Position {
  passage: number;
  token: number;
  /** Unique across passages. */
  sentence: number;
}

const MAX_STATES = 64;

function isAside(token: TextToken | undefined): boolean {
  return token !== undefined && /^[,()\-–—;:]$/.test(token.text);
}

// Participles that work as prepositions ("following the defeat", "including floodlights"): no clause of their own.
const PARTICIPLE_PREPOSITIONS = new Set([
  "following",
  "including",
  "regarding",
  "concerning",
  "excluding",
  "considering",
  "pending",
  "barring",
]);

/**
 * Whether statement word `index` is a participle used as a preposition ("bailed | following | his
 * arrest", "31 groups, | including | the orchestra"): grammar, as "after" or "among" would be.
 */
function prepositionalParticiple(tokens: readonly TextToken[], index: number): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  return (
    PARTICIPLE_PREPOSITIONS.has(token.text.toLowerCase()) &&
    next !== undefined &&
    next.sentence === token.sentence &&
    ["DET", "PRON", "NOUN", "PROPN", "NUM", "ADJ"].includes(next.pos)
  );
}

// Verbs of position that say no more than "be" before a phrase of place: "the slope lay outside the
// marked runs" is "the slope was outside the marked runs", "the village lies on the coast" "is on".
const POSITION_VERBS = new Set(["lie", "lay", "sit", "stand"]);
const PLACE_PREPOSITIONS = new Set([
  "outside",
  "inside",
  "within",
  "beyond",
  "near",
  "beside",
  "behind",
  "between",
  "below",
  "above",
  "off",
  "along",
  "on",
  "in",
  "at",
]);

/** Whether statement word `index` is a verb of position before a place ("lay | outside the runs"): a copula, grammar. */
function positionCopula(tokens: readonly TextToken[], index: number): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  return (
    token.pos === "VERB" &&
    POSITION_VERBS.has(token.key) &&
    next !== undefined &&
    next.sentence === token.sentence &&
    PLACE_PREPOSITIONS.has(next.key)
  );
}

/**
 * One word in two inflections whose keys differ by the "e" dropped before "-ing" or "-ed": "damaging"
 * (read as an adjective, key "damag") and "damaged" (key "damage"). Not "plan" and "plane": the
 * shorter key must come from a word that ends in the inflection.
 */
function sameWordInflected(a: TextToken, b: TextToken): boolean {
  const [short, long] = a.key.length < b.key.length ? [a, b] : [b, a];
  return `${short.key}e` === long.key && /(?:ing|ed)$/i.test(short.text);
}

const DASH = /^[-–—]$/;

/**
 * Whether a mark closes an aside opened by `opener`: a bracket at its pair, a dash at a dash, a comma
 * at a comma or a stop. A dash inside a comma-set aside ("Kim, who will marry her long - term
 * partner, …" as a tokenised corpus spaces it, "her partner – a rower – next month,") is the
 * aside's own.
 */
function closesAside(opener: string, mark: string): boolean {
  if (opener === "(") return mark === ")";
  if (DASH.test(opener)) return DASH.test(mark);
  if (opener === "," || opener === ";" || opener === ":") return /^[,;:]$/.test(mark);
  return true;
}

/** Whether left-out words hold a verb outside a bracketed or comma-set aside ("Kim, who…, watched X play"). */
function breaksClause(skipped: readonly TextToken[], said: (token: TextToken) => boolean = () => false): boolean {
  let opener: string | null = null;
  for (let index = 0; index < skipped.length; index += 1) {
    const token = skipped[index]!;
    const previous = skipped[index - 1];
    const next = skipped[index + 1];
    // ", and Eastfield drew…" joins a clause of its own; a hyphen inside a word or score ("2-2") sets nothing apart.
    const joinsClause = opener === null && token.text === "," && next?.pos === "CCONJ";
    const inWord = token.text === "-" && previous?.end === token.start && next?.start === token.end;
    if (inWord) {
      // …and what follows it is part of the compound ("low-lying"), no verb of a clause.
      index += 1;
      continue;
    }
    if (isAside(token) && !joinsClause) {
      // An aside opens at a mark and closes at the one that pairs with it; one that is still open at
      // the end of the skipped words (", who was… ,") closes there.
      if (opener === null) opener = token.text;
      else if (closesAside(opener, token.text)) opener = null;
      continue;
    }
    if (
      opener === null &&
      token.pos === "VERB" &&
      !PARTICIPLE_PREPOSITIONS.has(token.text.toLowerCase()) &&
      !said(token)
    )
      return true;
  }
  return false;
}

// Words that open a clause whatever the tagger calls them ("when" is often read as an adverb).
const SUBORDINATORS = new Set([
  "when",
  "while",
  "after",
  "before",
  "as",
  "because",
  "since",
  "until",
  "although",
  "though",
  "where",
  "if",
]);

function isClauseMark(token: TextToken | undefined): boolean {
  return (
    token === undefined ||
    token.pos === "PUNCT" ||
    token.pos === "CCONJ" ||
    token.pos === "SCONJ" ||
    (token.pos === "ADV" && SUBORDINATORS.has(token.key))
  );
}

/** Whether passage words from `index` to the end of their sentence only say who said it (", the mayor said."; ", said Ms Costa."). */
function isAttributionTail(tokens: readonly TextToken[], index: number): boolean {
  const sentence = tokens[index]!.sentence;
  let speech = false;
  for (let at = index; at < tokens.length && tokens[at]!.sentence === sentence; at += 1) {
    const token = tokens[at]!;
    if (SPEECH_VERBS.has(token.key) && token.pos === "VERB") {
      if (speech) return false;
      speech = true;
    } else if (!NOUN_PHRASE_POS.has(token.pos) && token.pos !== "PRON") return false;
  }
  return speech;
}

/** Whether a passage word ends a clause (what follows is punctuation, a conjunction or the end of its sentence). */
function endsClause(tokens: readonly TextToken[], index: number): boolean {
  const next = tokens[index + 1];
  return next === undefined || next.sentence !== tokens[index]!.sentence || isClauseMark(next);
}

/** Whether a passage word starts a clause. */
function startsClause(tokens: readonly TextToken[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous === undefined || previous.sentence !== tokens[index]!.sentence || isClauseMark(previous);
}

// Prepositions that chain nouns inside one noun phrase ("pilots at Skyway", "offer from Corvan").
const NOMINAL_LINKS = new Set(["of", "at", "from", "in", "for", "by", "'s", "'"]);

/** Whether a passage word ends a phrase that can move whole: before a mark, a conjunction, a preposition or a verb of saying. */
function endsConstituent(tokens: readonly TextToken[], index: number): boolean {
  const next = tokens[index + 1];
  return (
    next === undefined ||
    next.sentence !== tokens[index]!.sentence ||
    isClauseMark(next) ||
    next.pos === "ADP" ||
    (next.pos === "PART" && next.key === "to") ||
    SPEECH_VERBS.has(next.key)
  );
}

/** Whether a passage word starts a phrase that can move whole: a clause, a prepositional phrase, what a verb of saying reports. */
function startsConstituent(tokens: readonly TextToken[], index: number): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  // Inside the sentence's opening noun phrase ("Union leader | Maria Costa said"): its title left out.
  let opening = index - 1;
  while (opening >= 0 && tokens[opening]!.sentence === token.sentence && NOUN_PHRASE_POS.has(tokens[opening]!.pos))
    opening -= 1;
  return (
    startsClause(tokens, index) ||
    (NOUN_PHRASE_POS.has(token.pos) && (opening < 0 || tokens[opening]!.sentence !== token.sentence)) ||
    token.pos === "ADP" ||
    (previous !== undefined && (SPEECH_VERBS.has(previous.key) || previous.key === "that"))
  );
}

/** Whether passage words `from`…`to` are one noun phrase chained by prepositions or possessives ("a takeover offer from Corvan Group"). */
function isNominalChain(tokens: readonly TextToken[], from: number, to: number): boolean {
  let chained = false;
  for (let index = from; index <= to; index += 1) {
    const token = tokens[index]!;
    if (NOMINAL_LINKS.has(token.key) || token.pos === "PART") chained = true;
    else if (!NOUN_PHRASE_POS.has(token.pos) || token.pos === "PUNCT" || token.pos === "CCONJ") return false;
  }
  return chained;
}

// Links of a noun phrase that a possessive or a noun before the head says as well: "shareholders of
// Brightwater Foods" is "Brightwater Foods shareholders", "an offer from Corvan Group" is "Corvan
// Group's offer", "pilots at Skyway" "Skyway pilots". Not "for" or "by", whose roles turn round ("a
// bid for Corvan" is no bid of Corvan's, "a defeat by Ashworth" no defeat of Ashworth's).
const GENITIVE_LINKS = new Set(["of", "at", "from", "in", "'s", "'"]);

/**
 * Whether passage words `from`…`to` are one noun phrase chained only by genitive links, which the
 * statement gives in the other order ("Corvan Group's takeover offer" for "a takeover offer from Corvan
 * Group"): the same phrase in its other English form, no move.
 */
function isGenitiveAlternation(tokens: readonly TextToken[], from: number, to: number): boolean {
  if (!isNominalChain(tokens, from, to)) return false;
  return tokens.slice(from, to + 1).every((token) => token.pos !== "ADP" || GENITIVE_LINKS.has(token.key));
}

/** A phrase moved whole within one passage sentence: the statement went back from passage word `from` to `to`. */
function movesConstituent(
  tokens: readonly TextToken[],
  from: number,
  to: number,
  said: (token: TextToken) => boolean,
): boolean {
  return (
    (endsConstituent(tokens, from) && (startsConstituent(tokens, to) || startsPredicate(tokens, to, said))) ||
    isNominalChain(tokens, to, from)
  );
}

/**
 * The predicate right after the name that opens its sentence ("Dana Whitfield | defeated Omar Lind …
 * to win"), when the statement has already named that subject: it may give the predicate after the
 * clause it leads to ("Dana Whitfield won …, defeating Omar Lind"). Another subject before it
 * ("Omar Lind won", where Whitfield did) is no such move.
 */
function startsPredicate(tokens: readonly TextToken[], index: number, said: (token: TextToken) => boolean): boolean {
  const token = tokens[index]!;
  if (token.pos !== "VERB" || tokens[index - 1]?.pos !== "PROPN" || !said(tokens[index - 1]!)) return false;
  let opening = index - 1;
  while (opening >= 0 && tokens[opening]!.sentence === token.sentence && NOUN_PHRASE_POS.has(tokens[opening]!.pos))
    opening -= 1;
  return opening < 0 || tokens[opening]!.sentence !== token.sentence;
}

/**
 * What the statement says in other words than the passages, found before aligning: a bound and the
 * amount it bounds ("more than 100" for 116). Those number tokens link loosely to the passage keys
 * given; the bound's words ("more than") cost as grammar.
 */
export interface StatementEquivalents {
  keys: ReadonlyMap<number, readonly string[]>;
  grammar: ReadonlySet<number>;
}

/**
 * Finds where each word of a statement comes from in the cited passages: an alignment that keeps
 * words in the order and the sentence the passages have them, at the least cost. What it has to
 * leave out, reorder or fetch from another sentence is what the statement changed.
 */
export function alignStatement(
  statement: AnalyzedText,
  passages: readonly AnalyzedText[],
  costs: AlignmentCosts,
  /** Statement token indices in the order to align them (a rewording of the statement, e.g. passive as active); default as written. */
  order: readonly number[] = statement.tokens.map((_, index) => index),
  equivalents?: StatementEquivalents,
): Alignment {
  const positions: Position[] = [];
  const byKey = new Map<string, number[]>();
  const byRoot = new Map<string, number[]>();
  let sentenceBase = 0;
  passages.forEach((passage, passageIndex) => {
    passage.tokens.forEach((token, tokenIndex) => {
      if (token.pos === "PUNCT") return;
      const position = positions.length;
      positions.push({ passage: passageIndex, token: tokenIndex, sentence: sentenceBase + token.sentence });
      const list = byKey.get(token.key);
      if (list) list.push(position);
      else byKey.set(token.key, [position]);
      const rootList = byRoot.get(token.root);
      if (rootList) rootList.push(position);
      else byRoot.set(token.root, [position]);
    });
    sentenceBase += passage.sentenceCount;
  });

  // The roots of the passages' verbs, for a light verb's noun.
  const verbRoots = new Set(
    passages.flatMap((passage) =>
      passage.tokens.filter((token) => token.pos === "VERB").flatMap((token) => [token.key, token.root]),
    ),
  );
  // The roots of the passages' verbs, read as verbs after an auxiliary or "to" whatever the tagger
  // says ("would close"), and the keys of their nouns: a statement noun among them is no verb told as a noun.
  const eventRoots = new Set(
    passages.flatMap((passage) =>
      passage.tokens
        .filter(
          (token, index) => token.pos === "VERB" || ["AUX", "PART"].includes(passage.tokens[index - 1]?.pos ?? ""),
        )
        .map((token) => token.root),
    ),
  );
  const nounKeys = new Set(
    passages.flatMap((passage) => passage.tokens.filter((token) => token.pos === "NOUN").map((token) => token.key)),
  );
  const gapCache = new Map<string, { cost: number; skipped: TextToken[]; breaks: boolean }>();
  const gapOf = (from: Position, to: Position) => {
    const cacheKey = `${from.passage}:${from.token}:${to.token}`;
    let cached = gapCache.get(cacheKey);
    if (!cached) {
      const tokens = passages[from.passage]!.tokens;
      const skipped = tokens.slice(from.token + 1, to.token);
      const words = skipped.filter((token) => token.pos !== "PUNCT").length;
      // The last word left out, auxiliaries aside ("after it had | destroyed": the pronoun hands back).
      const lastWord = skipped
        .filter((token) => token.pos !== "PUNCT" && token.pos !== "AUX" && token.pos !== "PART")
        .at(-1);
      // ", defeating X" after the main clause, "lifted off … and placed": a participle clause or a
      // second verb whose subject is the sentence's.
      const landing = tokens[to.token]!;
      const participle =
        (skipped.at(-1)?.text === "," &&
          /ing$/.test(landing.text) &&
          (landing.pos === "VERB" || landing.pos === "ADJ")) ||
        (skipped.at(-1)?.pos === "CCONJ" && (landing.pos === "VERB" || landing.pos === "AUX"));
      // A whole aside between commas, brackets or dashes: ", the software maker,".
      const aside = skipped.length > 2 && isAside(skipped[0]) && isAside(skipped.at(-1));
      // Whatever is left out before ", the agency said.", the attribution covers the clause kept.
      const attribution = isClauseMark(skipped.at(-1)) && isAttributionTail(tokens, to.token);
      // Only the verb of saying between a speaker and what they said ("Environmental groups | said |
      // the runway would…"): the statement gives the attribution its own way ("According to
      // environmental groups, the runway would…").
      const speechOnly =
        words > 0 &&
        skipped.every(
          (token) =>
            token.pos === "PUNCT" || token.key === "that" || (token.pos === "VERB" && SPEECH_VERBS.has(token.key)),
        );
      const breaks =
        words > 0 &&
        !speechOnly &&
        !(lastWord && ANAPHORA_POS.has(lastWord.pos)) &&
        !participle &&
        !attribution &&
        breaksClause(skipped);
      const grammarOnly = speechOnly || skipped.every((token) => !isContentToken(token));
      const cost =
        words === 0
          ? 0
          : breaks
            ? costs.gap + costs.gapPerWord * Math.min(20, words) + costs.clauseBreak
            : grammarOnly
              ? costs.functionGap
              : // Leaving out a long modifier says no more than leaving out a short one.
                costs.modifierGap + (aside ? 0 : costs.gapPerWord * Math.min(3, words));
      cached = { cost, skipped, breaks };
      gapCache.set(cacheKey, cached);
    }
    return cached;
  };
  // A relative pronoun's subject is the noun right before it ("Bayern, who beat Hertha"): the
  // statement may take that predicate only for that subject, named as the passage names it.
  const namesAntecedent = (landing: readonly TextToken[], subject: number, word: number): boolean => {
    if (!RELATIVE.has(landing[subject]!.key)) return true;
    let antecedent = subject - 1;
    while (antecedent >= 0 && landing[antecedent]!.pos === "PUNCT") antecedent -= 1;
    const noun = landing[antecedent];
    if (!noun || noun.sentence !== landing[subject]!.sentence || (noun.pos !== "NOUN" && noun.pos !== "PROPN"))
      return true;
    return statement.tokens.slice(0, word).some((token) => token.key === noun.key);
  };
  const transition = (from: number, to: number, word: number): number => {
    if (from < 0) return 0;
    const a = positions[from]!;
    const b = positions[to]!;
    if (a.sentence !== b.sentence) {
      const landing = passages[b.passage]!.tokens;
      let subject = b.token - 1;
      // "He immediately ordered", "she has said": adverbs and auxiliaries stand between subject and verb.
      while (subject >= 0 && ["PUNCT", "ADV", "AUX"].includes(landing[subject]!.pos)) subject -= 1;
      const takesPredicate =
        (statement.tokens[word]!.pos === "VERB" || statement.tokens[word]!.pos === "AUX") &&
        subject >= 0 &&
        landing[subject]!.sentence === landing[b.token]!.sentence &&
        SUBJECT_POS.has(landing[subject]!.pos);
      if (takesPredicate && (nounPhrasePrefix[word] || relativeBefore[word]) && namesAntecedent(landing, subject, word))
        return costs.subjectJump;
      // Two clauses joined: the statement marks the join ("…, and", "which") or the passage clause ends there.
      const whole =
        (endsClause(passages[a.passage]!.tokens, a.token) || clauseMarkBefore[word]) &&
        (startsClause(landing, b.token) || (clauseMarkBefore[word] && takesPredicate));
      return whole ? costs.clauseJump : costs.jump;
    }
    // "Brightwater Foods shareholders" for "shareholders of Brightwater Foods": one noun phrase, told
    // with a possessive or a noun before the head where the passage chains it after.
    // The statement's word before is the passage's own (no synonym: "match points" is no "points in
    // the game").
    const possessor =
      statement.tokens[word - 1]?.pos === "PART" ? statement.tokens[word - 2] : statement.tokens[word - 1];
    if (
      b.token <= a.token &&
      b.token + 6 >= a.token &&
      possessor !== undefined &&
      NOUN_PHRASE_HEAD_POS.has(possessor.pos) &&
      possessor.key === passages[a.passage]!.tokens[a.token]!.key &&
      isGenitiveAlternation(passages[a.passage]!.tokens, b.token, a.token)
    )
      return costs.functionGap;
    if (b.token <= a.token)
      return movesConstituent(passages[a.passage]!.tokens, a.token, b.token, (token) =>
        earlierKeys[word]!.has(token.key),
      )
        ? costs.constituentMove
        : costs.reorder;
    const gap = gapOf(a, b);
    if (gap.cost <= costs.functionGap) return gap.cost;
    // Words left out here that the statement puts elsewhere were moved, not left out: said before
    // ("The software maker Nexora is cutting" for "Nexora, the software maker, will cut") or still to
    // come ("temperatures in Seville hit 41.2C" for "temperatures reached 41.2C in Seville"). A verb
    // counts as moved only when it is still to come: one already said is the clause being left.
    const moved = (token: TextToken) => earlierKeys[word]!.has(token.key) || laterKeys[word]!.has(token.key);
    const left = gap.skipped.filter((token) => isContentToken(token) && !moved(token)).length;
    if (left === 0 && !breaksClause(gap.skipped, (verb) => laterKeys[word]!.has(verb.key))) return costs.functionGap;
    if (gap.breaks && !breaksClause(gap.skipped, (verb) => laterKeys[word]!.has(verb.key)))
      return Math.min(gap.cost, costs.modifierGap + costs.gapPerWord * Math.min(3, left));
    return gap.cost;
  };

  // Per statement word, the keys of the content words before and after it in the order aligned.
  const earlierKeys: Array<Set<string>> = [];
  const laterKeys: Array<Set<string>> = [];
  {
    const seen = new Set<string>();
    for (const index of order) {
      earlierKeys[index] = new Set(seen);
      if (isContentToken(statement.tokens[index]!)) seen.add(statement.tokens[index]!.key);
    }
    seen.clear();
    for (const index of [...order].reverse()) {
      laterKeys[index] = new Set(seen);
      const token = statement.tokens[index]!;
      if (isContentToken(token)) for (const key of [token.key, ...synonymKeys(token.key)]) seen.add(key);
    }
  }
  // Whether every word before statement word i belongs to one opening noun phrase (its subject);
  // whether a mark, conjunction or relative pronoun stands right before it (a clause of its own starts).
  const nounPhrasePrefix: boolean[] = [];
  const clauseMarkBefore: boolean[] = [];
  const relativeBefore: boolean[] = [];
  let stillNounPhrase = true;
  order.forEach((index, place) => {
    const token = statement.tokens[index]!;
    nounPhrasePrefix[index] = stillNounPhrase && place > 0;
    if (!NOUN_PHRASE_POS.has(token.pos)) stillNounPhrase = false;
    const before = [statement.tokens[order[place - 1] ?? -1], statement.tokens[order[place - 2] ?? -1]];
    relativeBefore[index] = before[0] !== undefined && RELATIVE.has(before[0].key);
    // A comma alone may separate the items of a list; a conjunction, a relative or a semicolon joins clauses.
    clauseMarkBefore[index] = before.some(
      (other, offset) =>
        other !== undefined &&
        (offset === 0 || !isContentToken(before[0]!)) &&
        (/^[;:–—]$/.test(other.text) || other.pos === "CCONJ" || other.pos === "SCONJ" || RELATIVE.has(other.key)),
    );
  });
  // Viterbi over "the last statement word was found at position p" (-1: none yet).
  const words = order
    .map((index) => ({ token: statement.tokens[index]!, index }))
    .filter(({ token }) => token.pos !== "PUNCT");
  let states = new Map<number, number>([[-1, 0]]);
  const back: Array<Map<number, { previous: number; linked: boolean }>> = [];
  for (const { token, index: word } of words) {
    const next = new Map<number, number>();
    const pointers = new Map<number, { previous: number; linked: boolean }>();
    const known = byKey.has(token.key);
    const penalty = nominalGrammar(statement.tokens, word, eventRoots, nounKeys)
      ? costs.functionGap
      : !isContentToken(token) ||
          SPEECH_VERBS.has(token.key) ||
          lightVerbOf(statement.tokens, word, verbRoots) ||
          prepositionalParticiple(statement.tokens, word) ||
          positionCopula(statement.tokens, word) ||
          reportsFinding(statement.tokens, word) ||
          equivalents?.grammar.has(word)
        ? costs.unlinkedFunctionWord
        : known
          ? costs.unlinkedKnownWord
          : costs.unlinkedContentWord;
    for (const [state, cost] of states) {
      next.set(state, cost + penalty);
      pointers.set(state, { previous: state, linked: false });
    }
    const exact = byKey.get(token.key) ?? [];
    const loose = isContentToken(token)
      ? [
          ...synonymKeys(token.key).flatMap((key) => byKey.get(key) ?? []),
          ...specificKeys(token.key).flatMap((key) => byKey.get(key) ?? []),
          ...(byRoot.get(token.root) ?? []),
          ...(equivalents?.keys.get(word) ?? []).flatMap((key) => byKey.get(key) ?? []),
        ].filter((candidate) => !exact.includes(candidate))
      : [];
    const candidates = [
      ...exact.map((position) => ({ position, extra: 0 })),
      ...[...new Set(loose)].map((position) => {
        const found = passages[positions[position]!.passage]!.tokens[positions[position]!.token]!;
        return { position, extra: sameWordInflected(token, found) ? 0 : costs.looseLink };
      }),
    ];
    for (const { position: candidate, extra } of candidates) {
      let best = Number.POSITIVE_INFINITY;
      let bestState = -1;
      for (const [state, cost] of states) {
        if (state === candidate) continue;
        const total = cost + extra + transition(state, candidate, word);
        if (total < best) {
          best = total;
          bestState = state;
        }
      }
      if (best < (next.get(candidate) ?? Number.POSITIVE_INFINITY)) {
        next.set(candidate, best);
        pointers.set(candidate, { previous: bestState, linked: true });
      }
    }
    if (next.size > MAX_STATES) {
      const kept = [...next.entries()].sort((a, b) => a[1] - b[1]).slice(0, MAX_STATES);
      states = new Map(kept);
    } else {
      states = next;
    }
    back.push(pointers);
  }

  let state = -1;
  let cost = 0;
  if (words.length > 0) {
    cost = Number.POSITIVE_INFINITY;
    for (const [candidate, total] of states) {
      if (total < cost) {
        cost = total;
        state = candidate;
      }
    }
  }
  const links: Array<TokenLink | null> = statement.tokens.map(() => null);
  const linkedAt = new Map<number, number>();
  for (let step = words.length - 1; step >= 0; step -= 1) {
    const pointer = back[step]!.get(state)!;
    if (pointer.linked) {
      const position = positions[state]!;
      links[words[step]!.index] = { passage: position.passage, token: position.token };
      linkedAt.set(words[step]!.index, state);
    }
    state = pointer.previous;
  }

  const steps: AlignmentStep[] = [];
  let previous: number | null = null;
  order.forEach((index) => {
    const link = links[index];
    if (!link) return;
    if (previous !== null) {
      const from = links[previous]!;
      const fromToken = passages[from.passage]!.tokens[from.token]!;
      const toToken = passages[link.passage]!.tokens[link.token]!;
      let kind: StepKind;
      let skipped: TextToken[] = [];
      let breaks = false;
      if (from.passage !== link.passage || fromToken.sentence !== toToken.sentence) kind = "jump";
      else if (link.token <= from.token) kind = "reorder";
      else {
        const gap = gapOf(
          { passage: from.passage, token: from.token, sentence: 0 },
          { passage: link.passage, token: link.token, sentence: 0 },
        );
        skipped = gap.skipped;
        breaks = gap.breaks;
        kind = skipped.some((token) => token.pos !== "PUNCT") ? "gap" : "next";
      }
      const cost = transition(linkedAt.get(previous)!, linkedAt.get(index)!, index);
      steps.push({ kind, from: previous, to: index, skipped, breaksClause: breaks, cost });
    }
    previous = index;
  });
  return { links, steps, cost, wordCount: words.length };
}
