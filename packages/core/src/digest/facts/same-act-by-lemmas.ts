import { datelineEnd } from "../evidence/editorial-problem.js";
import { analyzeText, analyzeTextOnce, type TextToken } from "../verify/analyze-text.js";
import { actWordsIn } from "./news-act-families.js";
import { oneTellsAnother } from "./same-act.js";

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

/** Nouns a verb's ending turned into ("failure", "closure", "evacuation", "the boarding"): an act told as a thing. */
const NOMINAL_ENDING = /(?:ure|ion|ment|ing)$/;

interface Reading {
  /** Roots of the acts the clause tells: its verbs, its nouns of action, its news families' words. */
  acts: Set<string>;
  /** The act its first verb tells (and those joined to it: "boarded and detained"), or none. */
  main: Set<string>;
  /** Roots of its own news's nouns and adjectives: where another's act may be told as a thing ("the boarding"). */
  nouns: Set<string>;
  /**
   * Roots of the other things it names, a name of several words by its last ("Progressive Conservative
   * Martin Aucoin" and "Martin Aucoin" are one): who and what the act befell, where.
   */
  participants: Set<string>;
  /** Names after "in", "at", "near", "off" or "on": where the act happened. */
  places: Set<string>;
  /** The figures the whole sentence gives (not years nor small counts): "3.5", "42", "52000". */
  figures: Set<string>;
  /**
   * Who or what the clause tells of: the things it names before its first verb ("The surfer, Liam
   * Petrakis, was moved…", "Petrakis left…"), as `participants` reads them.
   */
  subject: Set<string>;
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
  const dated = (clauses[clause] ?? clauses[0]!).replace(SAYER_TAIL, "");
  // A time with no verb of its own ("after a disciplinary hearing on Thursday") dates the news before it.
  const told = clause > 0 && !VERB_FORM.test(dated) ? `${clauses[0]} ${dated}` : dated;
  // A capitalised word inside the sentence is a name, whatever the tagger guessed ("Velo Pay's backup").
  const tokens = analyzeText(told).tokens.map((token, index) =>
    index > 0 && /^\p{Lu}/u.test(token.text) && token.pos !== "PROPN" && !noThing(token)
      ? { ...token, pos: "PROPN" }
      : token,
  );
  const familyWords = new Set(actWordsIn(told).map((word) => word.toLowerCase()));
  const acts = new Set<string>();
  const main = new Set<string>();
  const nouns = new Set<string>();
  tokens.forEach((token, index) => {
    if (noThing(token)) return;
    const before = tokens[index - 1];
    if (token.pos === "VERB") {
      if (LIGHT_ROOT.test(token.root)) return;
      // What is sought, planned or said to come ("asked … to recount", "talks to end the strike", "said it
      // would evacuate 300 homes") and a participle
      // describing a thing ("the hillwalker missing since Thursday") are no act the sentence tells.
      if (PROSPECT_BEFORE.test(before?.text ?? "") || (/ing$/i.test(token.text) && before?.pos !== "AUX")) return;
      // A verb of saying reports; told in the passive ("staff were told") it is the act.
      if (SAYING_ROOT.test(token.root) && !(before?.pos === "AUX" && token.root === "tell")) return;
      const roots = actRoots(tokens, index);
      for (const root of roots) acts.add(root);
      const joined = before?.text === "and" && main.has(tokens[index - 2]?.root ?? "");
      if (main.size === 0 || joined) for (const root of roots) main.add(root);
      return;
    }
    if (familyWords.has(token.text.toLowerCase())) acts.add(token.root);
    else if (token.pos === "NOUN" && token.key !== token.root && NOMINAL_ENDING.test(token.text.toLowerCase()))
      acts.add(token.root);
    if (token.pos === "NOUN" || token.pos === "ADJ") nouns.add(token.root);
  });
  const participants = new Set<string>();
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
    if (thing === undefined) return;
    participants.add(thing);
  });
  const figures = new Set(
    analyzeTextOnce(sentence)
      .tokens.filter(
        (token) =>
          token.pos === "NUM" &&
          /^\d+(?:\.\d+)?$/.test(token.key) &&
          (token.key.includes(".") || Number(token.key) >= 3) &&
          !/^(?:19|20)\d\d$/.test(token.text),
      )
      .map((token) => token.key),
  );
  const reading = { acts, main, nouns, participants, places, figures, subject: subjectHeads(tokens) };
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
 * give figures and none in common.
 */
export function sameActByLemmas(left: string, right: string, leftDateAt = 0, rightDateAt = 0): boolean {
  if (oneTellsAnother(left, right)) return false;
  const [one, other] = [readingOf(left, leftDateAt), readingOf(right, rightDateAt)];
  const acts = [...one.acts].filter((act) => other.acts.has(act) || other.nouns.has(act));
  const reverse = [...other.acts].filter((act) => one.nouns.has(act));
  const shared = new Set([...acts, ...reverse]);
  // Who or what both clauses tell of, before their verbs ("The surfer, Liam Petrakis, was moved out of
  // intensive care", "Petrakis left intensive care").
  const subject = [...one.subject].filter((thing) => other.subject.has(thing));
  if (shared.size === 0 && subject.length === 0) return false;
  if (one.places.size > 0 && other.places.size > 0 && ![...one.places].some((place) => other.places.has(place)))
    return false;
  // Figures both give and none in common: two moments of a count ("led … after 62 percent of ballots",
  // "extended her lead … after 85 percent"), or two things counted. Left apart, as a disputed figure may
  // be, unless both tell of one subject (see below).
  const figures = [...one.figures].filter((figure) => other.figures.has(figure));
  const otherFigures = one.figures.size > 0 && other.figures.size > 0 && figures.length === 0;
  if (otherFigures && subject.length === 0) return false;
  // One count is something it befell too: "five red kites were found", "The first five birds were found".
  const things = [
    // What began is the act, not something else it befell ("Culling began", "Culling started").
    ...[...one.participants].filter(
      (thing) =>
        !shared.has(thing) && !shared.has(`${BEGUN}${thing.replace(/^name:/, "")}`) && other.participants.has(thing),
    ),
    ...figures,
  ];
  // One subject doing what each tells in its own verb, to two more things both name ("was moved out of
  // intensive care", "left intensive care"; "A blade broke off a turbine at the Bryn Uchaf wind farm",
  // "The blade that failed at … Bryn Uchaf wind farm"): one act in other words, its figures in dispute
  // if they differ. Each must tell an act of its own (a verb), not only a state, and at one part of
  // the day: "led … early on Friday" and "extended her lead … on Friday afternoon" are two moments.
  if (shared.size === 0 || otherFigures) {
    const partOne = partOfDay(left, leftDateAt);
    const partOther = partOfDay(right, rightDateAt);
    return (
      one.main.size > 0 &&
      other.main.size > 0 &&
      things.filter((thing) => !subject.includes(thing.replace(/^name:/, ""))).length >= 2 &&
      (partOne === undefined || partOther === undefined || partOne === partOther)
    );
  }
  const mainBoth = [...one.main].some((act) => other.main.has(act));
  return things.length >= (mainBoth ? 1 : 2);
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
