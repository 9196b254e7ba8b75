import { QUOTED_SPANS } from "../../evidence/quoted-spans.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { cosineSimilarity, type TermVector } from "../../evidence/term-vectors.js";
import { contentWords } from "../../evidence/word-tokens.js";
import { eventBeforeCount } from "../../facts/figures/index.js";
import { NUMBER_WORD_SOURCE, numberWordValue } from "../../facts/reading/index.js";
import type { SentenceTimes } from "../times/index.js";
import { SAME_MATTER } from "./same-matter.js";

/**
 * Counts the facts' figures do not read: a count written as a word ("Two people died") and a count
 * an ordinal implies ("A third person died": three now). Digits are read too, so a worded count and
 * a count in digits meet.
 */
const ORDINALS = [
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
];

/** What was counted, by the words that report it. */
const EVENTS: ReadonlyArray<readonly [string, RegExp]> = [
  // "23 people overdosed, four of them fatally", "two were fatally injured": deaths too.
  ["died", /\b(?:died|killed|dead|deaths?|fatalit(?:y|ies)|fatally|bodies)\b/i],
  ["injured", /\b(?:injured|wounded|hurt)\b/i],
  ["arrested", /\b(?:arrested|detained|charged|in custody)\b/i],
  // States people are in, told as standing: "Four of the injured remain in a serious condition".
  ["in a serious condition", /\bin\s+(?:an?\s+)?(?:serious|critical|life-threatening|grave)\s+condition\b/i],
  ["in hospital", /\b(?:remains?|remained|are|is|were|was)\s+(?:still\s+)?in\s+hospital\b|\bstill\s+in\s+hospital\b/i],
  // "five men are missing", then "Three men remain missing": fewer as people are found.
  ["missing", /\b(?:missing|unaccounted\s+for)\b/i],
];
/**
 * Counts of a state, not of an event: they fall as well as rise ("Four … remain in a serious
 * condition", then "one of them in a serious condition"), so any later other value updates them.
 */
const STANDING = new Set(["in a serious condition", "in hospital", "missing"]);
/** A cheap test before the patterns: a sentence without one of these counts nothing here. */
const ANY_EVENT =
  /\b(?:died|kill|dead|deaths?|fatal|bodies|injur|wound|hurt|arrest|detain|charged|custody|toll|condition|hospital|missing|unaccounted)/i;

/**
 * Where a count's clause ends: a semicolon, a full stop, or a comma before the next count ("19 people
 * overdosed, three of them fatally": the deaths are the three's, not the 19's).
 */
const CLAUSE_END = new RegExp(`[;.]|,\\s+(?=(?:one|${NUMBER_WORD_SOURCE}|\\d)\\b)`, "i");
/** A count, followed by its words or ending its sentence ("had risen to 11."); never part of "4.5". */
const COUNT = new RegExp(`\\b(one|${NUMBER_WORD_SOURCE}|\\d{1,3}(?:,\\d{3})*)(?![.,]\\d)(?:\\s+|(?=[.,;:!?]|$))`, "gi");
/** "A third person, a 68-year-old man, died": the ordinal of one more of what was counted. */
const ORDINAL = new RegExp(`\\b(?:a|another)\\s+(${ORDINALS.join("|")})\\s+(?!time\\b|day\\b|week\\b|year\\b)`, "gi");

const HEDGE_BEFORE = "(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than)\\s+)?";
/** "The bodies of 11 people have been recovered": the dead, counted by their bodies. */
const BODIES_OF_BEFORE = new RegExp(`\\bbodies\\s+of\\s+${HEDGE_BEFORE}$`, "i");
/** "put the number of missing at 17", "the number of injured rose to 40": the group named after "number of". */
const NUMBER_OF_GROUP_BEFORE = new RegExp(
  `\\b(?:number|count|tally|total)\\s+of\\s+(?:the\\s+)?(dead|injured|wounded|hurt|missing|arrested)\\b[^.;]{0,60}?\\b(?:at|to|is|was|stood\\s+at|stands\\s+at|reached|hit)\\s+${HEDGE_BEFORE}$`,
  "i",
);
const GROUP_EVENT: Readonly<Record<string, string>> = {
  dead: "died",
  injured: "injured",
  wounded: "injured",
  hurt: "injured",
  missing: "missing",
  arrested: "arrested",
};

/** The event a count's preceding words name when they name its group (see BODIES_OF_BEFORE, NUMBER_OF_GROUP_BEFORE). */
function groupBeforeCount(before: string): string | null {
  if (BODIES_OF_BEFORE.test(before)) return "died";
  const group = NUMBER_OF_GROUP_BEFORE.exec(before)?.[1];
  return group ? (GROUP_EVENT[group.toLowerCase()] ?? null) : null;
}

/**
 * What follows a count of people: their noun ("17 people", "five fishermen"), a verb ("seven are still
 * listed as missing") or nothing ("put the number of missing at 17."), never another noun ("12 pages").
 */
const PEOPLE_AFTER_COUNT =
  /^\S+(?:\s+(?:people|persons?|men|women|children|crew|[a-z]+(?:ers|men|ists)|passengers|tourists|migrants|residents|students|patients|tenants|occupants|others|are|were|remain|remained|is|was|still|have|had)\b|\s*(?:[.,;]|$))/i;

function countsPeople(text: string, at: number): boolean {
  return PEOPLE_AFTER_COUNT.test(text.slice(at));
}

/** The group a count is drawn from: "of them", "of the injured", "of those hurt". */
const PARTITIVE = /^of\s+(?:them|(?:the|those)\s+[\p{L}-]+)\s*/iu;

/** The event a clause tells first, if any. */
function nearestEvent(clause: string): string | null {
  let nearest: { event: string; at: number } | null = null;
  for (const [event, pattern] of EVENTS) {
    const at = pattern.exec(clause)?.index;
    if (at !== undefined && (nearest === null || at < nearest.at)) nearest = { event, at };
  }
  return nearest?.event ?? null;
}

export interface Count {
  event: string;
  value: number;
  /** Where the count stands in its sentence. */
  at: number;
  /** Told by an ordinal ("A fifth person has died"): one more of what the story had counted. */
  ordinal: boolean;
}

/**
 * What an ordinal may number that is no one more of a toll: a second blast or a third case is
 * another incident ("A second avalanche killed three skiers"), not a fifth death.
 */
const INCIDENT_NOUN =
  /^(?:attacks?|blasts?|explosions?|crash(?:es)?|collisions?|fires?|(?:earth)?quakes?|tremors?|aftershocks?|avalanches?|storms?|waves?|floods?|landslides?|incidents?|accidents?|shootings?|stabbings?|bomb(?:ing)?s?|strikes?|outbreaks?|cases?|rounds?|derailments?|collapses?|wildfires?|rescues?|inquests?|inquir(?:y|ies)|investigations?)\b/i;

export function countValue(word: string): number {
  if (word.toLowerCase() === "one") return 1;
  return numberWordValue(word) ?? Number(word.replace(/,/g, ""));
}

/**
 * The counts a sentence reports, the highest per event: a number or an ordinal whose clause goes
 * on, within a few words, to the event ("Two people died", "three heat-related deaths", "A third
 * person, a 68-year-old man, died"); the highest stands for the sentence ("three deaths, up from
 * two"). `worded`: some count is told in words, which the facts' figures do not read.
 */
export function countsIn(text: string): { counts: Count[]; worded: boolean } {
  if (!ANY_EVENT.test(text)) return { counts: [], worded: false };
  const found = new Map<string, { value: number; at: number; ordinal: boolean }>();
  let ordinal = false;
  const keep = (event: string, value: number, at: number) => {
    if ((found.get(event)?.value ?? -1) < value) found.set(event, { value, at, ordinal });
  };
  let worded = false;
  const read = (index: number, length: number, value: number, inWords: boolean) => {
    // "killing two people and wounding at least five", "the death toll … rose to three": the event
    // is told before the count.
    const preceding = text.slice(Math.max(0, index - 90), index);
    const named = eventBeforeCount(preceding);
    const toldBefore = named === "killed" ? "died" : (named ?? groupBeforeCount(preceding));
    if (toldBefore) {
      keep(toldBefore, value, index);
      worded ||= inWords;
      return;
    }
    // The clause the count opens: up to a semicolon or a full stop, at most ten words.
    const rest = text
      .slice(index + length)
      .split(CLAUSE_END)[0]!
      .split(/\s+/)
      .slice(0, 10)
      .join(" ");
    // The event told nearest after the count is its own ("Two people died and three remain in
    // hospital"), past the group it is drawn from ("Four of the injured remain in a serious
    // condition"), unless only that group names one ("two of the dead were children").
    // Not the missing, though: "Two of the missing fishermen were found alive" are no longer missing.
    const drawnFrom = nearestEvent(rest);
    const nearest = nearestEvent(rest.replace(PARTITIVE, "")) ?? (drawnFrom === "missing" ? null : drawnFrom);
    if (nearest) {
      keep(nearest, value, index);
      worded ||= inWords;
    }
  };
  for (const match of text.matchAll(COUNT)) {
    // A year, a time, a share or a span is no count of people.
    const after = text.slice(match.index + match[0].length);
    if (/^\d{4}$/.test(match[1]!) || /^(?:p\.m|a\.m|percent|%|years?|days?|hours?|weeks?|months?)\b/i.test(after))
      continue;
    read(match.index, match[0].length, countValue(match[1]!), /^\p{L}/u.test(match[1]!));
  }
  for (const match of text.matchAll(ORDINAL)) {
    ordinal = !INCIDENT_NOUN.test(text.slice(match.index + match[0].length));
    read(match.index, match[0].length, ORDINALS.indexOf(match[1]!.toLowerCase()) + 2, true);
  }
  return {
    counts: [...found].map(([event, { value, at, ordinal }]) => ({ event, value, at, ordinal })),
    worded,
  };
}

/** Where a sentence joins a second piece of news to the first: ", as a wildfire forced…", "; …". */
const CLAUSE_BREAK = /,\s+(?:as|while|and|but|after|when)\s+|;\s+/g;

/** The clause of a sentence that holds a position in it (see CLAUSE_BREAK). */
export function clauseAt(text: string, at: number): string {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    if (match.index + match[0].length <= at) from = match.index + match[0].length;
    else if (match.index >= at) {
      to = match.index;
      break;
    }
  }
  return text.slice(from, to);
}

/** A vector cut down to the terms of one clause of its sentence. */
function clauseVector(vector: TermVector, clause: string): TermVector {
  const terms = new Set(contentWords(clause));
  return new Map([...vector].filter(([term]) => terms.has(term)));
}

/**
 * Two counts on the same matter: their sentences are close, or the clauses holding the counts are
 * ("Spain's heatwave has killed nine people, the ministry said, as a wildfire forced 1,200 from their
 * homes" and "the death toll from the heatwave had risen to 11": the wildfire is another matter).
 */
function sameMatter(
  older: { candidate: RankedSentence },
  newer: { candidate: RankedSentence },
  olderAt: number,
  newerAt: number,
): boolean {
  if (cosineSimilarity(older.candidate.vector, newer.candidate.vector) >= SAME_MATTER) return true;
  const olderText = older.candidate.item.sentence.text;
  const newerText = newer.candidate.item.sentence.text;
  return (
    cosineSimilarity(
      clauseVector(older.candidate.vector, clauseAt(olderText, olderAt)),
      clauseVector(newer.candidate.vector, clauseAt(newerText, newerAt)),
    ) >= SAME_MATTER
  );
}

/**
 * Whether the newer count was told later: at a later moment, or of the same day by a later report
 * ("Two people died … on Monday" in Tuesday's paper, "Three people died after the cabin fell on
 * Monday" in Thursday's): a toll told of the day it began is as of its report.
 */
export function toldLater(
  older: { candidate: RankedSentence; time: number },
  newer: { candidate: RankedSentence; time: number },
  published: (candidate: RankedSentence) => number,
): boolean {
  if (newer.time !== older.time) return newer.time > older.time;
  return published(newer.candidate) > published(older.candidate);
}

/** A count over a period or an area wider than one incident: "road deaths this year", "since 2019", "nationwide". */
export const WIDER_TOTAL =
  /\b(?:(?:this|last|a|per|each|every)\s+(?:year|month|season|decade)|since|so far|in\s+\d{4}|annual|annually|nationwide|across\s+the\s+(?:country|region|county|state))\b/i;
/** A participle clause that trails an event, up to a count: ", killing ", ", leaving three people dead and ". */
export const EVENT_CONSEQUENCE = /,\s+(?:killing|leaving|injuring|wounding)\b[^,;]*$/;
/** The places a clause names: "in Corby", "at the Fenwick refinery" (capitalised words after the preposition). */
const PLACE = /\b(?:in|at|near|outside)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;

function placesOf(clause: string): Set<string> {
  return new Set([...clause.matchAll(PLACE)].map((match) => match[1]!.toLowerCase()));
}

/**
 * Two counts of the dead in one story's reports are its toll, whatever their words ("Eight people
 * were flown to hospital, and two of them died there", then "Three people died after the cabin
 * fell"): the dead are counted, not described, when the older is its report's toll (its highest
 * count of the dead: not "Two firefighters died" beside "nine people"). Unless the older is told of a
 * day before the story's first report (another incident recalled) or as an event's consequence (", killing two workers"), or
 * either counts over a period or an area ("this year", "nationwide").
 */
function sameToll(
  older: { candidate: RankedSentence; time: number },
  newer: { candidate: RankedSentence },
  olderCount: Count,
  newerCount: Count,
  firstReport: number,
): boolean {
  if (olderCount.event !== "died" || !Number.isFinite(firstReport) || older.time < firstReport - 3 * DAY_MS)
    return false;
  const olderText = older.candidate.item.sentence.text;
  // "An explosion ripped through a silo on Wednesday evening, killing two workers": the event's
  // consequence, told with it (as findSuperseded keeps such a count): the event is the news.
  if (EVENT_CONSEQUENCE.test(olderText.slice(0, olderCount.at))) return false;
  const olderClause = clauseAt(olderText, olderCount.at);
  const newerClause = clauseAt(newer.candidate.item.sentence.text, newerCount.at);
  return !WIDER_TOTAL.test(olderClause) && !WIDER_TOTAL.test(newerClause);
}

/** Whether two counts' clauses name places and none in common ("in Carlisle", "in Cockermouth"): two counts. */
export function elsewhere(
  older: { candidate: RankedSentence },
  newer: { candidate: RankedSentence },
  olderCount: Count,
  newerCount: Count,
): boolean {
  const olderPlaces = placesOf(clauseAt(older.candidate.item.sentence.text, olderCount.at));
  const newerPlaces = placesOf(clauseAt(newer.candidate.item.sentence.text, newerCount.at));
  return olderPlaces.size > 0 && newerPlaces.size > 0 && ![...newerPlaces].some((place) => olderPlaces.has(place));
}

const DAY_MS = 86_400_000;

/**
 * A person told as critically hurt now ("is in a critical condition", "remain in a
 * life-threatening condition"), not a count of them drawn from a group ("two of them in a critical
 * condition" is a count of a state, read above).
 */
const CRITICAL_NOW =
  /\b(?:is|are|remains?)\s+(?:still\s+)?in\s+(?:a\s+)?(?:critical|life-threatening|grave)\s+condition\b/i;

/**
 * Sentences whose count of the dead, the injured or the arrested a later sentence on the same matter
 * raises ("Two people died of heat-related illness, … said on Tuesday", then "A third person … died
 * of heat-related illness, … said Wednesday"): the older count belongs to the timeline. Only a
 * higher count supersedes (such counts only grow), and only one of the same matter (TF-IDF cosine),
 * so a count of another incident stays; an ordinal ("A fifth person has died") needs no shared words,
 * as it numbers one more of the story's own count, however the earlier report worded it ("Eleven
 * people were taken to hospital, four of whom later died"). Counts in digits alone are the facts' (see findSuperseded's
 * running figures); this reads what they do not, words and ordinals, and a pair where one is.
 */
export function findRaisedCounts(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  const raised = new Set<RankedSentence>();
  const readings = new Map<string, { counts: Count[]; worded: boolean }>();
  const counted: Array<{ candidate: RankedSentence; counts: Count[]; worded: boolean; time: number }> = [];
  for (const candidate of candidates) {
    const text = candidate.item.sentence.text;
    let reading = readings.get(text);
    if (!reading) {
      reading = countsIn(text);
      readings.set(text, reading);
    }
    if (reading.counts.length > 0) counted.push({ candidate, ...reading, time: times.get(candidate) ?? 0 });
  }
  const published = (candidate: RankedSentence) => Date.parse(candidate.item.article.publishedAt ?? "");
  // The story's own time: a count told of a day before it is another incident recalled.
  const firstReport = Math.min(...counted.map(({ candidate }) => published(candidate)).filter(Number.isFinite));
  // Each report's toll: its highest count of the dead ("Two firefighters died" beside "the fire has
  // killed nine people" is a part of it, still true when the toll rises).
  // Not a recalled incident's dead ("A gas explosion in Harwood in 2019 killed three people" beside
  // "killed one person … on Saturday"): a count told of a day before the story is no part of its toll.
  const tollOf = new Map<string, number>();
  for (const { candidate, counts, time } of counted)
    for (const count of counts)
      if (count.event === "died" && time >= firstReport - 3 * DAY_MS)
        tollOf.set(candidate.item.article.id, Math.max(tollOf.get(candidate.item.article.id) ?? 0, count.value));
  // Someone told as critically hurt ("A man in his sixties … is in a critical condition") when the
  // story's toll was what it was: a later, higher toll may be that person, so the state no longer
  // stands as told (its report's toll is the highest known by its moment, from any report).
  const tollDeaths = counted.flatMap(({ candidate, counts, time }) =>
    counts
      .filter((count) => count.event === "died" && !WIDER_TOTAL.test(clauseAt(candidate.item.sentence.text, count.at)))
      .map((count) => ({ candidate, time, value: count.value })),
  );
  for (const candidate of candidates) {
    const text = candidate.item.sentence.text;
    const time = times.get(candidate);
    if (time === undefined || !CRITICAL_NOW.test(text.replace(QUOTED_SPANS, " "))) continue;
    const state = { candidate, time };
    const known = Math.max(
      0,
      ...tollDeaths.filter((toll) => !toldLater(state, toll, published)).map((toll) => toll.value),
    );
    if (known > 0 && tollDeaths.some((toll) => toll.value > known && toldLater(state, toll, published)))
      raised.add(candidate);
  }
  for (const older of counted) {
    for (const newer of counted) {
      if (!toldLater(older, newer, published) || !(older.worded || newer.worded)) continue;
      const raisedPair = older.counts.flatMap((count) =>
        newer.counts
          .filter(
            (later) =>
              later.event === count.event &&
              (STANDING.has(count.event) ? later.value !== count.value : later.value > count.value),
          )
          .map((later) => [count, later] as const),
      )[0];
      // "A fifth person has died" says the story's toll was four: whatever its words, an earlier
      // lower count of that event is the one it raises.
      if (
        raisedPair &&
        !elsewhere(older, newer, raisedPair[0], raisedPair[1]) &&
        (raisedPair[1].ordinal ||
          (raisedPair[0].value === tollOf.get(older.candidate.item.article.id) &&
            sameToll(older, newer, raisedPair[0], raisedPair[1], firstReport)) ||
          // The missing are one group of the story, whatever the words around them ("put the number
          // of missing at 17", then "seven are still listed as missing"), unless told of other places.
          (raisedPair[0].event === "missing" &&
            older.time >= firstReport - 3 * DAY_MS &&
            countsPeople(older.candidate.item.sentence.text, raisedPair[0].at) &&
            countsPeople(newer.candidate.item.sentence.text, raisedPair[1].at)) ||
          sameMatter(older, newer, raisedPair[0].at, raisedPair[1].at))
      ) {
        raised.add(older.candidate);
        break;
      }
    }
  }
  return raised;
}
