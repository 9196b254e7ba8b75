import * as chrono from "chrono-node";
import { NUMBER_WORD_SOURCE, numberWordValue } from "./number-words.js";

export type DatePrecision = "day" | "week" | "month" | "year";

/** A date written in a sentence, resolved against the article's publication day where it needs one. */
export interface DateExpression {
  /** The words as written, e.g. "on Tuesday", "Oct. 7, 2023", "last week". */
  text: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** ISO: YYYY-MM-DD (day; a week's Monday), YYYY-MM (month) or YYYY (year); null when it needs a publication date the article lacks. */
  date: string | null;
  precision: DatePrecision;
  /** Read against the publication day ("yesterday", "on Tuesday", a month and day without a year). */
  relative: boolean;
  /**
   * Mentioned as background to something else ("the conflict that began in 2023", "since January",
   * "the Oct. 7 attack"), so not when the sentence's own news happened.
   */
  background: boolean;
  /**
   * The day something was said ("said yesterday that…", "told reporters on Friday"): the date of
   * the report, not of what it reports when the sentence states that too ("…had been flooded by
   * Thursday morning").
   */
  reporting: boolean;
  /**
   * A year or more before the story, told as an origin or a precedent ("was first elected in 2024",
   * "was last refurbished in 2009"): background, and the sentence tells no day of the story.
   */
  recalled?: boolean;
  /** Said in a future tense ("would come down on Saturday", "will vote next week"): a plan, even for the publication day itself. */
  prospective: boolean;
  /**
   * A future only expected or forecast ("is expected to cut … on Thursday", "analysts expect … on
   * Wednesday"), not scheduled or announced ("will next set rates on Dec. 10", "is due to give
   * evidence on Monday"): news the day it was made, not an event of its date.
   */
  forecast: boolean;
}

const WEEKDAY_NAME = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
/**
 * A weekday abbreviated with its full stop, as American copy and listings write it ("on Tue.",
 * "will be held Thurs. at", "through Fri."): capitalised only, so "sat." and "wed." stay verbs. Some
 * copy drops the stop before a comma ("returned to the school Thurs, and found"): only the forms no
 * other word has ("Sun," "Sat," and "Mon," may be a paper's name, a verb, a given name).
 */
const WEEKDAY_ABBREVIATION =
  /\b(?:Mon|Tues?|Weds?|Thu|Thurs?|Fri|Sat|Sun)\.(?!\w)|\b(?:Tues|Weds|Thu|Thurs?|Fri)(?=,|$)/;
/** A capitalised word that is no preposition, before an abbreviated weekday: "The Baltimore Sun.". */
const NAME_BEFORE =
  /(?:^|\s)(?!(?:On|By|Until|Till|Through|From|Since|Before|After|Last|Next|This|Early|Late)\s)\p{Lu}[\p{L}'’.-]*\s+$/u;
/** A capitalised word (not the sentence's first) right before a capitalised casual day: "South West Today". */
const TITLE_WORD_BEFORE =
  /\S\s+(?!(?:On|By|Until|Till|From|Since|Before|After|Early|Late|And|But|Then)\s)\p{Lu}[\p{L}'’.-]*\s+$/u;
/** The abbreviations chrono does not read (see readDateExpressions). */
const LONGER_ABBREVIATION = /\b(Tue|Wed)s\.(?=[\s,;:]|$)/g;
/**
 * A figure right before "on <weekday>" ("voted 31 to 24 on Thursday", "won 3-1 on Saturday", "turned
 * 68 on Saturday"): chrono reads it as an hour of that day and, past 23, drops the day with it. Not a
 * clock time ("3:30 on Sunday") nor one after "at" ("at 9 on Monday").
 */
const FIGURE_BEFORE_WEEKDAY = /(?<![\d:.,]|\bat\s)\d(?:[\d,]*\d)?(?=\s+on\s+(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\b)/gi;
/**
 * A two-digit figure after a month's day and a comma ("on 28 April, 52 days after", "on June 3, 12
 * months late"): chrono reads it as a year (1952, 2012), but news writes years in four digits; it is
 * the next clause's figure. "52 years ago" stays for chrono to read.
 */
const FIGURE_AFTER_DAY_OF_MONTH =
  /(?<=\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?),\s*)\d\d\b(?![,.]?\d|\s+[a-z]+\s+ago\b)/gi;
/** Whether chrono's text names a weekday, written out or abbreviated. */
function namesWeekday(text: string): boolean {
  return WEEKDAY_NAME.test(text) || WEEKDAY_ABBREVIATION.test(text);
}
const MONTH_NAME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/**
 * Cheap test before the parser (most sentences name no date, and chrono costs ~0.1 ms a sentence):
 * a month name with a day, a year or a cue, a weekday, a casual day, or a relative period.
 */
const MAY_HOLD_DATE = new RegExp(
  [
    "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d",
    "\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    "\\b(?:in|since|until|till|by|from|early|late|mid|last|this|next|of|during|through|throughout|between|before|after|around)[\\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    "\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b",
    "\\b(?:mon|tues?|weds?|thu|thurs?|fri|sat|sun)\\.(?!\\w)",
    "\\b(?:tues|weds|thu|thurs?|fri),",
    "\\bthe\\s+\\d{1,2}(?:st|nd|rd|th)\\b",
    "\\b(?:yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\\b",
    "\\b(?:last|this|next|past|previous|coming)\\s+(?:week|month|year)\\b",
    "\\b(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:days?|weeks?|months?|years?)\\s+ago\\b",
    "\\b(?:19|20)\\d\\d-[01]\\d-[0-3]\\d\\b",
    "\\bovernight\\b",
    "\\b(?:within|in\\s+the\\s+next)\\s+\\S+\\s+(?:hours?|days?|weeks?)\\b",
    "\\bweekend\\b",
    "\\b(?:spring|summer|autumn|winter|fall)\\b",
    "\\bfortnights?\\s+ago\\b",
    "\\b\\d{1,2}/\\d{1,2}\\b",
    "\\b(?:christmas|boxing day|new year['’]s)\\b",
  ].join("|"),
  "i",
);
/** A date written the ISO way (2027-01-03): its order is sure, unlike 03/01, which is left undated. */
const ISO_DATE = /^(?:19|20)\d\d-[01]\d-[0-3]\d$/;
/**
 * "worked overnight": the night that ends on the publication day. Not "an overnight flight", nor
 * "overnight rates": only as an adverb, after a verb or at the start.
 */
const OVERNIGHT =
  /(?<!\b(?:an?|the|its|their|his|her|our)\s+)\bovernight\b(?!\s+(?:rates?|stays?|flights?|trains?|bus|buses|shifts?|curfews?|lending|trading|index|session|markets?|hours?|stops?|bags?))/i;
/**
 * "fell ill over the weekend", "at the weekend", "last weekend": a weekend is told at its Saturday,
 * the last one by the publication day (the coming one in a future tense). Not "the weekend's
 * protests" (an event named by it), nor "next weekend" (the coming one or the one after).
 */
/** "inspected a fortnight ago": fourteen days before the publication day, a fortnight each (chrono has no fortnights). */
const FORTNIGHTS_AGO = /\b(a|one|two|three)\s+fortnights?\s+ago\b/i;
/**
 * A season of the year: "last autumn", "this summer", "next spring", "in spring 2048", "the winter of
 * 2046" ("fall" only after "last", "this", "next", "the" or "in", and not "the fall of …", a collapse);
 * not a season naming a kind of thing ("the summer grazing", "the fall semester").
 */
const SEASON =
  /\b(?:(last|this|next|past|coming|early|late)\s+|(?:in|during|by|until|through)\s+(?:the\s+)?)?(?:(spring|summer|autumn|winter)|(?<=\b(?:last|this|next|past|coming|in|the)\s+)(fall))\b(?!\s+of\s+(?!(?:19|20)\d\d\b))(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?(?!\s+(?!(?:and|or|of|when|after|before|as|but|to|in|on|at|with|for|from|by|because|while|until|the|a|an|was|were|is|are|had|has|have|it|they|he|she|we|its|their)\b)\p{Ll})/giu;
/** A state or an estimate in a season's clause: "was estimated at", "had about", "was thought to have". */
const SEASON_STATE = /\b(?:was|were|is|are|had|has|have|estimated|thought|believed|reckoned)\b/i;
/** Each season's first month (northern year; a winter runs from December into the next year). */
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/**
 * The year a season is told of, read against the publication day: its own year when written ("spring
 * 2048"); else the one under way or just past ("last", "this" in a past tense), or the next to come
 * ("next", or in a future tense). A winter is told by the year of its January.
 */
function seasonYear(
  season: string,
  modifier: string | undefined,
  written: string | undefined,
  published: string | null,
  prospective: boolean,
): string | null {
  const first = SEASON_START[season.toLowerCase()]!;
  const byJanuary = (startYear: number) => String(first === 12 ? startYear + 1 : startYear);
  if (written) return first === 12 ? String(Number(written) + 1) : written;
  if (!published) return null;
  const month = Number(published.slice(5, 7));
  const year = Number(published.slice(0, 4));
  // The season's latest start on or before the paper's month, and whether the paper falls inside it.
  const startYear = month >= first ? year : year - 1;
  const monthsIn = (month - first + 12) % 12;
  const under = monthsIn < 3;
  const word = modifier?.toLowerCase();
  if (word === "last" || word === "past") return byJanuary(under ? startYear - 1 : startYear);
  if (word === "next" || word === "coming" || (prospective && !under && word !== "this"))
    return byJanuary(startYear + 1);
  return byJanuary(under || !prospective ? startYear : startYear + 1);
}
const WEEKEND = /\b(?:(?:over|at|during)\s+the|this|last|past)\s+weekend\b(?!['’]s)/i;
/**
 * "hoped to refloat the ship within 48 hours", "could reopen within two days", "will decide in the
 * next week": a span still to come from the day it was said, told at its last day (a deadline, as
 * "by Friday" is). Only after a future, a modal or an aim in the writer's words: "was rescued within
 * 48 hours" is how long something took.
 */
const WITHIN_SPAN = new RegExp(
  `\\b(?:within|in\\s+the\\s+next)\\s+(\\d{1,3}|an?|one|${NUMBER_WORD_SOURCE})\\s+(hours?|days?|weeks?)\\b`,
  "gi",
);
/** What makes a span to come: a future, a modal, or an aim or promise to act, in the span's clause. */
const SPAN_AHEAD_BEFORE =
  /\b(?:will|would|could|can|may|might|should|must|shall|(?:hope[sd]?|aim(?:s|ed)?|plan(?:s|ned)?|expect(?:s|ed)?|intend(?:s|ed)?|promise[sd]?|pledge[sd]?|vow(?:s|ed)?|want(?:s|ed)?|seek(?:s)?|sought)\s+to|(?:is|are|was|were)\s+(?:due|set|expected|likely)\s+to)\b[^.;:!?]*$/i;
/**
 * A date in figures after a preposition ("must be made by 3/4", "on 12/10/2027"): day and month
 * stand in an order that depends on the outlet's country, so it is read only when one reading alone
 * can be meant: the only valid one ("on 14/3"), or the only one within two months of publication in
 * its tense's direction ("by 3/4" in a March notice: 3 April, not next year's 4 March). Not a
 * fraction ("cut by 3/4 of"), nor the names "9/11", "7/7", "24/7".
 */
const FIGURE_DATE =
  /\b(?:on|by|until|till|from|before|dated)\s+(?!9\/11\b|7\/7\b|24\/7\b)(\d{1,2})\/(\d{1,2})(?:\/((?:19|20)?\d\d))?(?![\d/])(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|to|at|when)\b)/gi;
/**
 * A year-end holiday ("robbed on Christmas Eve", "cancelled on New Year's Eve", "arrested on Boxing
 * Day"), read as its month and day, in the year written after it ("on Christmas Eve, 2016") if one
 * is; "Christmas" alone only after "on" ("over Christmas" is a season).
 */
const HOLIDAY =
  /\b(?:(?:on|before|after|until|till|by|since|from|over|at|during|through)\s+(?:the\s+)?(christmas\s+(?:day|eve|night|morning)|boxing\s+day|new\s+year['’]s\s+(?:day|eve))|on\s+(christmas))\b(?!['’]s)(?:,?\s+((?:19|20)\d\d)\b)?/gi;
const HOLIDAY_DAYS: Record<string, [number, number]> = {
  "christmas day": [12, 25],
  christmas: [12, 25],
  "christmas eve": [12, 24],
  "christmas night": [12, 25],
  "christmas morning": [12, 25],
  "boxing day": [12, 26],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
};
/**
 * A day of the month alone ("will be heard on the 14th", "plan a memorial climb on the 18th"): a day
 * of the publication's month or of the month either side, whichever lies nearest the paper's day (in
 * a future tense, the nearest still to come). Not "on the 14th floor", "the 18th century", "the 5th of
 * May" (read with its month), "on the 2nd and 3rd floors": only before the sentence's or a clause's
 * end, or a preposition.
 */
const ORDINAL_DAY =
  /\b(?:on|by|until|till|from|before|after|since)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:but|at|to|when|in|with|for|after|before|until)\b)/gi;
/**
 * A deadline set in the past ("Kestrel was ordered to pay the money by March 3", "had been told to
 * leave by Jan. 5"): by the paper's day it may have passed, so its month and day without a year is
 * the reading nearest the publication day, not always the next one.
 */
const PAST_DEADLINE_SET =
  /\b(?:asked|told|ordered|urged|instructed|directed|requested|called\s+on|given|promised|pledged|vowed|agreed|undertook|committed)\b[^,;:()]{0,60}?\bto\s+[a-z]+\b[^,;:()]*\b(?:by|before)\s+$/i;
/**
 * A weekday after a present "is" or "are" on a noun ("The funeral is Sat. at 11 a.m.", "Calling hours
 * are Fri. from 4 to 7 p.m.", "The vote is on Tuesday"): news writes arrangements to come so. Not
 * after a pronoun ("It is Friday"), nor before a possessive ("The highlight is Saturday's win").
 */
const COPULA_BEFORE =
  /(?<!\b(?:it|that|this|there|which|what|who|he|she|they|today|tomorrow)\s+)\b(?:is|are)\s+(?:on\s+)?$/i;
/**
 * An event named by its weekday, then called off or put off ("Saturday's fun day … has been
 * cancelled", "Sunday's match was postponed"): the day was to come when it was called off, and that
 * may since have passed, so it is the one nearest the paper's day.
 */
const CALLED_OFF_AFTER =
  /^['’]s\s[^,;:()]*?\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:cancell?ed|canceled|called\s+off|postponed|scrapped|axed|put\s+off|abandoned)\b/i;
/**
 * A verb of taking part in an event named by its day ("More than 200 parents packed Thursday's
 * meeting", "won Saturday's final"), or of filling a place for it ("Tenants packed City Hall for
 * Tuesday's vote"): what the sentence tells happened at it.
 */
const TAKING_PART_BEFORE =
  /\b(?:(?:attended|packed|filled|crowded\s+into|joined|addressed|chaired|boycotted|disrupted|won|lost|watched|walked\s+out\s+of)|(?:packed|filled|crowded\s+into|gathered\s+(?:at|in|outside))\s+(?:[^\s,;:]+\s+){1,4}?(?:for|at|during)(?:\s+the)?)\s+$/i;
/**
 * What befell people or things in an event named by its day, told in the past passive up to it
 * ("Families were forced from their homes by Thursday night's fire", "Eleven households were moved
 * out after Tuesday's blast", "were left homeless after Friday's collapse"): part of that event, on
 * its day (unlike an act that answers it, "Police arrested two men after Tuesday's blast", whose day
 * the sentence does not give).
 */
const BEFALLEN_BEFORE =
  /\b(?:was|were|had\s+been)\s+(?:(?:all|both|also|then|quickly)\s+)?(?:forced|driven|moved|evacuated|displaced|left|made|injured|hurt|killed|trapped|stranded|rescued|cut\s+off|damaged|destroyed|flattened|gutted|flooded|burned|burnt|wrecked|blown|swept)\b[^,;:()]{0,60}?\b(?:by|in|after|during|following)\s+$/i;
/**
 * "on a Tuesday morning in November", "every Friday": no particular day, so no date in a dated
 * article. An undated one keeps its weekday to order its news by ("the eruption began on a Sunday
 * evening"), unless a month tells more. A weekday before its noun is one day ("at a Tuesday news
 * conference", "with a Friday deadline approaching"): only "every" and "each" make that one no day.
 */
const INDEFINITE_BEFORE = /\b(?:(a|one|any)|every|each)\s+$/i;
/**
 * A weekday as an adjective of something that recurs ("pays Sunday rehearsals", "works Saturday
 * shifts", "Sunday trading hours"): a kind of work or time, no day. "on", "the", "this", "last",
 * "next" before it make it one day again ("the Sunday rehearsal was cancelled").
 */
const RECURRING_AFTER =
  /^\s+(?:rehearsals?|shifts?|working|work|trading|opening|openings|hours|overtime|classes|lessons|markets|timetables?|rotas?|schedules?|pay|rates?|premiums?|deliveries|collections|editions|sittings)\b/i;
const ONE_DAY_BEFORE = /\b(?:on|the|this|last|next|that|coming|past)\s+$/i;
/** What may follow a weekday used as a noun, not before one: a clause's end or a preposition. */
const NOUN_WEEKDAY_AFTER = /^\s*(?:[,.;:!?)]|$|(?:in|at|on|of|when|while|and|or|before|after|during|that|with)\b)/i;
const MONTH_WRITTEN = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** How near a figure date's reading must lie to the publication day for the other to be ruled out. */
const FIGURE_DATE_NEAR_DAYS = 60;
const CASUAL_DAY = /^(?:yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))$/i;
/** A time of day told with a casual day ("2 a.m. today", "at 10 p.m. yesterday", "yesterday at 4 a.m."). */
const CLOCK_WITH_DAY =
  /^(?:(?:at|about|around)\s+)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+|\s+at\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?$/gi;

/** A part of the day after a casual day: "yesterday afternoon", "tomorrow morning". */
const PART_OF_DAY = /^(yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)$/i;

/**
 * The casual day a date's words name, its time of day aside ("on Tuesday" → none; "2 a.m. today" →
 * "today"; "yesterday afternoon" → "yesterday"; "from 5am yesterday", the hour something began →
 * "yesterday").
 */
function casualDayOf(text: string): string {
  return text
    .replace(/^(?:on|at|from)\s+/i, "")
    .replace(CLOCK_WITH_DAY, "")
    .replace(PART_OF_DAY, "$1");
}
/** The casual days that are an evening of the writer's own day. */
const EVENING = /^(?:tonight|this evening)$/i;
const RELATIVE_PERIOD =
  /^(?:(?:last|this|next|past|previous|coming)\s+(week|month|year)|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|months?|years?)\s+ago)$/i;
/** Month names that are also ordinary words need a cue before them to be read as months. */
const MONTH_CUE =
  /\b(?:in|since|until|till|by|from|early|late|mid|last|this|next|of|during|through|throughout|between|before|after|around|end of|start of|beginning of)\s*-?\s*$/i;
/**
 * A future tense, or an obligation still to meet ("must also file … by April 15", "has to decide by
 * Friday"): its date is one to come, not last year's (never "must have", a guess about the past).
 * "planned" before a noun ("blocked Halden's planned takeover on Wednesday", "were waiting for planned
 * treatment at the end of October") tells no tense.
 */
const FUTURE =
  /\b(?:will|shall|'ll|(?<!\bdid(?:\s+not)?\s+|\bdidn['’]t\s+)expects?|is (?:due|set|scheduled|expected|to)|are (?:due|set|scheduled|expected|to)|(?:is|are) (?:forecast|predicted|projected|likely|poised|going) to|plans? to|(?<!\b(?:the|a|an|its|their|his|her|our|this|that|for|of|with|to)\s+|(?:['’]s|s['’])\s+)planned|next(?!\s*(?:[,.;:!?]|$))|upcoming|coming|must(?!\s+have\b)|(?:has|have|need|needs) to|(?:is|are) (?:required|obliged) to)\b/i;
/**
 * What should or might happen, up to its weekday or month ("the line should reopen on Monday", "might
 * be restored by Sunday", "should arrive at the port on Friday"): a day to come (never "should have",
 * about the past). Only the modal's own verb phrase: "…accused her on Wednesday … whether she should
 * be prosecuted" keeps its past day.
 */
const MODAL_BEFORE_DAY =
  /\b(?:should|might)\s+(?:not\s+)?(?!have\b)(?:be\s+)?[a-z]+(?:\s+[a-z]+){0,3}?(?:\s+(?:on|by|until|from|at|next|this))?\s+$/i;
/**
 * "as planned", "as expected", "a day later than planned": a past event measured against its plan,
 * no future tense.
 */
const AS_PLANNED =
  /\b(?:as|than)\s+(?:(?:originally|first|initially)\s+)?(?:planned|scheduled|expected|forecast|promised)\b/gi;
/**
 * An obituary's closing line, "Vance, who died on Feb. 9, was 85.": the relative clause on the
 * subject tells the subject's own death, the news itself, and the main clause only their age.
 */
const OWN_DEATH_BEFORE = /^[^,;:()]{2,60},\s*who\s+died\s+(?:on\s+|in\s+)?$/i;
const AGE_AFTER = /^,\s*(?:was|aged)\s+\d{1,3}(?:\s+years\s+old)?\s*[.!]?\s*$/i;
/**
 * A plan told in the past perfect ("The spacewalk had first been planned for Wednesday but was put
 * off"): a plan that no longer holds, whose weekday could be the one gone or the one to come; the
 * sentence's news is what became of it, not that day.
 */
const FORMER_PLAN =
  /\bhad\s+(?:(?:first|originally|initially|once|already)\s+)?been\s+(?:planned|scheduled|set|due|slated|expected)\s+(?:for|on)\s+$/i;
/**
 * An aim told in the past perfect, up to its day ("Rescuers had hoped to reach the men on ", "The
 * council had planned to reopen the bridge on ", "had been expected to dock on "): an intention
 * told from after its time, so its weekday is the one gone (an entry there, as a former plan's
 * month is), never one still to come.
 */
const FORMER_INTENT =
  /\bhad\s+(?:(?:first|originally|initially|once|always)\s+)?(?:hoped|planned|intended|aimed|expected|wanted|meant|been\s+(?:hoping|planning|aiming|expected|due|set|scheduled|slated|supposed))\s+to\s+[^,;:()“”"]{1,60}?\s(?:(?:on|by)\s+)?$/i;
/**
 * Where one clause of a sentence ends and another begins ("left hospital on Friday, and the last
 * two are expected home on Monday"): the tense of a date is that of its own clause. A condition has its
 * own ("threatened strikes on Thursday if the company goes ahead with plans to cut jobs"), and so do a
 * place's clause and a second verb with its own auxiliary ("took the ship under tow on Monday evening
 * and is bringing it to Falmouth, where it is expected to arrive on Wednesday").
 */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas|although|though|where)\s|\s[—–]\s|\s(?:if|unless)\s/g;
/** A future seen from the past ("said more rain would fall on Friday"): it holds for a date in the same clause after it. */
const FUTURE_IN_PAST =
  /\b(?:would|was (?:due|set|scheduled|expected) to|were (?:due|set|scheduled|expected) to|expects?\s+(?:[\p{L}’'-]+\s+){0,4}?to|expected to)\b[^,;:()]*$/iu;
/**
 * A date the sentence schedules or promises, whatever its tense: "was set for Oct. 7", "adjourned
 * until March 3", "takes office on May 18", "promised to present it by Oct. 7", "postponed the vote
 * to Wednesday", "has been put back to April 26" (British for postponed), "asked the parties to report back by
 * Friday", "effective March 1", "named … as chief executive from February 1", "expires at midnight on
 * Thursday", "hoped to have everyone reconnected by Wednesday night", "set sentencing for July 22";
 * a present tense that news uses for what is fixed to come ("The two leaders meet in Geneva on Friday",
 * "Voting closes on Thursday", "He faces sentencing on Jan. 14", a fixture: "Castlebridge play Millbrook
 * Rovers at home on Saturday", "The Prince visits the hospital on Tuesday"), never after "did", "not" or
 * "to" (nor a noun's "the play", "a visit"), also with its place ("the tour, which opens at Hampden Park
 * on May 2"). An act offered or agreed to and not yet done ("has offered to meet residents on Friday",
 * "agrees to repay the money in March"): the perfect tells the offer, the day the act to come.
 */
const SCHEDULED_BEFORE =
  /(?:(?<!\b(?:than|as)\s+)\b(?:expected|due|scheduled|slated)(?:\s+(?:for|until|on|by))?(?:\s+the(?:\s+(?:end|middle|start|beginning)\s+of)?)?|\b(?:set|fixed|planned|postponed|adjourned|delayed|moved|pushed back|put back|put off|deferred)\s+(?:for|until|till|to)|\b(?:takes?|begins?|starts?|opens?|resumes?|ends?|expires?|runs? out|comes? into force)(?:\s+(?:office|effect|power))?(?:\s+at(?:\s+(?:midnight|noon|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?))?)?(?:\s+(?:on|in))?)\s+$|\b(?:postponed|postpones?|delayed|delays?|moved|pushed back|put back|put off|deferred|defers?|brought forward|rescheduled)\b[^,;:()]{1,60}\b(?:to|until|till)\s+$|\b(?:promised|promises|pledged|pledges|vowed|vows|agreed|intends?|intended|plans?|planned|aims?|aimed|hopes?|hoped|undertook|committed)\s+to\b[^,;:()]*\b(?:by|on|before|until)\s+(?:the\s+(?:(?:end|middle|start)\s+of\s+)?)?$|\b(?:promised|promises|pledged|pledges)\s+(?:an?|the|its|their|his|her)\s+[^,;:()]*\b(?:by|before)\s+(?:the\s+(?:(?:end|middle|start)\s+of\s+)?)?$|\b(?:asked|asks|told|tells|ordered|orders|urged|urges|instructed|directed|requested|called\s+on|given|gave)\b[^,;:()]{0,60}?\bto\s+[a-z]+\b[^,;:()]*\b(?:by|before|from)\s+$|(?<!\b(?:did|not|to|would|could|should|can|may|might|must|will|never)\s+)\b(?:meets?|closes|reopens?|faces?\s+(?:sentencing|trial|(?:a|an|his|her|their)\s+(?:[a-z-]+\s+)?(?:hearing|trial|vote))|kicks?\s+off|goes?\s+on\s+sale|(?:goes|go|heads?)\s+to\s+the\s+polls)(?:\s+[a-z'’-]+){0,3}?\s+(?:on\s+|at\s+)?$|\b(?:effective(?:\s+(?:from|on))?|with effect from|(?:starting|beginning)(?:\s+on)?)\s+$|\b(?:has|have|(?:is|are|was|were|been)\s+given)\s+until\s+$|\b(?:named|appointed|hired|chosen|nominated|elected|picked)\b[^;:()]{1,80}\bfrom\s+$|\b(?:set|fixed|scheduled|slated)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[a-z-]+\s+){0,2}?(?:sentencing|trial|retrial|hearing|vote|date|deadline|election|meeting|talks|ruling|inquest|referendum|launch|session|debate|summit|match|game|funeral|ceremony|appeal|arraignment|decision)\s+for\s+$|(?<!\b(?:did|not|to|would|could|should|can|may|might|must|will|never|the|a|an|his|her|its|their|our|my|your)\s+)\b(?:play|plays|host|hosts|visit|visits)\s+(?:[\w'’.-]+\s+){1,5}?(?:on\s+)?$|\b(?:(?:has|have)\s+(?:(?:now|already|also|since)\s+)?(?:offered|agreed|promised|pledged|vowed|undertaken|volunteered)|(?:is|are)\s+offering|offers|agrees|promises|pledges|vows)\s+to\s+[a-z]+\b[^,;:()]*\s(?:on\s+)?$|\b(?:opens|begins|starts|resumes|kicks\s+off)\s+(?:at|in)\s+[^,;:()]{1,50}?\s(?:on\s+)?$/i;
/**
 * An invitation told in the present or the present perfect to an occasion named by its day ("has
 * summoned the chief executive to a meeting on Friday", "have been invited to talks on Monday",
 * "invites the unions to a summit on Tuesday"): the occasion is still to come (a past one would be
 * "summoned … to a meeting last Friday" or "met on Friday").
 */
const INVITED_TO_BEFORE =
  /\b(?:(?:has|have)\s+(?:been\s+)?(?:summoned|invited|called|asked)|summons|invites)\b[^,;:()]{0,60}?\bto\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:meeting|talks|hearing|summit|session|briefing|conference)\s+(?:on\s+)?$/iu;
/**
 * A deadline after "might", "may" or "should" ("said full power might not be restored until Sunday",
 * "may reopen by Friday", "the backlog should be cleared by Thursday"): still to come. Not "may
 * have" (a guess about the past), nor "could" ("could not be reached until Sunday" is past), nor
 * "May" (a name).
 */
const MODAL_DEADLINE = /\b(?:[Mm]ight|may|[Ss]hould)\s+(?:not\s+)?(?!have\b)[^,;:()]*\b(?:until|till|by|before)\s+$/u;
/**
 * The end of a state that holds now: "Red alerts are in force … until Sunday evening", "The road
 * remains closed until Monday", "The warning runs … until the end of Thursday", "Customers can claim
 * refunds through March 31". The day is still to come.
 */
const UNTIL_NOW =
  /\b(?:is|are|remains?|stays?|runs?|lasts?|continues?|applies|apply|can)\b(?:(?!\b(?:was|were|had|did)\b)[^;:()]){0,80}\b(?:until|till|through)\s+(?:the\s+end\s+of\s+)?$/i;
/** A span that holds from a day on, told in the present: "The warning runs from Tuesday", "is in force from Monday". */
const FROM_NOW = /\b(?:runs?|lasts?|applies|apply|(?:is|are)\s+in\s+(?:force|place|effect))\s+from\s+$/i;
/**
 * Words that make a future an expectation rather than a schedule ("may" only lower-case: "Theresa
 * May will visit…"). A hope for an outcome ("hopes the water will recede by Friday") is one; a hope
 * to do something ("hoped to reopen next Monday") is the subject's aim, a plan as "aims to" is.
 */
const FORECAST =
  /\b(?:[Ee]xpect(?:s|ed|ing|ations?)?|[Ff]orecast(?:s|ed|ers?)?|[Pp]redict(?:s|ed|ions?)?|projected|(?:un)?likely|[Pp]robably|anticipated?|estimated?|polls?|poll(?:ed|ster)s?|[Cc]ould|[Mm]ight|may|[Hh]op(?:es?|ed)(?!\s+to\b))\b/;
/** What a sitting, a visit, an opening or a closing, or one's own work, does on its day (see AGENDA_EXPECTATION). */
const AGENDA_VERBS =
  "take\\s+up|vote\\s+on|debate|consider|hear|meet|convene|testify|appear|visit|travel|rule|sentence|begin|start|resume|restart|(?:re)?open|close|publish|release|(?:be\\s+)?(?:complete|completed|finish|finished)";
/**
 * An expectation that names an item on an agenda, not an outcome ("The Senate is expected to take up
 * the override Wednesday", "the court is expected to rule on Friday"), or an opening or a closing
 * someone sets ("the line is expected to reopen on Monday, the company said", "the deal is expected to
 * close on Jan. 31", "expects the deal to close on Jan. 31", "the cuts are expected to be completed by
 * the end of September"): the day is a schedule. "The bank is expected to cut rates on Thursday",
 * "the storm is expected to arrive on Monday", "shares are expected to open lower" stay forecasts (an
 * outcome, not a sitting or a visit).
 */
const AGENDA_EXPECTATION = new RegExp(
  `\\b(?:(?:is|are|was|were)\\s+(?:widely\\s+)?expected|expect(?:s|ed|ing)?\\s+(?:[\\p{L}'’-]+\\s+){1,4}?)\\s*to\\s+(?:${AGENDA_VERBS})\\b`,
  "giu",
);

/**
 * A date that hangs on an occasion someone has fixed ("expect Hollin to announce cuts with its
 * results on November 4", "to cut rates at its meeting on Thursday"): the occasion's day is a
 * schedule, whatever is expected of it.
 */
const OCCASION_BEFORE =
  /\b(?:at|with|during)\s+(?:its|their|his|her|the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:results|meeting|hearing|summit|conference|session|congress|ballot|earnings)\s+(?:on\s+)?$/iu;

/** Whether the words before a date still to come make it only expected ("economists expect …"). */
function forecasts(said: string): boolean {
  return !OCCASION_BEFORE.test(said) && FORECAST.test(said.replace(AGENDA_EXPECTATION, ""));
}
/** The end of a span of years right after a year: "… to 1947", "-1957", "through 2003". */
const YEAR_SPAN_AFTER = /^\s*(?:[-–—]|to|until|through)\s*(?:19|20)\d\d\b/i;
/**
 * A year after a preposition; before 1900 only after what dates a thing ("The dam was built in 1884",
 * "founded in 1850", "dating from 1790") or after "in" at the sentence's end ("gave the city his
 * collection in 1898."), elsewhere "in 1500" is more often a count, and then as background (see
 * below).
 */
const BARE_YEAR =
  /\b(?:in|since|during|by|until|from|of|before|after|early|late|mid-?)\s+((?:19|20)\d\d|(?<=\b(?:built|founded|opened|established|completed|constructed|erected|dating(?:\s+back)?)\s+(?:in|from)\s+)1[5-8]\d\d|(?<=\bin\s+)1[5-8]\d\d(?=[.!]?\s*$))\b(?!\s*(?:percent|%))/gi;

/** Nouns a date can name ("the Oct. 7 attack", "Monday's walkout"): the date is then background. */
/**
 * Incidents a story is about, which a subject names before the relative clause that dates them ("The
 * pipe failure that flooded Castle Street on Friday …"), beside the events EVENT_NOUN names.
 */
const INCIDENT_NOUN =
  "(?:blaze|failure|burst|leak|spill|derailment|blast|landslide|landslip|break-in|theft|robbery|heist|accident|collision|stabbing|flooding|blackout|outage|eruption|sinkhole|breach|fall|sinking|capsizing)";
const EVENT_NOUN =
  "(?:attacks?|massacre|assault|raids?|strikes?|bombings?|elections?|invasion|war|ceasefire|truce|deal|agreement|accord|contract|vote|referendum|shootings?|earthquake|storm|hurricane|floods?|crash|collapse|offensive|uprising|coup|protests?|walkout|lockout|talks|summit|ruling|law|budget|crisis|pandemic|outbreak|killings?|explosion|fire|merger|takeover|incident|disaster|conflict|campaign|visit|trip|speech|debate|hearing|trial|verdict|plan|proposal|offer|meeting|announcement|decision|rally|march|raid)";
const SUBJECT_EVENT_YEAR = new RegExp(
  `^(?:A|An|The)\\s+((?:19|20)\\d\\d)\\s+(?:[\\p{L}-]+\\s+){0,2}?${EVENT_NOUN}\\b`,
  "u",
);
/**
 * The same with the year after the event and its place ("A gas explosion in Harwood in 2019 killed
 * three people"), up to the main clause's verb in the past: the year still dates the subject's event.
 */
const SUBJECT_EVENT_IN_YEAR = new RegExp(
  `^(?:A|An|The)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${EVENT_NOUN}|${INCIDENT_NOUN})(?:\\s+(?:in|at|near|on|off)\\s+(?:the\\s+|an?\\s+)?\\p{Lu}[\\p{L}'’-]*(?:,?\\s+\\p{Lu}[\\p{L}'’-]*){0,2}(?:\\s+[a-z]+)?)?\\s+in\\s+((?:19|20)\\d\\d),?\\s+(?:[a-z]+ly\\s+)?(?:[a-z]+ed|struck|left|hit|tore|sank|shook|swept|spread|cost|took|brought|saw|led|fell|destroyed)\\b`,
  "u",
);
/**
 * A sentence framed by a thing its year names ("In a 2025 survey, 61% of residents said…", "In the
 * 2024 election, turnout was 41%", "The 2025 report found 14 faults"): what it tells is of that
 * year, as "A 1994 earthquake killed…" is (see below), whatever the thing is.
 */
const FRAME_YEAR = /^(?:(?:In|At|During|Under)\s+(?:a|an|the|its|their)|A|An|The|Its|Their)\s+((?:19|20)\d\d)\s+\p{L}/u;
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this|that|those|these)\s+|['’]s\s+)$/i;
/**
 * A year or a day used as an adjective before the event noun it names ("the 2019 explosion", "Tuesday's
 * crash"): the words between are modifiers, never a determiner that opens a new noun phrase ("In 2006
 * a crane collapse killed two" dates the sentence's own subject).
 */
const ADJECTIVAL_AFTER = new RegExp(
  `^(?:['’]s)?\\s+(?:(?!(?:a|an|the|this|that|its|their|his|her)\\s)[\\p{L}-]+\\s+){0,2}?${EVENT_NOUN}\\b`,
  "iu",
);
const POSSESSIVE_AFTER = /^['’]s\s/;
/**
 * "'s storm", "'s state inspection", "Last year's festival": what a month or a year names by its
 * possessive when it names an act or an occasion held then, not a period's figures.
 */
const POSSESSIVE_EVENT = new RegExp(
  `^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${EVENT_NOUN}|inspections?|audits?|reviews?|reports?|surveys?|festivals?|carnivals?|concerts?|fairs?|parades?|races?|marathons?|finals?|tournaments?|championships?|ceremon(?:y|ies))\\b`,
  "iu",
);
/**
 * An event named by its day as what the sentence's act answers ("ordered an inquiry into Sunday's
 * blackout", "arrested two men over Friday's attack", "the first since Monday's quake"): the act
 * came after it, on a day the sentence does not give.
 */
const ANSWERED_EVENT_BEFORE = /\b(?:into|over|about|after|following|since)\s+$/i;
/**
 * A day inside the subject, told as what it describes, before a passive present perfect ("The record
 * of 40.1C at Fenwick on July 13 has been confirmed", "The vote on Tuesday has been postponed"): the
 * news is the confirming, made since, not the day's.
 */
const SUBJECT_PHRASE_BEFORE = /^(?:The|A|An|Its|Their|His|Her)\s+(?:[\p{L}\p{N}.’'-]+\s+){1,8}?(?:on|of|from)\s+$/u;
const PASSIVE_PERFECT_AFTER =
  /^,?\s+(?:has|have)\s+(?:now\s+|also\s+|since\s+)?been\s+(?!(?:open|seven|green|often|even|given\s+to)\b)\p{Ll}+(?:ed|en|wn|ne|lt|pt|ld|nd|ut|id|de|ht|et|un|ck)\b/u;
/**
 * A present perfect takes no finished past time ("has opened an inquiry into the sinking … last
 * week"): a past day later in its own clause, with no other verb or clause between, dates what the
 * verb's object tells of ("into", "of", "about", "over" it), not the news. "Police have arrested a
 * man on Monday", as some wires write, keeps its day.
 */
/** Words of the perfect's own clause: no other verb, clause or time phrase opens between. */
const SAME_CLAUSE_WORDS =
  "(?:(?!\\b(?:was|were|is|are|had|did|does|do|will|would|who|which|that|when|after|before|because|while|since|and|but|until|as|for|during|in)\\b)[^,;:—()])*?";
const PERFECT_THEN_DAY = new RegExp(
  `\\b(?:has|have)\\s+(?:(?:now|also|already|just|formally|officially)\\s+)?(?:been\\s+)?\\p{Ll}+(?:ed|en|wn|ne|lt|pt|ld|nd|ut|id|de|ht|un|ck)\\b${SAME_CLAUSE_WORDS}\\b(?:into|of|about|over|regarding|concerning)\\b${SAME_CLAUSE_WORDS}\\s+(?:on\\s+|last\\s+)?$`,
  "iu",
);

/** "since January", "back in 2019", "in the wake of": the date starts or anchors a period. */
const PERIOD_MARKER =
  /\bsince\b[^,;:()]*$|\b(?:dating back to|dates back to|as far back as|back in|in the wake of)\s+(?:the\s+)?$/i;
/** The past event an anniversary is of, up to its date: "the first anniversary of the flood in ". */
const ANNIVERSARY_OF = /\banniversar(?:y|ies)\s+of\b[^,;:()]*$/i;
/**
 * A "since" phrase that has its own year or day, then another date ("won for the first time since 1991 on
 * Saturday", "who had blocked the gate since last Tuesday lifted their blockade on Monday night", an
 * event named by its day: "missing since Tuesday's collision in the North Sea was recovered on Friday"):
 * the phrase ended with its date; the day after it is the sentence's own.
 */
const SINCE_ENDED =
  /\bsince\s+[^,;:()]*?\b(?:1[89]|20)\d\d\s+(?:on|at)\s+$|\bsince\s+(?:(?:last|this)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,6}?(?:\p{L}+ed|began|broke|came|went|took|ran|left|made|held|won|lost|shut|fled|found)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:on|at)\s+$/iu;
/** A relative clause about something else: "the conflict that began in 2023", "the walkout, which began last week". */
const RELATIVE_CLAUSE =
  /^(?:that|which|who)\s+(?:(?:[a-z]+ly|also|then|later|once|first|previously|already|still|never|even|just)\s+)?(?:had\s+|has\s+|have\s+|was\s+|were\s+|is\s+|are\s+)?(?:been\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en)|began|begun|started|broke|split|quit|came|went|took|ran|rose|fell|sank|grew|won|lost|left|made|held|led|set|hit|struck|saw|died|shut|cut|sent|fled|found|brought|caught|sold|swept|tore|spread|burst|blew|froze)\b[^,;:()]{0,40}$/i;
/**
 * A relative clause with no "that" on a noun, up to its date, then the main clause's verb in the
 * past ("The “Clean Water Pledge” the mayor signed in 2023 promised monthly testing", "The company
 * the family founded in 1950 was sold"): the date tells which thing, not the sentence's news.
 */
const CONTACT_RELATIVE_BEFORE =
  /[\p{L}”"’']\s+(?:the|a|an|his|her|their|its|our)\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}+ed\s+(?:in|on)\s+$/u;
const MAIN_VERB_AFTER =
  /^\s+(?!compared\b|according\b|including\b|based\b|adjusted\b|followed\b)(?:\p{Ll}+ed|was|were|has|had|is|are|became|began|rose|fell|grew|won|lost|left|made|took|came|went|ran|saw)\s+\p{Ll}/u;
/**
 * A modal after a relative clause's own verb starts the main clause ("Taxpayers who moved abroad must
 * also file by April 15"): the date is the main clause's.
 */
const MAIN_VERB_AFTER_RELATIVE = /^(?:that|which|who)\s+\S+\s.*\b(?:must|will|shall|should|can|has to|have to)\b/i;
/**
 * A relative clause that has ended with a date of its own, then a verb in the past ("The strike that
 * began on Monday ended on Thursday", "Residents who fled the fire on Sunday returned home on
 * Tuesday"): that verb is the main clause's, and so is the date after it.
 */
const DATED_RELATIVE_THEN_VERB =
  /^(?:that|which|who)\s.*\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|(?:19|20)\d\d|(?:last|this)\s+(?:week|month|year))\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|began|started|broke|came|went|took|ran|rose|fell|sank|grew|won|lost|left|made|held|led|hit|struck|saw|died|found|sent|told|gave|shut|paid|fled|won)\b/i;
/**
 * A relative clause with no date, then the main clause's verb in the passive ("The trial of a boss
 * over a collapse that killed two workers was adjourned on Monday", "a man who shot a neighbour was
 * jailed on Friday", "The staff who lost their jobs were told on Friday"): the relative clause closed at its object, and the date after is the main clause's.
 */
const RELATIVE_THEN_PASSIVE =
  /^(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|killed|began|broke|took|hit|struck|shot|stole|sank|left|led|sent|caught|cut|built|ran|lost|won|fled)\s+(?:(?!(?:and|or|but|that|which|who|was|were|is|are|has|have|had)\b)[\p{L}\d’'-]+\s+){0,6}(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en)|told|sent|held|left|paid|sold|found|made|kept|brought|caught|put|hit|shot|struck|cut|laid|built|won|lost|spent|run)\s+(?:[^,;:()]*\s)?$/iu;
/**
 * A relative clause telling what is fixed to come of its noun ("the tour, which opens at Wembley on
 * June 17", "the inquiry, which will begin on Monday"): the date is that event's, one still ahead
 * that the story's timeline shows, not a past that only says which noun is meant.
 */
const UPCOMING_RELATIVE =
  /^(?:that|which)\s+(?:will|is\s+(?:due|set|scheduled)\s+to|are\s+(?:due|set|scheduled)\s+to|opens|begins|starts|resumes|kicks\s+off)\b/i;
/** A verb in the past, or a perfect or passive: a main clause told before a relative clause. */
const PAST_VERB_IN = /\b(?:\p{Ll}{2,}ed|was|were|had|has|have|said|told|made|took|gave|won|lost|began|sold|set)\b/iu;
/**
 * A relative clause with no date, then the main clause's verb in the active past, one that no
 * participle shares ("The boats that had gathered near the island began heading home on Friday", "a
 * ship that lost power off Kelby sank on Monday"): the date after is the main clause's.
 */
const RELATIVE_THEN_ACTIVE =
  /^(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|began|broke|took|hit|struck|shot|stole|sank|left|led|sent|caught|cut|built|ran|lost|won|fled)\s+(?:(?!(?:and|or|but|that|which|who|was|were|is|are|has|have|had)\b)[\p{L}\d’'-]+\s+){1,6}(?:began|broke|came|went|took|ran|rose|fell|sank|grew|won|lost|left|fled)\s+(?:[^,;:()]*\s)?$/iu;
/**
 * A relative clause between commas on a name or a noun, whatever its verb ("Eklund, who became chief
 * executive in 2022, said…", "Kowalczyk, 71, whose wife died in 2019, wept…"): it tells who or what
 * that is; the main clause after it is the news. One that ends the sentence may carry the news
 * ("…with the company, which agreed on Monday to…").
 */
const NONRESTRICTIVE_CLAUSE = /,\s*(?:who|whose|which)\s+[^,;:()“”"]{0,100}$/i;
/**
 * "according to council minutes from 2019": the date of the source a sentence cites, not of its
 * news, at least when it lies well before the article.
 */
const ACCORDING_TO = /\baccording to\b[^,;:()]*$/i;
/** "the original King Kong from 1933", "minutes from 2019": the year a thing named is from, not a date of news. */
const THING_FROM_YEAR = /\p{L}{3,}\s+from\s+$/iu;
/**
 * Past participles not in -ed or -en that tell a thing's making or a person's past ("The main, laid in
 * 1911, …", "…, bought in 2015 for £2m, …").
 */
const IRREGULAR_PARTICIPLE =
  "(?:(?:re)?built|born|founded|made|won|held|begun|laid|paid|sold|bought|dug|cast|hung|sunk|put|kept|lost|sent|spent|left|found|shot|struck|taught|brought|run)";
/**
 * A participle phrase between commas: "The contract, signed in 2021, expired…", "The festival, first
 * held in 1998, draws…" (not "…, expired in January, and…").
 */
const PARTICIPLE_APPOSITIVE = new RegExp(
  `,\\s*(?:(?:an?|the)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?)?(?:(?:first|originally|once|last|jointly|newly|recently)\\s+)?(?:(?!died\\b)[a-z]+(?:ed|en)|${IRREGULAR_PARTICIPLE}|set up)\\b[^,;:()]{0,30}$`,
  "iu",
);
/**
 * A noun with a participle no simple past shares right after it, up to a date with no verb between
 * ("a portrait stolen from a museum in ", "the letter written in "; not "a portrait was stolen in ").
 */
const OLD_STRONG_PARTICIPLE_ON_NOUN =
  /\b(?:an?|the|its|their|his|her|this|that)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?!(?:was|were|is|are|be|been|being|has|have|had|get|got|gets)\b)\p{L}+\s+(?:stolen|taken|given|written|broken|chosen|driven|frozen|hidden|sworn|torn|drawn|shown|thrown|flown|beaten|forgotten|spoken)\s+(?:from|in|at|during|near|on|by|off|out\s+of)\b(?:(?!\b(?:and|but|was|were|is|are|has|have|had|will|would|said|says)\b)[^,;:()“”"]){0,60}$/iu;
/** A participle phrase between commas up to a date, with room for a place (see otherBackground). */
const OLD_PARTICIPLE_APPOSITIVE = new RegExp(
  `,\\s*(?:(?:first|originally|once|last|jointly|newly|recently)\\s+)?(?:(?!died\\b)[a-z]+(?:ed|en)|${IRREGULAR_PARTICIPLE}|set)\\b[^,;:()“”"]{0,60}$`,
  "i",
);
/**
 * The phrase closes and the main clause's verb follows ("…, could be threatened", "…, expired"): not
 * "Mark Ellison, a former aide, forwarded the emails … in March 2025, according to the report",
 * where the verb after the comma was the main one.
 */
const VERB_AFTER_APPOSITIVE =
  /^[^,;:()“”"]{0,40},\s+(?:(?:could|would|will|may|might|can|should|must|is|are|was|were|has|have|had|remains|stands|holds)\b|\p{Ll}+ed\b)/u;
/**
 * A participle right after the people or things it tells of, then where or when ("rescued 12 of the
 * students abducted from a school in Dabo on Monday", "the bodies of two climbers killed on
 * Sunday"): the date is what happened to them before, not the sentence's news. The verb is one that
 * takes an object, so a preposition after it marks a participle, never a main verb ("gunmen abducted
 * 31 students on Monday"; "was arrested on" has no such noun), and the phrase ends before any verb
 * of the main clause ("…were freed on Thursday", "the workers killed in the explosion sued the company on
 * Monday"). A count is digits alone and its noun no verb: "…, given to the library in 1952, was stolen
 * on Sunday" has no people, only a year, then the main verb.
 */
const REDUCED_RELATIVE =
  /\b(?:the|those|these|its|their|his|her|our|several|some|all|many|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of)\s+(?:[\p{Ll}-]+\s+)?(?!(?:was|has|is|this|its|his)\b)\p{Ll}{2,}s\s+(?:abducted|kidnapped|seized|taken|captured|arrested|detained|rescued|evacuated|stolen|trapped|injured|wounded|killed|hurt)\s+(?:from|in|at|during|near|outside|inside|on|overnight|last|early)\b(?:(?!\b(?:was|were|is|are|has|have|had|will|would|said|says|\p{Ll}{2,}(?<!e)ed|sued|filed|took|made|gave|won|lost|sent|brought|told|began|held|met)\b)[^,;:()]){0,60}$/u;
/**
 * The same on one person or a pair opening the sentence ("A couple buried in an avalanche in the
 * Cairngorms on Sunday left hospital on Wednesday", "The woman hurt in Monday's collapse died on
 * Thursday"): the day says who they are, and the main verb after it tells the news.
 */
const OPENING_REDUCED_RELATIVE =
  /^\s*(?:A|An|The)\s+(?:[\p{Ll}-]+\s+)?(?!(?:was|has|is|had)\b)\p{Ll}{2,}\s+(?:buried|trapped|stranded|rescued|evacuated|injured|wounded|hurt|struck|swept|airlifted)\s+(?:from|in|at|during|near|outside|inside|on|by|off|overnight|last|early)\b(?:(?!\b(?:was|were|is|are|has|have|had|will|would|said|says)\b)[^,;:()]){0,80}$/u;
/**
 * A relative clause on the one who speaks, named right after the saying ("…,” said Ewa Nowak, whose
 * son was killed on 14 June 2023."): it tells who they are, even at the sentence's end.
 */
const SPEAKER_RELATIVE =
  /\b(?:said|says|added|told\s+\S+)\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Lord|Lady|Rev)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s*(?:who|whose)\s+[^,;:()“”"]*$/u;
/**
 * The words before the comma of a participle phrase close a relative clause on the subject ("Vance,
 * who became mayor in 1978 and went on to serve three terms, died Tuesday"): the verb after it is
 * the main clause's, not a participle phrase.
 */
const CLOSED_RELATIVE = /,\s*(?:who|whose|which)\s+[^,;:()“”"]*,\s*[a-z]+\b[^,;:()]{0,30}$/i;
/**
 * A participle phrase that ends the sentence and describes a noun in it (", built in 1928."): its
 * year tells what that thing is, not when the news happened. Only right before "in" ("Pryce, 52,
 * joined Rovers in 2023" is the main verb).
 */
const TRAILING_PARTICIPLE = new RegExp(
  `,\\s*(?:(?:first|originally|once|last|newly|recently)\\s+)?(?:(?!died\\b)[a-z]+(?:ed|en)|${IRREGULAR_PARTICIPLE}|set up)\\s+in\\s+$`,
  "i",
);
/**
 * A relative clause that ends the sentence (", where Vance was married in 1963."): its year is
 * background when the main clause has a date of its own; alone, it may be the sentence's news ("…
 * on Kickstarter, where it raised $2.4 million in 2012").
 */
const TRAILING_RELATIVE = /,\s*(?:who|whose|which|where|when)\s+[^,;:()“”"]{0,80}$/i;
/** ", which was due to start on ", ", who had been set to appear ": a relative clause telling a plan that was. */
const PAST_PLAN_RELATIVE =
  /,\s*(?:which|who)\s+(?:was|were|had\s+been)\s+(?:(?:originally|first|initially)\s+)?(?:due|set|scheduled|slated|supposed|planned|expected)\s+(?:to|for)\b[^,;:()“”"]{0,60}$/i;
/** Such a clause on a person or a thing: ", who …", ", whose …", ", which …" (not ", where …": an act's place). */
const DESCRIBING_TRAILING_RELATIVE = /,\s*(?:who|whose|which)\s+[^,;:()“”"]{0,80}$/i;
/**
 * A figure and the period it covers ("was €2.3 billion last year", "averaged 148,000 barrels a day
 * in 2027", "fell 4% in 2026"): a measure over a year or a month, not an event of it.
 */
const FIGURE_PERIOD =
  /\b(?:was|were|stood\s+at|totall?ed|averaged|amounted\s+to|came\s+to|rose|fell|grew|dropped|declined|increased|climbed|slipped|jumped|shrank)\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than)\s+)?[$£€]?\d[\d.]*\s*(?:%|percent\b|per\s+cent\b)?(?:\s+(?:million|billion|trillion|bn)\b)?(?:\s+[\p{L}-]+){0,3}?(?:\s+(?:a|per|each)\s+(?:day|week|month|year))?\s+(?:in\s+)?$/iu;
/**
 * A closing appositive that picks one of the things the sentence counts ("has had two smaller leaks,
 * the last of them in March 2024."): the date of that one, not of the sentence's news.
 */
const TRAILING_ONE_OF =
  /,\s*the\s+(?:last|latest|most\s+recent|first|previous|earliest)(?:\s+(?:one|of them|of these|of those|of which))?\s+(?:in|on)\s+$/i;
/**
 * A present-tense sentence about a thing, then a participle that tells where it came from ("Three of
 * the pieces are diamond tiaras given to the city by the Verbruggen family in 1931."): the year is
 * the thing's, not news. A word must stand between the verb and the participle ("are given in 2027"
 * is the main verb's), and no other clause between the participle and the year ("is well liked … and
 * her performance … in 2007 was praised").
 */
const PRESENT_THING_FROM =
  /\b(?:is|are)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:[a-z]+ed|built|made|given|won|held|founded|born|written|taken|bought|sold|stolen|found|left|set up)\s+(?:(?!\b(?:and|but|or|was|were|is|are|has|have|had)\b)[^,;:()]){0,60}\bin\s+$/iu;
/** Nothing but the sentence's end after a date: no comma, no other clause. */
const SENTENCE_END = /^[^,;:()“”"]*$/;
/** The appositive closes (after a few more words: "rebuilt in 2019 after a landslide,") and the main clause goes on. */
const APPOSITIVE_END = /^[^,;:()“”"]{0,40},\s+(?!and\b|but\b|or\b|while\b|as\b|so\b|which\b|who\b)/i;
/**
 * Only an attribution after the comma, to the sentence's end (", the department said.", ", said
 * Marsh.", ", according to police."): no main clause goes on, so the phrase before is the main
 * clause ("Two more children, both unvaccinated, tested positive Thursday, the department said"), not
 * a participle phrase or a relative clause between commas.
 */
const ATTRIBUTION_TO_END =
  /^[^,;:()“”"]{0,40},\s+(?:[Aa]ccording\s+to\s[^,;:()“”"]*|(?:said|says)\s+(?:(?:the|a|an|its|his|her|their)\s+[\p{L}'’-]+(?:\s+(?!(?:would|will|was|were|is|are|has|have|had|could|should|might|must|did)\b)[\p{L}'’-]+){0,3}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})|(?:[\p{L}'’.&-]+\s+){1,6}?(?:said|says|reported|announced|confirmed|added|told\s+[^,;:()“”"]+))\s*[.!?]?\s*$/u;
/** An appositive closes and the main clause goes on after it (see APPOSITIVE_END, ATTRIBUTION_TO_END). */
function appositiveCloses(right: string): boolean {
  return APPOSITIVE_END.test(right) && !ATTRIBUTION_TO_END.test(right);
}
const SPEECH_BEFORE =
  /\b(?:said|says|say|told\s+\S+|announced|reported|added|warned|noted|stated|claimed|confirmed|argued|insisted)\s*$/i;
/**
 * "said yesterday", "said on Friday", "told reporters on Friday night", "told the school board on
 * Friday", "figures showed on Friday", "said in a filing on Friday", "announced in a statement
 * late on Monday": the date names when it was said. A longer audience opens with an article and
 * holds no clause ("told the staff it would close on Friday" is the closing's day).
 */
const SAID_ON =
  /\b(?:(?:said|says|announced|confirmed|added|warned|stated)(?:\s+in\s+(?:a|an|its|his|her|their|the)\s+(?:[a-z-]+\s+){0,2}?(?:statement|filing|letter|post|interview|e-?mail|release|note|tweet|video|message|briefing))?|told(?:(?:\s+\S+){0,2}?|\s+(?:the|a|an)(?:\s+(?!(?:it|he|she|they|we|that|this|will|would|could|should|can|may|might|to)\b)[a-z-]+){1,3}?)|(?:figures|data|statistics|records)\s+(?:showed|show))\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$/i;
/** "the attack on Israel on October 7": a date hanging on an event noun, not on the verb. */
const NOUN_ATTACHED = new RegExp(
  `\\b${EVENT_NOUN}\\s+(?:on|in|against|at|of)\\s+(?:[\\p{L}’'.-]+\\s+){0,4}?(?:on|in)\\s+$|\\b${EVENT_NOUN}\\s+(?:on|in)\\s+$`,
  "iu",
);
const HAS_BARE_YEAR = new RegExp(BARE_YEAR.source, "i");
/** A comparison's baseline ("from" only before a figure, in digits or words: "the toll from Storm Imogen rose to 9 on Thursday" has none): "down from 149 in 2009", "up from two on Tuesday" (a figure in words only after "up" or "down": "ferries from one island to another"), "up 4.5% from $29,858 the previous year", "compared with 12% in 2009", "more than four times the figure the company gave on Saturday", "down from the 7 to 8 percent it forecast in July", "earnings rose 0.4 percent from July", "down from a forecast of $17.2 billion given in May"; never "more than" before a figure ("plunged more than 1,100 points Monday", "failed for more than five hours yesterday": a hedge), nor "from 5 percent to 7 percent on Monday" (a move, dated by its day). */
const BASELINE =
  /\b(?:than(?!(?<=\b(?:more|less|fewer)\s+than)\s+(?:about\s+)?(?:[$£€]?\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+dozen|dozens|a\s+hundred|hundreds|half)\b))|compared (?:with|to)|versus|vs\.?|since)\b[^,;:()]{0,30}$|\bfrom\s+the\s+(?:about\s+|around\s+|roughly\s+|some\s+)?[$£€]?\d[^,;:()]{0,40}$|\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+)?[$£€]?\d(?![^,;:()]*\bto\s+(?:about\s+|around\s+)?[$£€]?\d)[^,;:()]{0,25}$|\b(?:times|twice|double|triple|half)\s+(?:the|what)\b[^,;:()]{0,40}$|\b(?:up|down)\s+from\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\b[^,;:()]{0,25}$|\d\s*(?:%|percent|per\s+cent|percentage\s+points?)\s+from\s+(?:the\s+)?(?:previous\s+|prior\s+)?$|\b(?:up|down)\s+from\s+(?:a|an|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?(?:forecast|estimate|projection|prediction|target|guidance|outlook|figure|total|count|offer|bid)\b[^,;:()]{0,50}$/i;
/** "to 3.5 percent from 4 percent ": a move's new figure then its old one, just before the date. */
const CHANGE_TO_FROM =
  /\bto\s+[$£€]?\d[^,;:()]{0,25}?\s+from\s+(?:about\s+|around\s+)?[$£€]?\d[^,;:()]{0,25}?\s+(?:on\s+)?$/i;
/** A contest whose result a sentence can tell, right after its date: "the March 7 vote", "the May 2 final". */
const CONTEST_AFTER =
  /^\s+(?:vote|election|elections|poll|ballot|referendum|primary|runoff|run-off|final|match|race)\b/i;
/**
 * "survived Thursday night's confidence vote", "won Sunday's final": the outcome of a contest named
 * by its day, which the sentence tells (the day is its news, not background).
 */
const OUTCOME_VERB_BEFORE = /\b(?:survived|won|lost|passed|failed|cleared|carried|conceded|swept)\s+$/i;
const POSSESSIVE_CONTEST =
  /^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:vote|election|elections|poll|ballot|referendum|primary|runoff|run-off|final|match|race)\b/i;
/** An "after …" clause up to a date: what came before the main clause's event. */
const AFTER_CLAUSE = /\b(?:after|following)\b[^,;:()]*$/i;
/** A relative clause still open up to the date ("who was injured when a crane collapsed on "). */
const OPEN_RELATIVE = /\b(?:who|that|which)\s[^,;:()“”"]*$/i;
/** The main clause's verb in the present perfect right after a date ("… on Tuesday has died"). */
const PRESENT_PERFECT_AFTER =
  /^(?:\s+(?:morning|afternoon|evening|night))?\s+(?:has|have)\s+(?:now\s+)?(?:been\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en)|died|left|lost|made|paid|said|told|won|sold|found|struck|hit|cost)\b/i;
const SUBORDINATE = /\b(?:after|before|following|ahead of|until)\b[^,;:()]*$/i;
const DAY_MS = 86_400_000;
/** A month and day without a year up to this many days after publication is read as coming, not past. */
const SOON_DAYS = 14;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A day (YYYY-MM-DD) moved by whole days. */
export function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T12:00:00Z`) + days * DAY_MS));
}

/** The day of the week of a day (YYYY-MM-DD): 0 for Sunday. */
function weekdayOf(day: string): number {
  return new Date(`${day}T12:00:00Z`).getUTCDay();
}

function mondayOf(day: string): string {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** A month (YYYY-MM) moved by whole months. */
function addMonths(month: string, months: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** How many periods from the publication's a relative period lies: "last week" -1, "this month" 0, "two years ago" -2. */
function periodSteps(text: string): number {
  const ago = /^(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s/i.exec(text);
  if (ago) {
    const count = ago[1]!.toLowerCase();
    return -(/^\d+$/.test(count) ? Number(count) : Math.max(1, AGO_WORDS.indexOf(count)));
  }
  if (/^(?:last|past|previous)\b/i.test(text)) return -1;
  return /^(?:next|coming)\b/i.test(text) ? 1 : 0;
}
const AGO_WORDS = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** The sentence up to `start`, quoted words left out (a speaker's "will" is not the writer's tense). */
function unquotedBefore(sentence: string, quotes: ReadonlyArray<[number, number]>, start: number): string {
  return quotes
    .filter(([from]) => from < start)
    .reduceRight((text, [from, to]) => text.slice(0, from) + text.slice(Math.min(to, start)), sentence.slice(0, start));
}

/** Spans inside quotation marks: what a speaker said, dated when they said it, not by its own words. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(/“[^”]*”?|"[^"]*"?/g)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

interface Resolved {
  date: string | null;
  precision: DatePrecision;
  relative: boolean;
}

/** Picks the year (or week) a date without one falls in: the last one by the publication day, or the next for a future tense. */
function resolve(
  result: chrono.ParsedResult,
  published: string | null,
  future: boolean,
  options: ReadDateOptions,
  cue: string | null = null,
): Resolved | null {
  const text = result.text.trim();
  const start = result.start;
  const known = (component: chrono.Component) => start.isCertain(component);
  const period = RELATIVE_PERIOD.exec(text);
  const casual = casualDayOf(text);
  if (CASUAL_DAY.test(casual)) {
    // Past news of "this evening" in a paper stamped just after midnight UTC is the evening just
    // ended: the writer's clock (Lisbon's, or New York's evening) had not reached the UTC day.
    const evening = !future && options.earlyInUtcDay === true && EVENING.test(casual) ? -1 : 0;
    return {
      date: published
        ? addDays(published, Math.round((start.date().getTime() - anchor(published)) / DAY_MS) + evening)
        : null,
      precision: "day",
      relative: true,
    };
  }
  if (period) {
    const unit = (period[1] ?? period[2] ?? "").toLowerCase().replace(/s$/, "");
    if (!published) return { date: null, precision: unit === "day" ? "day" : (unit as DatePrecision), relative: true };
    const day = isoDay(start.date());
    if (unit === "day") return { date: day, precision: "day", relative: true };
    // "a week ago", "two weeks ago" name a day; "last week" names the week.
    if (unit === "week" && period[2]) return { date: day, precision: "day", relative: true };
    // Counted here, not by the parser: its weeks start on Sunday ("this week" on a Friday gave the
    // Monday before) and its months overflow ("next month" on Jan. 31 gave March).
    const steps = periodSteps(text);
    // A Sunday paper's "this week" still to come is the week that starts the next day ("Laidlaw is
    // expected to be appointed this week"), not the one ending as it is printed.
    const sundayAhead = unit === "week" && steps === 0 && future && weekdayOf(published) === 0 ? 1 : 0;
    if (unit === "week")
      return { date: addDays(mondayOf(published), 7 * (steps + sundayAhead)), precision: "week", relative: true };
    if (unit === "month") return { date: addMonths(published.slice(0, 7), steps), precision: "month", relative: true };
    return { date: String(Number(published.slice(0, 4)) + steps), precision: "year", relative: true };
  }
  if (known("month")) {
    const month = start.get("month") ?? 1;
    const hasDay = known("day");
    const day = start.get("day") ?? 1;
    if (known("year")) {
      const year = start.get("year");
      return hasDay
        ? { date: `${year}-${pad(month)}-${pad(day)}`, precision: "day", relative: false }
        : { date: `${year}-${pad(month)}`, precision: "month", relative: false };
    }
    if (!published) return { date: null, precision: hasDay ? "day" : "month", relative: true };
    // A month (and day) without a year: the latest one on or before publication, or the next one for a future tense.
    if (hasDay) return { date: monthDayOf(month, day, published, future), precision: "day", relative: true };
    const publishedYear = Number(published.slice(0, 4));
    const key = (year: number) => `${year}-${pad(month)}`;
    const bound = published.slice(0, 7);
    let year = key(publishedYear) <= bound ? publishedYear : publishedYear - 1;
    if (future && key(year) < bound) year += 1;
    // "last December" written in December is the one a year before, "next March" written in March
    // the one a year on: the month named is never the current one.
    if (cue === "last" && key(year) >= bound) year -= 1;
    if (cue === "next" && key(year) <= bound) year += 1;
    return { date: key(year), precision: "month", relative: true };
  }
  if (known("weekday") && namesWeekday(text)) {
    if (!published) return { date: null, precision: "day", relative: true };
    const target = start.get("weekday") ?? 0;
    const publishedWeekday = new Date(`${published}T12:00:00Z`).getUTCDay();
    const back = (publishedWeekday - target + 7) % 7;
    const explicitNext = /\bnext\b/i.test(text);
    const explicitLast = /\blast\b/i.test(text);
    // "The final is this Saturday", "voted this Tuesday": the day of the publication's own week,
    // to come or gone, whatever the tense.
    if (/^(?:on\s+)?this\s/i.test(text))
      return { date: addDays(mondayOf(published), (target + 6) % 7), precision: "day", relative: true };
    let date = addDays(published, -back);
    if (explicitNext || (future && !explicitLast && back !== 0)) date = addDays(published, (7 - back) % 7 || 7);
    // "next Thursday" written on a Wednesday: tomorrow would be "tomorrow" or "on Thursday"; it is the
    // Thursday of the week after.
    if (explicitNext && back === 6) date = addDays(published, 8);
    if (explicitLast && back === 0) date = addDays(published, -7);
    // A live blog goes on after it was first published: its "early on Friday" written on Thursday
    // evening is the night that follows, not a week before.
    // So does a report stamped in the last hours of its UTC day (see ReadDateOptions.lateInUtcDay).
    if ((options.live || options.lateInUtcDay) && back === 6 && !explicitLast) date = addDays(published, 1);
    return { date, precision: "day", relative: true };
  }
  return null;
}

/**
 * The day a date in figures names (see FIGURE_DATE), or null when both readings could be meant or
 * the article is undated and the year not written.
 */
function figureDate(
  first: number,
  second: number,
  year: string | undefined,
  published: string | null,
  future: boolean,
) {
  const readings = new Set<string>();
  for (const [month, day] of [
    [first, second],
    [second, first],
  ] as const) {
    if (month < 1 || month > 12 || day < 1) continue;
    const written = year ? (year.length === 2 ? 2000 + Number(year) : Number(year)) : null;
    const base = written ?? (published ? Number(published.slice(0, 4)) : null);
    if (base === null) continue;
    const key = (at: number) => `${at}-${pad(month)}-${pad(day)}`;
    // Not a day of that month (31/4): no reading.
    if (new Date(`${key(base)}T12:00:00Z`).getUTCDate() !== day) continue;
    if (written !== null || !published) {
      readings.add(key(base));
      continue;
    }
    // Without a year: the last one by the publication day, or the next one in a future tense.
    let at = key(base) <= published ? base : base - 1;
    if (future && key(at) < published) at += 1;
    readings.add(key(at));
  }
  const all = [...readings];
  if (all.length === 1) return all[0]!;
  if (!published) return null;
  const near = all.filter((date) => {
    const days = (Date.parse(`${date}T12:00:00Z`) - anchor(published)) / DAY_MS;
    return (future ? days >= 0 : days <= 0) && Math.abs(days) <= FIGURE_DATE_NEAR_DAYS;
  });
  return near.length === 1 ? near[0]! : null;
}

/**
 * The day a day of the month alone names (see ORDINAL_DAY): of the publication's month or a month
 * either side, the one nearest the paper's day (still to come in a future tense); null when the
 * article is undated or the month has no such day.
 */
function ordinalDate(day: number, published: string | null, future: boolean): string | null {
  if (published === null) return null;
  const distance = (date: string) => Math.abs(Date.parse(`${date}T12:00:00Z`) - anchor(published));
  return (
    [-1, 0, 1]
      .map((step) => `${addMonths(published.slice(0, 7), step)}-${pad(day)}`)
      .filter((date) => new Date(`${date}T12:00:00Z`).getUTCDate() === day && (!future || date >= published))
      .sort((a, b) => distance(a) - distance(b))[0] ?? null
  );
}

/**
 * The year a month and day without one falls in: the latest on or before the publication day, or
 * the next for a future tense; a day a few days after publication is the coming one, not the same
 * day almost a year ago ("three days of mourning starting Nov. 12" in a paper of Nov. 11).
 */
function monthDayOf(month: number, day: number, published: string, future: boolean): string {
  const key = (year: number) => `${year}-${pad(month)}-${pad(day)}`;
  const publishedYear = Number(published.slice(0, 4));
  let year = key(publishedYear) <= published ? publishedYear : publishedYear - 1;
  if (future && key(year) < published) year += 1;
  if (key(year) < published && Date.parse(key(year + 1)) - Date.parse(published) <= SOON_DAYS * DAY_MS) year += 1;
  return key(year);
}

/** chrono reads relative dates against this instant: noon UTC of the publication day keeps day arithmetic exact. */
function anchor(published: string): number {
  return Date.parse(`${published}T12:00:00Z`);
}

/** The words of a sentence before `start` back to its clause's start (a semicolon, a colon, a dash). */
function clauseBefore(sentence: string, start: number): string {
  const left = sentence.slice(0, start);
  return left.slice(Math.max(left.lastIndexOf(";"), left.lastIndexOf(":"), left.lastIndexOf("—")) + 1);
}

/**
 * `ownEvent`: the date names an event the sentence is about ("Last week's strike shut the mine",
 * "Turnout in Thursday's election was 54 percent"), so the rules that make a named event background
 * do not apply.
 */
function classify(
  written: string,
  start: number,
  end: number,
  resolved: Resolved,
  published: string | null,
  ownEvent = false,
): boolean {
  const sentence = withoutDigitGroups(written);
  const left = sentence.slice(0, start);
  const right = sentence.slice(end);
  const clause = clauseBefore(sentence, start);
  if (!ownEvent && eventNamedByDate(left, right, resolved)) return true;
  return otherBackground(sentence, clause, right, resolved, published);
}

/**
 * The sentence with the commas inside figures ("148,000 barrels") made digits, same length: a clause
 * is told by its commas, and a figure's are none.
 */
function withoutDigitGroups(sentence: string): string {
  return sentence.replace(/(?<=\d),(?=\d{3}(?!\d))/g, "0");
}

/** "the Oct. 7 attack", "from Tuesday's earthquake", "last year's record": a date that names an event or a period. */
function eventNamedByDate(left: string, right: string, resolved: Resolved): boolean {
  if (DETERMINER_BEFORE.test(left) && (ADJECTIVAL_AFTER.test(right) || POSSESSIVE_AFTER.test(right))) return true;
  // "from Tuesday's earthquake", "since Monday's walkout": an event named by its day is background.
  if (POSSESSIVE_AFTER.test(right) && ADJECTIVAL_AFTER.test(right)) return true;
  if (/\b(?:in|after|since|during|before)\s+$/i.test(left) && ADJECTIVAL_AFTER.test(right)) return true;
  // "2018's gains", "last year's record": a period named for something else.
  return resolved.precision !== "day" && POSSESSIVE_AFTER.test(right);
}

/** A date that lies more than 45 days before the publication day: another event's, recalled. */
function wellBefore(date: string, published: string): boolean {
  return (
    date.length >= 4 &&
    Date.parse(`${published}T12:00:00Z`) - Date.parse(`${date.padEnd(10, "-01").slice(0, 10)}T12:00:00Z`) > 45 * DAY_MS
  );
}

/** A date on or before the publication day and not well before it: the story's own time. */
function recent(date: string | null, published: string | null): boolean {
  return date !== null && published !== null && date <= published && !wellBefore(date, published);
}

function otherBackground(
  sentence: string,
  clause: string,
  right: string,
  resolved: Resolved,
  published: string | null,
): boolean {
  if (PERIOD_MARKER.test(clause) && !SINCE_ENDED.test(clause)) return true;
  // "the 20th anniversary of her death on Christmas night, 1996": the past event an anniversary
  // recalls, not the sentence's news.
  if (ANNIVERSARY_OF.test(clause)) return true;
  // "from 10% in 2008 to 24% in 2014": the first year is the baseline; the second is the news. But a
  // day after "to X from Y" is the move's ("lowered its rate to 3.5 percent from 4 percent on Thursday").
  const moveDay = resolved.precision === "day" && CHANGE_TO_FROM.test(clause);
  if (
    !moveDay &&
    BASELINE.test(clause) &&
    /\bto\b|\bup\b|\bdown\b|\brose\b|\bfell\b|\bcompared\b|\bthan\b/i.test(sentence)
  )
    return true;
  // The innermost relative clause: in "said on Wednesday that the valve that failed on Monday was 30
  // years old" the Monday names which valve; the statement is the news.
  const relative = /\b(?:that|which|who)\b(?![^,;:()]*\b(?:that|which|who)\b)[^,;:()]*$/i.exec(clause);
  // Only on the subject, before any main verb: after a past one ("approved the hearing, which is set
  // to begin on Friday") the past act is the news.
  if (relative && UPCOMING_RELATIVE.test(relative[0]) && !PAST_VERB_IN.test(clause.slice(0, relative.index)))
    return false;
  // "said that workers walked out on Monday" is the sentence's news; only a relative clause on a noun is background.
  if (
    relative &&
    RELATIVE_CLAUSE.test(relative[0]) &&
    !MAIN_VERB_AFTER_RELATIVE.test(relative[0]) &&
    !DATED_RELATIVE_THEN_VERB.test(relative[0]) &&
    !RELATIVE_THEN_PASSIVE.test(relative[0]) &&
    !RELATIVE_THEN_ACTIVE.test(relative[0]) &&
    !SPEECH_BEFORE.test(clause.slice(0, relative.index))
  )
    return true;
  if (REDUCED_RELATIVE.test(clause)) return true;
  // Only with a main verb still to come after the date ("… on Sunday left hospital on Wednesday").
  if (
    OPENING_REDUCED_RELATIVE.test(clause) &&
    /^\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:\p{Ll}{2,}ed|left|died|went|came|fled)\b/u.test(right)
  )
    return true;
  // "A pedestrian who was injured when a crane collapsed on Tuesday has died in hospital": the main
  // clause right after a dated relative clause is in the present perfect, so it tells what holds by
  // the paper's day; the date only says who or what the subject is.
  if (OPEN_RELATIVE.test(clause) && PRESENT_PERFECT_AFTER.test(right)) return true;
  if (MAIN_VERB_AFTER.test(right) && CONTACT_RELATIVE_BEFORE.test(clause)) return true;
  if (PARTICIPLE_APPOSITIVE.test(clause) && !CLOSED_RELATIVE.test(clause) && appositiveCloses(right)) return true;
  if (resolved.precision === "year" && TRAILING_PARTICIPLE.test(clause) && SENTENCE_END.test(right)) return true;
  if (TRAILING_ONE_OF.test(clause) && SENTENCE_END.test(right)) return true;
  // "…accounts for a fifth of Castellan's revenue, which was €2.3 billion last year.": the period of
  // a figure told about a noun, not when the sentence's news happened (unlike "…, where it raised
  // $2.4 million in 2012", an act).
  if (resolved.precision !== "day" && TRAILING_RELATIVE.test(clause) && FIGURE_PERIOD.test(clause)) return true;
  if (resolved.precision === "year" && PRESENT_THING_FROM.test(clause) && SENTENCE_END.test(right)) return true;
  if (NONRESTRICTIVE_CLAUSE.test(clause) && !SAID_ON.test(clause) && appositiveCloses(right)) return true;
  if (SPEAKER_RELATIVE.test(clause)) return true;
  // A date on an event noun or in an "after…" clause is background when it lies well before the
  // article (or the article is undated): the sentence then reports something newer that refers to it.
  const old = resolved.date !== null && published !== null && wellBefore(resolved.date, published);
  const thingFrom = resolved.precision === "year" && THING_FROM_YEAR.test(clause);
  if (
    (published === null || old) &&
    (NOUN_ATTACHED.test(clause) || SUBORDINATE.test(clause) || ACCORDING_TO.test(clause) || thingFrom)
  )
    return true;
  // "The record of 40.3C, set at Coningsby in Lincolnshire on July 19, 2022, could be threatened":
  // a participle phrase on a thing, however long, dates that thing when it lies well before the article.
  if (old && OLD_PARTICIPLE_APPOSITIVE.test(clause) && VERB_AFTER_APPOSITIVE.test(right)) return true;
  // "recovered a portrait stolen from a museum in Hoorneveld five years ago": a participle no past
  // tense shares, right on a noun, dates that thing when it lies well before the article.
  if (old && OLD_STRONG_PARTICIPLE_ON_NOUN.test(clause)) return true;
  // A vague period in an "after…" clause ("after Storm Gerald flooded Skelby earlier this month")
  // dates the clause's event, never the sentence's news.
  if (SUBORDINATE.test(clause) && resolved.precision !== "day") return true;
  return false;
}

/** What the writer says about the sentence's dates: its quotations and "as planned" blanked out (same length). */
function writerText(sentence: string, quotes: ReadonlyArray<[number, number]>): string {
  let text = sentence.replace(AS_PLANNED, (words) => " ".repeat(words.length));
  for (const [from, to] of quotes) text = text.slice(0, from) + " ".repeat(to - from) + text.slice(to);
  return text;
}

/** The clause around a span: from the last clause break before it to the next one after it. */
function clauseAround(text: string, start: number, end: number): string {
  const [from, to] = clauseBounds(text, start, end);
  return text.slice(from, to);
}

function clauseBounds(text: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    if (match.index + match[0].length <= start) from = match.index + match[0].length;
    else if (match.index >= end) {
      to = match.index;
      break;
    }
  }
  return [from, to];
}

/**
 * A relative or reported clause that opens after a date ("approved a recovery plan on Monday that
 * will close four libraries", "said on Monday that the line will reopen"): its tense is its own, not
 * the date's.
 */
const CLAUSE_AFTER_DATE = /(?:,\s*|\s)(?:that|which|who|whose)\s/i;

/**
 * A second predicate of the same subject joined on after a date with a tense of its own ("The ship
 * was towed to port on Tuesday and is expected to arrive on Wednesday"): its tense is not the date's.
 */
const JOINED_PREDICATE_AFTER_DATE =
  /\s(?:and|but)\s+(?:(?:then|now|also|still)\s+)?(?:is|are|was|were|will|would|shall|has|have|had|should|might|must)\b/i;

/** A past of a predicate's own: "was towed", "had left". */
const PAST_AUXILIARY = /\b(?:was|were|had|did)\b/i;
/**
 * Or a simple past with no present or future beside it: "took the ship under tow on Monday evening
 * and is bringing it to Falmouth" ("are headed there on Friday and will carry" is not one).
 */
const SIMPLE_PAST =
  /\b(?:took|made|brought|sent|left|went|came|began|gave|found|caught|struck|hit|fell|rose|broke|[a-z]{3,}ed)\b/i;
const PRESENT_OR_FUTURE = /\b(?:is|are|am|will|shall|be|being)\b/i;
/** A past perfect of a result: "had gathered", "had risen", "had reached" (not "had planned to", an aim). */
const PAST_PERFECT =
  /\bhad\s+(?:already\s+)?(?!planned\b|hoped\b|intended\b|expected\b|aimed\b|wanted\b)[a-z]{3,}(?:ed|en|wn|ught|un)\b(?!\s+to\b)/i;
const ownPastIn = (words: string) =>
  PAST_AUXILIARY.test(words) || (SIMPLE_PAST.test(words) && !PRESENT_OR_FUTURE.test(words));

/**
 * The words of a date's clause whose tense is the date's: up to a relative clause, or a second
 * predicate with its own tense, opening after it.
 */
function tenseClauseAround(text: string, start: number, end: number): string {
  const [from, to] = clauseBounds(text, start, end);
  const after = text.slice(end, to);
  const joined = JOINED_PREDICATE_AFTER_DATE.exec(after);
  // Only after a past of its own ("was towed … on Tuesday and is expected"); "are headed there on June
  // 5 and will carry supplies" is one arrangement to come.
  const ownPast = joined !== null && ownPastIn(text.slice(from, end + joined.index));
  // "Opponents had gathered 3,100 signatures by Saturday night, about a third of the 9,000 they need":
  // after a past of the date's own clause, what follows a comma (an apposition, another clause) has a
  // tense of its own.
  const comma = /^\s*,/.test(after) && PAST_PERFECT.test(text.slice(from, start)) ? 0 : undefined;
  const cuts = [CLAUSE_AFTER_DATE.exec(after)?.index, ownPast ? joined.index : undefined, comma].filter(
    (index): index is number => index !== undefined,
  );
  return text.slice(from, cuts.length > 0 ? end + Math.min(...cuts) : to);
}

/** A present or perfect tense: the sentence tells of now, after an event it names ("who fled Sunday's eruption have been staying…"). */
const PRESENT_CLAUSE = /\b(?:has|have|is|are|now|still|remains?)\b/i;
/**
 * A sentence that opens with an event and tells its time in a relative clause on it ("A fire that
 * broke out shortly after 2 a.m. on Thursday at the plant killed two workers", "The storm, which made
 * landfall on Monday, flattened…"): the event is the subject, so its day is the sentence's news, not
 * background to something else, when the main clause gives no date of its own.
 */
const SUBJECT_EVENT_RELATIVE = new RegExp(
  `^\\s*(?:(?:and|but|so|then)\\s+)?(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${EVENT_NOUN}|${INCIDENT_NOUN})\\s*,?\\s+(?:that|which)\\s+[^;:()“”"]*$`,
  "iu",
);
/**
 * The main clause after a subject event's day tells now or what the event was, not the event itself:
 * "…that broke out on Thursday is still burning", "…has closed the road", "The walkout, which began
 * last week, was the longest in years". A passive past or an inquiry's finding about the event ("was
 * started deliberately", "was caused by ground movement", "is being treated as arson", "is believed to
 * have…") tells the event when no saying dates the finding (see subjectFindings).
 */
const NOT_THE_EVENT_AFTER =
  /\b(?:has|have|now|still|remains?|continues?)\b|\b(?:is|are|was|were)\s+(?!(?:[a-z]+ly\s+)?(?:being\s+)?(?:\p{L}+ed|set|lit|begun|made|thought|caught|struck|brought|hit|cut|shut|spread|started)\b)/iu;

/**
 * A sentence that opens with people and tells who they are by a restrictive relative clause ("Crews
 * who arrived at the site on Sunday evening found oil…", "More than 400 people who attended a town
 * meeting on Thursday evening demanded…"): what they did then is the sentence's news.
 */
const SUBJECT_WHO_RELATIVE = /^\s*(?:(?:and|but|so|then)\s+)?(?:[\p{L}\d-]+\s+){0,4}?[\p{L}-]+\s+who\s+[^,;:()“”"]*$/iu;
/**
 * A sentence that opens with people and tells what they did by a relative clause between commas up to
 * its day ("Firefighters, who were called at 11pm on ", "Two climbers, who set out on "): no verb before
 * "who", so the clause is on the subject.
 */
const SUBJECT_WHO_BETWEEN_COMMAS =
  /^\s*(?:(?:and|but|so|then)\s+)?(?:the\s+|two\s+|three\s+|four\s+|\d+\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+,\s+who\s+[^,;:()“”"]*$/iu;
/** The "who" SUBJECT_WHO_RELATIVE needs, looked for first (the pattern tries five words before failing). */
const WHO_WORD = /\swho\s/iu;
/**
 * A sentence's subject, then a participle phrase or a relative clause in the past between commas up
 * to its date: "The bid, made on ", "A Harbourline Research poll for the Herald, published on ", "Port
 * Alden's 5 percent rent cap, approved ", "The lying in state, which opened on ".
 */
const SUBJECT_PARTICIPLE =
  /^\s*(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}['’]s)\s+(?:[\p{L}'’\d-]+\s+){0,6}?[\p{L}-]+\s*,\s*(?:(?:which|that)\s+(?:was\s+|were\s+)?)?(?:(?!died\b)[a-z]+(?:ed|en)|made|held|set|signed|built|won|begun|began)\b[^,;:()“”"]{0,30}$/u;
/**
 * A sentence opening with the whole a part is told of, dated by its participle ("Of 40 wells tested on
 * ", "Of the 212 passengers screened at the port on "): what the part showed is that day's news.
 */
const PARTITIVE_PARTICIPLE =
  /^\s*Of\s+(?:the\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s+(?:[a-z]+(?:ed|en)|made|held|sent|found|caught|brought|built)\b[^,;:()“”"]{0,30}$/u;
/** A verb before "who": the relative clause is on an object ("Police arrested men who…"), not on the subject. */
const PAST_VERB_BEFORE_WHO =
  /\s\p{L}+ed\b|\b(?:said|says|told|tells|saw|met|found|caught|took|hit|left|led|held|sent|brought|thanked|urged|is|are|was|were|has|have|had)\b/iu;
/** "Witnesses who saw the crash on Sunday said…": a saying right after the relative clause, whose day is not told. */
const SAYING_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:said|say|says|told|tell|tells)\b/iu;

/** A relative clause in the past up to a date: "who bought tickets on ", "that closed on ". */
const PAST_RELATIVE_BEFORE =
  /\b(?:who|that|which)\s+(?:[a-z]+ly\s+)?(?:had\s+)?(?:\p{L}+(?<!e)ed|bought|paid|took|made|came|went|left|flew|fled|saw|met|sold|lost|won|got|gave|ran|held|broke|began)\b[^,;:()“”".!?]*$/iu;

/**
 * A reduced relative clause in the past up to a date, on a noun of the sentence: "under the deal struck
 * late on ", "the inquiry Okonkwo ordered on ", "a man arrested on ". Not after an auxiliary ("to be
 * completed on ") nor a causative ("have the bridge repaired on "), and not a plan's participle
 * ("the vote scheduled on ").
 */
const REDUCED_RELATIVE_BEFORE =
  /(?<!\b(?:have|has|had|having|get|gets|got|want|wants|wanted|need|needs|needed)\s+)\b(?:the|an?|its|their|his|her|this|that|these|those)\s+(?:[\p{L}-]+\s+){0,3}?\p{L}+\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,2}|(?:he|she|they|we|it)\s+)?(?<!\b(?:be|been|being|is|are|was|were|will|would|to|has|have|had|get|got)\s+)(?!(?:planned|scheduled|slated|expected|timed|due|set|needed|wanted|hoped|intended|proposed)\b)(?:\p{L}+(?<!e)ed|agreed|struck|made|held|signed|won|took|gave|sent|began|broke|brought|caught)\s+(?:(?:late|early|only|just|first|overnight)\s+)?$/iu;

/** An "after" clause in the past up to a date: "after the union and the government reached a deal on ". */
const PAST_AFTER_BEFORE =
  /\b(?:after|following)\s+(?:[^,;:()“”".!?]*?\s)?(?:had\s+)?(?:\p{L}+(?<!e)ed|agreed|signed|bought|paid|took|made|came|went|left|fled|saw|met|sold|lost|won|got|gave|ran|held|broke|began|struck|fell|rose)\b[^,;:()“”".!?]*$/iu;

/** How far ahead a span's end without a year may be read (see spanEnd): a remand, a closure. */
const SPAN_END_AHEAD_DAYS = 120;

/** "until ", "until sentencing on ", "till the hearing on ": the end of a span, up to its date. */
const SPAN_END_BEFORE = /\b(?:until|till)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:on\s+)?$/iu;

/**
 * A past verb straight after a date, the date's own clause's ("the committee on Thursday approved
 * the bill"): that clause is past, whatever "will" or "is set to" a clause around it holds.
 */
const PAST_VERB_AFTER =
  /^\s*(?:(?:morning|afternoon|evening|night)\s+)?(?:[a-z]+ly\s+)?(?:\p{L}{2,}(?<!e)ed|agreed|said|signed|bought|paid|took|made|came|went|left|fled|saw|met|sold|lost|won|gave|ran|held|broke|began|struck|fell|rose|told|chose|sent|found|brought|ordered)\b(?!\s+(?:by|for|to)\b)/iu;

/**
 * A past told as the first, the last or an earlier instance of something, up to its date ("was first
 * elected in ", "was last refurbished in ", "was last closed to traffic in ", "previously ran the
 * trust from "), or an earlier event of the kind ("A similar grounding on the same ledge in "): an
 * origin or a precedent the story recalls. The story's timeline holds its own events; these are its
 * background (the lead's policy, session 21).
 */
const PAST_INSTANCE_WORDS = "first|last|previously|once|originally|formerly";
const EARLIER_KIND_WORDS = "similar|previous|earlier|comparable|prior";
const PAST_INSTANCE_BEFORE = new RegExp(
  `\\b(?:${PAST_INSTANCE_WORDS})\\s+(?:[\\p{L}'’-]+\\s+){1,4}?(?:in|during|from|between)\\s+$|\\b(?:a|an)\\s+(?:${EARLIER_KIND_WORDS})\\s+(?:[\\p{L}'’-]+\\s+){1,6}?(?:in|during)\\s+$`,
  "iu",
);
/**
 * A thing's origin told in the passive, up to its year ("The substation was built in ", "The psalter
 * was given to the library in ", "Ledgerline was founded in "), or the thing's opening ("when it
 * opened in ", "Eastgate pool opened in "): what the thing is, background like a precedent, never
 * the story's news.
 */
const ORIGIN_VERBS =
  "built|founded|established|constructed|completed|erected|given|donated|bequeathed|acquired|bought|purchased|installed|commissioned|inaugurated";
const ORIGIN_BEFORE = new RegExp(
  `\\b(?:was|were|had\\s+been)\\s+(?:(?:first|originally|formally)\\s+)?(?:${ORIGIN_VERBS})\\b[^,;:()“”"]{0,60}?\\b(?:in|during)\\s+$|\\b(?:(?:when|since|after)\\s+(?:it|they)\\s+)?(?:first\\s+)?opened\\s+(?:its\\s+doors\\s+)?in\\s+$`,
  "iu",
);
/**
 * An earlier instance told across a comma or by its place ("were stolen once before, in ", "A crush
 * at the same stage in "), up to its year: a precedent, as PAST_INSTANCE_BEFORE's are.
 */
const PRECEDENT_BEFORE =
  /\b(?:once|twice|(?:three|four|several)\s+times)\s+before,?\s+(?:in|during)\s+$|^\s*(?:a|an)\s+[\p{L}-]+\s+(?:at|on|in|near)\s+the\s+same\s+(?:[\p{L}'’-]+\s+){1,3}?(?:in|during)\s+$/iu;
/**
 * After a year, what it was a penalty or a charge for, an earlier instance of the kind: "was fined £2m
 * in 2024 for a similar failure" (not "rebuilt in 1925 after a previous fire": that dates the rebuilding).
 */
const PRECEDENT_AFTER = new RegExp(`^\\s+(?:for|over)\\s+(?:a|an)\\s+(?:${EARLIER_KIND_WORDS})\\b`, "i");
/** A word PAST_INSTANCE_BEFORE or ORIGIN_BEFORE reads a past by: a cheap test before a sentence's dates are read again for one. */
export const PRECEDENT_CUE = new RegExp(
  `\\b(?:${PAST_INSTANCE_WORDS}|${EARLIER_KIND_WORDS}|${ORIGIN_VERBS}|opened|before|same)\\b`,
  "i",
);

/**
 * Whether a main clause tells what people did then: not now ("are still"), not what they were or
 * should do, not what they said (said when?).
 */
function tellsWhatTheyDid(clause: string): boolean {
  return (
    !PRESENT_CLAUSE.test(clause) &&
    !/\b(?:was|were|should|must|can|may|might|could|would)\b/i.test(clause) &&
    !SAYING_AFTER.test(clause)
  );
}

/** ", and its operator was fined … ": a clause joined on with a noun subject of its own, up to a date in it. */
const JOINED_CLAUSE_WITH_SUBJECT =
  /,\s+(?:and|but)\s+(?:its|their|his|her|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:was|were|is|are|has|have|had)\s+[^,;:()“”"]*$/iu;

/**
 * Whether a sentence may name a date at all: a month or a weekday with its cue, a casual day, a year
 * (see readDateExpressions' first test). When it may not, readDateExpressions finds none, whatever
 * the publication day: a caller reading one text against many days asks this once.
 */
export function mayHoldDate(sentence: string): boolean {
  return (
    MAY_HOLD_DATE.test(sentence) ||
    HAS_BARE_YEAR.test(sentence) ||
    SUBJECT_EVENT_YEAR.test(sentence) ||
    FRAME_YEAR.test(sentence)
  );
}

export interface ReadDateOptions {
  /**
   * The article is a live blog (it is stamped with times of day): it goes on after its publication
   * time, so the weekday after that day is the coming one.
   */
  live?: boolean;
  /**
   * The article is stamped in the last hours of its UTC day (22:00 or later), when Europe east of
   * Britain, Africa, Asia and Oceania are already on the next, and the weekday six days back lies
   * before the story's first report: its "early on Sunday" or "walked out on Thursday morning" is the
   * next day where it was written, not one before the story began.
   */
  lateInUtcDay?: boolean;
  /**
   * The article is stamped in the first hours of its UTC day (before 03:00), when Britain has just
   * passed midnight and the Americas are still in the evening before: "this evening" and "tonight"
   * told as done are that evening.
   */
  earlyInUtcDay?: boolean;
}

/**
 * Every date a sentence names, resolved against the publication day (YYYY-MM-DD, or null when the
 * article is undated): explicit dates, months and years, weekdays, "yesterday", "last week", months
 * without a year, ISO dates, "overnight", each marked background or not. The tense that makes a
 * date one to come is that of the date's own clause.
 */
export function readDateExpressions(
  sentence: string,
  published: string | null,
  options: ReadDateOptions = {},
): readonly DateExpression[] {
  const flags = `${options.live ? 1 : 0}${options.lateInUtcDay ? 1 : 0}${options.earlyInUtcDay ? 1 : 0}`;
  const key = `${published ?? "-"}|${flags}|${sentence}`;
  const known = readings.get(key);
  if (known) return known;
  if (readings.size >= MOST_READINGS) readings.clear();
  const read = Object.freeze(
    readExpressions(sentence, published, options).map((expression) => Object.freeze(expression)),
  );
  readings.set(key, read);
  return read;
}

/**
 * Each sentence's dates, by publication day and options: a digest asks them of one sentence from
 * several steps (its date mentions, its sentence date, the timeline, the finders of outdated news),
 * and the parse is most of their cost. Bounded: a worker digests many stories. Frozen: shared.
 */
const readings = new Map<string, readonly DateExpression[]>();
const MOST_READINGS = 5_000;

function readExpressions(sentence: string, published: string | null, options: ReadDateOptions): DateExpression[] {
  const parse = MAY_HOLD_DATE.test(sentence);
  if (!parse && !HAS_BARE_YEAR.test(sentence) && !SUBJECT_EVENT_YEAR.test(sentence) && !FRAME_YEAR.test(sentence))
    return [];
  const quotes = quotedSpans(sentence);
  const writer = writerText(sentence, quotes);
  const futureAround = (start: number, end: number) => FUTURE.test(tenseClauseAround(writer, start, end));
  const inQuote = (start: number) => quotes.some(([from, to]) => start > from && start < to);
  const found: DateExpression[] = [];
  // Dates that name an event by its day ("Tuesday's collapse") in a sentence not about that event.
  const namedEvents = new Set<DateExpression>();
  // Days of the event the sentence opens with, told in a relative clause on it.
  const subjectEvents = new Set<DateExpression>();
  // Subject events whose main clause tells a finding about them ("…on Sunday night was started
  // deliberately"): their day is the sentence's only when no saying gives the finding a day of its own.
  const subjectFindings = new Set<DateExpression>();
  // Weekdays that name an event by their possessive ("after Monday's election", "welcomed Tuesday's announcement").
  const possessiveDays = new Set<DateExpression>();
  const reference = published ? new Date(anchor(published)) : new Date(anchor("2000-01-01"));
  // chrono knows "Tue." and "Wed." but not "Tues." and "Weds.": it reads them as "Tue. " and "Wed. ",
  // the same length, so offsets hold; the words as written are taken back from the sentence. A figure
  // before "on <weekday>" is hidden from it the same way (see FIGURE_BEFORE_WEEKDAY).
  const forParser = sentence
    .replace(LONGER_ABBREVIATION, "$1. ")
    .replace(FIGURE_BEFORE_WEEKDAY, (figure) => "x".repeat(figure.length))
    .replace(FIGURE_AFTER_DAY_OF_MONTH, "xx");
  for (const result of parse ? chrono.parse(forParser, { instant: reference, timezone: 0 }) : []) {
    // chrono takes the comma after a weekday ("on Friday, said …") as part of the date: the comma
    // belongs to the sentence, where it closes a clause.
    let text = result.text.replace(/[\s,]+$/, "");
    if (forParser !== sentence && !sentence.startsWith(text, result.index))
      text = sentence.slice(result.index, result.index + text.length + 1);
    let start = result.index;
    // chrono takes "March" in "March on" or "may" alone as a month; keep months with a day, a year or a cue.
    const monthOnly =
      result.start.isCertain("month") && !result.start.isCertain("day") && !result.start.isCertain("year");
    if (monthOnly && !MONTH_CUE.test(sentence.slice(0, start))) continue;
    if (
      !MONTH_NAME.test(text) &&
      !namesWeekday(text) &&
      !ISO_DATE.test(text.trim()) &&
      !CASUAL_DAY.test(casualDayOf(text)) &&
      !RELATIVE_PERIOD.test(text)
    )
      continue;
    // "told The Baltimore Sun.", "according to the Las Vegas Sun.": a newspaper's name, not a Sunday.
    const abbreviated = WEEKDAY_NAME.test(text) ? -1 : text.search(WEEKDAY_ABBREVIATION);
    const beforeAbbreviation = sentence.slice(0, result.index + abbreviated);
    if (abbreviated >= 0 && (/\bthe\s+$/i.test(beforeAbbreviation) || NAME_BEFORE.test(beforeAbbreviation))) continue;
    // "seen by South West Today", "told USA Today": a capitalised casual day closing a name is a title.
    if (/^(?:Today|Tonight|Yesterday|Tomorrow)\b/.test(text) && TITLE_WORD_BEFORE.test(sentence.slice(0, result.index)))
      continue;
    const indefinite = namesWeekday(text)
      ? INDEFINITE_BEFORE.exec(sentence.slice(0, result.index + (/^on\s+/i.exec(text)?.[0].length ?? 0)))
      : null;
    if (
      indefinite &&
      !result.start.isCertain("day") &&
      (!indefinite[1] || NOUN_WEEKDAY_AFTER.test(sentence.slice(result.index + text.length))) &&
      (published !== null || MONTH_WRITTEN.test(sentence))
    )
      continue;
    if (
      WEEKDAY_NAME.test(text) &&
      !/\s/.test(text.trim()) &&
      RECURRING_AFTER.test(sentence.slice(result.index + text.length)) &&
      !ONE_DAY_BEFORE.test(sentence.slice(0, result.index))
    )
      continue;
    // "earlier this month", "later this week": a moment inside the current period, not the period a
    // figure covers; "later" is still to come.
    const within = /^(?:this|the current)\s+(?:week|month|year)$/i.test(text.trim())
      ? /\b(earlier|later)\s+$/i.exec(sentence.slice(0, start))
      : null;
    if (within) {
      start = within.index;
      text = sentence.slice(start, result.index + result.text.length);
    }
    const said = unquotedBefore(sentence, quotes, start);
    // "…will lower a camera on Monday, the authority said on Saturday": the day of a past saying is
    // past, whatever the tense of the clause it reports.
    const saidInThePast = /\b(?:said|told|announced|confirmed|added|warned|stated)\b/i.test(
      SAID_ON.exec(sentence.slice(0, start))?.[0] ?? "",
    );
    // "People who bought tickets on Monday will get a refund", "will get a pay rise from September
    // after … reached a deal on Tuesday": the day is the relative or "after" clause's, in its past
    // tense; the main clause's "will" is not its tense.
    // A figure's commas ("had gathered 3,100 signatures by ") close no clause.
    const saidClauses = withoutDigitGroups(said);
    const pastRelative =
      PAST_RELATIVE_BEFORE.exec(saidClauses) ??
      PAST_AFTER_BEFORE.exec(saidClauses) ??
      // "Port Alden's rent cap, approved Tuesday, will apply…": the participle's past, not the main clause's future.
      SUBJECT_PARTICIPLE.exec(saidClauses) ??
      // "Under the deal struck late on Thursday, the state will pay…": the participle's past again, when
      // the future comes after it ("…must share it, a judge ruled on Friday" is a saying's own past).
      (FUTURE.test(saidClauses) ? null : REDUCED_RELATIVE_BEFORE.exec(saidClauses));
    const inPastRelative = pastRelative !== null && !FUTURE.test(pastRelative[0]);
    const writtenEnd = result.index + result.text.replace(/[\s,.;:]+$/, "").length;
    const pastVerbAfter = PAST_VERB_AFTER.test(sentence.slice(writtenEnd));
    const tensed =
      (!inPastRelative && !pastVerbAfter && futureAround(start, writtenEnd)) ||
      FUTURE_IN_PAST.test(said) ||
      UNTIL_NOW.test(said) ||
      FROM_NOW.test(said) ||
      MODAL_DEADLINE.test(said) ||
      /^later\b/i.test(within?.[1] ?? "");
    // "had hoped to reach the men on Thursday": the aim's weekday is one gone, never the coming one.
    const formerIntent = namesWeekday(text) && FORMER_INTENT.test(said);
    let prospective =
      !saidInThePast &&
      !formerIntent &&
      !(pastVerbAfter && !tensed) &&
      (tensed ||
        SCHEDULED_BEFORE.test(said) ||
        ((namesWeekday(text) || MONTH_NAME.test(text)) && MODAL_BEFORE_DAY.test(said)) ||
        INVITED_TO_BEFORE.test(said) ||
        (namesWeekday(text) && COPULA_BEFORE.test(said) && !POSSESSIVE_AFTER.test(sentence.slice(writtenEnd))));
    // The end of a span ("held until sentencing on January 18"): the nearest such day when it is
    // a few months ahead, never one most of a year gone. Not a span told from its start ("was closed
    // from the spring until March 3"): a whole one, gone.
    const spanEnd =
      result.start.isCertain("month") &&
      result.start.isCertain("day") &&
      !result.start.isCertain("year") &&
      SPAN_END_BEFORE.test(said) &&
      !/\bfrom\b[^,;:()]*$/i.test(said);
    // A deadline set in the past, or an event called off: the reading nearest the paper's day.
    const nearest =
      (!tensed &&
        PAST_DEADLINE_SET.test(said) &&
        result.start.isCertain("month") &&
        result.start.isCertain("day") &&
        !result.start.isCertain("year")) ||
      (namesWeekday(text) &&
        !result.start.isCertain("day") &&
        CALLED_OFF_AFTER.test(sentence.slice(result.index + text.length))) ||
      spanEnd;
    // "adjourned to the following Monday": a weekday counted from another day the text tells, not
    // from the publication's; no date rather than a wrong one ("the previous Friday" is often the
    // last one, counted from the paper's day).
    if (
      result.start.isCertain("weekday") &&
      !result.start.isCertain("day") &&
      /\bthe\s+following\s+$/i.test(sentence.slice(0, result.index))
    )
      continue;
    const cue = /\b(last|next)\s+$/i.exec(sentence.slice(0, result.index))?.[1]?.toLowerCase() ?? null;
    let resolved = resolve(result, published, prospective, options, cue);
    if (nearest && published && resolved?.date) {
      const back = resolve(result, published, false, options, cue);
      const ahead = resolve(result, published, true, options, cue);
      const distance = (reading: Resolved | null) =>
        reading?.date
          ? Math.abs(Date.parse(`${reading.date}T12:00:00Z`) - anchor(published))
          : Number.POSITIVE_INFINITY;
      resolved =
        distance(ahead) < distance(back) && !(spanEnd && distance(ahead) > SPAN_END_AHEAD_DAYS * DAY_MS) ? ahead : back;
      prospective = (resolved?.date ?? "") > published;
    }
    if (!resolved) continue;
    if (/^on\s/i.test(text)) {
      text = text.slice(3);
      start += 3;
    }
    const end = start + text.length;
    if (inQuote(start)) continue;
    // A period ("sold between August 2024 and January 2026", "closed from March 2020 to June 2021")
    // says how long something lasted, not when the sentence's news happened; a few days stay a date.
    const endDate = result.end?.date();
    const between =
      (/\bbetween\s+$/i.test(sentence.slice(0, start)) && /^\s+and\s/i.test(sentence.slice(end))) ||
      /\bbetween\s+[^,;:()]{2,30}?\s+and\s+$/i.test(sentence.slice(0, start));
    // A month or a year names an event only before an event noun ("Last month's storm dumped 120mm of
    // rain", "Last year's flood destroyed the footbridge"; "last month's figures" are a period's).
    const namesEvent =
      POSSESSIVE_AFTER.test(sentence.slice(end)) &&
      (resolved.precision === "day" ||
        resolved.precision === "week" ||
        ((resolved.precision === "month" || resolved.precision === "year") &&
          resolved.relative &&
          POSSESSIVE_EVENT.test(sentence.slice(end))));
    // "this year", "this month": the period a figure covers; the publication day says more about the
    // news. "This week" is when the news happened, no more precisely than its week. "This month's
    // inspection found cracks" names an event, no period.
    const current = /^(?:this|the current)\s+(?:month|year)$/i.test(text.trim()) && !namesEvent;
    const period =
      current ||
      (endDate !== undefined && endDate.getTime() - result.start.date().getTime() > 31 * DAY_MS) ||
      (between && resolved.precision !== "day");
    // An event named by its day or week ("Tuesday's collapse", "last week's strike") is the
    // sentence's own when it is the subject, or when the sentence tells in the past what happened in
    // it ("Turnout in Thursday's election was 54 percent", "More than 200 parents packed Thursday's
    // meeting"); else it is background to something else, at least when the sentence has another
    // date of its own.
    const subject = namesEvent && /^\s*(?:(?:and|but|so|then)\s+)?$/i.test(clauseBefore(sentence, start));
    // Not inside a relative clause on someone ("…, who was hurt in Saturday's rescue, died Monday").
    const befallen =
      namesEvent &&
      BEFALLEN_BEFORE.test(sentence.slice(0, start)) &&
      !/\b(?:who|which|that)\b/i.test(clauseBefore(sentence, start));
    const inEvent =
      befallen ||
      ((namesEvent ||
        // "won 41 of the 150 seats in the March 7 vote": a vote or a match named by its day, whose
        // result the sentence tells.
        (resolved.precision === "day" &&
          /\bthe\s+$/i.test(sentence.slice(0, start)) &&
          CONTEST_AFTER.test(sentence.slice(end)))) &&
        (/\b(?:in|at|during)\s+(?:the\s+)?$/i.test(sentence.slice(0, start)) ||
          (namesEvent && TAKING_PART_BEFORE.test(sentence.slice(0, start)))) &&
        !PRESENT_CLAUSE.test(clauseAround(writer, start, end)));
    const outcome =
      resolved.precision === "day" &&
      OUTCOME_VERB_BEFORE.test(sentence.slice(0, start)) &&
      POSSESSIVE_CONTEST.test(sentence.slice(end));
    const expression: DateExpression = {
      text,
      start,
      end,
      ...resolved,
      background:
        period ||
        FORMER_PLAN.test(said) ||
        (namesEvent && !befallen && ANSWERED_EVENT_BEFORE.test(sentence.slice(0, start))) ||
        ((resolved.precision === "day" || resolved.precision === "week") &&
          !prospective &&
          resolved.date !== null &&
          published !== null &&
          resolved.date < published.slice(0, 10) &&
          PERFECT_THEN_DAY.test(writer.slice(0, start))) ||
        (resolved.precision === "day" &&
          SUBJECT_PHRASE_BEFORE.test(sentence.slice(0, start)) &&
          PASSIVE_PERFECT_AFTER.test(sentence.slice(end))) ||
        (!(OWN_DEATH_BEFORE.test(sentence.slice(0, start)) && AGE_AFTER.test(sentence.slice(end))) &&
          classify(sentence, start, end, resolved, published, subject || inEvent || outcome)),
      reporting: SAID_ON.test(sentence.slice(0, start)),
      prospective,
      forecast: prospective && forecasts(said),
    };
    found.push(expression);
    if (namesEvent && !subject && !outcome) namedEvents.add(expression);
    if (namesEvent && resolved.precision === "day" && namesWeekday(text)) possessiveDays.add(expression);
    // "The record of 40.1C on March 3 was confirmed on Wednesday": the subject's day, the verb's day.
    if (
      resolved.precision === "day" &&
      SUBJECT_PHRASE_BEFORE.test(sentence.slice(0, start)) &&
      /^,?\s+(?:was|were|has|have|had)\s+\p{Ll}/u.test(sentence.slice(end))
    )
      namedEvents.add(expression);
    // People named by what they did then ("Thieves who raided the museum on Sunday took 11 pieces"):
    // judged on the main clause up to its first comma (what follows may be an attribution), and not
    // what they said (said when?) nor what they should do ("Anyone who travelled … on Monday should…").
    const ownClause = clauseBefore(sentence, start);
    const mainClause = writer.slice(end).split(/[,;:]/)[0] ?? "";
    const subjectPeople =
      WHO_WORD.test(ownClause) &&
      SUBJECT_WHO_RELATIVE.test(ownClause) &&
      !PERIOD_MARKER.test(ownClause) &&
      !PAST_VERB_BEFORE_WHO.test(sentence.slice(0, start).split(/\bwho\b/i)[0] ?? "") &&
      tellsWhatTheyDid(mainClause);
    // The same between commas ("Firefighters, who were called at 11pm on Sunday, fought the flames for
    // six hours"): the main clause after the closing comma tells what they did then.
    const afterRelative = /^[^,;:]{0,30},/.test(writer.slice(end)) ? (writer.slice(end).split(/[,;:]/)[1] ?? "") : "";
    const subjectPeopleBetweenCommas =
      afterRelative.trim() !== "" &&
      WHO_WORD.test(ownClause) &&
      SUBJECT_WHO_BETWEEN_COMMAS.test(ownClause) &&
      !PERIOD_MARKER.test(ownClause) &&
      tellsWhatTheyDid(afterRelative);
    // A thing named and dated by a participle between commas ("The bid, made on Wednesday, is made up
    // of an £80 million fee…", "The lying in state, which opened on Wednesday, drew 52,400 people"):
    // what the sentence says of it holds from that day; not "…, is still burning" (now), "…, has
    // covered 600 hectares" (by now), nor "…, was rejected" (when?).
    const afterAppositive = writer.slice(end).split(/[,;:]/)[1] ?? "";
    const subjectThing =
      (SUBJECT_PARTICIPLE.test(ownClause) || PARTITIVE_PARTICIPLE.test(ownClause)) &&
      !/\b(?:still|now|remains?|was|were|has|have)\b/i.test(afterAppositive) &&
      // Not an event the clause names by its day ("The Alliance, which organised Friday's march, said…").
      !POSSESSIVE_AFTER.test(sentence.slice(end)) &&
      !/^\s*(?:said|says|told)\b/i.test(afterAppositive);
    // Only a recent past day or week, the first date of the sentence and not the saying's.
    const firstRecentDay =
      !prospective &&
      !expression.reporting &&
      found.every((other) => other === expression || other.start > start) &&
      !period &&
      (resolved.precision === "day" || resolved.precision === "week") &&
      recent(resolved.date, published);
    if (!firstRecentDay) continue;
    // A main clause that tells what the event did ("…that broke out on Thursday is still burning"
    // tells of now; "The walkout, which began last week, was the longest in years" says what it was).
    if (
      (SUBJECT_EVENT_RELATIVE.test(ownClause) &&
        !PRESENT_CLAUSE.test(writer.slice(end)) &&
        !/\b(?:was|were)\b/i.test(writer.slice(end))) ||
      subjectPeople ||
      subjectPeopleBetweenCommas ||
      subjectThing
    )
      subjectEvents.add(expression);
    else if (SUBJECT_EVENT_RELATIVE.test(ownClause) && !NOT_THE_EVENT_AFTER.test(writer.slice(end)))
      subjectFindings.add(expression);
  }
  // A date read outside chrono (overnight, a date in figures, a holiday, a weekend): its background,
  // tense and forecast judged as every other date's.
  const expressionOf = (
    text: string,
    start: number,
    end: number,
    resolved: Resolved,
    prospective: boolean,
    reporting: boolean,
  ): DateExpression => ({
    text,
    start,
    end,
    ...resolved,
    background: classify(sentence, start, end, resolved, published),
    reporting,
    prospective,
    forecast: prospective && forecasts(unquotedBefore(sentence, quotes, start)),
  });
  // "Rescue teams worked overnight": the night before the publication day's morning, when no day is named.
  const overnight = OVERNIGHT.exec(sentence);
  if (overnight && !inQuote(overnight.index) && !found.some((expression) => expression.precision === "day")) {
    const start = overnight.index;
    const end = start + overnight[0].length;
    const resolved: Resolved = { date: published, precision: "day", relative: true };
    const prospective = futureAround(start, end);
    found.push(expressionOf(overnight[0], start, end, resolved, prospective, false));
  }
  for (const match of sentence.matchAll(FIGURE_DATE)) {
    const start = match.index + match[0].indexOf(match[1]!);
    const end = match.index + match[0].length;
    if (inQuote(start) || found.some((expression) => start < expression.end && end > expression.start)) continue;
    const prospective = futureAround(start, end) || SCHEDULED_BEFORE.test(unquotedBefore(sentence, quotes, start));
    const date = figureDate(Number(match[1]), Number(match[2]), match[3], published, prospective);
    // Both readings possible, or no year to put it in: no date rather than a wrong one.
    if (date === null) continue;
    const resolved: Resolved = { date, precision: "day", relative: match[3] === undefined };
    found.push(
      expressionOf(
        sentence.slice(start, end),
        start,
        end,
        resolved,
        prospective,
        SAID_ON.test(sentence.slice(0, start)),
      ),
    );
  }
  for (const match of sentence.matchAll(ORDINAL_DAY)) {
    const start = match.index + match[0].search(/\bthe\s/i);
    const end = match.index + match[0].length;
    if (inQuote(start) || found.some((expression) => start < expression.end && end > expression.start)) continue;
    const said = unquotedBefore(sentence, quotes, start);
    // A deadline set in the past ("were asked to respond by the 10th") may have passed.
    const ahead = futureAround(start, end) || (SCHEDULED_BEFORE.test(said) && !PAST_DEADLINE_SET.test(said));
    const date = ordinalDate(Number(match[1]), published, ahead);
    if (published !== null && date === null) continue;
    const resolved: Resolved = { date, precision: "day", relative: true };
    found.push(
      expressionOf(
        sentence.slice(start, end),
        start,
        end,
        resolved,
        published === null ? ahead : date !== null && date > published,
        SAID_ON.test(sentence.slice(0, start)),
      ),
    );
  }
  for (const match of sentence.matchAll(HOLIDAY)) {
    const name = (match[1] ?? match[2]!).replace(/\s+/g, " ");
    const written = match[3];
    const end = match.index + match[0].length;
    const start = match.index + match[0].search(/christmas|boxing|new\s+year/i);
    if (inQuote(start) || found.some((expression) => start < expression.end && end > expression.start)) continue;
    const [month, day] = HOLIDAY_DAYS[name.toLowerCase().replace("’", "'")]!;
    const said = unquotedBefore(sentence, quotes, start);
    // As for other dates, the day of a past saying ("said on Christmas Eve that it would…") is past.
    const saidInThePast = /\b(?:said|told|announced|confirmed|added|warned|stated)\b/i.test(
      SAID_ON.exec(sentence.slice(0, start))?.[0] ?? "",
    );
    const prospective = !saidInThePast && (futureAround(start, end) || SCHEDULED_BEFORE.test(said));
    const resolved: Resolved = written
      ? { date: `${written}-${pad(month)}-${pad(day)}`, precision: "day", relative: false }
      : { date: published ? monthDayOf(month, day, published, prospective) : null, precision: "day", relative: true };
    found.push(
      expressionOf(
        sentence.slice(start, end),
        start,
        end,
        resolved,
        prospective,
        SAID_ON.test(sentence.slice(0, start)),
      ),
    );
  }
  const fortnights = FORTNIGHTS_AGO.exec(sentence);
  if (fortnights && !inQuote(fortnights.index)) {
    const start = fortnights.index;
    const end = start + fortnights[0].length;
    const count = Math.max(1, ["a", "one", "two", "three"].indexOf(fortnights[1]!.toLowerCase()));
    const resolved: Resolved = { date: published && addDays(published, -14 * count), precision: "day", relative: true };
    found.push(expressionOf(fortnights[0], start, end, resolved, false, false));
  }
  const weekend = WEEKEND.exec(sentence);
  if (weekend && !inQuote(weekend.index) && !found.some((expression) => expression.precision === "day")) {
    const start = weekend.index;
    const end = start + weekend[0].length;
    const weekday = published ? new Date(`${published}T12:00:00Z`).getUTCDay() : -1;
    // "this weekend" in a Thursday's or a Friday's paper is the coming one, whatever the tense ("The
    // park is closed this weekend").
    const coming = /^this\b/i.test(weekend[0]) && (weekday === 4 || weekday === 5);
    const prospective = coming || (futureAround(start, end) && !/^(?:last|past)\b/i.test(weekend[0]));
    let date: string | null = null;
    if (published) {
      // Saturday 6, Sunday 0: a weekend under way is the current one; else the one before or to come.
      const inWeekend = weekday === 6 || weekday === 0;
      const current = addDays(published, weekday === 0 ? -1 : 0);
      if (inWeekend) date = /^last\b/i.test(weekend[0]) ? addDays(current, -7) : current;
      else date = prospective ? addDays(published, 6 - weekday) : addDays(published, -(weekday + 1));
    }
    const resolved: Resolved = { date, precision: "day", relative: true };
    found.push(expressionOf(weekend[0], start, end, resolved, prospective, false));
  }
  for (const match of sentence.matchAll(SEASON)) {
    const start = match.index + (match[1] === undefined ? match[0].search(/spring|summer|autumn|winter|fall/i) : 0);
    const end = match.index + match[0].length;
    if (inQuote(start) || found.some((expression) => start < expression.end && end > expression.start)) continue;
    // A season with neither a year nor a word that places it ("spring weather", "in summer") tells no time of the story.
    if (match[1] === undefined && match[4] === undefined && !/^(?:in|during|by|until|through)\b/i.test(match[0]))
      continue;
    const prospective = futureAround(start, end) || /^next\b/i.test(match[0]);
    const date = seasonYear(match[2] ?? match[3]!, match[1], match[4], published, prospective);
    const resolved: Resolved = { date, precision: "year", relative: match[4] === undefined };
    const expression = expressionOf(sentence.slice(start, end), start, end, resolved, prospective, false);
    // A past season dates an act done in it ("cut the scheme to 14 turbines last autumn"), not how
    // things stood then ("was estimated at about 1,100 animals last winter"): that is a figure's period.
    if (!prospective && SEASON_STATE.test(clauseAround(writer, start, end))) expression.background = true;
    found.push(expression);
  }
  for (const match of sentence.matchAll(WITHIN_SPAN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((expression) => start < expression.end && end > expression.start)) continue;
    // The writer's words set it to come ("hoped to refloat the ship “within 48 hours”" quotes only the span).
    if (!SPAN_AHEAD_BEFORE.test(clauseBefore(unquotedBefore(sentence, quotes, start), start))) continue;
    const count = /^\d+$/.test(match[1]!) ? Number(match[1]) : (numberWordValue(match[1]!) ?? 1);
    const unit = match[2]!.toLowerCase().replace(/s$/, "");
    const days = unit === "hour" ? Math.ceil(count / 24) : unit === "week" ? 7 * count : count;
    // From the day the sentence says it was said ("said on Wednesday that … within 48 hours"), else the paper's.
    const said = found.find(
      (expression) => expression.reporting && expression.precision === "day" && expression.start < start,
    );
    const from = said?.date ?? published;
    const resolved: Resolved = { date: from && addDays(from, days), precision: "day", relative: true };
    // The source's own aim or estimate for its work is a deadline it sets, not another's forecast.
    found.push({ ...expressionOf(match[0], start, end, resolved, true, false), forecast: false });
  }
  for (const match of sentence.matchAll(BARE_YEAR)) {
    const start = match.index + match[0].length - match[1]!.length;
    if (found.some((expression) => start >= expression.start && start < expression.end) || inQuote(start)) continue;
    const resolved: Resolved = { date: match[1]!, precision: "year", relative: false };
    const end = start + 4;
    const future = futureAround(start, end);
    // "lasted from 1943 to 1947", "from 1951-1957": a span of years is a period, not a date of news.
    const span = YEAR_SPAN_AFTER.test(sentence.slice(end));
    found.push({
      text: match[1]!,
      start,
      end,
      ...resolved,
      // A thing's origin a century and more ago ("The dam was built in 1884") tells what the thing
      // is, never the story's news: no date of the sentence, and none of the paper's either.
      background: span || match[1]! < "1900" || classify(sentence, start, end, resolved, published),
      reporting: false,
      prospective: future,
      forecast: future && forecasts(unquotedBefore(sentence, quotes, start)),
    });
  }
  // "A 1994 earthquake in the same region killed more than 600 people": a year naming the event the
  // sentence is about, as its subject, is the sentence's own date (elsewhere such a year is no date).
  // So is an earlier year naming what frames a sentence with no other date ("In a 2025 survey, 61%
  // said…"); one of the paper's own year or later is left to the sentence's other words.
  const frame = FRAME_YEAR.exec(sentence);
  const subjectEvent =
    SUBJECT_EVENT_YEAR.exec(sentence) ??
    (frame && published !== null && frame[1]! < published.slice(0, 4) && found.length === 0 ? frame : null);
  if (subjectEvent) {
    const start = subjectEvent[0].indexOf(subjectEvent[1]!);
    const end = start + 4;
    if (!found.some((expression) => start >= expression.start && start < expression.end)) {
      const future = futureAround(start, end);
      found.push({
        text: subjectEvent[1]!,
        start,
        end,
        date: subjectEvent[1]!,
        precision: "year",
        relative: false,
        background: false,
        reporting: false,
        prospective: future,
        forecast: future && forecasts(unquotedBefore(sentence, quotes, start)),
      });
    }
  }
  const subjectEventIn = SUBJECT_EVENT_IN_YEAR.exec(sentence);
  if (subjectEventIn) {
    const start = subjectEventIn[0].lastIndexOf(subjectEventIn[1]!);
    for (const expression of found) if (expression.start === start) expression.background = false;
  }
  // A year in a relative clause that ends the sentence describes a noun when the main clause has a date.
  const plain = withoutDigitGroups(sentence);
  const trailing = found.filter(
    (expression) =>
      expression.precision === "year" &&
      TRAILING_RELATIVE.test(clauseBefore(plain, expression.start)) &&
      SENTENCE_END.test(plain.slice(expression.end)),
  );
  if (trailing.length > 0 && found.some((expression) => !expression.background && !trailing.includes(expression)))
    for (const expression of trailing) expression.background = true;
  // Alone too, a person's or a thing's past long before the article ("…was Doreen Platt, who said she
  // had last been there in 1964.", "…named the driver as Tom Hale, whose licence was revoked in 2019.",
  // "…fought the flames at the library, which was last refurbished in 2009.") tells who or what they
  // are: the sentence's news is what the main clause says of them now.
  for (const expression of trailing)
    if (
      DESCRIBING_TRAILING_RELATIVE.test(clauseBefore(plain, expression.start)) &&
      expression.date !== null &&
      published !== null &&
      wellBefore(expression.date, published)
    )
      expression.background = true;
  // "…tickets had been sold for the three-day event, which was due to start on June 28.": a plan told
  // in the past of a noun at the sentence's end says what that thing was to be, not the sentence's
  // news, and is no upcoming event of it ("…, who will be sentenced on June 28" stays one).
  for (const expression of found)
    if (
      PAST_PLAN_RELATIVE.test(clauseBefore(plain, expression.start)) &&
      SENTENCE_END.test(plain.slice(expression.end))
    )
      expression.background = true;
  // "… will meet King Willem on Friday to discuss the next steps after talks broke down yesterday": a
  // date in an "after …" clause that follows a dated main clause is the earlier event's, not the news.
  for (const expression of found) {
    if (expression.background) continue;
    const clause = clauseBefore(plain, expression.start);
    const after = AFTER_CLAUSE.exec(clause);
    if (!after) continue;
    const clauseStart = expression.start - clause.length + after.index;
    // Not under a plan for a month or a year ("will get a pay rise from September after … reached a
    // deal on Tuesday"): that is a period, no event of its own, and the deal is the news.
    if (
      found.some(
        (other) =>
          other !== expression &&
          !other.background &&
          other.end <= clauseStart &&
          (other.precision === "day" || other.precision === "week" || !other.prospective || expression.prospective),
      )
    )
      expression.background = true;
  }
  // "The pipeline failed two of its last five inspections, federal records show, and its operator was
  // fined $1.2 million in 2023 over corrosion": a clause joined on with a subject of its own, told in
  // a year well before the article (or in an undated one), is background to a first clause that has
  // no date; it is not when that clause's news happened ("…, and in 1965 helped launch a club" goes on
  // with the same subject and keeps its year).
  for (const expression of found) {
    if (expression.precision !== "year" || expression.relative || expression.background || !expression.date) continue;
    if (published !== null && !wellBefore(expression.date, published)) continue;
    const joined = JOINED_CLAUSE_WITH_SUBJECT.exec(plain.slice(0, expression.start));
    if (joined && !found.some((other) => other.start < joined.index)) expression.background = true;
  }
  // "Graham Sutton, the engineer who carried out the last inspection in 2023, told the inquiry on
  // Wednesday that…": a date inside the description set off around the one who speaks is theirs,
  // not the news they told (unlike "Prices rose in May, the office said on Friday").
  for (const saying of found) {
    const verb = saying.reporting ? SAID_ON.exec(sentence.slice(0, saying.start)) : null;
    // "…, figures showed on Monday" names its own subject.
    if (!verb || !/^(?:said|says|told)/i.test(verb[0])) continue;
    for (const expression of found)
      if (
        expression.end <= verb.index &&
        !expression.reporting &&
        /(?<!\d),(?!\d)[^,;:“”"]*$/.test(sentence.slice(0, expression.start)) &&
        /^[^,;:“”"]*,\s*$/.test(sentence.slice(expression.end, verb.index))
      )
        expression.background = true;
  }
  // The subject's event is the news when nothing else in the sentence is dated but the saying
  // ("An earthquake that struck on Monday killed 40 people, officials said on Tuesday"); one day
  // only: in "The strike that began on Monday ended on Thursday" the second is the main clause's.
  if (
    subjectEvents.size === 1 &&
    !found.some((expression) => !expression.background && !expression.reporting && !subjectEvents.has(expression))
  )
    for (const expression of subjectEvents) expression.background = false;
  // A finding about the subject's event ("A fire that destroyed the library on Sunday night was started
  // deliberately, police said") tells that event, unless the saying dates the finding on a day before
  // the paper's ("…, Midlands Grid said on Friday" in Saturday's paper: Friday's news). A saying on the
  // paper's own day ("police said today") is only the report the paper carries.
  const findingTold =
    subjectEvents.size === 0 &&
    subjectFindings.size === 1 &&
    !found.some(
      (expression) =>
        !subjectFindings.has(expression) &&
        ((!expression.background && !expression.reporting) ||
          (expression.reporting && (published === null || expression.date !== published))),
    );
  if (findingTold) for (const expression of subjectFindings) expression.background = false;
  // A year or more before the story told as an origin or a precedent ("Okafor was first elected in
  // 2024 and won a second term last year", "The library was last refurbished in 2009"): the sentence
  // is background, and none of its old years or months is a day of the story.
  const publishedYear = published ? Number(published.slice(0, 4)) : null;
  const oldYear = (expression: DateExpression) =>
    publishedYear !== null &&
    expression.date !== null &&
    Number(expression.date.slice(0, 4)) < publishedYear &&
    wellBefore(expression.date, published ?? "");
  // Only a main clause's year: one in a relative clause on a name ("Varga, who was first elected in
  // 2011, resigned last December") is background already, and the main clause is the news.
  if (
    found.some(
      (expression) =>
        !expression.prospective &&
        !expression.background &&
        expression.precision === "year" &&
        oldYear(expression) &&
        (PAST_INSTANCE_BEFORE.test(clauseBefore(writer, expression.start)) ||
          ORIGIN_BEFORE.test(clauseBefore(writer, expression.start)) ||
          PRECEDENT_BEFORE.test(writer.slice(0, expression.start)) ||
          PRECEDENT_AFTER.test(writer.slice(expression.end))),
    )
  )
    for (const expression of found)
      if (expression.precision === "year" && oldYear(expression)) {
        expression.background = true;
        expression.recalled = true;
      }
  // A sentence with a date of its own is not about the event it names by its day (a finding's event
  // told above is the sentence's own).
  if (found.some((expression) => !expression.background && !namedEvents.has(expression)))
    for (const expression of namedEvents)
      if (!(findingTold && subjectFindings.has(expression))) expression.background = true;
  // The sentence's only date told in a clause of its own: that clause's time is the sentence's.
  const only = found.length === 1 ? found[0]! : null;
  if (only?.background && possessiveDays.has(only) && possessiveDayTold(writer, only, published))
    only.background = false;
  if (only?.background && only.prospective && planOfTheMainClause(writer, only)) only.background = false;
  // "No attacks have been reported since Saturday night, when nine ewes were killed": the day a "when"
  // clause in the past tells what happened on is that event's, the sentence's only news of a day.
  if (
    only?.background &&
    only.precision === "day" &&
    !only.prospective &&
    recent(only.date, published) &&
    WHEN_PAST_AFTER.test(writer.slice(only.end))
  )
    only.background = false;
  // "The yacht, which crossed the line on Thursday night, was stripped of its title", "Six men were
  // charged in raids that began at 6am on Tuesday": a recent past day told in a relative clause, the
  // sentence's only date, is when what the sentence tells took place, its main clause in the past too
  // (not "…who was injured when a crane collapsed on Tuesday has died", news of the paper's day).
  if (
    only?.background &&
    (only.precision === "day" || only.precision === "month") &&
    !only.prospective &&
    recent(only.date, published) &&
    !PERIOD_MARKER.test(clauseBefore(writer, only.start)) &&
    pastRelativeClause(writer, only)
  )
    only.background = false;
  // "The trawler has been detained in Brest since Wednesday", "Forty pupils have tested positive since
  // Nov. 2": a state told in the present perfect since a recent day, the sentence's only date, began
  // that day, which its entry tells (not what has not happened since: "No attacks have been reported since").
  if (
    only?.background &&
    only.precision === "day" &&
    !only.prospective &&
    recent(only.date, published) &&
    PERFECT_SINCE.test(clauseBefore(writer, only.start)) &&
    !NEGATION.test(clauseBefore(writer, only.start))
  )
    only.background = false;
  return found.sort((a, b) => a.start - b.start);
}

/** A present perfect up to "since": "has been detained in Brest since ", "have tested positive since ". */
const PERFECT_SINCE = /\b(?:has|have)\s+(?:[\p{L}-]+\s+){1,6}?since\s+$/u;
/** A negation: what the clause tells did not happen. */
const NEGATION = /\b(?:no|not|never|nobody|none|nothing)\b|n['’]t\b/i;

/** A relative clause in the past up to its date: "which crossed the line on ", "that began at 6am on ". */
const RELATIVE_IN_PAST_BEFORE =
  /(?:^|[\s,])(?:which|that|who|whose)\s+(?:[^,;:()“”"]*?\s)?(?:was|were|had|\p{L}{2,}(?<!e)ed|fell|broke|began|struck|hit|cut|shut|came|went|left|lost|won|made|took|tore|swept|sank|ran|caught|stole|fled|led|held|set|found|rang|flew|drove|gave)\b[^,;:()“”"]*$/u;

/**
 * Whether a date stands in a relative clause told in the past (see RELATIVE_IN_PAST_BEFORE) whose main
 * clause is in the past too: neither a present nor a perfect before the relative word or after the
 * clause closes.
 */
function pastRelativeClause(writer: string, day: DateExpression): boolean {
  const before = writer.slice(0, day.start);
  const relative = RELATIVE_IN_PAST_BEFORE.exec(before);
  // Not a bound of a span ("who visited after July 28"), nor what did not happen, nor a source's
  // report ("according to the prefecture, which announced the toll on Saturday": the day it was told).
  if (!relative || /\b(?:after|before|since|until|till|by)\s+$/i.test(before) || NEGATION.test(writer)) return false;
  if (/\b(?:said|announced|reported|confirmed|told|stated|revealed|disclosed)\b/i.test(relative[0])) return false;
  // A day that names an event ("which organised Tuesday's rally") is that event's, not the clause's.
  if (/^['’]s\b/.test(writer.slice(day.end))) return false;
  // The main clause after it: past the comma that closes a clause set off by commas ("The yacht,
  // which crossed the line on Thursday night, was…"), else all that follows the date ("A pedestrian
  // who was injured … on Tuesday has died…").
  const after = writer.slice(day.end);
  const setOff = /,\s*$/.test(before.slice(0, relative.index + 1));
  const main = `${before.slice(0, relative.index)} ${(setOff && /^[^,;:]*,\s*(.*)$/s.exec(after)?.[1]) || after}`;
  // Neither what holds now or is to come, nor a saying ("Witnesses who saw the crash on Monday said…").
  if (/\b(?:is|are|has|have|will|would|shall|should|could|can|may|might|must|remains?|said|says|told)\b/i.test(main))
    return false;
  // A passive or a state ("Two climbers, who set out on Sunday morning, were rescued", "The fire that
  // broke out on Monday was the worst…") may be of another day, unless the clause names the occasion
  // it took place in ("Six men were charged in raids that began at 6am on Tuesday").
  const head = before.slice(0, relative.index);
  if (/\b(?:in|during|at)(?:\s+[\p{L}-]+){1,3}\s*$/iu.test(head)) return true;
  // Else only a clause on the subject, before any verb ("Detectives questioned two men who robbed a
  // jeweller on Monday": the robbery's day), its main clause
  // told in the active ("was rolling heavily" is one too).
  return !/\b(?:was|were)\s+(?!\p{L}+ing\b)/iu.test(main) && !VERB_OF_ITS_OWN.test(head) && !SIMPLE_PAST.test(head);
}

/**
 * A standing told in the past, up to "after": "led Landry by 14 votes … after ", "was 14 votes ahead
 * … after ", "stood at 31 … following " (a "was" before a participle is a passive act, not a standing).
 */
const STANDING_AFTER_EVENT =
  /\b(?:led|trailed|stood|(?:was|were)\s+(?!(?:\p{L}+ed|being|taken|given|made|held|seen|found|told|sent|brought|left|shot|hit|caught)\b))\b[^,;:()“”"]*\b(?:after|following)\s+$/iu;
/** An auxiliary or a present: a verb of its own after the event the day names ("… collapse near Ravenna were allowed"). */
const VERB_OF_ITS_OWN = /\b(?:is|are|was|were|has|have|had|will|would|shall|can|could|may|might|must|should)\b/i;

/**
 * A day named by its possessive as the sentence's only date, after a standing told in the past
 * ("Aucoin led Landry by 14 votes after Monday's election", "Aucoin was 14 votes ahead after Monday's
 * vote"): the standing that day's event left, as of that day. Not an act answering the event ("Police
 * arrested two men after Tuesday's blast": some day after, background), a present or perfect of now
 * ("has died after Saturday's crash"), a relative clause on someone, nor an event named as the subject
 * of another verb ("Families evacuated after Monday's collapse were allowed home").
 */
function possessiveDayTold(writer: string, day: DateExpression, published: string | null): boolean {
  if (day.prospective || !recent(day.date, published)) return false;
  const clause = clauseBefore(writer, day.start);
  const right = writer.slice(day.end).split(/[,;:]/)[0] ?? "";
  return (
    STANDING_AFTER_EVENT.test(clause) &&
    !PRESENT_CLAUSE.test(clause) &&
    !FUTURE.test(clause) &&
    !FUTURE_IN_PAST.test(clause) &&
    !/\b(?:who|which|that)\b/i.test(clause) &&
    !VERB_OF_ITS_OWN.test(right)
  );
}

/** ", when nine ewes were killed", ", when the roof fell in": a past event told of the day just before. */
const WHEN_PAST_AFTER =
  /^\s*,\s*when\s+(?:[^,;:()“”"]*?\s)?(?:was|were|had|\p{L}+(?<!e)ed|fell|broke|began|struck|hit|cut|shut|came|went|left|lost|won|made|took|tore|swept|sank|ran)\b/u;

/**
 * A day to come told in a relative clause on what the main clause, in a future tense with no day of
 * its own, will do ("Judge Marchetti will oversee the recount, which is set to begin on Friday", "The
 * inquiry, which is due to open on Monday, will hear 40 witnesses"): the day the plan is for.
 */
function planOfTheMainClause(writer: string, day: DateExpression): boolean {
  const relative = /\b(?:that|which)\s[^;:()“”"]*$/i.exec(writer.slice(0, day.start));
  if (!relative) return false;
  // The main clause: before the relative clause, and after it when it closes with a comma.
  const after = /^[^,;:]*,\s*(.*)$/s.exec(writer.slice(day.end))?.[1] ?? "";
  const main = `${writer.slice(0, relative.index)} ${after}`;
  return FUTURE.test(main) && !FUTURE_IN_PAST.test(main);
}
