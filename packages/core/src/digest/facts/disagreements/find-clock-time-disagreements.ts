import type { Disagreement } from "@roundup/prompts";
import type { Article } from "../../../model/index.js";
import { singularNoun } from "../../../text/singular-noun.js";
import type { ArticleSentence } from "../../evidence/article-sentences.js";
import { actsTold, actWordsIn, sameAct } from "../acts/index.js";
import { outletOf } from "../corroboration/index.js";
import type { SentenceDate } from "../reading/index.js";
import { type OutletFigure, rivalClaims } from "./rival-claims.js";

/** One outlet's time of day for an act, as its sentence gives it. */
interface ClockTime extends OutletFigure {
  /** "2042-04-13", or for an outlet that gives no date, the weekday it names ("sunday"). */
  day: string;
  /** For a sentence telling no act of a known family: its subject and the verb the time hangs on ("cable snapped"). */
  verb?: string;
  /** That verb as written ("came off"). */
  told?: string;
  /** Minutes after midnight. */
  minutes: number;
}

/** "2:40 p.m.", "3.40pm", "8am", "10.15 a.m.": a time of day with its half of the day (a bare "14:30" may be a score). */
const CLOCK = /(?<![\d.,:])(\d{1,2})(?:[:.](\d{2}))?\s?(a\.m\.|p\.m\.|am|pm)(?!\p{L})/giu;
/**
 * Words before a time that make it a bound, not the act's moment ("by 8.30am", "until 6pm", "after
 * 2pm", "between 9am and"); "shortly after" and "just before" still tell the moment, roughly.
 */
const BOUND_BEFORE =
  /(?<!\b(?:shortly|just|soon|moments?|minutes?|right))\s+(?:by|until|till|before|after|from|since|between|and|to|or)\s+$/i;
/** A time still to come or wished for: a plan, a schedule, a deadline. */
const PROSPECT =
  /\b(?:will|would|due|scheduled|expected|planned|plans?|set\s+to|is\s+to|are\s+to|was\s+to|were\s+to|hopes?|aims?|deadline|every|each|daily)\b/i;
/**
 * "three lorries jackknifed on the eastbound climb shortly after 7pm", "one of its two cables snapped at
 * about 9:45 a.m.": a plural or singular noun, the past-tense verb it did and the time the verb is
 * told at, nothing but a place between them and no clause break.
 */
const SUBJECT_VERB_BEFORE_TIME =
  /\b([a-z]{3,})\s+([a-z]{3,}ed|[a-z]{3,}\s+(?:off|away|loose|free))\s+(?:(?:on|in|at|near|outside|inside|off)\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+)?(?:(?:shortly|just|soon|moments?|minutes?|right)\s+(?:after|before)|at\s+(?:about|around|roughly|approximately|precisely|exactly)|at|around|about)\s+$/;
/**
 * A verb with a particle of parting ("came off", "sheared off", "broke away", "worked loose") is told
 * by the particle: of one thing, outlets write one parting with whatever verb they saw fit.
 */
function verbKeyOf(verb: string): string {
  return verb.split(/\s+/).at(-1)!;
}
const WEEKDAY = /\b(?:on|late|early)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** Whether two days ("2042-04-13", or an undated outlet's "sunday") can be one. */
function sameDay(first: string, second: string): boolean {
  if (first === second) return true;
  const weekdayOf = (day: string) => (/^\d/.test(day) ? WEEKDAYS[new Date(`${day}T12:00:00Z`).getUTCDay()] : day);
  return (!/^\d/.test(first) || !/^\d/.test(second)) && weekdayOf(first) === weekdayOf(second);
}
/** Two outlets' times for one act further apart than this are taken to be of different moments (a start and an end). */
const MOST_APART_MINUTES = 4 * 60;
/** Times this close are one moment told roughly ("about 2:40" and "2:45"). */
const LEAST_APART_MINUTES = 15;

/**
 * Outlets giving different times of day for one act: two outlets' sentences of one day that tell the
 * same act in whatever words (see sameAct: "escaped" and "broke out of", "halted" and "stopped"), each
 * with one time and no other act, the times 15 minutes to 4 hours apart ("at about 2:40 p.m." against
 * "shortly after 1:30 p.m."). A sentence with two times or two acts is left alone (which time is
 * whose is not read), as are bounds ("by 8.30am") and times of plans ("due to start at 9am").
 */
export function findClockTimeDisagreements(
  sentences: readonly ArticleSentence[],
  articles: readonly Article[],
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null>,
): Disagreement[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const times: ClockTime[] = [];
  for (const item of sentences) {
    const text = item.sentence.text;
    if (!/\d\s?(?:a\.m\.|p\.m\.|am|pm)/i.test(text) || PROSPECT.test(text)) continue;
    const date = dates.get(item);
    // An undated outlet's "on Sunday" is still a day: the Sunday of whichever outlet dates the act.
    const weekday = item.article.publishedAt ? undefined : WEEKDAY.exec(text)?.[1]?.toLowerCase();
    if ((!date || date.precision !== "day") && !weekday) continue;
    const found = [...text.matchAll(CLOCK)];
    const [match] = found;
    if (!match || found.length !== 1) continue;
    const acts = actsTold(text).size;
    // An act of no known family is still one act when two outlets give its doer and verb alike.
    const doing = acts === 0 ? SUBJECT_VERB_BEFORE_TIME.exec(text.slice(0, match.index)) : null;
    if (acts !== 1 && !doing) continue;
    if (BOUND_BEFORE.test(text.slice(0, match.index))) continue;
    const hour = Number(match[1]);
    if (hour < 1 || hour > 12) continue;
    const afternoon = match[3]!.toLowerCase().startsWith("p");
    const outlet = outletOf(item.article, byId);
    times.push({
      item,
      raw: match[0],
      day: date?.precision === "day" ? date.date : `${weekday}`,
      minutes: ((hour % 12) + (afternoon ? 12 : 0)) * 60 + Number(match[2] ?? 0),
      outletKey: outlet.key,
      outletName: outlet.name,
      ...(doing ? { verb: `${singularNoun(doing[1]!)} ${verbKeyOf(doing[2]!)}`, told: doing[2]! } : {}),
    });
  }
  const disagreements: Disagreement[] = [];
  const reported = new Set<ClockTime>();
  for (const [index, first] of times.entries()) {
    if (reported.has(first)) continue;
    const rivals = times.slice(index + 1).filter((other) => {
      const apart = Math.abs(other.minutes - first.minutes);
      return (
        !reported.has(other) &&
        other.outletKey !== first.outletKey &&
        sameDay(other.day, first.day) &&
        apart >= LEAST_APART_MINUTES &&
        apart <= MOST_APART_MINUTES &&
        (first.verb || other.verb
          ? first.verb === other.verb
          : sameAct(first.item.sentence.text, other.item.sentence.text))
      );
    });
    if (rivals.length === 0) continue;
    const side = [first, ...rivals];
    const claims = rivalClaims(side, (time) => time.minutes);
    if (!claims) continue;
    for (const time of side) reported.add(time);
    const act = actWordsIn(first.item.sentence.text)[0] ?? first.told ?? "it";
    disagreements.push({ topic: `the time of day given for "${act}"`, claims });
  }
  return disagreements;
}
