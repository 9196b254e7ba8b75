import { oncePerText } from "../../../text/once-per-text.js";
import type { ArticleSentence } from "../../evidence/article-sentences.js";
import { CLOCK_STAMP } from "../../evidence/clock-stamp.js";
import { datelineEnd } from "../../evidence/editorial-problem.js";
import { isPhotoCaption } from "../../evidence/photo-caption.js";
import { backgroundYear } from "./background-year.js";
import { cancellationIn, withCancelledThingsAsBackground } from "./cancellation.js";
import { localPublications, publishedDay } from "./local-publication.js";
import {
  addDays,
  type DateExpression,
  type DatePrecision,
  mayHoldDate,
  PRECEDENT_CUE,
  readDateExpressions,
} from "./read-date-expressions.js";

/**
 * The date of a sentence's own news: the date it states for what it reports ("walked out on
 * Monday", "On Oct. 7, 2023, …"), resolved against its article's publication day. Dates it names
 * as background ("the conflict that began in 2023", "since January", "the Oct. 7 attack") are not it.
 */
export interface DateMention {
  item: ArticleSentence;
  /** ISO: YYYY-MM-DD (a day; for a week, its Monday), YYYY-MM or YYYY, as `precision` says. */
  date: string;
  precision: DatePrecision;
  /** The words as written, e.g. "on Tuesday" → "Tuesday", "Oct. 7, 2023". */
  expression: string;
  /** Offsets of the expression in the article's cleaned text. */
  start: number;
  end: number;
  /** True when read against the publication day ("yesterday", a weekday, a month without a year). */
  relative: boolean;
  /** True when the date lies after the publication day, or on it in a future tense (a plan or a forecast). */
  future: boolean;
  /** For a future date: only expected or forecast ("is expected to cut … on Thursday"), not scheduled. */
  forecast: boolean;
  /** For a plan told before its saying ("will reopen on Thursday, … said on Tuesday"): the saying's date. */
  said?: { date: string; precision: DatePrecision };
}

/** When a sentence was true: its own stated date, else its article's publication day. */
export interface SentenceDate {
  date: string;
  precision: DatePrecision;
  basis: "stated" | "published";
}

/**
 * Lines that are dates and little else ("April 11, 2015", "(Published Friday, June 27, 2014)"),
 * tweet signatures ("— Name (@handle) May 16, 2017") and photo captions date no news.
 */
function statesNews(text: string): boolean {
  if (/\(@\w+\)|pic\.twitter\.com|^\s*[—–-]|^\s*\(?(?:FILE )?PHOTO\b|^\s*\(?Published\b/i.test(text)) return false;
  // "… is shown in this June 27, 2011 file photo": the day a picture was taken, not news of the story.
  if (isPhotoCaption(text)) return false;
  const rest = text.replace(
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d+(?:st|nd|rd|th)?/gi,
    "",
  );
  // Counted up to the fourth word only: every sentence is asked, and most are long.
  const word = /\p{L}{2,}/gu;
  let count = 0;
  while (count < 4 && word.exec(rest)) count += 1;
  // A short sentence closed by its full stop ("Schools reopen Monday.") is news told briefly; a
  // stamp ("Updated Monday.") is not.
  return count >= 4 || (count >= 2 && SHORT_SENTENCE.test(text) && !STAMP_WORD.test(text));
}

/** A short line that reads as a sentence: a capital first, a full stop last, no colon or bar between. */
const SHORT_SENTENCE = /^\s*\p{Lu}[^:|]*\.\s*$/u;
/** A line a page stamps with its date: "Updated Monday.", "Last modified Friday, 9 May." */
const STAMP_WORD = /^\s*(?:last\s+)?(?:updated|published|posted|modified|filed|edited|printed)\b/i;

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

/** The publication day of an article (YYYY-MM-DD as written in its timestamp), or null. */

/** From this UTC hour on, the writer's own day may be the next one (see ReadDateOptions.lateInUtcDay). */
const LATE_UTC_HOUR = 22;
/** Before this UTC hour, the writer's own day may be the one before (see ReadDateOptions.earlyInUtcDay). */
const EARLY_UTC_HOUR = 3;

/** A title that says the article is a live blog: "…: live updates", "Live: …", "as it happened". */
const LIVE_TITLE = /\blive(?:\s+(?:updates?|blog|coverage|report))?\s*(?::|$)|^\s*live\b|\bas it happened\b/i;

/**
 * The sentences a live blog's time stamps date, each with its stamp: those after a stamp up to the
 * next one. Only in an article stamped at least twice, or once under a title that says it is live,
 * so a single time at the start of a sentence dates nothing.
 */
function stampedSentences(items: readonly ArticleSentence[]): Map<ArticleSentence, ArticleSentence> {
  const stamped = new Map<ArticleSentence, ArticleSentence>();
  const byArticle = new Map<string, ArticleSentence[]>();
  for (const item of items) {
    const own = byArticle.get(item.article.id);
    if (own) own.push(item);
    else byArticle.set(item.article.id, [item]);
  }
  for (const own of byArticle.values()) {
    const stamps = own.filter((item) => CLOCK_STAMP.test(item.sentence.text.trim())).length;
    if (stamps < 2 && !(stamps === 1 && LIVE_TITLE.test(own[0]!.article.title))) continue;
    let stamp: ArticleSentence | null = null;
    for (const item of own) {
      const text = item.sentence.text.trim();
      const match = CLOCK_STAMP.exec(text);
      if (match) {
        stamp = item;
        // A stamp with its news on the same line dates that news too.
        if (match[0].length < text.length) stamped.set(item, item);
      } else if (stamp !== null) stamped.set(item, stamp);
    }
  }
  return stamped;
}

/** "Two days later", "The next day": a day counted from the day the sentence before it states. */
const DAYS_LATER =
  /^(?:(?:(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?|a\s+(week|fortnight))\s+later|the\s+(?:next|following)\s+(?:day|morning|evening))\b/i;
/** "He died the next day.": the day after, closing its clause (not "the next day's vote"). */
const NEXT_DAY_CLOSING = /\bthe\s+(?:next|following)\s+(?:day|morning|evening)(?=\s*(?:[.,;:!?)]|$))/i;
const NUMBER_WORDS = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * "The council had voted the day before to freeze…", "a week earlier": a day counted back from the
 * day the sentence before it states, anywhere in the sentence, but only where nothing follows that
 * would name another anchor ("the day before the election", "the day before he died").
 */
const DAYS_EARLIER =
  /\b(?:the\s+(?:day|night|evening)\s+before|the\s+previous\s+(?:day|night|evening)|(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|fortnights?)\s+(?:earlier|before))(?=\s*(?:[.,;:!?)]|$)|\s+(?:to|and|but)\b)/i;

/**
 * "Whitcomb conceded hours later", "Minutes later, the roof fell in", "later that evening": a moment
 * within the day the sentence before it states (a count of hours under a day), not a day of its own.
 * Not one counted from another anchor ("within hours of the ruling", "hours after the vote").
 */
const HOURS_LATER =
  /(?:^|\b)(?:(?:(?:a\s+few|a\s+couple\s+of|several|some|(?:1?\d|2[0-3])|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:hours|minutes)|(?:an|one)\s+hour|(?:a|one)\s+minute)\s+later\b|\blater\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b|^\s*within\s+(?:minutes|hours|an\s+hour)\b(?!\s+of\b)/i;

function daysLater(text: string): { days: number; words: string } | null {
  const hours = HOURS_LATER.exec(text.trim());
  if (hours) return { days: 0, words: hours[0].trim() };
  const earlier = DAYS_EARLIER.exec(text);
  if (earlier) {
    const count = earlier[1] ?? "";
    const days = /^\d+$/.test(count) ? Number(count) : Math.max(1, NUMBER_WORDS.indexOf(count.toLowerCase()));
    const length = /^week/i.test(earlier[2] ?? "") ? 7 : /^fortnight/i.test(earlier[2] ?? "") ? 14 : 1;
    return { days: -days * length, words: earlier[0] };
  }
  const match = DAYS_LATER.exec(text.trim());
  if (!match) {
    const closing = NEXT_DAY_CLOSING.exec(text);
    return closing ? { days: 1, words: closing[0] } : null;
  }
  const count = match[1] ?? "";
  const days = match[2]
    ? match[2].toLowerCase() === "week"
      ? 7
      : 14
    : /^\d+$/.test(count)
      ? Number(count)
      : Math.max(1, NUMBER_WORDS.indexOf(count.toLowerCase()));
  return { days, words: match[0] };
}

/**
 * The date a sentence states for its own news among those it names: what is reported before the
 * day it was said ("said yesterday that 1,400 homes had been flooded by Thursday morning" is
 * Thursday's news), unless the sentence opens with the saying and what it reports is dated more
 * vaguely ("said last week that the mine had passed an inspection in October" reports last week's
 * statement); then the most precise, then the first; a date still to come only when none has passed
 * ("said yesterday it would lower its rate from Nov. 1" is yesterday's news: the plan is news the day
 * it was announced).
 */
function ownDate(
  text: string,
  expressions: readonly DateExpression[],
  published: string | null,
): DateExpression | undefined {
  const ahead = (expression: DateExpression) =>
    published !== null && expression.date !== null && expression.date > published.slice(0, expression.date.length);
  const candidates = expressions.filter((expression) => !expression.background && expression.date !== null);
  // Only a sentence headed by its saying ("X said last week that …"): in "Inflation slowed to 2.4
  // percent in September, the office said last week" the month is what is reported.
  const saying = candidates.find((expression) => expression.reporting && !ahead(expression));
  // A day set to come told before its saying ("The school will reopen on Thursday, its head said on
  // Tuesday") is what is reported, an upcoming entry; told after a saying that heads the sentence
  // ("said yesterday it would…"), only expected, or with no future verb ("postponed … to
  // Wednesday, officials said on Monday"), it is news the day it was said.
  const planned = (expression: DateExpression) =>
    saying !== undefined &&
    expression.start < saying.start &&
    expression.prospective &&
    PLAN_TENSE.test(text.slice(0, expression.start)) &&
    !SPAN_END.test(text.slice(0, expression.start)) &&
    !expression.reporting &&
    !expression.forecast &&
    expression.precision === "day";
  return candidates
    .filter(
      (expression) =>
        !saying ||
        expression.reporting ||
        expression.start < saying.start ||
        PRECISION_RANK[expression.precision] <= PRECISION_RANK[saying.precision],
    )
    .sort(
      (a, b) =>
        Number(ahead(a) && !planned(a)) - Number(ahead(b) && !planned(b)) ||
        Number(a.reporting) - Number(b.reporting) ||
        PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
        a.start - b.start,
    )[0];
}

/** A future verb before a plan's day: "will reopen", "is due to", "are to". */
const PLAN_TENSE = /\b(?:will|shall|(?:is|are)\s+(?:due\s+)?to)\s/i;

/** "will stay in place until at least Thursday", "by Friday": how long a state lasts, no event of that day. */
const SPAN_END = /\b(?:until|till|through|by)\s+(?:at\s+(?:least|most)\s+)?$/i;

/** How far outside its dated articles' days an undated article's month and day may fall. */
const STORY_MARGIN_DAYS = 31;

/** How long before its first dated article an undated article's past month may lie ("late last year" in April). */
const STORY_MONTHS_BEFORE_DAYS = 183;

/**
 * An undated article's months and days without a year ("On Dec. 30 the lava front crossed…"), and
 * days of the month alone ("on the 18th"), put in the year and month they take among the story's
 * dated articles, when they fall within those articles' days (give or take a month): an article
 * grouped into the story tells of its time. So is a past month alone ("The tribunal found in our
 * favour in February"), when it lies no more than half a year before the first of them and tells the
 * sentence's own news, not a relative clause's. Weekdays and
 * "yesterday" stay unresolved (no day to count from), and so does a date outside the story's time.
 */
function yearsFromStory(
  sentence: string,
  expressions: readonly DateExpression[],
  span: { first: string; last: string },
): DateExpression[] {
  const inStory = readDateExpressions(sentence, span.last);
  const from = addDays(span.first, -STORY_MARGIN_DAYS);
  const to = addDays(span.last, STORY_MARGIN_DAYS);
  return expressions.map((expression) => {
    const placed = inStory.find((other) => other.start === expression.start);
    const monthAndDay =
      expression.date === null &&
      expression.precision === "day" &&
      MONTH_DAY.test(expression.text) &&
      !/\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|tomorrow|ago|last|next|this)\b/i.test(
        expression.text,
      );
    const dayAlone = expression.date === null && expression.precision === "day" && /^the\s+\d/i.test(expression.text);
    const pastMonth =
      expression.date === null &&
      expression.precision === "month" &&
      !expression.background &&
      !expression.prospective &&
      MONTH_NAME_ONLY.test(expression.text) &&
      // Not a month inside a relative clause ("the lead … that her own campaign's polling had predicted in April").
      !/\b(?:that|which|who|whose|where)\b[^,;:()]*$/i.test(sentence.slice(0, expression.start)) &&
      placed?.date != null &&
      `${placed.date}-31` >= addDays(span.first, -STORY_MONTHS_BEFORE_DAYS) &&
      placed.date <= span.last.slice(0, 7);
    if (pastMonth) return placed!;
    if (!(monthAndDay || dayAlone) || !placed?.date || placed.date < from || placed.date > to) return expression;
    // Read as if written on the story's last day: background too is judged as in a dated article.
    return placed;
  });
}

/** A month's name alone ("in February"), no relative words ("last month", "this month"). */
const MONTH_NAME_ONLY =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

const MONTH_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * One mention per sentence that states its own date; the most precise such date wins, then the
 * first. Sentences whose dates are all background, or cannot be resolved (a weekday in an undated
 * article), have none.
 */
export function findDateMentions(items: readonly ArticleSentence[]): DateMention[] {
  const found: DateMention[] = [];
  const local = localPublications(items.map((item) => item.article));
  const days = items.flatMap((item) => local(item.article).day ?? []).sort();
  const span = days.length > 0 ? { first: days[0]!, last: days[days.length - 1]! } : null;
  const stamped = stampedSentences(items);
  const live = new Set([...stamped.values()].map((stamp) => stamp.article.id));
  // Rewrites and syndicated copies repeat sentences: each text is read once per publication day.
  const read = new Map<string, ReturnType<typeof readDateExpressions>>();
  const news = oncePerText(statesNews);
  // A text with no date in it has none on any day: asked once per text, not once per day it was printed.
  const datable = oncePerText(mayHoldDate);
  let previous: { item: ArticleSentence; mention: DateMention | null } | null = null;
  for (const item of items) {
    const before = previous?.item.article === item.article ? previous.mention : null;
    previous = { item, mention: null };
    if (!news(item.sentence.text)) continue;
    const { day: published, utcHour: hour } = local(item.article);
    const isLive = live.has(item.article.id);
    // The weekday six days back must lie before the story's first report to be read as the next day.
    const late =
      hour !== null &&
      hour >= LATE_UTC_HOUR &&
      published !== null &&
      span !== null &&
      addDays(published, -6) < span.first;
    const early = hour !== null && hour < EARLY_UTC_HOUR;
    const key = `${published}|${isLive}|${late}|${early}|${item.sentence.text}`;
    let expressions = datable(item.sentence.text) ? read.get(key) : [];
    if (!expressions) {
      expressions = readDateExpressions(item.sentence.text, published, {
        live: isLive,
        lateInUtcDay: late,
        earlyInUtcDay: early,
      });
      if (published === null && span !== null) expressions = yearsFromStory(item.sentence.text, expressions, span);
      expressions = withDatelineAsSaying(item.sentence.text, expressions);
      expressions = withCancelledThingsAsBackground(item.sentence.text, expressions, published);
      read.set(key, expressions);
    }
    // A line of the story's background told by an old year ("In 2011, a blast at another quarry …")
    // is no development of the story, on any day. An undated article grouped into the story tells of
    // the story's time (see yearsFromStory): a year before its first dated report is as old to it.
    if (backgroundYear(item.sentence.text, expressions, published ?? span?.first ?? null)) continue;
    const own = ownDate(item.sentence.text, expressions, published);
    const stamp = stamped.get(item);
    const later = daysLater(item.sentence.text);
    if (!own || own.date === null) {
      // A past day the sentence gives by its place in the article, not by a date of its own.
      const pastDay = (date: string, words: string, where: ArticleSentence): void => {
        const start = where.sentence.start + where.sentence.text.indexOf(words);
        const mention: DateMention = {
          item,
          date,
          precision: "day",
          expression: words,
          start,
          end: start + words.length,
          relative: true,
          future: false,
          forecast: false,
        };
        previous = { item, mention };
        found.push(mention);
      };
      // A live blog's stamp dates its news on the blog's day, as written (never another day).
      if (stamp && published !== null)
        pastDay(published, CLOCK_STAMP.exec(stamp.sentence.text.trim())![0].trim(), stamp);
      // "Two days later", "the day before": counted from the past day the sentence before it states,
      // never past the publication day.
      else if (later !== null && before?.precision === "day" && !before.future && published !== null) {
        const date = addDays(before.date, later.days);
        if (date <= published) pastDay(date, later.words, item);
      }
      // A cancellation told as done with no day of its own ("A public meeting planned for Thursday
      // was called off", "The board called off a planned 2029 tour"): news of the day it was told.
      // Not one told as a precedent years back ("was last cancelled in 2012").
      else if (published !== null && !isLive && !expressions.some((expression) => expression.recalled)) {
        // A count of things cancelled ("A total of 142 flights were cancelled") is a figure of the
        // incident, told whenever it happened, no decision of the paper's day.
        const cancelled = COUNTED.test(item.sentence.text) ? null : cancellationIn(item.sentence.text);
        if (cancelled) pastDay(published, cancelled.words, item);
      }
      continue;
    }
    previous.mention = {
      item,
      date: own.date,
      precision: own.precision,
      expression: own.text,
      start: item.sentence.start + own.start,
      end: item.sentence.start + own.end,
      relative: own.relative,
      // A live blog's next day, told as done ("All 14 miners are out, early on Friday"), is past news;
      // so is a late stamp's.
      future:
        published !== null &&
        ((own.date > published.slice(0, own.date.length) &&
          !((isLive || late) && !own.prospective && own.date === addDays(published, 1))) ||
          (own.prospective && own.date === published.slice(0, own.date.length))),
      forecast: own.forecast,
    };
    const saying = expressions.find(
      (expression) =>
        expression.reporting &&
        expression.date !== null &&
        expression.start > own.start &&
        published !== null &&
        expression.date <= published.slice(0, expression.date.length),
    );
    if (previous.mention.future && saying?.date)
      previous.mention.said = { date: saying.date, precision: saying.precision };
    found.push(previous.mention);
  }
  return found;
}

/** A wire's dateline that is a date and its agency alone: "Oct 8 (Reuters) - ". */
const DATE_DATELINE =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s+\((?:\p{Lu}{2,10}|\p{Lu}\p{Ll}{2,15})\)\s*[-—–]+\s*/iu;

/**
 * A wire's dateline ("LONDON, July 21 (Reuters) - The Met Office lifted its warning on Tuesday
 * evening", "Oct 8 (Reuters) - ") gives the day the story was filed, as "said on" does: the day the
 * sentence tells, when it tells one, is its news.
 */
function withDatelineAsSaying(text: string, expressions: readonly DateExpression[]): readonly DateExpression[] {
  const trimmed = text.trimStart();
  const end = text.length - trimmed.length + (DATE_DATELINE.exec(trimmed)?.[0].length ?? datelineEnd(trimmed));
  if (end === 0 || !expressions.some((expression) => expression.end <= end)) return expressions;
  return expressions.map((expression) => (expression.end <= end ? { ...expression, reporting: true } : expression));
}

/**
 * A weekday in a date read as one, written out or abbreviated ("on Tue.", "Thurs.", "Thurs," without
 * its stop): its first three letters say which.
 */
const WEEKDAY_WORD = /\b(sun|mon|tue|wed|thu|fri|sat)(?:(?:s?day|nesday|rsday|urday)\b|s?\.|rs?\.|(?:s|rs?)?(?=,|$))/i;
/** A day only a publication day resolves: a weekday, "yesterday", "last night". */
const UNRESOLVED_DAY = new RegExp(`${WEEKDAY_WORD.source}|\\b(?:yesterday|today|tonight|last night)\\b`, "i");
/** A week only a publication day resolves: "this week", "earlier this week", "last week". */
const UNRESOLVED_WEEK = /\b(?:this|last|past|previous)\s+week\b/i;

/**
 * Sentences of an undated article, in a story with dated ones, that tell when their news happened
 * in words only a publication day would resolve ("By Friday the total had reached 171 cases",
 * "Volunteers handed out meals this week"): they
 * are timeline entries without a date, kept in the order the text shows. Plans, background and
 * quotes stay off, and so does every sentence of a story with no dated article (nothing to order by).
 */
export function undatedNews(items: readonly ArticleSentence[]): ArticleSentence[] {
  if (!items.some((item) => publishedDay(item.article) !== null)) return [];
  const found: ArticleSentence[] = [];
  for (const [index, item] of items.entries()) {
    const text = item.sentence.text;
    if (publishedDay(item.article) !== null || !statesNews(text) || /^\s*["“‘']/.test(text)) continue;
    const told = readDateExpressions(text, null).some(
      (expression) =>
        expression.date === null &&
        !expression.background &&
        !expression.prospective &&
        ((expression.precision === "day" && UNRESOLVED_DAY.test(expression.text)) ||
          (expression.precision === "week" && UNRESOLVED_WEEK.test(expression.text))),
    );
    // "Brother Tomas Reyes died the next day": a past day counted from the one the news right before tells.
    const before = items[index - 1];
    const counted =
      before !== undefined &&
      found.at(-1) === before &&
      follows(before, item) &&
      (daysLater(text) !== null || FOLLOWING_WEEKDAY.test(text)) &&
      !/\b(?:will|would|shall)\b/i.test(text);
    const sequence = SEQUENCE_CUE.test(text) && !/\b(?:will|would|shall)\b/i.test(text);
    // "Within minutes, stewards were pulling people over the barrier": counted from the sentence
    // before, which tells the moment it counts from ("The trouble started when fans surged forward").
    if (
      sequence &&
      COUNTED_FROM_BEFORE.test(text) &&
      before !== undefined &&
      follows(before, item) &&
      found.at(-1) !== before &&
      statesNews(before.sentence.text) &&
      !/^\s*["“‘']/.test(before.sentence.text)
    )
      found.push(before);
    if (told || counted || sequence) found.push(item);
  }
  return found;
}

/** A count in digits (never a year, a time of day or part of a larger figure): "142 flights", "about 1,200". */
const COUNTED = /(?<![\d,.:])\d{1,3}(?:,\d{3})*(?!\d|[,.:]\d|\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z]))/i;

/**
 * A moment an account tells by its place in the story's own sequence, which no publication day
 * resolves: "Within minutes", "Hours later", "By the second day", "on the first morning", "the first
 * two days", "By the end of the week", "On the morning after the break-in". An undated article's sentence told so is an entry without a date, in the text's order.
 */
const SEQUENCE_CUE =
  /^\s*(?:within\s+(?:minutes|hours|an\s+hour|days)|(?:minutes|hours|days)\s+later)\b|\b(?:on|by|for|during|over|in)\s+the\s+(?:first|second|third|fourth|fifth)\s+(?:(?:two|three|four|few)\s+)?(?:day|morning|night|evening|afternoon)s?\b|\b(?:by|at|before)\s+the\s+end\s+of\s+(?:the|that)\s+(?:(?:first|second|third)\s+)?(?:day|week)\b|\b(?:on|in|during)\s+the\s+(?:day|morning|night|evening|afternoon)\s+after\s+the\b/i;
/** A moment counted from the one the sentence before tells: "Within minutes", "Hours later". */
const COUNTED_FROM_BEFORE = /^\s*(?:within\s+(?:minutes|hours|an\s+hour)|(?:minutes|hours)\s+later)\b/i;

/** "Trains ran again the following Friday": a weekday counted from the day the sentence before tells. */
const FOLLOWING_WEEKDAY = /\bthe\s+following\s+(sun|mon|tue|wed|thu|fri|sat)[a-z]*day\b/i;

/** Whether `item` is the sentence right after `before` in the same article. */
export function follows(before: ArticleSentence, item: ArticleSentence): boolean {
  return before.article === item.article && before.position === item.position - 1;
}

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/**
 * The weekday (0 Sunday … 6 Saturday) by which a sentence of an undated article tells its news ("By
 * Thursday, volunteers had counted…"), or null: what orders its undated entry among the story's days.
 * A day counted from the one the sentence right before tells (`before`, its weekday) is that many
 * days on ("the next day"); "the following Friday" is a Friday.
 */
export function newsWeekday(text: string, before: number | null = null): number | null {
  const following = FOLLOWING_WEEKDAY.exec(text);
  if (following) return WEEKDAYS.indexOf(following[1]!.toLowerCase());
  const later = daysLater(text);
  if (later && before !== null) return (((before + later.days) % 7) + 7) % 7;
  const told = readDateExpressions(text, null).find(
    (expression) =>
      expression.precision === "day" &&
      !expression.background &&
      !expression.prospective &&
      WEEKDAY_WORD.test(expression.text),
  );
  const name = told && WEEKDAY_WORD.exec(told.text)?.[1]?.toLowerCase();
  return name ? WEEKDAYS.indexOf(name) : null;
}

/**
 * When each sentence was true, aligned with `items`: the date it states for its news, or, when it
 * states none (or a future one: a plan is news on the day it is reported), its article's
 * publication day; null for an undated article that states no date, and for a sentence whose only
 * dates are a thing's origin before 1900 ("The dam was built in 1884.").
 */
export function sentenceDates(
  items: readonly ArticleSentence[],
  mentions: readonly DateMention[],
): Array<SentenceDate | null> {
  const stated = new Map(mentions.map((mention) => [mention.item, mention]));
  const local = localPublications(items.map((item) => item.article));
  return items.map((item) => {
    const mention = stated.get(item);
    const published = local(item.article).day;
    // "this week" is the timeline entry's week, but what the sentence tells is true as of its
    // publication day: it is no older than a report of Tuesday printed the same week.
    const currentWeek = mention?.precision === "week" && /^this\s+week$/i.test(mention.expression.trim());
    if (mention && !mention.future && !(currentWeek && published))
      return { date: mention.date, precision: mention.precision, basis: "stated" };
    // A plan told before its saying was true on the day it was said.
    if (mention?.said) return { ...mention.said, basis: "stated" };
    if (
      !mention &&
      (tellsOnlyOrigin(item.sentence.text) ||
        recallsOnlyPast(item.sentence.text, published) ||
        tellsBackgroundYear(item.sentence.text, published) ||
        spanUpToThen(item.sentence.text, published))
    )
      return null;
    return published ? { date: published, precision: "day", basis: "published" } : null;
  });
}

/**
 * A sentence whose dates are all background and one an origin or a precedent years before the story
 * ("The library was last refurbished in 2009 at a cost of £1.2m."): true of no day of the story.
 */
function recallsOnlyPast(text: string, published: string | null): boolean {
  // Read the dates again only where a precedent's cue and a year can both be (most sentences have neither).
  if (!published || !PRECEDENT_CUE.test(text) || !/\b(?:1[89]|20)\d\d\b/.test(text)) return false;
  const expressions = readDateExpressions(text, published);
  return (
    expressions.some((expression) => expression.recalled) && expressions.every((expression) => expression.background)
  );
}

/** A sentence of the story's background told by an old year and nothing else (see backgroundYear). */
function tellsBackgroundYear(text: string, published: string | null): boolean {
  return backgroundYearOf(text, published) !== null;
}

/**
 * The year of a sentence that tells the story's background by it and nothing else (see
 * backgroundYear), or null: no date of the story, but the time its figures are of ("In 2021, a breach
 * flooded 14 homes" counts 2021's homes, never this story's).
 */
function backgroundYearOf(text: string, published: string | null): string | null {
  // Read the dates again only where a year can be (most sentences have none).
  if (!published || !/\b(?:1[89]|20)\d\d\b/.test(text)) return null;
  const expressions = readDateExpressions(text, published);
  if (!backgroundYear(text, expressions, published)) return null;
  return expressions.find((expression) => !expression.background)?.date ?? null;
}

/**
 * The time a background line's figures and statements are of (see backgroundYearOf): its year, as a
 * stated date, or null. Not a date of the story: the timeline never takes it. An undated article's
 * line is judged against `storyDay`, its story's first dated report (see findDateMentions).
 */
export function backgroundYearTime(item: ArticleSentence, storyDay: string | null = null): SentenceDate | null {
  const year = backgroundYearOf(item.sentence.text, publishedDay(item.article) ?? storyDay);
  return year ? { date: year, precision: "year", basis: "stated" } : null;
}

/** A past perfect up to a "since": "had supplied the displays since ", "had been closed since ". */
const PAST_PERFECT_SINCE = /\bhad\s+(?!to\b)(?:[a-z]+ly\s+)?\p{L}+\b[^.;:!?]*\bsince\s+$/iu;

/**
 * A sentence whose only dates are background and one opens a span its past perfect ran up to a past
 * moment ("Pendle Pyrotechnics had supplied the town's displays since 1998."): a state that lasted
 * until the story's event, no event of the paper's day nor a state true on it.
 */
function spanUpToThen(text: string, published: string | null): boolean {
  if (!published || !/\bsince\b/i.test(text)) return false;
  const expressions = readDateExpressions(text, published);
  return (
    expressions.length > 0 &&
    expressions.every((expression) => expression.background) &&
    expressions.some(
      (expression) =>
        expression.date !== null &&
        expression.date < published.slice(0, expression.date.length) &&
        PAST_PERFECT_SINCE.test(text.slice(0, expression.start)),
    )
  );
}

/** A year before 1900 in a sentence (see BARE_YEAR in read-date-expressions). */
const OLD_YEAR = /\b1[5-8]\d\d\b/;

/**
 * A sentence whose only dates are a thing's origin a century and more ago ("The dam was built in
 * 1884."): it tells what the thing is, true of no day of the story, so it takes no paper's day either.
 */
function tellsOnlyOrigin(text: string): boolean {
  if (!OLD_YEAR.test(text)) return false;
  const expressions = readDateExpressions(text, null);
  return (
    expressions.length > 0 &&
    expressions.every((expression) => expression.precision === "year" && (expression.date ?? "") < "1900")
  );
}
