import type { TimelineEntry } from "@roundup/prompts";
import type { Article } from "../../../model/index.js";
import { oncePerWord } from "../../../text/once-per-word.js";
import { type ArticleSentence, citationOf } from "../../evidence/article-sentences.js";
import { editorialProblemOf } from "../../evidence/editorial-problem.js";
import { buildTermVectors, cosineSimilarity } from "../../evidence/term-vectors.js";
import { WHEN_WORDS } from "../../evidence/when-words.js";
import { withoutDateline } from "../../evidence/without-dateline.js";
import { contentWords } from "../../evidence/word-tokens.js";
import { sameAct, storyMainActs, tellsMainAct } from "../acts/index.js";
import { outletOf } from "../corroboration/index.js";
import { clusterByValue, groupFigures, olderEventYear, quantityKey, sameFigure } from "../disagreements/index.js";
import type { NumberMention } from "../figures/index.js";
import {
  addDays,
  beforeStory,
  type DateMention,
  follows,
  type LocalPublication,
  localPublications,
  newsWeekday,
  publishedDay,
  readDateExpressions,
  type SentenceDate,
  storyStart,
  undatedNews,
} from "../reading/index.js";
import { differentAims } from "./different-aims.js";
import { doneAsPlanned } from "./done-as-planned.js";
import { presentPerfectReport } from "./present-perfect-report.js";
import { recaps } from "./recaps.js";
import { actsOfOneAgent, sameActByLemmas } from "./same-act-by-lemmas.js";

export interface BuildTimelineInput {
  articles: readonly Article[];
  numbers: readonly NumberMention[];
  /** Sentences that state their own date (findDateMentions). */
  dates: readonly DateMention[];
  /** When each sentence was true (sentenceDates), keyed by sentence. */
  sentenceDates: ReadonlyMap<ArticleSentence, SentenceDate | null>;
  /** Article ids from oldest to newest: the order of what has no date. */
  articleOrder: readonly string[];
  /** Most dated-sentence entries to keep (figures are always kept). Default 12, or 4 an article up to 24. */
  limit?: number;
  /**
   * Older statements the digest leaves out because newer ones supersede them (chooseSuperseded):
   * each is an entry, dated by the date it states (a week as a week), else its article's day, else
   * undated in reading order, unless the timeline already tells it. Most important first: the first
   * `supersededLimit` (default 4) that are new make it, so the timeline does not fill with old lines.
   */
  superseded?: readonly ArticleSentence[];
  supersededLimit?: number;
}

interface Candidate extends TimelineEntry {
  /** Reading order: article order, then position in the article. */
  order: number;
  /** For an undated entry told by a weekday ("By Thursday …"): that weekday, 0 Sunday … 6 Saturday. */
  weekday?: number;
}

/**
 * How many dated developments a timeline keeps: 12, or four an article up to 24, so a short
 * story told day by day (a rescue, a count) keeps its days and a long one stays readable.
 */
function defaultLimit(articles: number): number {
  return Math.min(24, Math.max(12, 4 * articles));
}

/** Two dated sentences this close (TF-IDF cosine) on the same date tell the same development. */
const SAME_DEVELOPMENT = 0.35;

/**
 * A plan for a day and a later article's report of that day this close (TF-IDF cosine) tell one
 * development ("will debate emergency funding on Tuesday", then "approved emergency funding on Tuesday").
 */
const PLAN_REPORTED = 0.2;

function entryOf(item: ArticleSentence, date: string | null, order: number, week = false): Candidate {
  // An entry tells what happened: the dateline opening its sentence ("HARRISBURG, Pa. (AP) — ") is not cited.
  const news = withoutDateline(item);
  return {
    date,
    ...(week ? { precision: "week" as const } : {}),
    text: news.sentence.text,
    citations: [citationOf(news)],
    order,
  };
}

/**
 * Running totals reported with different values (Gaza death toll 27,580 → 31,923 → 34,000 →
 * 42,847): one entry per value, ordered by the articles' publication dates when every one is
 * known, else by the figure itself (a cumulative count only grows).
 */
function runningTotals(
  numbers: readonly NumberMention[],
  sentenceDates: BuildTimelineInput["sentenceDates"],
  orderOf: (item: ArticleSentence) => number,
): Candidate[] {
  // The day the sentence states ("rose to 12 on Friday" in Saturday's paper), else its article's.
  const dayOfMention = (mention: NumberMention) =>
    sentenceDates.get(mention.item)?.date ?? publishedDay(mention.item.article);
  const entries: Candidate[] = [];
  const groups = new Map<string, NumberMention[]>();
  for (const mention of numbers) {
    if (mention.kind !== "running" || olderEventYear(mention)) continue;
    const key = quantityKey(mention);
    if (key) groups.set(key, [...(groups.get(key) ?? []), mention]);
  }
  for (const group of groups.values()) {
    if (new Set(group.map((mention) => mention.value)).size < 2) continue;
    const allDated = group.every((mention) => dayOfMention(mention) !== null);
    const ordered = allDated
      ? [...group].sort((a, b) => (dayOfMention(a) ?? "").localeCompare(dayOfMention(b) ?? "") || a.value - b.value)
      : clusterByValue(group, Number.POSITIVE_INFINITY).flat();
    const seen = new Set<number>();
    const base = Math.min(...group.map((mention) => orderOf(mention.item)));
    for (const [rank, mention] of ordered.entries()) {
      if (seen.has(mention.value)) continue;
      seen.add(mention.value);
      // Undated totals keep the order of their values; dated ones are placed by date anyway.
      entries.push(entryOf(mention.item, dayOfMention(mention), allDated ? orderOf(mention.item) : base + rank * 1e-3));
    }
  }
  return entries;
}

/**
 * A count of one thing that differs from one moment to the next (31 ships waiting on Tuesday, 36
 * on Thursday): a development, one entry per moment, never a disagreement.
 */
function changingCounts(
  numbers: readonly NumberMention[],
  sentenceDates: BuildTimelineInput["sentenceDates"],
  orderOf: (item: ArticleSentence) => number,
): Candidate[] {
  const entries: Candidate[] = [];
  for (const moments of groupFigures(numbers, sentenceDates, "fixed")) {
    if (moments.length < 2) continue;
    // A figure and its rounding ("about 1.2 million" and 1,187,000) are one value, no change (a
    // range then a count inside it is: an estimate, then the count).
    const firsts = moments.map((moment) => moment.mentions[0]!);
    if (firsts.every((mention) => !mention.range && sameFigure(mention, firsts[0]!))) continue;
    for (const moment of moments) {
      const first = moment.mentions[0]!;
      const entry = entryOf(first.item, moment.date, orderOf(first.item));
      // Another outlet giving the same figure for the same moment ("rose to 16 overnight", "had counted
      // 16 injured on Saturday") tells this entry: it is cited here rather than dropped.
      const cited = new Set([first.item.article.id]);
      for (const other of moment.mentions.slice(1))
        if (!cited.has(other.item.article.id) && sameFigure(other, first)) {
          cited.add(other.item.article.id);
          entry.citations.push(citationOf(withoutDateline(other.item)));
        }
      entries.push(entry);
    }
  }
  return entries;
}

/**
 * An event that takes place in a month ("would be given in April", "will open the terminal in June",
 * "would start work on a steel collar next month", "will meet the directors in April", "would play a
 * free concert … in September", "is due to finish by March", "will be renamed … at a ceremony in
 * May", "A new jury will be sworn in next month"), not a figure's period: an event's verb, then a few words with no figure; or an occasion
 * named just before; or what a future passive starts from it ("will be monitored by laser sensors
 * from next month").
 */
const EVENT_IN_MONTH =
  /\b(?:given|made|held|sworn|opened|launched|delivered|completed|published|released|unveiled|dedicated|inaugurated|open|opens|publish|publishes|release|releases|start|starts|begin|begins|launch|launches|take\s+effect|takes\s+effect|come\s+into\s+force|comes\s+into\s+force|meet|meets|visit|visits|play|plays|perform|performs|finish|finishes|complete|completes|reopen|reopens|resume|resumes|take\s+place|takes\s+place)(?:\s+[\p{L}'’-]+){0,6}?\s+(?:(?:in|from|by)\s+)?$|\b(?:at|during)\s+an?\s+(?:[\p{L}-]+\s+)?(?:ceremony|service|memorial|hearing|conference|summit)\s+in\s+$|\bwill\s+be\s+\p{L}+(?:ed|en)(?:\s+[\p{L}'’-]+){0,6}?\s+from\s+$/iu;

/**
 * An act planned for a month with no figure between the plan and the month: a modal or "to", a verb,
 * then a few words and "in", "by" or "from" ("would be finished by August", "is due to report by
 * February", "hopes to start work in spring", "will go back on display in May"): the month is when
 * the act is to happen. Not a figure's movement ("will rise to 4 percent in June", "prices will fall in
 * June", "will go up in June"): a figure's period.
 */
const PLANNED_ACT =
  /\b(?:will|would|shall|to)\s+(?:be\s+)?(?!(?:rise|fall|grow|slow|increase|decrease|decline|drop|climb|ease|peak|reach|hit|remain|stay|return|go\s+(?:up|down))\b)(?:\p{Ll}{3,}|go)(?:\s+[\p{L}'’-]+){0,6}?\s+(?:in|by|from)\s+$/u;

const SEASON_WORD = /\b(?:spring|summer|autumn|winter|fall)\b/i;

/** "expects to publish", "hopes to start", "plans to open": a subject's expectation of its own act. */
const OWN_EXPECTATION = /\b(?:expects?|expected|hopes?|hoped|plans?|planned|aims?|intends?)\s+to\s+\p{Ll}+/u;

/**
 * Where a dated sentence goes on the timeline: a past date at that date; a day still to come at
 * that day when the sentence schedules or announces it ("will next set rates on Dec. 10", "is due
 * to give evidence on Monday": an upcoming entry with its own date), or on the day it was said when
 * the sentence only expects it ("economists expect a cut on Thursday"). A future month is an
 * entry only when the sentence schedules an event in it ("said the first infusions would be given
 * in April": at that month; "expects to publish a plan next month": on the day it was said, a
 * forecast of another's act staying off); else a
 * future month or year ("growth next year", "will rise to 4 percent in June") is a period a figure
 * covers, not an event: null, left out.
 */
function entryDate(mention: DateMention, saidOn: (item: ArticleSentence) => string | null): string | null {
  if (!mention.future) return mention.date;
  // A week still to come ("Investigators will question plant managers next week") is an upcoming
  // entry at that week, as a day is; one only expected is told the day it was said.
  if (mention.precision === "week") return mention.forecast ? saidOn(mention.item) : mention.date;
  // A season is told at its year (see readDateExpressions), a planned act in it as one in a month.
  if (mention.precision === "month" || (mention.precision === "year" && SEASON_WORD.test(mention.expression))) {
    const before = mention.item.sentence.text.slice(0, mention.start - mention.item.sentence.start);
    if (!EVENT_IN_MONTH.test(before) && !PLANNED_ACT.test(before)) return null;
    if (!mention.forecast) return mention.date;
    // One's own expectation of what one will do ("expects to publish an interim report in June") is a
    // plan for that month; another's forecast ("analysts expect the shipments to be delivered in July") stays off.
    return OWN_EXPECTATION.test(before) ? mention.date : null;
  }
  if (mention.precision !== "day") return null;
  return mention.forecast ? saidOn(mention.item) : mention.date;
}

/**
 * The day a sentence that states no past day of its own was said: that of the nearest sentence
 * before it in its article that states one (what follows a report of a day goes on with it: "They
 * reached the final…", then "The crowd of 60,000 was the largest…"), else its own date (its article's
 * publication day). A prospect told with no day ("Sunway said it would refund 50% of fares", "The
 * trust expects to reopen the canal by the end of October") is news of its paper's day, not of the
 * day the sentence before tells ("The line closed on Tuesday."), unless its words tie it to that
 * sentence ("He said…", "Later, …": see TIED_TO_BEFORE) or the paper was stamped so early in the UTC
 * day that the writer's day was the one before. A day before the story's own time (see storyStart)
 * is another event's, recalled in passing: it is passed over.
 */
function saidOnOf(
  sentenceDates: BuildTimelineInput["sentenceDates"],
  articles: readonly Article[],
): (item: ArticleSentence) => string | null {
  const start = storyStart(articles);
  const local = localPublications(articles);
  const statedDays = new Map<string, ArticleSentence[]>();
  for (const [item, when] of sentenceDates) {
    if (when?.basis !== "stated" || when.precision !== "day") continue;
    if (beforeStory(when.date, start)) continue;
    statedDays.set(item.article.id, [...(statedDays.get(item.article.id) ?? []), item]);
  }
  const byPosition = new Map<string, ArticleSentence>();
  for (const item of sentenceDates.keys()) byPosition.set(`${item.article.id}|${item.position}`, item);
  const saidOn = (item: ArticleSentence): string | null => {
    const own = sentenceDates.get(item);
    if (own?.basis === "stated") return own.date;
    // Told in the present perfect ("Harbor Federal has said it expects the deal to close on Jan.
    // 31"), it was said by its own paper's day, not on the day the sentence before it tells.
    if (PRESENT_SAYING.test(item.sentence.text) && !PAST_SAYING.test(item.sentence.text)) return own?.date ?? null;
    const before = (statedDays.get(item.article.id) ?? [])
      .filter((other) => other.position < item.position)
      .sort((a, b) => b.position - a.position)[0];
    const beforeDate = before ? sentenceDates.get(before)?.date : undefined;
    const paperDay = own?.date ?? null;
    if (paperDay !== null && PROSPECT.test(item.sentence.text)) {
      // "It said it would also pay…": the day of the sentence it goes on from, whatever that is.
      const previous = byPosition.get(`${item.article.id}|${item.position - 1}`);
      if (TIED_TO_BEFORE.test(item.sentence.text)) return (previous && saidOn(previous)) ?? paperDay;
      // The same party right after a dated report of its act ("Kestrel's board rejected the proposal
      // within hours.", then "Kestrel chairwoman Alison Marsh said the board would only consider…")
      // goes on with that report.
      if (previous && sharesName(previous.sentence.text, item.sentence.text)) return saidOn(previous) ?? paperDay;
      if (!(writtenDayBefore(local(item.article)) && beforeDate === addDays(paperDay, -1))) return paperDay;
    }
    return beforeDate ?? paperDay;
  };
  return saidOn;
}

/**
 * What someone will do or expects to happen: "said it would refund", "will review", "expects to
 * reopen", "was expected to reach", "plans to", "promised to".
 */
const PROSPECT =
  /\b(?:will|would|shall|(?:plans?|planned|intends?|intended|aims?|aimed|hopes?|hoped|expects?|expected|promise[sd]?|pledge[sd]?|vow(?:s|ed)?|is\s+due|are\s+due|was\s+due|were\s+due)\s+to)\b/i;

/**
 * A sentence that goes on from the one before it: a pronoun for its speaker ("He said", "She told
 * reporters", "It added", "They"), or a time counted from it ("Later", "Then", "At the same
 * briefing", "Speaking after the vote", "within hours").
 */
const TIED_TO_BEFORE =
  /^\s*(?:(?:he|she|it|they|we)\b|(?:later|afterwards|afterward|then|there|meanwhile)\b|at\s+the\s+same\b|speaking\s+(?:after|at|before|outside)\b)|\bwithin\s+(?:hours|minutes)\b|\b(?:hours|minutes)\s+later\b/i;

/** Capitalised words that open a sentence without naming anyone: "The", "On", "Later", "He". */
const NOT_A_NAME =
  /^(?:The|This|That|These|Those|Its|His|Her|Their|Our|On|In|At|By|For|From|After|Before|When|While|But|And|Then|Later|Earlier|Last|Next|It|He|She|They|We|Yesterday|Today|Tonight|Mr|Mrs|Ms|Dr)$/;

/**
 * Whether two sentences name one party ("Kestrel's board rejected…", "Kestrel chairwoman … said"): the
 * names namesIn reads, and the sentence's opening word when it is a name.
 */
function sharesName(left: string, right: string): boolean {
  const names = (text: string) => {
    const found = namesIn(text);
    const opening = /^\s*(\p{Lu}\p{Ll}{2,})\b/u.exec(text)?.[1];
    if (opening && !NOT_A_NAME.test(opening) && !CALENDAR_WORD.test(opening)) found.add(opening);
    return found;
  };
  const named = names(right);
  return [...names(left)].some((name) => named.has(name));
}

/** An article stamped in the first hours of a UTC day (see find-date-mentions' EARLY_UTC_HOUR): its writer's day may be the one before. */
function writtenDayBefore(local: LocalPublication): boolean {
  return local.utcHour !== null && local.utcHour < 3;
}

/** A saying told in the present perfect: "has said", "have repeatedly stated". */
const PRESENT_SAYING = /\b(?:has|have)\s+(?:[a-z]+\s+)?(?:said|stated|indicated|signalled|signaled)\b/i;
/** A saying told in the past: "said", "told" (not "has said"). */
const PAST_SAYING = /(?<!\b(?:has|have)\s+(?:[a-z]+\s+)?)\b(?:said|told|announced|added|warned|insisted|confirmed)\b/i;

/** The measures each sentence states, as what is measured, its unit and value ("temperature|celsius|38.1"). */
function measuresBySentence(numbers: readonly NumberMention[]): Map<ArticleSentence, Set<string>> {
  const measures = new Map<ArticleSentence, Set<string>>();
  for (const mention of numbers) {
    if (!mention.unit || !mention.event) continue;
    const key = `${mention.event}|${mention.unit}|${mention.value}`;
    measures.set(mention.item, (measures.get(mention.item) ?? new Set()).add(key));
  }
  return measures;
}

/** Capitalised words after a sentence's first that name no day or month: its places, people and things. */
function namesIn(text: string): Set<string> {
  const words = text.match(/(?<=\s)\p{Lu}\p{Ll}{2,}\b/gu) ?? [];
  return new Set(words.filter((word) => !CALENDAR_WORD.test(word)));
}
const CALENDAR_WORD =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The figures each sentence states, for telling apart two developments on one day. */
function figuresBySentence(numbers: readonly NumberMention[]): Map<ArticleSentence, Set<number>> {
  const figures = new Map<ArticleSentence, Set<number>>();
  for (const mention of numbers) figures.set(mention.item, (figures.get(mention.item) ?? new Set()).add(mention.value));
  return figures;
}

/**
 * The last sentence of a quote that runs over several ("I am deeply sorry. We will support every
 * family," Oduya said.): on its own it opens mid-quote, so it is no entry.
 */
function endsLongerQuote(text: string): boolean {
  const curly = /[“”]/.exec(text);
  if (curly) return curly[0] === "”";
  return (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * A quote told to an occasion on its day ("“We will pay for every pane,” the director told a public
 * meeting on Monday evening"): speaking there is a development, unlike a quote said to no one in
 * particular; only when the day is the attribution's, after the quote.
 */
const TOLD_OCCASION =
  /^[”"’]?,?\s+[^“”"]{0,80}?\btold\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:meeting|hearing|inquiry|inquest|rally|vigil|conference|briefing|committee|tribunal|court|assembly|summit|debate)\b[^“”"]*$/i;

/** Whether a mention dates a quote's telling to an occasion (see TOLD_OCCASION). */
function toldAtOccasion(mention: DateMention): boolean {
  const text = mention.item.sentence.text;
  const close = Math.max(text.lastIndexOf("”"), text.lastIndexOf('"'));
  const at = mention.start - mention.item.sentence.start;
  return close > 0 && at > close && TOLD_OCCASION.test(text.slice(close, at));
}

/**
 * A quote that tells what its speaker or others did on a past day of its own ("‘We told them on Friday
 * the beams were creaking,’ she said"): the speaker's account of that day's act, a development, unlike
 * a quote's view or feeling. The day stands inside the quote that opens the sentence, after a subject
 * and a verb in the past.
 */
const QUOTED_PAST_ACT =
  /^\s*["“‘']\s*(?:\p{Lu}\p{Ll}*\s+)?(?:I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he)\s+(?:[\p{Ll}]+ly\s+)?(?:\p{Ll}{2,}ed|told|saw|heard|found|rang|wrote|met|took|gave|sent|went|came|left|knew)\b[^"“”‘’]*$/u;

/** Whether a mention is a past day a quote opening its sentence tells an act on (see QUOTED_PAST_ACT). */
function quoteTellsItsDay(mention: DateMention): boolean {
  if (mention.future || mention.precision !== "day") return false;
  const text = mention.item.sentence.text;
  return QUOTED_PAST_ACT.test(text.slice(0, mention.start - mention.item.sentence.start));
}

/**
 * Sentences that state when their news happened, one per development: sentences on the same date
 * that say the same thing are one entry (the one more outlets tell, then the one nearer its
 * article's lead), citing each outlet's telling of it, and at most `limit` of them, those most
 * outlets tell first. Two sentences that
 * both state figures and share none ("made an offer of £70 million", "rejected a £75 million bid")
 * tell different developments, however alike their words. A past week ("said last week", "last
 * week's strike") is an entry at that week (its Monday, marked as a week); quotes are not developments.
 */
function datedDevelopments(input: BuildTimelineInput, orderOf: (item: ArticleSentence) => number): Candidate[] {
  const byId = new Map(input.articles.map((article) => [article.id, article]));
  const saidOn = saidOnOf(input.sentenceDates, input.articles);
  const usable = input.dates.flatMap((mention) => {
    if (/^\s*["“‘']/.test(mention.item.sentence.text) && !toldAtOccasion(mention) && !quoteTellsItsDay(mention))
      return [];
    if (endsLongerQuote(mention.item.sentence.text)) return [];
    const date = entryDate(mention, saidOn);
    return date === null ? [] : [{ mention, date }];
  });
  const figures = figuresBySentence(input.numbers);
  const measures = measuresBySentence(input.numbers);
  // One reading of one measure at one named place or of one named thing ("the temperature reached
  // 38.1C at Northolt", "Temperatures peaked at 38.1C at Northolt"), told the same day in other words.
  const sameMeasure = (a: ArticleSentence, b: ArticleSentence) => {
    const left = measures.get(a);
    const right = measures.get(b);
    if (!left || !right || ![...left].some((key) => right.has(key))) return false;
    const named = namesIn(b.sentence.text);
    return [...namesIn(a.sentence.text)].some((name) => named.has(name));
  };
  const differentFigures = (a: ArticleSentence, b: ArticleSentence) => {
    const left = figures.get(a);
    const right = figures.get(b);
    return left !== undefined && right !== undefined && ![...left].some((value) => right.has(value));
  };
  const { vectors } = buildTermVectors(usable.map(({ mention }) => mention.item.sentence.text));
  for (const [plan, report] of deadlinesMetEarly(usable, vectors)) {
    // No longer to come: the deadline is what was said the day it was set.
    const said = saidOn(usable[plan]!.mention.item);
    if (said !== null && said <= usable[report]!.date) usable[plan]!.date = said;
  }
  const intent = usable.map(({ mention }) => INTENT.test(mention.item.sentence.text));
  // The acts the outlets' first sentences tell: the story's main event (see sameAct).
  const leads = new Map<string, string[]>();
  for (const item of input.sentenceDates.keys()) {
    if (item.position !== 0) continue;
    const outlet = outletOf(item.article, byId).key;
    leads.set(outlet, [...(leads.get(outlet) ?? []), item.sentence.text]);
  }
  const mainActs = storyMainActs(leads.values());
  const clusters: Array<{ members: number[]; outlets: Set<string>; plans: number[] }> = [];
  // A cluster's first day told, looked for only where a month and a day may meet (one function for
  // every pair: a closure made per pair of mentions cost more than the search).
  const dayOf = (cluster: { members: number[] }) => {
    const member = cluster.members.find((other) => usable[other]!.mention.precision === "day");
    return member === undefined ? undefined : usable[member];
  };
  usable.forEach(({ mention, date }, index) => {
    const cluster = clusters.find((candidate) => {
      const first = usable[candidate.members[0]!]!;
      // One act told by two outlets the same past day in other words ("Thirty-four anglers were
      // rescued Saturday", "deputies … ferry 34 people off a drifting ice sheet … on Saturday"): one
      // development, whatever else differs (a figure in dispute, what one outlet adds). Or, told by
      // days both, the same act read by lemma and something it befell (see sameActByLemmas: "a
      // recount on Friday confirmed Martin Aucoin", "Martin Aucoin held Cape Rowan … in yesterday's recount").
      // A past week and a day inside it ("last week", "on Wednesday") may tell it too; the entry is at its day.
      // A day apart by the clock, two tellings that give figures and share none are two readings of a
      // count that moved ("had reached 210 metres by this morning", "reached 340 metres on Friday").
      const oneDay =
        (sameDayOrWithin(first, { mention, date }) ||
          (dayApartByClock(first, { mention, date }) && !differentFigures(first.mention.item, mention.item))) &&
        !first.mention.future &&
        !mention.future;
      const toldByAnother =
        oneDay &&
        outletOf(first.mention.item.article, byId).key !== outletOf(mention.item.article, byId).key &&
        sameAct(first.mention.item.sentence.text, mention.item.sentence.text, mainActs);
      // Read by lemma, one act is told again by another article, of the same outlet too (a follow-up:
      // "The first five birds were found on January 28"), at days both.
      const retold =
        oneDay &&
        first.mention.item.article.id !== mention.item.article.id &&
        first.mention.precision === "day" &&
        mention.precision === "day" &&
        sameActByLemmas(
          first.mention.item.sentence.text,
          mention.item.sentence.text,
          first.mention.start - first.mention.item.sentence.start,
          mention.start - mention.item.sentence.start,
        );
      // Two acts for two purposes ("voted to close the library", "voted to raise parking fees"), and two
      // acts of one agent ("Police arrested a man", "Police charged a man"), are two developments.
      const aimsApart = () =>
        differentAims(first.mention.item.sentence.text, mention.item.sentence.text) ||
        actsOfOneAgent(
          first.mention.item.sentence.text,
          mention.item.sentence.text,
          first.mention.start - first.mention.item.sentence.start,
          mention.start - mention.item.sentence.start,
        );
      if (toldByAnother || retold) return !aimsApart();
      return (
        ((first.date === date && first.mention.precision === mention.precision) ||
          // A past month and a day inside it told alike ("This month's inspection found cracks in 14
          // of the 30 beams", "The inspection, carried out on 7 October, found that 14 …"): one
          // development, at its day (one day only).
          (!first.mention.future &&
            !mention.future &&
            ((mention.precision === "month" && dayOf(candidate)?.date.startsWith(`${date}-`) === true) ||
              (mention.precision === "day" &&
                first.mention.precision === "month" &&
                date.startsWith(`${first.date}-`) &&
                (dayOf(candidate)?.date ?? date) === date)))) &&
        // A plan for a day and what happened on it are two developments.
        first.mention.future === mention.future &&
        // What someone says they will do and what was done that day are two developments ("said it
        // would appeal the decision", "blocked the takeover on Wednesday"), however many words they share.
        intent[candidate.members[0]!] === intent[index] &&
        (cosineSimilarity(vectors[candidate.members[0]!]!, vectors[index]!) >= SAME_DEVELOPMENT ||
          recaps(first.mention.item.sentence.text, mention.item.sentence.text) ||
          sameMeasure(first.mention.item, mention.item)) &&
        !differentFigures(first.mention.item, mention.item) &&
        !aimsApart()
      );
    });
    const outlet = outletOf(mention.item.article, byId).key;
    if (cluster) {
      cluster.members.push(index);
      cluster.outlets.add(outlet);
    } else clusters.push({ members: [index], outlets: new Set([outlet]), plans: [] });
  });
  // One act told by a named day and by "yesterday" a day off (see dayApartByClock) is at the named day.
  for (const { members } of clusters) {
    const named = new Set(
      members.flatMap((index) => (CLOCK_DAY.test(usable[index]!.mention.expression) ? [] : [usable[index]!.date])),
    );
    if (named.size !== 1) continue;
    const [day] = named;
    for (const index of members)
      if (usable[index]!.mention.precision === "day" && CLOCK_DAY.test(usable[index]!.mention.expression))
        usable[index]!.date = day!;
  }
  const lead = (index: number) => usable[index]!.mention.item.position;
  // A cluster of a month and a day inside it is told at its day.
  const vague = (index: number) => Number(usable[index]!.mention.precision !== "day");
  const byPosition = new Map(
    [...input.sentenceDates.keys()].map((item) => [`${item.article.id}|${item.position}`, item]),
  );
  const namesBack = (item: ArticleSentence) => {
    const before = byPosition.get(`${item.article.id}|${item.position - 1}`);
    return POINTS_BACK.test(item.sentence.text) && before ? namesIn(before.sentence.text) : new Set<string>();
  };
  return (
    withoutReportedPlans(
      clusters,
      usable,
      vectors,
      (a, b) => differentFigures(usable[a]!.mention.item, usable[b]!.mention.item),
      namesBack,
    )
      .map((cluster) => ({
        cluster,
        best: [...cluster.members].sort((a, b) => vague(a) - vague(b) || lead(a) - lead(b))[0]!,
      }))
      .sort((a, b) => b.cluster.outlets.size - a.cluster.outlets.size || lead(a.best) - lead(b.best))
      // The story's main event, told by two outlets or more, stays whatever the limit: it is what the story is about.
      .filter(
        ({ cluster }, rank) =>
          rank < (input.limit ?? defaultLimit(input.articles.length)) ||
          (cluster.outlets.size >= 2 &&
            cluster.members.some(
              (index) =>
                !usable[index]!.mention.future && tellsMainAct(usable[index]!.mention.item.sentence.text, mainActs),
            )),
      )
      .map(({ cluster, best }) => {
        const { mention, date } = usable[best]!;
        // A week's entry is at its Monday; a forecast for a week is told on the day it was said.
        const entry = entryOf(
          mention.item,
          date,
          orderOf(mention.item),
          mention.precision === "week" && date === mention.date,
        );
        // Each other article that tells the development is cited too (its own words, nearest its lead):
        // another outlet's, and a rewrite or syndicated copy of the same outlet's, which a reader may
        // hold instead of the original (outlets are counted apart, by corroboration).
        const cited = new Set([mention.item.article.id]);
        for (const index of [...cluster.members].sort((a, b) => lead(a) - lead(b))) {
          const item = usable[index]!.mention.item;
          if (cited.has(item.article.id)) continue;
          cited.add(item.article.id);
          entry.citations.push(citationOf(item));
        }
        // Then the plans it fulfilled, so what was planned stays cited where it is now told as done.
        for (const index of [...cluster.plans].sort((a, b) => lead(a) - lead(b))) {
          const citation = citationOf(usable[index]!.mention.item);
          if (
            !entry.citations.some((known) => known.articleId === citation.articleId && known.start === citation.start)
          )
            entry.citations.push(citation);
        }
        return entry;
      })
  );
}

/**
 * Whether two tellings' dates may be one day: the same day or week, or a past week and a day inside
 * it ("said last week", "said on Wednesday") when the week is the only date its sentence gives (not
 * "was crushed to death … in February, an inquest jury heard this week", whose act is February's).
 */
function sameDayOrWithin(
  a: { mention: DateMention; date: string },
  b: { mention: DateMention; date: string },
): boolean {
  if (a.mention.precision === b.mention.precision)
    return (a.mention.precision === "day" || a.mention.precision === "week") && a.date === b.date;
  const week = [a, b].find((telling) => telling.mention.precision === "week");
  const day = [a, b].find((telling) => telling.mention.precision === "day");
  if (week === undefined || day === undefined || day.date < week.date || day.date > addDays(week.date, 6)) return false;
  return onlyDateOf(week.mention);
}

/** Whether a mention's sentence gives it as its only date: asked of one week for every day it meets. */
const onlyDates = new WeakMap<DateMention, boolean>();
function onlyDateOf(mention: DateMention): boolean {
  let only = onlyDates.get(mention);
  if (only === undefined) {
    only = readDateExpressions(mention.item.sentence.text, publishedDay(mention.item.article)).length === 1;
    onlyDates.set(mention, only);
  }
  return only;
}

/**
 * A day told by the writer's clock ("yesterday", "6.30pm last night", "this morning", "11am today"),
 * not named: it is counted from the writer's own day, which a UTC stamp may put a day off (a paper
 * twelve hours ahead of UTC stamps its morning edition the evening before).
 */
const CLOCK_DAY = /\b(?:yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))$/i;
/** Whether an expression tells its day by the clock (see CLOCK_DAY), read once: pairs of dates ask it again and again. */
const byClock = oncePerWord((expression: string) => CLOCK_DAY.test(expression));

/**
 * Whether two tellings of one act may be one day although their dates are a day apart: days both,
 * one told by the writer's clock (see CLOCK_DAY), the other by its name or its date ("on Wednesday").
 * The outlet that names the day is read as the right one (see datedDevelopments).
 */
function dayApartByClock(
  a: { mention: DateMention; date: string },
  b: { mention: DateMention; date: string },
): boolean {
  if (a.mention.precision !== "day" || b.mention.precision !== "day") return false;
  if (byClock(a.mention.expression) === byClock(b.mention.expression)) return false;
  return a.date === addDays(b.date, 1) || b.date === addDays(a.date, 1);
}

/** A statement of what someone will do: "said it would appeal", "plans to sell", "vowed to fight on". */
const INTENT =
  /\b(?:will|would|plans?\s+to|planned\s+to|intends?\s+to|intended\s+to|vow(?:s|ed)?\s+to|pledg(?:es|ed)\s+to|promis(?:es|ed)\s+to|threaten(?:s|ed)?\s+to)\s+(?!have\b|be\b|not\b)[a-z]+/;

/** A day given as a deadline: "is due by March 26", "must file … by April 15", "has until Friday". */
const DEADLINE_BEFORE = /\b(?:by|until|before|deadline\s+(?:of|is|on))\s+$/i;
/** A report that says its matter was done before its deadline ("two weeks before its deadline", "ahead of schedule"). */
const MET_EARLY =
  /\b(?:before|ahead\s+of)\s+(?:its|the|their|a|his|her)\s+(?:\S+\s+)?(?:deadline|schedule)\b|\bearlier than (?:planned|scheduled|required)\b/i;
/** A decision awaited ("its decision is due by…", "a ruling … by"), and a verb that reports one made. */
const DECISION_NOUN = /\b(?:decision|ruling|verdict|judgment|judgement|vote|approval|answer|response|review)\b/i;
const DECISION_VERB =
  /\b(?:approved|rejected|decided|ruled|voted|passed|cleared|granted|refused|denied|suspended|revoked|blocked|authori[sz]ed|sentenced|convicted|acquitted|upheld|overturned|answered|responded)\b/i;

/**
 * Deadlines a later article reports met before their day, each with the report (indexes into
 * `usable`): a day still to come given as a deadline ("its decision is due by March 26"), and a past
 * day, on or before it and told in a later article, that reports the matter done: one that says it
 * came before its deadline ("approved … two weeks before its deadline") takes the deadline most like
 * it; else a decision made (approved, ruled…) takes an awaited decision on the same matter. A deadline
 * no report meets stays to come.
 */
function deadlinesMetEarly(
  usable: ReadonlyArray<{ mention: DateMention; date: string }>,
  vectors: ReturnType<typeof buildTermVectors>["vectors"],
): Map<number, number> {
  const publishedAt = (index: number) => Date.parse(usable[index]!.mention.item.article.publishedAt ?? "");
  const deadlines = usable.flatMap(({ mention }, index) => {
    if (!mention.future || mention.forecast || mention.precision !== "day") return [];
    const before = mention.item.sentence.text.slice(0, mention.start - mention.item.sentence.start);
    return DEADLINE_BEFORE.test(before) ? [index] : [];
  });
  const met = new Map<number, number>();
  if (deadlines.length === 0) return met;
  usable.forEach(({ mention, date }, report) => {
    if (mention.future || mention.precision !== "day") return;
    const text = mention.item.sentence.text;
    const open = deadlines.filter(
      (plan) =>
        !met.has(plan) &&
        date <= usable[plan]!.date &&
        publishedAt(report) > publishedAt(plan) &&
        Date.parse(`${date}T23:59:59Z`) >= Date.parse(`${publishedDay(usable[plan]!.mention.item.article)}T00:00:00Z`),
    );
    const similarity = (plan: number) => cosineSimilarity(vectors[plan]!, vectors[report]!);
    const candidates = MET_EARLY.test(text)
      ? open.filter((plan) => similarity(plan) > 0)
      : DECISION_VERB.test(text)
        ? // A decision made on the deadline's own day met it on time: the report tells that day (see
          // withoutReportedPlans), and the plan is no statement of an earlier day.
          open.filter(
            (plan) =>
              date < usable[plan]!.date &&
              DECISION_NOUN.test(usable[plan]!.mention.item.sentence.text) &&
              similarity(plan) >= PLAN_REPORTED,
          )
        : [];
    const best = candidates.sort((a, b) => similarity(b) - similarity(a))[0];
    if (best !== undefined) met.set(best, report);
  });
  return met;
}

/**
 * An occasion a plan and its report both name ("The funeral is Sat. at 11 a.m. at St. Mary's Church",
 * "Hundreds of climbers attended … funeral in Conway on Saturday"): on the same day, the same
 * development even in few shared words.
 */
const OCCASION =
  /\b(?:funeral|memorial|vigil|inquest|hearing|sentencing|trial|vote|referendum|election|match|final|ceremony|wedding|rally|march|parade|launch|summit|meeting)\b/gi;
/** How alike (TF-IDF cosine) a plan and a report naming the same occasion must still be. */
const OCCASION_REPORTED = 0.1;

/** Whether two sentences name one occasion (see OCCASION). */
function sameOccasion(left: string, right: string): boolean {
  const named = new Set([...left.matchAll(OCCASION)].map((match) => match[0].toLowerCase()));
  return [...right.matchAll(OCCASION)].some((match) => named.has(match[0].toLowerCase()));
}

/**
 * Plans for a day ("the council will debate the funding on Tuesday", "is due to give evidence on
 * Monday") that a later article reports as done on that day, on the same matter (or the same
 * occasion: see OCCASION, or the same act: see doneAsPlanned): they give way to the report, whose entry then cites them after its own
 * tellings (`plans`). A plan whose day no later report tells, and a forecast (dated on the day it
 * was made), stay as they are.
 */
function withoutReportedPlans<Cluster extends { members: number[]; plans: number[] }>(
  clusters: readonly Cluster[],
  usable: ReadonlyArray<{ mention: DateMention; date: string }>,
  vectors: ReturnType<typeof buildTermVectors>["vectors"],
  differentFigures: (a: number, b: number) => boolean,
  namesBack: (item: ArticleSentence) => Set<string>,
): Cluster[] {
  const publishedAt = (index: number) => Date.parse(usable[index]!.mention.item.article.publishedAt ?? "");
  return clusters.filter((plan) => {
    const first = usable[plan.members[0]!]!;
    if (!first.mention.future || first.mention.precision !== "day") return true;
    const planned = Math.max(...plan.members.map(publishedAt));
    if (first.mention.forecast) {
      const report = fulfilledForecast(plan.members, clusters, usable, vectors, planned, differentFigures, namesBack);
      if (!report) return true;
      report.plans.push(...plan.members, ...plan.plans);
      return false;
    }
    const report = clusters.find((other) => {
      const told = usable[other.members[0]!]!;
      return (
        !told.mention.future &&
        told.mention.precision === "day" &&
        told.date === first.date &&
        other.members.some((index) => publishedAt(index) > planned) &&
        plan.members.some((index) =>
          other.members.some((reported) => {
            const similarity = cosineSimilarity(vectors[index]!, vectors[reported]!);
            return (
              similarity >= PLAN_REPORTED ||
              (similarity >= OCCASION_REPORTED &&
                (sameOccasion(
                  usable[index]!.mention.item.sentence.text,
                  usable[reported]!.mention.item.sentence.text,
                ) ||
                  doneAsPlanned(
                    usable[index]!.mention.item.sentence.text,
                    usable[reported]!.mention.item.sentence.text,
                  )))
            );
          }),
        )
      );
    });
    if (!report) return true;
    report.plans.push(...plan.members, ...plan.plans);
    return false;
  });
}

/**
 * A subject that points back to what the sentence before named: a pronoun, or "the" and a common
 * noun before its verb ("The ship was towed to port and is expected to arrive on Wednesday", after
 * "The cargo ship Nordic Vela lost power on Monday"). Its forecast names what that sentence named.
 */
const POINTS_BACK =
  /^\s*(?:(?:It|They|He|She)\s|(?:The|This|That|These|Those)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?\s+(?:was|were|is|are|has|have|had|will|would|should|could|may|might)\b)/u;

/** How alike (TF-IDF cosine) a forecast and a later report of its day must be when they share no name. */
const FORECAST_REPORTED = 0.1;

/**
 * The later report of the day a forecast gave that tells it came about in other words ("was expected
 * to reach Incheon on Tuesday", then "The crates … were unloaded at Incheon airport today"; "expect to
 * close the gap with a temporary dam … on Friday", then "finished sealing the breach with 400 tonnes of
 * stone late on Friday"): a report of that day from a later article that names a place, person or
 * thing the forecast names and few other sentences do, else the one most like it (see FORECAST_REPORTED), never one whose
 * figures differ from the forecast's. The forecast then gives way to it, so it stands neither as a
 * second entry nor as a prospect still open.
 */
function fulfilledForecast<Cluster extends { members: number[] }>(
  forecast: readonly number[],
  clusters: readonly Cluster[],
  usable: ReadonlyArray<{ mention: DateMention; date: string }>,
  vectors: ReturnType<typeof buildTermVectors>["vectors"],
  planned: number,
  differentFigures: (a: number, b: number) => boolean,
  namesBack: (item: ArticleSentence) => Set<string>,
): Cluster | undefined {
  const target = usable[forecast[0]!]!.mention.date;
  // Only a name few of the story's dated sentences give ("Incheon"), not the story's own ("Ostmark").
  const told = new Map<string, number>();
  for (const { mention } of usable)
    for (const name of namesIn(mention.item.sentence.text)) told.set(name, (told.get(name) ?? 0) + 1);
  const rare = Math.max(2, usable.length / 5);
  const names = new Set(
    forecast.flatMap((index) => {
      const item = usable[index]!.mention.item;
      return [...namesIn(item.sentence.text), ...namesBack(item)].filter((name) => (told.get(name) ?? 0) <= rare);
    }),
  );
  const reports = clusters.flatMap((other) => {
    const told = usable[other.members[0]!]!;
    if (told.mention.future || told.mention.precision !== "day" || told.date !== target) return [];
    const later = other.members.filter(
      (index) => Date.parse(usable[index]!.mention.item.article.publishedAt ?? "") > planned,
    );
    if (later.length === 0) return [];
    const similarity = Math.max(
      ...forecast.flatMap((index) => later.map((reported) => cosineSimilarity(vectors[index]!, vectors[reported]!))),
    );
    const named = later.some((index) =>
      [...namesIn(usable[index]!.mention.item.sentence.text)].some((name) => names.has(name)),
    );
    const alike =
      similarity >= FORECAST_REPORTED &&
      forecast.some((index) =>
        later.some((reported) =>
          shareMatter(usable[index]!.mention.item.sentence.text, usable[reported]!.mention.item.sentence.text),
        ),
      );
    const differs = later.every((index) => forecast.some((planned) => differentFigures(planned, index)));
    return named || alike ? [{ other, named, similarity, differs }] : [];
  });
  const best = reports.sort((a, b) => Number(b.named) - Number(a.named) || b.similarity - a.similarity)[0];
  // A forecast of other figures than came about ("to cut … to 3.75 percent", then "cut … to 3.5
  // percent") was not fulfilled: the two stay apart, as the forecast against the outcome.
  return best && !best.differs ? best.other : undefined;
}

/**
 * Whether two tellings of one day share a word of what they tell, their day's words aside: "on
 * Wednesday" alone makes a dockers' walkout no report of a ship's expected arrival.
 */
function shareMatter(left: string, right: string): boolean {
  const words = new Set(contentWords(left).filter((word) => !DAY_WORDS.has(word)));
  return contentWords(right).some((word) => words.has(word));
}
const DAY_WORDS = new Set(WHEN_WORDS);

/** Most undated entries an undated article's days give (see undatedNews). */
const UNDATED_LIMIT = 4;

/**
 * Sentences of undated articles that tell their news by a day no publication day resolves ("By
 * Friday the total had reached 171 cases"): entries without a date, in the order the text shows.
 */
function undatedDevelopments(input: BuildTimelineInput, orderOf: (item: ArticleSentence) => number): Candidate[] {
  const dated = new Set(input.dates.map((mention) => mention.item));
  let previous: { item: ArticleSentence; weekday: number | null } | null = null;
  return undatedNews([...input.sentenceDates.keys()])
    .filter((item) => !dated.has(item) && !endsLongerQuote(item.sentence.text))
    .slice(0, UNDATED_LIMIT)
    .map((item) => {
      // "The next day" is counted from the weekday of the entry right before it.
      const before = previous && follows(previous.item, item) ? previous.weekday : null;
      const weekday = newsWeekday(item.sentence.text, before);
      previous = { item, weekday };
      return { ...entryOf(item, null, orderOf(item)), ...(weekday === null ? {} : { weekday }) };
    });
}

/** Most present-perfect reports an article gives the timeline (see presentPerfectReports). */
const PRESENT_PERFECT_LIMIT = 2;

/**
 * Sentences of dated articles that report their news in the present perfect and state no date ("Two
 * boys, aged 14 and 15, have been arrested", "The number … has risen to 214"): what had happened by
 * the paper's day, so an entry at that day, the first two of an article, unless an entry of that day
 * already says the same. One that goes on in the paragraph of the sentence before it ("…is demanding
 * a 5 percent raise. Meridian Terminals … has offered a 4.5 percent raise.", after a walkout "on
 * Monday") tells the situation of that paragraph's day, as any sentence stating no day does (saidOn).
 */
function presentPerfectReports(
  input: BuildTimelineInput,
  others: readonly Candidate[],
  orderOf: (item: ArticleSentence) => number,
): Candidate[] {
  const dated = new Set(input.dates.map((mention) => mention.item));
  const saidOn = saidOnOf(input.sentenceDates, input.articles);
  const byPosition = new Map(
    [...input.sentenceDates.keys()].map((item) => [`${item.article.id}|${item.position}`, item]),
  );
  // No line break between the sentence before and this one: the same paragraph.
  const sameParagraph = (item: ArticleSentence) => {
    const before = byPosition.get(`${item.article.id}|${item.position - 1}`);
    return before !== undefined && !item.article.text.slice(before.sentence.end, item.sentence.start).includes("\n");
  };
  const reports: Array<{ item: ArticleSentence; date: string }> = [];
  const perArticle = new Map<string, number>();
  for (const [item, when] of input.sentenceDates) {
    if (when?.basis !== "published" || when.precision !== "day" || dated.has(item)) continue;
    if (!presentPerfectReport(item.sentence.text) || endsLongerQuote(item.sentence.text)) continue;
    const count = perArticle.get(item.article.id) ?? 0;
    if (count >= PRESENT_PERFECT_LIMIT) continue;
    perArticle.set(item.article.id, count + 1);
    reports.push({ item, date: sameParagraph(item) ? (saidOn(item) ?? when.date) : when.date });
  }
  if (reports.length === 0) return [];
  const { vectors } = buildTermVectors([
    ...others.map((entry) => entry.text),
    // What the report tells, not the event an "after …" clause recalls ("have been arrested … after a
    // fire destroyed a cricket pavilion" is no second telling of the fire).
    ...reports.map(({ item }) => item.sentence.text.split(/\s(?:after|following|when)\s/i)[0]!),
  ]);
  const told = others.map((entry, index) => ({ date: entry.date, vector: vectors[index]! }));
  const entries: Candidate[] = [];
  reports.forEach(({ item, date }, index) => {
    const vector = vectors[others.length + index]!;
    if (told.some((known) => known.date === date && cosineSimilarity(known.vector, vector) >= SAME_DEVELOPMENT)) return;
    told.push({ date, vector });
    entries.push(entryOf(item, date, orderOf(item)));
  });
  return entries;
}

/**
 * Whether a sentence's only dates are years told as background ("Eastgate pool, the oldest in the city,
 * opened in 1936."): it says what a thing is, no development of any day of the story, so it is no
 * entry even when later news supersedes it (facts code leaves it off for the same reason). Not a
 * comparison ("The crowd … was the largest since the ground was rebuilt in 2009"): that is news of its day.
 */
function onlyBackgroundYears(item: ArticleSentence): boolean {
  if (/\bsince\b/i.test(item.sentence.text)) return false;
  const expressions = readDateExpressions(item.sentence.text, publishedDay(item.article));
  return (
    expressions.length > 0 &&
    expressions.every((expression) => expression.background && expression.precision === "year")
  );
}

/**
 * Superseded statements the other entries do not already tell: not the same passage, nor the same
 * text (a rewrite), nor one saying the same on the same date.
 */
function supersededStatements(
  input: BuildTimelineInput,
  others: readonly Candidate[],
  orderOf: (item: ArticleSentence) => number,
): Candidate[] {
  const superseded = input.superseded ?? [];
  if (superseded.length === 0) return [];
  const { vectors } = buildTermVectors([
    ...others.map((entry) => entry.text),
    ...superseded.map((item) => item.sentence.text),
  ]);
  const told = others.map((entry, index) => ({ entry, vector: vectors[index]! }));
  const saidOn = saidOnOf(input.sentenceDates, input.articles);
  const local = localPublications(input.articles);
  const mentions = new Map(input.dates.map((mention) => [mention.item, mention]));
  const entries: Candidate[] = [];
  superseded.forEach((item, index) => {
    if (entries.length >= (input.supersededLimit ?? 4)) return;
    const when = input.sentenceDates.get(item);
    // Nor one a dated report tells as true of no day of the story (an origin, a precedent, the
    // subject's history by its year): background, whatever supersedes it.
    if (!mentions.has(item) && (onlyBackgroundYears(item) || (when === null && local(item.article).day !== null)))
      return;
    // A day still to come that the sentence schedules is its date, as for any dated entry (not
    // the day of the sentence before it: "…told a jury on Thursday" then "…is due to give evidence on Monday").
    const mention = mentions.get(item);
    // A week it states ("said last week", "will vote next week") is its date, as a week; a day it falls back on would be wrong.
    const week =
      (when?.basis === "stated" && when.precision === "week") ||
      (mention?.future === true && mention.precision === "week" && !mention.forecast);
    const date = mention?.future
      ? entryDate(mention, saidOn)
      : week && when
        ? when.date
        : (saidOn(item) ?? local(item.article).day);
    if (mention?.future && date === null) return;
    const vector = vectors[others.length + index]!;
    const repeats = told.some(
      (known) =>
        known.entry.text === item.sentence.text ||
        // A plan an entry cites as fulfilled by its report is told there.
        known.entry.citations.some(
          (citation) =>
            citation.articleId === item.article.id && citation.start === withoutDateline(item).sentence.start,
        ) ||
        (known.entry.date === date &&
          (known.entry.precision === "week") === week &&
          cosineSimilarity(known.vector, vector) >= SAME_DEVELOPMENT),
    );
    if (repeats) return;
    const entry = entryOf(item, date, orderOf(item), week);
    entries.push(entry);
    told.push({ entry, vector });
  });
  return entries;
}

/**
 * The story in order: figures that change over time, and sentences that state when their news
 * happened, each dated by the date it states (resolved against its article's publication day), never
 * by a date it mentions as background. Dated entries go by date; an undated one stays after the
 * latest past date told before it in reading order (article order, then position), or, told by a
 * weekday, at the first such day from there, so undated articles keep the order their text shows.
 */
/**
 * Sentences no editor publishes, on the timeline as in the summary: text a machine garbled, page
 * furniture, and a sentence whose news is that nothing was said ("The insurer has not said whether
 * it will pay"). Fragments and pronoun openers stay: an entry is read beside its date and citation.
 */
const NOT_AN_ENTRY = new Set(["garbled", "boilerplate", "byline", "caption", "label", "uninformative"]);

/**
 * The developments a story's facts tell (figures that change, dated and undated news, present-perfect
 * reports): every entry but the superseded statements. A digest builds its timeline twice from the
 * same facts, the second time with the statements its summary left out (extendTimeline), so they are
 * read once a story's facts, kept as long as its list of figures (a WeakMap's key).
 */
const developmentsOf = new WeakMap<
  readonly NumberMention[],
  { input: BuildTimelineInput; developments: readonly Candidate[] }
>();

function storyDevelopments(
  input: BuildTimelineInput,
  orderOf: (item: ArticleSentence) => number,
): readonly Candidate[] {
  const known = developmentsOf.get(input.numbers);
  if (known && sameFacts(known.input, input)) return known.developments;
  const told = [
    ...runningTotals(input.numbers, input.sentenceDates, orderOf),
    ...changingCounts(input.numbers, input.sentenceDates, orderOf),
    ...datedDevelopments(input, orderOf),
    ...undatedDevelopments(input, orderOf),
  ];
  const developments = [...told, ...presentPerfectReports(input, told, orderOf)];
  developmentsOf.set(input.numbers, { input, developments });
  return developments;
}

/** Whether two timeline inputs hold the same facts: all the developments read (the superseded statements aside). */
function sameFacts(a: BuildTimelineInput, b: BuildTimelineInput): boolean {
  if (
    a.articles !== b.articles ||
    a.numbers !== b.numbers ||
    a.dates !== b.dates ||
    a.articleOrder !== b.articleOrder ||
    a.limit !== b.limit ||
    a.sentenceDates.size !== b.sentenceDates.size
  )
    return false;
  for (const [item, date] of a.sentenceDates) if (b.sentenceDates.get(item) !== date) return false;
  return true;
}

export function buildTimeline(input: BuildTimelineInput): TimelineEntry[] {
  const articleRank = new Map(input.articleOrder.map((id, index) => [id, index]));
  const orderOf = (item: ArticleSentence) =>
    (articleRank.get(item.article.id) ?? item.articleIndex) * 1e5 + item.position;
  const developments = storyDevelopments(input, orderOf);
  // Evidence ranking judged the same sentences: each text is judged once a digest.
  const problemOf = editorialProblemOf(input.articles);
  const candidates = [...developments, ...supersededStatements(input, developments, orderOf)].filter(
    (candidate) => !NOT_AN_ENTRY.has(problemOf(candidate.text) ?? ""),
  );
  const unique = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const key = `${candidate.citations[0]?.articleId}:${candidate.citations[0]?.start}`;
    const known = unique.get(key);
    if (!known) {
      unique.set(key, candidate);
      continue;
    }
    // One sentence read twice (a figure that changes, and a dated development other outlets tell too):
    // one entry, the dated reading if only one is, citing every outlet either reading cites.
    const [kept, other] = known.date === null && candidate.date !== null ? [candidate, known] : [known, candidate];
    const extra = other.citations.filter(
      (citation) =>
        !kept.citations.some((told) => told.articleId === citation.articleId && told.start === citation.start),
    );
    unique.set(key, { ...kept, citations: [...kept.citations, ...extra] });
  }
  const inReadingOrder = [...unique.values()].sort((a, b) => a.order - b.order);
  const local = localPublications(input.articles);
  const published = new Map(input.articles.map((article) => [article.id, local(article).day]));
  const firstDay = [...published.values()].filter((day) => day !== null).sort()[0];
  // An undated entry sorts after the latest past date told before it in reading order (a background
  // year read last must not pull it back before the days already told; a plan still to come must not
  // push it forward). One told by a weekday goes to the first such day from there (from the week
  // before the first article when nothing is told before it), each after the one before it in its
  // article: "early on Tuesday", then "By Thursday", in the order the text shows.
  let lastDate = "";
  let lastGuess = "";
  const keyed = inReadingOrder.map((entry, index) => {
    const said = published.get(entry.citations[0]?.articleId ?? "");
    if (entry.date && entry.date > lastDate && (!said || entry.date.slice(0, 10) <= said)) lastDate = entry.date;
    let sortDate = entry.date ?? lastDate;
    if (entry.date === null && entry.weekday !== undefined && firstDay) {
      const from = [addDays(firstDay, -6), lastDate.length === 10 ? lastDate : "", lastGuess].sort().pop()!;
      sortDate = addDays(from, (entry.weekday - new Date(`${from}T12:00:00Z`).getUTCDay() + 7) % 7);
      lastGuess = sortDate;
    }
    return { entry, sortDate, index };
  });
  return keyed
    .sort((a, b) => a.sortDate.localeCompare(b.sortDate) || a.index - b.index)
    .map(({ entry: { order: _order, weekday: _weekday, ...entry } }) => entry);
}
