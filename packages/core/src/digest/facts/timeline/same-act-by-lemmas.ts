import { datelineEnd } from "../../evidence/editorial-problem.js";
import {
  analyzeText,
  analyzeTextOnce,
  isLexiconWord,
  sameVerbSense,
  type TextToken,
  verbAt,
} from "../../verify/reading/index.js";
import { ACT_PARTICLE, actsTold, actWordsIn, oneTellsAnother } from "../acts/index.js";
import { physicalDimensionOf } from "../disagreements/index.js";

/** Words that tell when, not what or who: a day, a part of it, a span of time. */
const TIME_ROOT =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tonight|morn|morning|afternoon|evening|night|overnight|early|late|last|day|week|month|year|hour|minute|time)$/;

/** Verbs of saying: who reports, not the act. In the passive ("staff were told which teams would close") "told" is the act. */
const SAYING_ROOT = /^(?:say|add|state|note|claim|insist|warn|ask|report|announce|confirm|tell)$/;

/** Verbs that tell little of what happened on their own ("took", "made", "remained"). */
const LIGHT_ROOT = /^(?:be|have|do|make|take|get|go|come|give|put|keep|remain|continue|seem|become)$/;

/** Words before a verb that make it a prospect: "to", a modal. */
const PROSPECT_BEFORE = /^(?:to|will|would|shall|should|could|can|may|might|must|'ll)$/i;

/** Verbs of beginning, one act whichever is written ("Culling began", "Culling started"). */
const BEGIN_ROOT = /^(?:begin|start|commenc)$/;

/** What marks an act as the beginning of a thing (see actRoots). */
const BEGUN = "begin:";

/**
 * A verb's acts (`index` into `tokens`): its root, and for a verb of beginning (see BEGIN_ROOT) the
 * beginning of the word it follows, past an auxiliary or an adverb ("Culling finally began", "was
 * started"), so "Culling began" and "Culling started" tell one act, "Demolition began" and "An
 * inquiry started" two.
 */
function actRoots(tokens: readonly TextToken[], index: number): string[] {
  const root = tokens[index]!.root;
  if (!BEGIN_ROOT.test(root)) return [root];
  let before = index - 1;
  while (before >= 0 && /^(?:AUX|ADV|PART)$/.test(tokens[before]!.pos)) before -= 1;
  return before >= 0 ? [root, `${BEGUN}${tokens[before]!.root}`] : [root];
}

/** Units and measures: a thing counted, not who or what the act befell ("29 percent", "6 percent"). */
const UNIT_KEY =
  /^(?:percent|cent|point|percentage|metre|meter|kilometre|kilometer|mile|foot|feet|acre|hectare|ton|tonne|pound|dollar|euro|number|total|figure)$/;

/**
 * Money by its currency, written as a sign before the figure or a word after it ("£120,000", "150,000
 * pounds"): two sums of one currency are one measure, in dispute when they differ, as two lengths are. A
 * pound of weight reads as the same word, which is all the comparison asks.
 */
const MONEY = "money:";
const CURRENCY: Readonly<Record<string, string>> = {
  "£": `${MONEY}pound`,
  pound: `${MONEY}pound`,
  $: `${MONEY}dollar`,
  dollar: `${MONEY}dollar`,
  "€": `${MONEY}euro`,
  euro: `${MONEY}euro`,
  "¥": `${MONEY}yen`,
  yen: `${MONEY}yen`,
};

/** Whether one reading's names are all among the other's: one party told, one telling adding detail. */
function namesNested(one: Reading, other: Reading): boolean {
  const names = (reading: Reading) => [...reading.participants].filter((thing) => thing.startsWith("name:"));
  const [left, right] = [names(one), names(other)];
  return left.every((name) => other.participants.has(name)) || right.every((name) => one.participants.has(name));
}

/** Nouns a verb's ending turned into ("failure", "closure", "evacuation", "the boarding"): an act told as a thing. */
const NOMINAL_ENDING = /(?:ure|ion|ment|ing)$/;

interface Reading {
  /** Roots of the acts the clause tells: its verbs, its nouns of action, its news families' words. */
  acts: Set<string>;
  /** The act its first verb tells (and those joined to it: "boarded and detained"), or none. */
  main: Set<string>;
  /** Its verbs' acts as WordNet lemmas ("gave way": "give_way"), each with the act's root. */
  verbs: Map<string, string>;
  /** Whether that first verb is a passive ("was moved", "were arrested"). */
  passive: boolean;
  /** The act families its clause tells (see news-act-families' actsTold). */
  families: Set<number>;
  /** Roots of its own news's nouns and adjectives: where another's act may be told as a thing ("the boarding"). */
  nouns: Set<string>;
  /**
   * What its first verb is done to, right after it ("opened an investigation", "handed the company a
   * fine"): where an act told as a thing is the clause's own act, as the other's verb tells it.
   */
  objects: Set<string>;
  /**
   * Names of several words by their first, when that is no common word ("Wessmoor Water", "the
   * Wessmoor company"), each with the name's last: one body told by its full name and its own word.
   */
  nameFirsts: Map<string, string>;
  /**
   * Roots of the other things it names, a name of several words by its last ("Progressive Conservative
   * Martin Aucoin" and "Martin Aucoin" are one): who and what the act befell, where.
   */
  participants: Set<string>;
  /** Names after "in", "at", "near", "off" or "on": where the act happened. */
  places: Set<string>;
  /** The figures the whole sentence gives (not years nor small counts): "3.5", "42", "52000". */
  figures: Set<string>;
  /** What its figures measure, by dimension ("six miles", "the four-mile trip": "metre"). */
  dimensions: Set<string>;
  /**
   * Who or what the clause tells of: the things it names before its first verb ("The surfer, Liam
   * Petrakis, was moved…", "Petrakis left…"), as `participants` reads them.
   */
  subject: Set<string>;
  /**
   * Who said it, when the date is the saying's ("…, prosecutors said on Monday", "Prosecutors announced
   * yesterday that…"): the body whose statement of that day the sentence reports.
   */
  sayer: Set<string>;
}

/** Each text read once (a story's sentences are compared pairwise); emptied now and then, as a server reads story after story. */
const readings = new Map<string, Reading>();
const MOST_READINGS = 5000;

/** Whether a token tells no thing nor act: punctuation, a figure, a word of time. */
function noThing(token: TextToken): boolean {
  return !/^\p{L}/u.test(token.text) || TIME_ROOT.test(token.key) || TIME_ROOT.test(token.root);
}

/**
 * The heads of the noun phrases before a clause's first verb, by root (a common noun opening the
 * sentence may be tagged a name: "Councillors in Calderbrook voted"): "The surfer, Liam Petrakis, was
 * moved" → surfer, Petrakis. Not what a head is of or where ("homes in Fenwick", "The death toll from
 * Tuesday's earthquake"), nor a possessor ("Brightwater's former chief executive Olivia Brandt").
 */
function subjectHeads(tokens: readonly TextToken[]): Set<string> {
  const heads = new Set<string>();
  let head: string | undefined;
  let cut = false;
  for (const token of tokens) {
    if (token.pos === "VERB" || token.pos === "AUX") break;
    if (token.text === ",") {
      if (head) heads.add(head);
      [head, cut] = [undefined, false];
    } else if (token.pos === "ADP" || token.pos === "SCONJ" || /^(?:who|which|that)$/i.test(token.text)) cut = true;
    else if (/^['’]s$/.test(token.text)) head = undefined;
    else if (!cut && (token.pos === "NOUN" || token.pos === "PROPN") && !noThing(token)) head = token.root;
  }
  if (head) heads.add(head);
  return heads;
}

/**
 * The nouns a verb and its particle make ("broke through" → "breakthrough", "shut down" → "shutdown"),
 * by the verb's lemma and by its written form (a phrasal verb's lemma may be the one verb it stands for).
 */
function compoundsOf(tokens: readonly TextToken[], index: number): string[] {
  const [verb, particle] = [tokens[index]!, tokens[index + 1]];
  if (!particle || !ACT_PARTICLE.test(particle.text) || particle.sentence !== verb.sentence) return [];
  const after = particle.text.toLowerCase();
  return [...new Set([`${verb.key}${after}`, `${verb.text.toLowerCase()}${after}`])];
}

/**
 * The heads of the noun phrases right after a verb, what it is done to ("opened an investigation",
 * "handed the company a fine"; "widened the evacuation zone" is done to the zone), up to the first
 * word of another kind.
 */
function objectOf(tokens: readonly TextToken[], index: number): string[] {
  const heads: string[] = [];
  let head: string | undefined;
  for (let next = index + 1; next < tokens.length; next += 1) {
    const token = tokens[next]!;
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|SYM)$/.test(token.pos) || TIME_ROOT.test(token.key)) break;
    if (token.pos === "DET" && head !== undefined) {
      heads.push(head);
      head = undefined;
    }
    if (token.pos === "NOUN" || token.pos === "ADJ") head = token.root;
  }
  return head === undefined ? heads : [...heads, head];
}

/** A day named as the one something was said on: "on Monday", "yesterday", "this morning". */
const SAID_DAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)\b/i;

/** Whether a verb is one of saying, by its lemma or its root ("announced": "announce", "announc"). */
function saying(token: TextToken): boolean {
  return SAYING_ROOT.test(token.key) || SAYING_ROOT.test(token.root);
}

/** A body by its head word, whatever its number ("prosecutors", "Prosecutors", "prosecutor"). */
function bodyKey(token: TextToken): string {
  return token.key.toLowerCase().replace(/s$/, "");
}

/**
 * Who said it in a closing attribution that gives the day ("…, the medicines regulator said on
 * Monday."); a pronoun there ("…, it announced yesterday.") stands for the clause's subject, the body
 * named before its verb (`clause`).
 */
function tailSayer(tail: string, clause: readonly TextToken[]): Set<string> {
  if (!SAID_DAY.test(tail)) return new Set();
  const tokens = analyzeTextOnce(tail).tokens;
  const verb = tokens.findIndex((token) => token.pos === "VERB" && saying(token));
  const before = tokens.slice(0, Math.max(0, verb));
  const head = before.filter((token) => (token.pos === "NOUN" || token.pos === "PROPN") && !noThing(token)).at(-1);
  if (head !== undefined) return new Set([bodyKey(head)]);
  if (!before.some((token) => PRONOUN_SAYER.test(token.text))) return new Set();
  const first = clause.findIndex((token) => token.pos === "VERB" || token.pos === "AUX");
  const subject = clause
    .slice(0, Math.max(0, first))
    .filter((token) => (token.pos === "NOUN" || token.pos === "PROPN") && !noThing(token))
    .at(-1);
  return subject === undefined ? new Set() : new Set([bodyKey(subject)]);
}

/** A pronoun that may say for a body or a person: "it", "they", "he", "she". */
const PRONOUN_SAYER = /^(?:it|they|he|she)$/i;

/** Who said it when the clause opens on a saying dated by the words right after it ("Prosecutors announced yesterday that…"). */
function leadSayer(tokens: readonly TextToken[]): Set<string> {
  const verb = tokens.findIndex((token) => token.pos === "VERB" || token.pos === "AUX");
  const said = tokens[verb];
  if (said === undefined || said.pos !== "VERB" || !saying(said)) return new Set();
  let next = verb + 1;
  if (tokens[next]?.text.toLowerCase() === "on") next += 1;
  if (!tokens[next] || !TIME_ROOT.test(tokens[next]!.key)) return new Set();
  const heads = tokens
    .slice(0, verb)
    .filter((token) => (token.pos === "NOUN" || token.pos === "PROPN") && !noThing(token))
    .map(bodyKey);
  return new Set(heads.slice(-1));
}

/** What the sentence tells came before or why ("after a power failure", "because…"): no act of its own. */
const EARLIER = /\s(?:after|following|before|since|amid|when|because)\s/i;
/** A clause or an age set off between commas: ", which employs 2,600 people,", ", 58,": what its verb tells is no act of the news. */
const SET_OFF = /,\s+(?:(?:who|whom|whose|which)\s+[^,;:]+|\d{1,3}),\s*/gu;
/** A verb of the clause's own: a past or a present tense, or one after a modal or "to". */
const VERB_FORM =
  /\b(?:\p{L}{3,}ed|was|were|is|are|has|have|had|did|does|will|would|could|can|may|might|must|to\s+\p{L}+|broke|fell|rose|began|came|went|took|hit|struck|ran|made|gave|left|spread|swept|burst|fled|sank|shook|tore|threw|blew|flew|drove|caught|lost|sold|shut|grew|fought|won|found|held|told|said)\b/iu;

/** Who reports it, at the end: ", the fire department said." */
const SAYER_TAIL = /,\s+[^,;“”"]{1,80}?\s(?:said|says|told\s+\S+|reported|announced)(?:\s+[^,;“”"]{0,30})?[.!]?\s*$/u;

/**
 * A sentence read by lemma, once a text and clause: the acts and things the clause its date stands in
 * names (its news up to what it tells came before, see EARLIER, or that earlier clause when the date is
 * there), without what it quotes or who reports it. Verbs of saying are no act (see
 * SAYING_ROOT), so a report's frame needs no cutting: "A recount confirmed Martin Aucoin as the winner"
 * keeps its recount.
 */
function readingOf(text: string, dateAt: number): Reading {
  // The clause the date stands in: "Police are investigating after five red kites were found on Sunday"
  // is dated by the finding, so the finding is the act its entry tells.
  const clause = text.slice(0, Math.max(0, dateAt)).split(EARLIER).length - 1;
  const key = `${clause}|${text}`;
  const known = readings.get(key);
  if (known) return known;
  const trimmed = text.trimStart();
  const sentence = trimmed.slice(datelineEnd(trimmed));
  const news = sentence
    .replace(/[“"][^”"]*(?:[”"]|$)/gu, " ")
    .replace(/(?<=\d),(?=\d{3})/g, "")
    .replace(SET_OFF, " ");
  const clauses = news.split(EARLIER);
  const clauseText = clauses[clause] ?? clauses[0]!;
  const dated = clauseText.replace(SAYER_TAIL, "");
  const tail = SAYER_TAIL.exec(clauseText)?.[0];
  // A time with no verb of its own ("after a disciplinary hearing on Thursday") dates the news before it.
  const told = clause > 0 && !VERB_FORM.test(dated) ? `${clauses[0]} ${dated}` : dated;
  // A capitalised word inside the sentence is a name, whatever the tagger guessed ("Velo Pay's backup").
  const tokens = analyzeText(told).tokens.map((token, index) =>
    index > 0 && /^\p{Lu}/u.test(token.text) && token.pos !== "PROPN" && !noThing(token)
      ? { ...token, pos: "PROPN" }
      : token,
  );
  const familyWords = new Set(actWordsIn(told).map((word) => word.toLowerCase()));
  const words = tokens.map((token) => token.text);
  const acts = new Set<string>();
  const main = new Set<string>();
  const verbs = new Map<string, string>();
  const nouns = new Set<string>();
  const objects = new Set<string>();
  let passive = false;
  // Inside what a modal or "to" sets to come, up to the clause's end ("said it would shut the Alder
  // ward on Friday"): no verb there is an act the sentence tells, whatever the tagger read.
  let prospect = false;
  tokens.forEach((token, index) => {
    const before = tokens[index - 1];
    if (/^(?:[,;:]|and|but)$/i.test(token.text)) prospect = false;
    else if (PROSPECT_BEFORE.test(before?.text ?? "") && before?.pos !== "ADP") {
      prospect = true;
      // The word right after it is the act to come ("would close the bridge": no closure), no thing.
      return;
    }
    if (noThing(token)) return;
    if (token.pos === "VERB" && prospect) return;
    if (token.pos === "VERB") {
      // A verb and its particle are the act its compound noun tells ("broke through", "the breakthrough";
      // "took over", "the takeover"), a light verb's too.
      const compounds = compoundsOf(tokens, index);
      if (LIGHT_ROOT.test(token.root) && compounds.length === 0) return;
      // What is sought, planned or said to come ("asked … to recount", "talks to end the strike", "said it
      // would evacuate 300 homes") and a participle
      // describing a thing ("the hillwalker missing since Thursday") are no act the sentence tells.
      if (PROSPECT_BEFORE.test(before?.text ?? "") || (/ing$/i.test(token.text) && before?.pos !== "AUX")) return;
      // A verb of saying reports; told in the passive ("staff were told") it is the act.
      if (SAYING_ROOT.test(token.root) && !(before?.pos === "AUX" && token.root === "tell")) return;
      const roots = [
        ...(LIGHT_ROOT.test(token.root) ? [] : actRoots(tokens, index)),
        ...compounds,
        // The noun a past form is made on, where the lemma cut it short ("fined" → "fin"): "a fine".
        ...(/ed$/i.test(token.text) ? [token.text.toLowerCase().slice(0, -1)] : []),
      ];
      for (const root of roots) acts.add(root);
      const verb = roots.length > 0 ? verbAt(words, index) : null;
      if (verb !== null) verbs.set(verb, roots[0]!);
      const joined = before?.text === "and" && main.has(tokens[index - 2]?.root ?? "");
      if (main.size === 0) for (const thing of objectOf(tokens, index)) objects.add(thing);
      // Told in the passive ("was run down", "were moved"): no agent of its own in the clause.
      if (main.size === 0) passive = before?.pos === "AUX" && /^(?:be|get)$/.test(before.root);
      if (main.size === 0 || joined) for (const root of roots) main.add(root);
      return;
    }
    if (familyWords.has(token.text.toLowerCase())) acts.add(token.root);
    else if (token.pos === "NOUN" && token.key !== token.root && NOMINAL_ENDING.test(token.text.toLowerCase()))
      acts.add(token.root);
    if (token.pos === "NOUN" || token.pos === "ADJ") nouns.add(token.root).add(token.key.replace(/-/g, ""));
  });
  const participants = new Set<string>();
  const nameFirsts = new Map<string, string>();
  let nameStart: TextToken | undefined;
  const places = new Set<string>();
  tokens.forEach((token, index) => {
    if (noThing(token)) return;
    const next = tokens[index + 1];
    const thing =
      // A name of several words by its last: "Progressive Conservative Martin Aucoin" and "Martin Aucoin" are one.
      token.pos === "PROPN"
        ? next?.pos === "PROPN"
          ? undefined
          : `name:${token.root}`
        : (token.pos === "NOUN" || token.pos === "ADJ") && !UNIT_KEY.test(token.key)
          ? token.root
          : undefined;
    if (token.pos === "PROPN" && /^(?:in|at|near|off|on)$/i.test(tokens[index - 1]?.text ?? "")) places.add(token.root);
    if (token.pos === "PROPN") {
      if (tokens[index - 1]?.pos !== "PROPN") nameStart = token;
      if (thing !== undefined && nameStart && nameStart.root.length >= 4 && !isLexiconWord(nameStart.key))
        nameFirsts.set(nameStart.root, token.root);
    }
    if (thing === undefined) return;
    participants.add(thing);
  });
  const sentenceTokens = analyzeTextOnce(sentence).tokens;
  const dimensions = new Set(
    sentenceTokens.flatMap((token, index) => {
      if (token.pos !== "NUM") return [];
      const unit = sentenceTokens[index + (sentenceTokens[index + 1]?.text === "-" ? 2 : 1)];
      const dimension =
        (unit ? (physicalDimensionOf(unit.key) ?? CURRENCY[unit.key]) : undefined) ??
        CURRENCY[sentenceTokens[index - 1]?.text ?? ""];
      return dimension === undefined ? [] : [dimension];
    }),
  );
  const figures = new Set(
    sentenceTokens
      .filter(
        (token) =>
          token.pos === "NUM" &&
          /^\d+(?:\.\d+)?$/.test(token.key) &&
          (token.key.includes(".") || Number(token.key) >= 3) &&
          !/^(?:19|20)\d\d$/.test(token.text),
      )
      .map((token) => token.key),
  );
  const reading = {
    acts,
    main,
    verbs,
    passive,
    families: actsTold(told),
    nouns,
    objects,
    nameFirsts,
    participants,
    places,
    figures,
    dimensions,
    subject: subjectHeads(tokens),
    sayer: tail === undefined ? leadSayer(tokens) : tailSayer(tail, tokens),
  };
  if (readings.size >= MOST_READINGS) readings.clear();
  readings.set(key, reading);
  return reading;
}

/**
 * Whether two sentences tell one act in other words, read by lemma: the clauses their dates stand in
 * (`leftDateAt`, `rightDateAt`: offsets into each sentence; see readingOf)
 * shares an act (one verb, or a verb and its noun: "the boarding", "boarded"; "a recount", "recounted")
 * and something else it names (who did it or what it befell: "Martin Aucoin", "staff", "the main", a count),
 * two things when the act is not what both main verbs tell ("apologised … and called the failure" is
 * no telling of "the backup site failed" for naming the same company). For
 * two outlets' tellings of one day (see datedDevelopments), where sameAct's word families and stems
 * miss. Kept apart: one that tells another one ("a second landfall"), and two that each name where it
 * happened and name no place in common ("made landfall in Cuba", "made landfall in Florida"), and two that
 * give figures and none in common. An act meets its noun however it is made: a verb and its particle
 * ("broke through", "the breakthrough"), a noun as what a first verb does ("handed the firm a fine",
 * "was fined"; "opened an investigation", "was investigating"); one body's statement of one day, both
 * dated by its saying, is one development when both tell of one more thing.
 */
export function sameActByLemmas(left: string, right: string, leftDateAt = 0, rightDateAt = 0): boolean {
  if (oneTellsAnother(left, right)) return false;
  const one = readingOf(left, leftDateAt);
  const told = readingOf(right, rightDateAt);
  const other = inWordsOf(one, told);
  const acts = [...one.acts].filter((act) => other.acts.has(act) || other.nouns.has(act));
  const reverse = [...other.acts].filter((act) => one.nouns.has(act));
  const shared = new Set([...acts, ...reverse]);
  // Who or what both clauses tell of, before their verbs ("The surfer, Liam Petrakis, was moved out of
  // intensive care", "Petrakis left intensive care").
  const subject = [...one.subject].filter((thing) => other.subject.has(thing));
  // Figures both give and none in common: two moments of a count ("led … after 62 percent of ballots",
  // "extended her lead … after 85 percent"), or two things counted. Left apart, as a disputed figure may
  // be, unless both tell of one subject (see below).
  const figures = [...one.figures].filter((figure) => other.figures.has(figure));
  // A measure both give with other figures ("six miles away", "the four-mile trip") is a disagreement
  // between them, not another thing counted.
  // Two sums of one currency are in dispute only between tellings of one party: neither names a
  // party the other does not ("fined Corvale £80,000", "handed Ostley a fine of £40,000" are two fines).
  const oneMeasure = [...one.dimensions].some(
    (dimension) => other.dimensions.has(dimension) && (!dimension.startsWith(MONEY) || namesNested(one, other)),
  );
  const otherFigures = one.figures.size > 0 && other.figures.size > 0 && figures.length === 0 && !oneMeasure;
  // One count is something it befell too: "five red kites were found", "The first five birds were found".
  const things = [
    // What began is the act, not something else it befell ("Culling began", "Culling started").
    ...[...one.participants].filter(
      (thing) =>
        !shared.has(thing) && !shared.has(`${BEGUN}${thing.replace(/^name:/, "")}`) && other.participants.has(thing),
    ),
    ...figures,
    // One body by its full name and by its own first word ("Wessmoor Water", "the Wessmoor company").
    ...[...one.nameFirsts].flatMap(([first, last]) => {
      const otherLast = other.nameFirsts.get(first);
      return otherLast !== undefined && otherLast !== last ? [`name:${last}`] : [];
    }),
  ];
  // One body's statement of one day, dated by its saying in both ("…and arrested three men, prosecutors
  // said on Monday", "Prosecutors announced yesterday that the painting had been found"): one development,
  // told of something both name besides the body, however each words it, whatever figures differ and
  // wherever each says it took place.
  const sayers = [...one.sayer].filter((body) => other.sayer.has(body));
  if (sayers.length > 0)
    return things.some((thing) => !sayers.some((body) => thing.replace(/^name:/, "").startsWith(body)));
  if (shared.size === 0 && subject.length === 0) return false;
  if (one.places.size > 0 && other.places.size > 0 && ![...one.places].some((place) => other.places.has(place)))
    return false;
  if (otherFigures && subject.length === 0) return false;
  // One subject doing what each tells in its own verb, to two more things both name ("was moved out of
  // intensive care", "left intensive care"; "A blade broke off a turbine at the Bryn Uchaf wind farm",
  // "The blade that failed at … Bryn Uchaf wind farm"): one act in other words, its figures in dispute
  // if they differ. Each must tell an act of its own (a verb), not only a state, and at one part of
  // the day: "led … early on Friday" and "extended her lead … on Friday afternoon" are two moments.
  if (shared.size === 0 || otherFigures) {
    const partOne = partOfDay(left, leftDateAt);
    const partOther = partOfDay(right, rightDateAt);
    const besidesSubject = things.filter((thing) => !subject.includes(thing.replace(/^name:/, "")));
    // Where both say it happened counts as much as two other things: one subject, one place, one day
    // ("The trawler Nordlys collided with a cargo ship … off Wick", "The Nordlys was run down … off Wick");
    // so does the part of the day both name, with one more thing ("the trawler collided … in fog early on
    // Tuesday", "The trawler was run down in fog before dawn yesterday"): what one subject did at one
    // hour, each outlet in its own verb.
    const samePlace = besidesSubject.some((thing) => one.places.has(thing.replace(/^name:/, "")));
    return (
      one.main.size > 0 &&
      other.main.size > 0 &&
      // A return to how things were ("reopened", "restarted", "released") is not the act before it
      // ("closed", "stopped", "arrested"), told of the same thing the same day.
      returns(one.main) === returns(told.main) &&
      !twoActsOfOneAgent(one, other) &&
      (besidesSubject.length >= 2 ||
        (subject.length > 0 &&
          (samePlace || (besidesSubject.length > 0 && partOne !== undefined && partOne === partOther)))) &&
      (partOne === undefined || partOther === undefined || partOne === partOther)
    );
  }
  // One's first verb and the other's act told as what its first verb does ("fined the firm", "handed the
  // firm a fine"; "opened an investigation", "was investigating") are one main act.
  // A thing that began, as the other's act ("The walkout began", "walked out"), is one too.
  const mainBoth =
    [...one.main].some((act) => other.main.has(act) || other.objects.has(act) || other.main.has(`${BEGUN}${act}`)) ||
    [...one.objects].some((act) => other.main.has(act)) ||
    [...other.main].some((act) => one.main.has(`${BEGUN}${act}`));
  // Then an act both name beside it is something it befell ("opened an investigation into the crash",
  // "was investigating the crash").
  const besides = mainBoth ? [...shared].filter((act) => !one.main.has(act) && !other.main.has(act)) : [];
  return things.length + besides.length >= (mainBoth ? 1 : 2);
}

/**
 * The other reading with each act it tells in another verb of the same sense (see sameVerbSense:
 * "gave way" for "collapsed", "called off" for "cancelled") also read as the one's act.
 */
function inWordsOf(one: Reading, other: Reading): Reading {
  const acts = new Set(other.acts);
  const main = new Set(other.main);
  for (const [verb, root] of one.verbs)
    for (const [otherVerb, otherRoot] of other.verbs) {
      // A verb of beginning tells what began, read apart (see actRoots): "began" and "started" are no act.
      if (root === otherRoot || BEGIN_ROOT.test(root) || !sameVerbSense(verb, otherVerb)) continue;
      acts.add(root);
      if (other.main.has(otherRoot)) main.add(root);
    }
  return acts.size === other.acts.size ? other : { ...other, acts, main };
}

/**
 * Whether one subject does two known acts to what it acts on, each told in the active with its object
 * and each of another act family (see news-act-families: "Police arrested a man in Dunmore", "Police
 * charged a man with burglary in Dunmore"): the agent's acts of one day in turn, not one act in two
 * words ("unveiled a budget", "presented the budget", of no family, may be one; so may an act told
 * from what it befell, in the passive: "collided with a cargo ship", "was run down").
 */
function twoActsOfOneAgent(one: Reading, other: Reading): boolean {
  return (
    [...one.subject].some((thing) => other.subject.has(thing)) &&
    !one.passive &&
    !other.passive &&
    one.objects.size > 0 &&
    other.objects.size > 0 &&
    ![...one.main].some((act) => other.main.has(act)) &&
    one.families.size > 0 &&
    other.families.size > 0 &&
    ![...one.families].some((family) => other.families.has(family))
  );
}

/**
 * Whether two sentences tell two acts of one agent (see twoActsOfOneAgent), read by lemma in the
 * clauses their dates stand in: kept apart however alike their words.
 */
export function actsOfOneAgent(left: string, right: string, leftDateAt = 0, rightDateAt = 0): boolean {
  return twoActsOfOneAgent(readingOf(left, leftDateAt), readingOf(right, rightDateAt));
}

/** Whether a clause's own act is a verb of return ("re" before a verb: "reopened", "restarted", "released"). */
function returns(main: ReadonlySet<string>): boolean {
  return [...main].some((act) => /^re\p{L}{3,}$/u.test(act) && isLexiconWord(act.slice(2)));
}

/**
 * The part of the day a date's words name, with what stands right before them ("early on Friday",
 * "Friday afternoon", "8.45pm yesterday", "late on Sunday"): morning, afternoon or evening (night with
 * it), or none.
 */
function partOfDay(text: string, dateAt: number): "morning" | "afternoon" | "evening" | undefined {
  const before = text
    .slice(Math.max(0, dateAt - 9), dateAt)
    .split(/[,;(—–]/)
    .pop()!;
  const words = `${before}${text.slice(dateAt, dateAt + 30).split(/[,;(—–]/)[0]}`;
  const clock = /\b(\d{1,2})(?:[.:]\d\d)?\s*(am|pm|a\.m\.|p\.m\.)/i.exec(words);
  if (clock) {
    const hour = (Number(clock[1]) % 12) + (/^p/i.test(clock[2]!) ? 12 : 0);
    return hour < 12 ? "morning" : hour < 17 ? "afternoon" : "evening";
  }
  if (/\b(?:morning|dawn|early)\b/i.test(words)) return "morning";
  if (/\b(?:afternoon|midday|noon)\b/i.test(words)) return "afternoon";
  if (/\b(?:evening|night|tonight|overnight|late)\b/i.test(words)) return "evening";
  return undefined;
}
