import type { Article } from "../../../model/index.js";
import { capitalised, WEEKDAY_NAMES } from "../../../text/calendar-names.js";
import type { ArticleSentence } from "../../evidence/article-sentences.js";
import { type AnalyzedText, analyzeTextOnce, type TextToken } from "../../verify/reading/index.js";
import { outletOf } from "../corroboration/index.js";
import { isMoneyUnit, type NumberMention } from "../figures/index.js";
import { directionOf } from "./measure-frame.js";
import { commonSpelling } from "./unit-spelling.js";

/** A set of figures one structural tie makes candidates for one quantity, with the key that names it. */
export interface MeasureClassGroup {
  key: string;
  mentions: NumberMention[];
}

/** Dimensions in their common units (see common-units.ts), each a measure class of its own. */
const DIMENSION = /^(?:metre|kilogram|day|km\/h|hectare|celsius)$/;

/**
 * The class a figure measures, by its unit alone: a share, a sum in one currency, a dimension in its
 * common unit, or a count of one noun. Null for a bare figure (no unit: an age, a score, a clock time
 * are other finders').
 */
export function measureClassOf(mention: NumberMention): string | null {
  const unit = mention.unit;
  if (!unit) return null;
  // A share's thing is a whole it is taken of, which a clause's nouns do not tell apart from the
  // things shares are compared with ("62 percent of ballots counted", "79% effective").
  if (unit === "percent" || unit === "percentage point") return null;
  if (isMoneyUnit(unit)) return unit;
  // A length's direction: a depth, a width and a height are three measures of one hole.
  if (DIMENSION.test(unit)) return unit === "metre" ? `${unit}-${directionOf(mention) ?? ""}` : unit;
  return `count:${commonSpelling(unit)}`;
}

/** Marks that end a clause within a sentence: what a figure is of lies inside its own clause. */
const CLAUSE_MARK = /^(?:[,;:()]|—|–)$/;

function analysisOf(item: ArticleSentence): AnalyzedText {
  return analyzeTextOnce(item.sentence.text);
}

/** The figure's own token in its sentence's analysis (by its offset), or -1. */
function figureIndex(tokens: readonly TextToken[], mention: NumberMention): number {
  const offset = mention.start - mention.item.sentence.start;
  return tokens.findIndex((token) => token.start <= offset && offset < Math.max(token.end, token.start + 1));
}

/** Words between a figure and what it measures that name no thing: a qualifier, a currency sign, a scale. */
const FIGURE_PART = new Set(["NUM", "SYM", "PUNCT", "DET", "ADV"]);

/**
 * The thing a figure measures, read from its clause's structure with the tagger's parts of speech
 * rather than from word lists: the noun its unit modifies ("a 21-metre wave", "the £38m fine"), the
 * noun it is "of" ("gusts of up to 35 mph", "a drop of 85 feet"), or, only when its own phrase names
 * none and the figure follows its clause's verb, the head of the clause's subject ("The largest wave measured by the radar reached 24
 * metres", "The rescue operation lasted 31 hours"). Each as its lemma, so "waves" meets "wave".
 */
function thingsMeasured(mention: NumberMention): Set<string> {
  const { tokens } = analysisOf(mention.item);
  const at = figureIndex(tokens, mention);
  const things = new Set<string>();
  if (at < 0) return things;
  const unit = mention.unit ? commonSpelling(mention.unit) : "";
  const isUnit = (token: TextToken) => token.key === unit || token.key.startsWith(unit) || unit.startsWith(token.key);
  // The noun the figure and its unit modify: the last noun of the run after the unit as written
  // ("mph", "hours", "Icelandic vessels": the first noun after the figure), whatever common unit it
  // was converted to. A sum written with its sign before it ("£38m fine") has no unit word after it.
  const signed = /^[$£€¥]$/.test(tokens[at - 1]?.text ?? "");
  let next = at + 1;
  const modifier = (token: TextToken) =>
    token.text === "-" || token.pos === "ADJ" || token.pos === "PROPN" || /^[a-z]{1,2}$/.test(token.text);
  if (mention.unit && !signed) {
    while (next < tokens.length && modifier(tokens[next]!)) next += 1;
    if (next < tokens.length && (tokens[next]!.pos === "NOUN" || tokens[next]!.pos === "PROPN")) next += 1;
    else next = tokens.length;
  } else while (next < tokens.length && /^[a-z]{1,2}$/.test(tokens[next]!.text)) next += 1;
  while (next < tokens.length && tokens[next]!.text === "-") next += 1;
  let head: TextToken | null = null;
  while (next < tokens.length && (tokens[next]!.pos === "NOUN" || (head === null && tokens[next]!.pos === "ADJ"))) {
    if (tokens[next]!.pos === "NOUN") head = tokens[next]!;
    next += 1;
  }
  if (head && !isUnit(head)) things.add(head.key);
  // What a measure is of, named after its unit: "40,000 cubic metres of rock", "300 tonnes of grain".
  if (!head && mention.unit && tokens[next]?.key === "of") {
    const object = tokens.slice(next + 1).find((token) => token.pos !== "DET" && token.pos !== "ADJ");
    if (object?.pos === "NOUN") things.add(object.key);
  }
  // The noun the figure is "of": "gusts of up to 35 mph".
  let before = at - 1;
  while (before >= 0 && FIGURE_PART.has(tokens[before]!.pos) && tokens[before]!.text !== ",") before -= 1;
  // "up to", "more than": a qualifier's own words.
  while (before >= 1 && /^(?:to|than|as|least)$/i.test(tokens[before]!.text)) before -= 2;
  if (before >= 1 && tokens[before]!.key === "of" && tokens[before - 1]!.pos === "NOUN")
    things.add(tokens[before - 1]!.key);
  // The subject's head when the figure follows its clause's first verb, and the figure's own phrase
  // names no thing ("The storm brought gusts of 90 mph" measures gusts, not the storm).
  // Only a dimension's: a sum or a count after its verb is what the subject did ("The builder paid
  // $2.9 million", "Police arrested 12 people"), and the doer names no measure.
  if (things.size > 0 || !mention.unit || !DIMENSION.test(mention.unit)) return things;
  let first = at;
  while (first > 0 && !CLAUSE_MARK.test(tokens[first - 1]!.text)) first -= 1;
  const verb = tokens.slice(first, at).findIndex((token) => token.pos === "VERB" || token.pos === "AUX");
  if (verb > 0) {
    const subject = tokens
      .slice(first, first + verb)
      .filter((token) => token.pos === "NOUN")
      .at(-1);
    if (subject && !isUnit(subject)) things.add(subject.key);
  }
  return things;
}

/** Tokens a share's unit is written with ("%", "per cent", "percent"). */
const SHARE_UNIT = /^(?:%|per|cent|percent|pc)$/;

/**
 * A share that tells when another figure was read ("after 62 percent of ballots had been counted",
 * "once 40% of the votes were in"): the moment of a process under way, no claim of its own.
 */
const SHARE_AS_MOMENT =
  /\b(?:after|once|when|until|before|as|with)\s+(?:(?:about|around|nearly|almost|some|just|only|over|more than|less than)\s+)?$/i;

/**
 * The nouns of the whole a share is taken of, named right after it ("25% of the amlodipine handed
 * out", "56 percent of the city's households", "61% of its 2019 level"): the nouns of the phrase
 * after "of", a possessor's ("the city's") left out. None when no "of" follows the share: what a
 * share is of is then in the clause's verbs, which tell apart no wholes ("79% effective").
 */
function wholesOf(mention: NumberMention): string[] {
  if (SHARE_AS_MOMENT.test(mention.item.sentence.text.slice(0, mention.start - mention.item.sentence.start))) return [];
  const { tokens } = analysisOf(mention.item);
  const at = figureIndex(tokens, mention);
  if (at < 0) return [];
  let next = at + 1;
  while (next < tokens.length && SHARE_UNIT.test(tokens[next]!.key)) next += 1;
  if (tokens[next]?.key !== "of") return [];
  next += 1;
  // "its", "their": the whole's owner, read as a determiner.
  if (tokens[next]?.pos === "DET" || tokens[next]?.pos === "PRON") next += 1;
  const wholes: string[] = [];
  for (; next < tokens.length; next += 1) {
    const token = tokens[next]!;
    if (token.pos === "NOUN" && tokens[next + 1]?.pos !== "PART") wholes.push(token.key);
    else if (
      !(
        token.pos === "NOUN" ||
        token.pos === "PROPN" ||
        token.pos === "ADJ" ||
        token.pos === "NUM" ||
        token.pos === "PART" ||
        token.text === "-"
      )
    )
      break;
  }
  return wholes;
}

/**
 * Candidates for one quantity that no word list ties: figures of one measure class (see
 * measureClassOf), in one frame, of one owner, subject and span, whose clauses name one thing by the
 * same common noun. Each group is keyed by class and noun; the caller's guards (moment, place, ratio,
 * outlets, revisions, parts of wholes) decide which of them disagree.
 */
export function measureClassGroups(
  mentions: readonly NumberMention[],
  /** Every figure of the story, those already set aside included (a move read during the day). */
  all: readonly NumberMention[],
  byId: ReadonlyMap<string, Article>,
): MeasureClassGroup[] {
  const sole = soleCounts(all, byId);
  // A price read during the day ("fell 1.2% to $1.2630 in early trading"): its sentence's move says
  // when it was read, and the level told beside it is of that moment too, no one measure.
  const readDuring = new Set(all.flatMap((mention) => (mention.market === "during" ? [mention.item] : [])));
  const byKey = new Map<string, NumberMention[]>();
  const add = (key: string, mention: NumberMention) => {
    const list = byKey.get(key);
    if (list) list.push(mention);
    else byKey.set(key, [mention]);
  };
  for (const mention of mentions) {
    if (mention.kind !== "fixed" || readDuring.has(mention.item)) continue;
    const tail = `${mention.frame}${mention.subject ? `|${mention.subject}` : ""}${mention.owner ? `|of ${mention.owner}` : ""}${mention.period ? `|per ${mention.period}` : ""}`;
    // A share is of its whole: "18 per cent of the amlodipine dispensed", "25% of the amlodipine".
    if (mention.unit === "percent") for (const whole of wholesOf(mention)) add(`share|${whole}|${tail}`, mention);
    const what = measureClassOf(mention);
    if (!what) continue;
    const verb = sole.has(mention) ? verbOf(mention) : null;
    if (verb) add(`${what}|told by ${verb}|${tail}`, mention);
    for (const noun of thingsMeasured(mention)) {
      add(`${what}|${noun}|${tail}`, mention);
    }
  }
  return [...byKey]
    .filter(([, list]) => list.length > 1)
    .flatMap(([key, list]) =>
      byEvent(list)
        .flatMap(byNamedDay)
        .map((members) => ({ key, mentions: members })),
    );
}

/**
 * The verb a figure's clause tells it by: the first verb after the figure when the figure leads it
 * ("75,000 tickets had been sold"), else the last verb before it ("treated 190 runners"); its lemma.
 */
function verbOf(mention: NumberMention): string | null {
  const { tokens } = analysisOf(mention.item);
  const at = figureIndex(tokens, mention);
  if (at < 0) return null;
  for (let index = at + 1; index < tokens.length && !CLAUSE_MARK.test(tokens[index]!.text); index += 1)
    if (tokens[index]!.pos === "VERB") return tokens[index]!.key;
  for (let index = at - 1; index >= 0 && !CLAUSE_MARK.test(tokens[index]!.text); index -= 1)
    if (tokens[index]!.pos === "VERB") return tokens[index]!.key;
  return null;
}

/**
 * Counts of a noun that each outlet gives once (one value, however often repeated): an outlet that
 * counts "batches" once counts one thing by them, so two outlets' lone counts of one noun are
 * candidates for one quantity even where their verbs differ ("were affected", "are covered by the
 * recall"). An outlet counting the noun twice with two values counts two things by it, and none of
 * its counts is taken.
 */
function soleCounts(all: readonly NumberMention[], byId: ReadonlyMap<string, Article>): Set<NumberMention> {
  const byOutletNoun = new Map<string, NumberMention[]>();
  for (const mention of all) {
    const what = measureClassOf(mention);
    if (!what?.startsWith("count:")) continue;
    const key = `${outletOf(mention.item.article, byId).key}|${what}`;
    const list = byOutletNoun.get(key);
    if (list) list.push(mention);
    else byOutletNoun.set(key, [mention]);
  }
  const sole = new Set<NumberMention>();
  for (const list of byOutletNoun.values())
    if (new Set(list.map((mention) => mention.value)).size === 1) for (const mention of list) sole.add(mention);
  return sole;
}

const WEEKDAY = new RegExp(String.raw`\b(?:${WEEKDAY_NAMES.map(capitalised).join("|")})\b`, "gu");

/**
 * Figures whose sentences name other days of the week ("had raised $41,000 by Wednesday evening",
 * "$67,000 by Thursday morning") are of two moments, whatever day each report is dated; a sentence
 * naming no day, or several, joins each.
 */
function byNamedDay(members: NumberMention[]): NumberMention[][] {
  const dayOf = (mention: NumberMention) => {
    const days = new Set(mention.item.sentence.text.match(WEEKDAY) ?? []);
    return days.size === 1 ? [...days][0]! : null;
  };
  const days = [...new Set(members.flatMap((mention) => dayOf(mention) ?? []))];
  if (days.length < 2) return [members];
  const undated = members.filter((mention) => dayOf(mention) === null);
  return days.map((day) => [...members.filter((mention) => dayOf(mention) === day), ...undated]);
}

/**
 * A count's act, where find-number-mentions read one: two acts' counts ("killed", "injured") are two
 * quantities, and a count with no act read joins each of them (as charges with no name join each
 * defendant's). Measures (lengths, sums, spans) are of their thing whatever verb carries them.
 */
function byEvent(members: NumberMention[]): NumberMention[][] {
  if (!members.every((mention) => measureClassOf(mention)?.startsWith("count:"))) return [members];
  const acts = [...new Set(members.flatMap((mention) => (mention.event ? [mention.event] : [])))];
  if (acts.length < 2) return [members];
  const actless = members.filter((mention) => !mention.event);
  return acts.map((act) => [...members.filter((mention) => mention.event === act), ...actless]);
}
