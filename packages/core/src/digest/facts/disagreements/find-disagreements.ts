import type { Disagreement } from "@roundup/prompts";
import { byPublication } from "../../../ingest/index.js";
import type { Article } from "../../../model/index.js";
import { escapeRegExp } from "../../../text/escape-reg-exp.js";
import { oncePerText } from "../../../text/once-per-text.js";
import { oncePerWord } from "../../../text/once-per-word.js";
import { type ArticleSentence, citationOf } from "../../evidence/article-sentences.js";
import { initialsOf, outletOf } from "../corroboration/index.js";
import {
  EVENT_NAMES,
  FIGURE_PUT_AT,
  floorsOfStoryBuilding,
  inSpeakersOwnPlace,
  isLengthUnit,
  isMoneyUnit,
  type NumberMention,
} from "../figures/index.js";
import type { SentenceDate } from "../reading/index.js";
import { beforeStory, publishedDay, storyStart } from "../reading/index.js";
import { alignedFigures } from "./aligned-figures.js";
import { commonFigureOf, inCommonUnits } from "./common-units.js";
import { loneFigurePairs } from "./lone-figures.js";
import { measureClassGroups } from "./measure-class-pairs.js";
import { measureFrameKey, partBelowWhole, thingOfMeasure } from "./measure-frame.js";
import { ordinalTollOf } from "./ordinal-toll.js";
import { partsOfWholes } from "./part-of-whole.js";
import { revisedAway } from "./revised-from.js";
import { isStanding, STANDING_DAYS, standingReadings } from "./standing-quantities.js";
import { withStoryAct } from "./story-act.js";
import { strikersOfOneTrade } from "./strikers-of-one-trade.js";
import { undatedPrecedent } from "./undated-precedent.js";
import { commonSpelling } from "./unit-spelling.js";

/**
 * Figures further apart than this ratio are taken to count different things, not to disagree. 1.25
 * until December 2026: outlets' counts of one thing at one moment were seen a third apart on stories
 * written as held-out tests (1,400 vs 1,900 rejected ballots, 11 vs 14 hours); unit, event, frame,
 * place and moment still have to match.
 */
const SAME_QUANTITY_RATIO = 1.5;
/**
 * Outlets' figures for one quantity at one moment, as compared for disagreements: seen further apart
 * than SAME_QUANTITY_RATIO on the stories written as held-out tests in December 2026 (about 3,000
 * residents out of their homes overnight against about 1,800, 11 workers treated in hospital against
 * seven), when both are of one area (see oneArea). The timeline still groups a development's figures
 * by SAME_QUANTITY_RATIO.
 */
const OUTLETS_RATIO = 1.75;
/**
 * Moves of one named thing ("the crown fell 1.2 percent" and "0.7 percent" after the same decision)
 * are reported further apart: small percentages differ by the moment each outlet read the market.
 */
const SAME_MOVE_RATIO = 2;
/**
 * Figures attributed to different named sources ("the ministry said", "according to a researcher")
 * that measure the same thing at the same moment are rival counts, and rival counts differ more than
 * outlets' copies of one count do: a company's and a researcher's count of the customers a breach
 * affected, a ministry's and an engineers' body's count of the homes a plan protects. Counts of
 * things only (not shares or sums), naming the same places (see rivalNamedSources).
 */
const RIVAL_SOURCES_RATIO = 3;
/** Counts reported without a date of their own, this many days apart, are counts of different moments. */
const SAME_MOMENT_DAYS = 1;
/**
 * A distance between two named ends ("bothy from car park"): where a thing lies is one fact whenever
 * told, and with both ends named it can be no other quantity, so outlets' figures up to
 * SAME_MOVE_RATIO apart are set against each other.
 */
const DISTANCE_BETWEEN = /^[a-z]+ from [a-z]/;
/**
 * A warning's lead before what it warned of ("the siren sounded 12 minutes before the strike", "barely
 * four minutes before lightning hit"): witnesses and officials judge it far apart (seconds against
 * minutes), and with the warning and the event both named it can be no other quantity, so outlets'
 * figures up to this ratio apart are set against each other.
 */
const WARNING_LEAD_RATIO = 10;
/**
 * A distance from a landmark named by its head noun ("three metres from the edge of the track", "25ft
 * from the track's edge"): told by eye, outlets' figures run further apart than counts do, and one
 * landmark at one moment gives one measure, so figures up to this ratio apart are set against each other.
 */
const LANDMARK_DISTANCE_RATIO = 3;
const FROM_LANDMARK = /^from [a-z]/;
/**
 * A measure told as its equivalent in familiar things ("the equivalent of about 10 chest X-rays", "the
 * same dose as 25 X-rays"): each outlet or expert converts with assumptions of their own, so the
 * figures run far apart; the familiar thing names the measure, and figures up to this ratio apart are
 * set against each other.
 */
const EQUIVALENCE_RATIO = 3;
const DAY_MS = 86_400_000;
/** The event of a length debris was spread over (see thingDimension). */
const DEBRIS_FIELD = "debris field";
const DATE_IN_SCOPE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b(?:19|20)\d\d\b/i;

/**
 * Mentions that count the same thing: same unit, event, kind, frame (a demand never matches an
 * offer) and span (a quarter's sales never match a year's). `anyKind`: a running total and one
 * event's count of the same measure alike (a later count of either updates an earlier one).
 */
export function quantityKey(mention: NumberMention, options: { anyKind?: boolean } = {}): string | null {
  if (!mention.unit || !mention.event) return null;
  const kind = options.anyKind ? "" : `|${mention.kind}`;
  return `${keyUnit(mention.unit, mention.event)}|${keyEvent(mention.unit, mention.event)}${kind}|${mention.frame}${mention.subject ? `|${mention.subject}` : ""}${mention.owner ? `|of ${mention.owner}` : ""}${mention.period ? `|per ${mention.period}` : ""}`;
}

/** What a supply reaches, as outlets name it when it is cut off (never people, a count of another kind). */
const SUPPLIED_PREMISES =
  /^(?:home|house|household|customer|business|propertie|property|premise|premises|residence|dwelling|connection|meter|account)$/;

/** Pupils, however a school's closure names them ("2,300 pupils", "1,900 children", "students"). */
const PUPIL_LIKE = /^(?:pupil|student|child|children|schoolchild)$/;

/**
 * The unit two counts of one outcome share, whatever noun each outlet chose: the pupils a closure keeps
 * from school, the workers stood down (dock workers or dockers), the posts a company cuts (jobs,
 * positions, roles), the charges brought (counts or charges). Other units stay as written.
 */
function keyUnit(written: string, event: string): string {
  const unit = commonSpelling(written);
  if (event === "affected" && PUPIL_LIKE.test(unit)) return "pupil";
  // "300,000 homes and businesses without power" and "240,000 customers lost power": a utility counts
  // the premises it supplies, whatever noun an outlet uses for them.
  if (event.startsWith("without ") && SUPPLIED_PREMISES.test(unit)) return "customer";
  if (event === "stood down") return "people";
  // "cut 4,000 jobs" and "eliminate 3,600 positions": posts cut, whichever noun an outlet uses.
  if (event === "cut" && /^(?:job|post|position|role)$/.test(unit)) return "job";
  // "served 2,000 meals" and "sold 3,500 plates of food": the meals given out, whichever noun.
  if (event === "served" && /^(?:plate|portion|serving|helping)$/.test(unit)) return "meal";
  // "faces 11 charges" and "a 12-count indictment": the charges brought, whichever noun.
  if (event === "charged" && unit === "charge") return "count";
  // "About 3,000 supporters marched" and "Around 2,500 fans took part in the march" (or "a march of
  // 2,500 people"): a march's size is those who attended it, whatever noun an outlet gives them.
  if (CROWD_PERSON.test(unit) && (MARCHED.test(event) || event === "attended")) return "people";
  // "Some 500 people had protested" and "Around 300 protesters gathered": a crowd's size.
  if (unit === "people" && PROTESTED.test(event)) return "protester";
  // "evacuated 30 homes" and "45 families were ordered out of their homes": an evacuation counts the
  // homes it empties, whatever noun an outlet uses for those who live in one.
  if (event === "displaced" && EVACUATED_HOMES.test(unit)) return "household";
  // "About 20 people were working at the base" and "the 14 crew members working at the site": those
  // at work in one place, whatever noun an outlet uses for them.
  if (event === "work" && AT_WORK.test(unit)) return "worker";
  // "the postponement of 14 fixtures" and "Eleven games have been postponed": a league's fixtures,
  // games and matches are one thing, whichever noun an outlet uses.
  if (FIXTURE_FATE.test(event) && FIXTURE.test(unit)) return "match";
  return unit;
}

/** A sporting fixture's nouns (the singular of "matches" is read as "matche"). */
const FIXTURE = /^(?:match|matche|game|fixture)$/;
/** What befalls fixtures that are not played on their day. */
const FIXTURE_FATE = /^(?:postponed|cancelled|called off|rearranged|rescheduled)$/;
/** What an evacuation empties, as outlets name it: homes, houses, households, families in them. */
const EVACUATED_HOMES = /^(?:home|house|household|family|families|dwelling|residence|propertie|property)$/;
/** Nouns for those at work in one place: workers, staff, crew members, people. */
const AT_WORK = /^(?:people|worker|member|crew|staff|employee|labourer|laborer)$/;

/** Nouns for those in a crowd that marched or attended. */
const CROWD_PERSON = /^(?:people|supporter|fan|marcher|campaigner|resident|member|student|worker)$/;
/** A march told by its verb: those who marched are those who attended it. */
const MARCHED = /^(?:marched|rallied)$/;
/** What a crowd did, as outlets count it: "protesters gathered", "people protested", "marchers rallied". */
const PROTESTED = /^(?:protested|demonstrated|marched|rallied)$/;
const CROWD_GATHERED = /^(?:gathered|assembled|turned out|protested|demonstrated|marched|rallied)$/;

/** Things a fire, a flood or a blast can leave gone (never people, jobs or money: "lost" is another outcome there). */
const DESTROYABLE =
  /^(?:home|house|building|book|car|vehicle|shop|store|business|propertie|property|barn|church|school|boat|painting|artwork|manuscript|document|volume|tree|structure|dwelling|flat|apartment|caravan|hive|greenhouse)$/;
/** How a crowd of onlookers came, as outlets say it: gathered, assembled, turned out, attended. */
const ONLOOKERS_CAME = /^(?:gathered|assembled|turned out)$/;
const GONE = /^(?:lost|destroyed|burned|burnt|gutted|razed|wrecked|flattened)$/;

/**
 * The outcome two counts share, whatever verb each outlet chose: "About 40,000 books were lost" and
 * "60,000 books had been destroyed", "homes razed" and "homes destroyed" ("damaged" stays another).
 */
function keyEvent(unit: string, event: string): string {
  // "the postponement of 12 matches" and "Ten games were called off": fixtures not played on their
  // day, whether an outlet says postponed, cancelled or called off.
  if (keyUnit(unit, event) === "match" && FIXTURE_FATE.test(event)) return "not played";
  if (keyUnit(unit, event) === "protester" && CROWD_GATHERED.test(event)) return "protested";
  if (MARCHED.test(event) && keyUnit(unit, event) === "people") return "attended";
  // "Some 300 people had gathered to watch" and "A crowd of about 500 watched": one crowd, however
  // an outlet says it came (a crowd that protested is counted above, as protesters).
  if (unit === "people" && ONLOOKERS_CAME.test(event)) return "attended";
  // "put the damage at $40m" and "economic losses of about $55 million": what a disaster cost, one
  // estimate however an outlet names it (insured losses, a part of it, are read apart).
  if (event === "damage" && isMoneyUnit(unit)) return "loss";
  return DESTROYABLE.test(unit) && GONE.test(event) ? "destroyed" : event;
}

const lowOf = (mention: NumberMention) => mention.range?.low ?? mention.value;
const highOf = (mention: NumberMention) => mention.range?.high ?? mention.value;

/**
 * Splits mentions sorted by value wherever two neighbours are further apart than the ratio (a range
 * counts from its high end, so its two ends always stay together). The ratio may depend on the two
 * neighbours (rival sources' counts are compared further apart).
 */
export function clusterByValue(
  mentions: readonly NumberMention[],
  ratio: number | ((last: NumberMention, next: NumberMention) => number) = SAME_QUANTITY_RATIO,
): NumberMention[][] {
  const sorted = [...mentions].sort((a, b) => lowOf(a) - lowOf(b) || a.value - b.value);
  const clusters: NumberMention[][] = [];
  let top: NumberMention | null = null;
  for (const mention of sorted) {
    const current = clusters[clusters.length - 1];
    const limit = top ? (typeof ratio === "number" ? ratio : ratio(top, mention)) : 0;
    const joins =
      current &&
      top &&
      highOf(top) > 0 &&
      (lowOf(mention) <= highOf(top) ||
        lowOf(mention) / highOf(top) <= limit ||
        (mention.range !== undefined && mention.range === top.range));
    if (joins) current.push(mention);
    else clusters.push([mention]);
    if (!top || !joins || highOf(mention) >= highOf(top)) top = mention;
  }
  return clusters;
}

/** When a figure was true, as far as comparing figures needs it. */
interface FigureTime {
  /** ISO date at its precision, or null when unknown (undated article, no date stated). */
  date: string | null;
  stated: boolean;
}

function timeOf(mention: NumberMention, dates: ReadonlyMap<ArticleSentence, SentenceDate | null>): FigureTime {
  // Read once per figure and dates: each grouping (and each aligned pair's) asks it again. Keyed on
  // objects each digest makes afresh, so nothing outlives the digest.
  let times = timesIn.get(dates);
  if (!times) {
    times = new WeakMap();
    timesIn.set(dates, times);
  }
  let time = times.get(mention);
  if (!time) {
    time = figureTimeOf(mention, dates);
    times.set(mention, time);
  }
  return time;
}
const timesIn = new WeakMap<ReadonlyMap<ArticleSentence, SentenceDate | null>, WeakMap<NumberMention, FigureTime>>();

function figureTimeOf(mention: NumberMention, dates: ReadonlyMap<ArticleSentence, SentenceDate | null>): FigureTime {
  // A price paid once in a year ("paid £140m for the club in 2031") is of that year, whatever the
  // sentence's own date (a relative clause's year is background to it); so is a dated work's cost.
  if (
    (mention.event === "cost" || mention.event === "cost of work") &&
    mention.period &&
    /^\d{4}$/.test(mention.period)
  )
    return { date: mention.period, stated: true };
  const known = dates.get(mention.item);
  if (!known) {
    // A precedent's sentence is true of no day of the story, but its figure still has its year.
    const older = olderEventYear(mention);
    return older ? { date: older, stated: true } : { date: null, stated: false };
  }
  const earlier = earlierBy(mention, known.date);
  if (earlier) return { date: earlier, stated: true };
  const day = known.basis === "stated" && known.date.length === 10 ? dayOfReport(mention, known.date) : null;
  return { date: day ?? known.date, stated: known.basis === "stated" };
}

const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
/**
 * "The cuts come a year after Nordvik laid off 2,500 employees", "two decades since the mine shed
 * 900 jobs": a clause told as months or years before the sentence's own time, up to the figure.
 */
const EARLIER_CLAUSE =
  /\b(a|an|one|two|three|four|five|six|\d{1,2})\s+(months?|years?|decades?)\s+(?:after|since)\s+[^,;]*$/i;

/**
 * "the worst since an ice storm on Dec. 22, 2013, that left 300,000 homes …": the figure's clause
 * tells of an older event named with its year (a relative clause on it), whose figure it is.
 */
const OLDER_EVENT_CLAUSE =
  /\b(?:since|than|like|after|before|when)\s[^;:]*?\b((?:19|20)\d\d)\b,?\s+(?:that|which|when)\s+[^,;:]*$/i;

/**
 * "A similar attack on a Toledo hospital in 2023 exposed the records of 210,000 patients": an event of
 * the kind recalled for comparison, with its year, before the figure. The figure is that event's.
 */
const PRECEDENT_BEFORE =
  /\b(?:a|an)\s+(?:similar|previous|earlier|comparable|prior)\s+(?:[\p{L}'’-]+\s+){1,6}?(?:in|during)\s+((?:19|20)\d\d)\b[^;:]*$/iu;

/**
 * "The 2031 Yarmouth Centre recount, which overturned a nine-vote margin, cost …": a year written as
 * a noun's modifier names that year's instance of the thing (its recount, its flood, its budget); a
 * figure after it in its sentence is that instance's. A compound ("the 2031-built ship") is no such year.
 */
const YEAR_MODIFIER_BEFORE =
  /\b(?:the|a|an|its|their|this|that)\s+((?:19|20)\d\d)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+\b/iu;

/**
 * The year of an older event whose figure this is (see OLDER_EVENT_CLAUSE, PRECEDENT_BEFORE, YEAR_MODIFIER_BEFORE), when it
 * is before `now` (a date, by default the article's publication): never a count of this story, nor an
 * update of one.
 */
export function olderEventYear(mention: NumberMention, now = mention.item.article.publishedAt ?? ""): string | null {
  if (!/^\d{4}/.test(now)) return null;
  const before = mention.item.sentence.text.slice(0, mention.start - mention.item.sentence.start);
  const year =
    OLDER_EVENT_CLAUSE.exec(before)?.[1] ??
    PRECEDENT_BEFORE.exec(before)?.[1] ??
    YEAR_MODIFIER_BEFORE.exec(before)?.[1];
  return year && year < now.slice(0, 4) ? year : null;
}

/**
 * The month or year a figure is of when its clause tells an event months or years before the
 * sentence's own time (see EARLIER_CLAUSE): another, older event's figure, never a rival of this
 * story's counts. Null for any other figure.
 */
function earlierBy(mention: NumberMention, sentenceDate: string): string | null {
  const before = mention.item.sentence.text.slice(0, mention.start - mention.item.sentence.start);
  if (!/^\d{4}/.test(sentenceDate)) return null;
  const older = olderEventYear(mention, sentenceDate);
  if (older) return older;
  const clause = EARLIER_CLAUSE.exec(before);
  if (!clause) return null;
  const count = COUNT_WORDS[clause[1]!.toLowerCase()] ?? Number(clause[1]);
  const unit = clause[2]!.toLowerCase();
  const year = Number(sentenceDate.slice(0, 4));
  if (unit.startsWith("month") && sentenceDate.length >= 7) {
    const months = year * 12 + Number(sentenceDate.slice(5, 7)) - 1 - count;
    return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, "0")}`;
  }
  return String(year - count * (unit.startsWith("decade") ? 10 : 1));
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** "said on Tuesday that", "announced Tuesday": the day a source spoke, which the sentence's date may be. */
const SAID_ON_DAY =
  /\b(?:said|says|announced|confirmed|reported|added|told\s+[\p{L}]+)\s+(?:(?:in\s+an?\s+(?:statement|update|briefing)|at\s+an?\s+(?:news|press)\s+(?:conference|briefing)|late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;
/**
 * "estimated on Tuesday", "put the spill at 42,000 gallons on Wednesday", "On Wednesday, officials
 * put": a sentence that tells a source giving a figure, whose day is the day it was given.
 */
const ESTIMATED_ON_DAY = /\b(?:said|says|announced|estimated|estimates|put|puts|placed|calculated|reported)\b/u;
const NAMED_DAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s\b|\b)/gu;
const POSSESSIVE_DAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s/u;

/**
 * The day a reported figure is of, when the sentence is dated by the day its source spoke and the
 * figure's own words name an earlier day: "said on Tuesday that … Monday's outage, which led to the
 * cancellation of 410 flights" counts Monday's flights, as does "… 6 million had been affected by
 * Friday's outage". Null when the words name no other day.
 */
function dayOfReport(mention: NumberMention, spoken: string): string | null {
  const text = mention.item.sentence.text;
  const figure = mention.start - mention.item.sentence.start;
  const said = SAID_ON_DAY.exec(text);
  if (!said || said.index > figure) return null;
  // Or an event named by its day after the figure: "said on Sunday that about 6 million customers had
  // been affected by Friday's outage" counts Friday's.
  const named =
    [...text.slice(said.index + said[0].length, figure).matchAll(NAMED_DAY)].pop()?.[1] ??
    POSSESSIVE_DAY.exec(text.slice(figure).split(/[;:]/)[0] ?? "")?.[1];
  if (!named) return null;
  const spokenDay = new Date(`${spoken}T12:00:00Z`);
  const back = (spokenDay.getUTCDay() - WEEKDAYS.indexOf(named.toLowerCase()) + 7) % 7;
  if (back === 0) return null;
  return new Date(spokenDay.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whether a finished event's count is dated only by the day its source spoke, after the figure ("More
 * than 350 runners needed treatment during the Eastport Marathon, …, said on Monday"): the day of the
 * report, as a publication day is, not of the count (the race was on Sunday). A count that grows, or
 * a sentence naming another day, keeps its date.
 */
function spokenDayOnly(mention: NumberMention): boolean {
  if (mention.kind !== "fixed") return false;
  const said = SAID_ON_DAY.exec(mention.item.sentence.text);
  return (
    !!said && said.index >= mention.end - mention.item.sentence.start && dayOnlyOfSaying(mention.item.sentence.text)
  );
}

/** Whether a sentence's one day is the day its source spoke ("…, the SES said on Sunday", "Police said on Tuesday that …"). */
function dayOnlyOfSaying(text: string): boolean {
  if (!SAID_ON_DAY.test(text)) return false;
  const days = [...text.matchAll(NAMED_DAY)].length;
  return days === 1 && !DATE_IN_SCOPE.test(text) && !/\b(?:yesterday|today|tonight|last night)\b/i.test(text);
}

/** Nouns of an incident whose outcome a count may be: a blast, a crash, a fire, an attack. */
const INCIDENT = String.raw`(?:blast|explosion|crash|collision|fire|blaze|attack|shooting|bombing|stabbing|storm|earthquake|quake|derailment|collapse|accident|flood|landslide|avalanche|eruption|riot|crush|stampede|ambush|sinking|capsizing)`;
const DAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** "The blast on Thursday killed six", "An explosion tore through the plant on Thursday, injuring 19": the incident as the subject, its day in the first clause. */
const INCIDENT_SUBJECT = new RegExp(
  String.raw`^(?:The|A|An)\s+(?:[\p{L}-]+\s+){0,4}?${INCIDENT}\b[^,;:]*?\b${DAY}\b`,
  "u",
);
/** "Tuesday's crash", "in the crash on Tuesday", "from Thursday's blast": the day a phrase gives its incident. */
const INCIDENT_DAY = new RegExp(
  String.raw`\b${DAY}['’]s\s+(?:[\p{L}-]+\s+){0,2}?${INCIDENT}\b|\b(?:in|from|by|during)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?${INCIDENT}\s+(?:(?:late|early)\s+)?on\s+${DAY}\b`,
  "u",
);

/**
 * Whether a fixed count's sentence is dated by the day of the incident it counts ("The blast on
 * Thursday killed six workers", "Tuesday's crash killed 23", "23 people died in the crash on
 * Tuesday"): its one named day, given to the incident, with no saying on that day. Such a count is
 * the incident's toll as its report knew it, not a count taken on that day. A day given to what was
 * done to the incident ("Firefighters contained the fire on Friday") is no incident's day.
 */
function datedByIncident(mention: NumberMention): boolean {
  if (mention.kind !== "fixed" || mention.frame !== "reported" || !mention.item.article.publishedAt) return false;
  const text = mention.item.sentence.text;
  const days = [...text.matchAll(NAMED_DAY)];
  if (days.length !== 1 || SAID_ON_DAY.test(text) || DATE_IN_SCOPE.test(text)) return false;
  if (INCIDENT_DAY.test(text)) return true;
  // As the subject, the incident's outcome comes after its day ("… on Thursday, injuring 19").
  return INCIDENT_SUBJECT.test(text) && mention.start - mention.item.sentence.start > days[0]!.index;
}

/**
 * A figure's own reading, made once per figure: pairs of figures ask it again and again (a figure is
 * made per digest, so nothing outlives it).
 */
function oncePerFigure(read: (mention: NumberMention) => boolean): (mention: NumberMention) => boolean {
  const known = new WeakMap<NumberMention, boolean>();
  return (mention) => {
    let value = known.get(mention);
    if (value === undefined) {
      value = read(mention);
      known.set(mention, value);
    }
    return value;
  };
}

const onlySpokenDay = oncePerFigure(spokenDayOnly);
const datedByItsIncident = oncePerFigure(datedByIncident);
/** NAMED_DAY without its flag g, which a test would leave its place in. */
const A_NAMED_DAY = new RegExp(NAMED_DAY.source, "u");
/** Whether a figure's sentence names a day of the week (see NAMED_DAY). */
const namesDay = oncePerFigure((mention) => A_NAMED_DAY.test(mention.item.sentence.text));

/** A plain day, YYYY-MM-DD. */
const PLAIN_DAY = /^(\d{4})-(\d\d)-(\d\d)$/;

/**
 * Days since 1970 to noon of a day, a month's first or a year's first (YYYY[-MM[-DD]]). Pairs of
 * figures ask it again and again: a plain day is counted without parsing a timestamp, which gives
 * the same (a day past its month's end runs on into the next, as the parser has it).
 */
function dayNumberOf(date: string): number {
  const day = date.padEnd(10, "-01").slice(0, 10);
  const parts = PLAIN_DAY.exec(day);
  if (parts) {
    const [year, month, dayOfMonth] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    // Date.UTC reads years below 100 as 19xx: those, and months or days out of range, go to the parser.
    if (year >= 100 && month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31)
      return Date.UTC(year, month - 1, dayOfMonth, 12) / DAY_MS;
  }
  return Date.parse(`${day}T12:00:00Z`) / DAY_MS;
}
/** dayNumber read once per date: pairs of figures ask it of the same few days thousands of times. */
const dayNumber = oncePerWord(dayNumberOf);

/** Whether both figures' sentences state their time, in different years. */
function statedYearsApart(a: FigureTime, b: FigureTime): boolean {
  return a.stated && b.stated && a.date !== null && b.date !== null && a.date.slice(0, 4) !== b.date.slice(0, 4);
}

/**
 * Whether two figures describe the same moment. A figure about a named, dated event ("killed in
 * the Oct. 7 attack") is the same whenever it is reported; otherwise two stated dates must match,
 * and counts reported without one must come from (about) the same day.
 */
function sameMoment(
  a: NumberMention,
  b: NumberMention,
  timeA: FigureTime,
  timeB: FigureTime,
  /** Comparing for disagreements: two named sources' estimates of one measure are one moment (see rivalEstimates). */
  rivals = false,
): boolean {
  if (DATE_IN_SCOPE.test(a.scope) && DATE_IN_SCOPE.test(b.scope)) return true;
  // Settled terms (a sentence passed, a fine) hold whenever told, but one an earlier year's sentence
  // states ("In 2034, a collector was jailed for 30 weeks") is another case's.
  if (a.settled && b.settled) return !statedYearsApart(timeA, timeB);
  // "the true number … was closer to 21,000": a correction of a count already told is of that count's
  // moment, whatever day it was said on (a week at most between the reports).
  if (correctsACount(a) !== correctsACount(b)) return standingTogether(a, b);
  // A standing quantity holds for days, whatever day its sentence is dated by ("employs 650 people,
  // handled 9,400 tonnes last year"): reports a week apart at most tell one moment's.
  if (isStanding(a) && isStanding(b)) return standingTogether(a, b);
  if (tollGrew(a, b) || tollGrew(b, a)) return false;
  if (grownSince(a, timeA, b, timeB) || grownSince(b, timeB, a, timeA)) return false;
  if (timeA.date === null || timeB.date === null) return true;
  // Everyone aboard one trip or in the hall when it happened is one number once it is over, however
  // many days later an outlet gives it.
  if (!timeA.stated && !timeB.stated && wholeWhenItHappened(a) && wholeWhenItHappened(b)) return standingTogether(a, b);
  // So are the travellers a disruption affected, as two named sources give them days apart.
  if (!timeA.stated && !timeB.stated && travellersAffected(a) && travellersAffected(b) && otherEstimators(a, b))
    return standingTogether(a, b);
  // Two named sources' estimates of one measure ("the Coast Guard estimated 30,000 gallons", "state
  // officials put the spill at 42,000 gallons on Wednesday") dated only by the days they gave them,
  // up to three days apart, are rival estimates of one quantity (see rivalEstimates).
  if (
    rivals &&
    (timeA.stated || timeB.stated) &&
    [a, b].every((mention) => !namesDay(mention) || ESTIMATED_ON_DAY.test(mention.item.sentence.text)) &&
    Math.abs(dayNumber(timeA.date) - dayNumber(timeB.date)) <= 3 &&
    rivalEstimates(a, b)
  )
    return true;
  if (timeA.stated && timeB.stated) {
    const length = Math.min(timeA.date.length, timeB.date.length);
    if (timeA.date.slice(0, length) === timeB.date.slice(0, length)) return true;
    // A count dated only by the day its source spoke is compared as of that day's report.
    if (onlySpokenDay(a)) return sameMoment(a, b, { ...timeA, stated: false }, timeB);
    if (onlySpokenDay(b)) return sameMoment(a, b, timeA, { ...timeB, stated: false });
    // "The crash on Tuesday killed 23" in Wednesday's paper is the toll as that paper knew it: against
    // a count dated by the day it was given, it is compared as of its report (two incidents' own days
    // stay two moments).
    const [eventA, eventB] = [datedByItsIncident(a), datedByItsIncident(b)];
    if (eventA && !eventB) return sameMoment(a, b, { date: mentionDay(a), stated: false }, timeB);
    if (eventB && !eventA) return sameMoment(a, b, timeA, { date: mentionDay(b), stated: false });
    return false;
  }
  // Pupils a closure keeps from school, one count with no day of its own ("About 31,000 students were
  // affected") and the next day's ("36,000 students were out of school Tuesday"): the roll of the
  // schools shut, which a day does not change. Two days' own counts stay two (schools reopen).
  if (timeA.stated !== timeB.stated && pupilsKeptOut(a) && pupilsKeptOut(b))
    return Math.abs(dayNumber(mentionDay(a)) - dayNumber(mentionDay(b))) <= SAME_MOMENT_DAYS;
  // A report cannot tell a count of a day after it was published: a figure from Tuesday's paper and
  // one stated for Thursday are two moments, however close. What a plan will do is no count of a
  // day: the day stated is when it was said ("said on Tuesday that the plan would shield 31,000
  // homes" answers Monday's "will protect 48,000").
  if (timeA.stated !== timeB.stated && !(a.frame === "plan" && b.frame === "plan")) {
    // "Six officers were on duty when the men escaped, the prison service said on Thursday": dated
    // only by its saying, a count is that day's report, as an undated one is its paper's.
    if (timeA.stated && onlySpokenDay(a)) return sameMoment(a, b, { ...timeA, stated: false }, timeB, rivals);
    if (timeB.stated && onlySpokenDay(b)) return sameMoment(a, b, timeA, { ...timeB, stated: false }, rivals);
    const [stated, published] = timeA.stated ? [timeA.date, timeB.date] : [timeB.date, timeA.date];
    if (dayNumber(stated) > dayNumber(published)) return false;
  }
  if (rivals && !timeA.stated && !timeB.stated && rivalEstimates(a, b)) return true;
  const apart = Math.abs(dayNumber(timeA.date) - dayNumber(timeB.date));
  // "Around 150 residents have now been evacuated", "Nine people remain in hospital": a count as of its writing. Reported a day after
  // another, it is the later day's count, not a morning paper's telling of the day before.
  const [later, laterTime] = dayNumber(timeA.date) > dayNumber(timeB.date) ? [a, timeA] : [b, timeB];
  if (apart >= 1 && !laterTime.stated && asOfWriting(later)) return false;
  // "Four people … are still missing" in a morning paper, "Three people are still missing" on that
  // evening's radio: counts as of their writing half a day apart are two moments' (a search goes on).
  if (apart === 0 && !timeA.stated && !timeB.stated && asOfWriting(a) && asOfWriting(b) && hoursApart(a, b) >= 12)
    return false;
  // What a blocked proposal "would have" done is what it would do as last told before the decision,
  // however few days before: a proposal that is no more is changed no more.
  const afterDecision = (a.counterfactual && b.frame === "plan") || (b.counterfactual && a.frame === "plan");
  return apart <= (timeA.stated || timeB.stated || afterDecision ? 3 : SAME_MOMENT_DAYS);
}

/** Hours between two figures' articles (0 when either is undated). */
function hoursApart(a: NumberMention, b: NumberMention): number {
  const [first, second] = [a.item.article.publishedAt, b.item.article.publishedAt];
  if (!first || !second) return 0;
  return Math.abs(Date.parse(first) - Date.parse(second)) / 3_600_000;
}

/** "the true number of households …", "the real figure": what follows corrects a count already told. */
const TRUE_COUNT = /\b(?:true|real|actual|correct)\s+(?:figure|number|total|count|tally)\b[^.;]*$/i;

/** Whether a figure is given as the true one, against a count already told (see TRUE_COUNT). */
const correctsACount = oncePerFigure((mention) =>
  TRUE_COUNT.test(mention.item.sentence.text.slice(0, mention.start - mention.item.sentence.start)),
);

/** "was carrying", "had an audience of", "were evacuated": told in the past. */
const TOLD_PAST = /\b(?:was|were|had)\b/i;
/** "remain aboard", "are still on board", "now": a load as of the writing, which changes. */
const STILL_THERE = /\b(?:remain(?:s|ed)?|still|now|are|is)\b/i;
/** An audience tied to the moment of the incident: "when the deck gave way", "All 380 … were evacuated". */
const AT_THE_MOMENT = /\b(?:when|as)\s+(?:the|a|an|it|its|their)\b|^All\s/;

/**
 * Those aboard a trip, in a building or in an audience when something happened, told in the past ("The flight was
 * carrying 178 passengers", "All 187 passengers … were evacuated", "The Pavilion had an audience of
 * 420 … when the deck gave way"): a finished occasion's whole, which no later day changes. Never a
 * load as of the writing ("2,600 passengers remain aboard"), nor a crowd with no moment named (two
 * rallies' crowds are two counts).
 */
function wholeWhenItHappened(mention: NumberMention): boolean {
  if (mention.kind !== "fixed" || mention.frame !== "reported" || mention.range) return false;
  if (mention.event !== "aboard" && mention.event !== "attended" && mention.event !== "inside") return false;
  const text = mention.item.sentence.text;
  if (!TOLD_PAST.test(text) || STILL_THERE.test(text)) return false;
  // Those inside a building are read only when the sentence ties them to the moment ("when it exploded").
  return mention.event !== "attended" || AT_THE_MOMENT.test(text);
}

/** Those who travel, whose journeys a closure, a strike or an outage disrupts. */
const TRAVELLER_UNIT = /^(?:passenger|traveller|traveler|commuter|holidaymaker|flyer)$/;

/**
 * Travellers a disruption affected, told in the past ("About 21,000 passengers were affected, a
 * spokesman for the airport said", "Some 27,000 passengers had their journeys disrupted by the
 * closure, the Board of Airline Representatives said"): the whole of a finished disruption, which no
 * later day changes, as everyone aboard a finished trip is. Never a count still growing ("since",
 * "so far") nor one as of the writing ("are affected", "now").
 */
function travellersAffected(mention: NumberMention): boolean {
  if (mention.kind !== "fixed" || mention.frame !== "reported" || mention.range || mention.event !== "affected")
    return false;
  if (!TRAVELLER_UNIT.test(mention.unit ?? "")) return false;
  const text = mention.item.sentence.text;
  return TOLD_PAST.test(text) && !STILL_THERE.test(text);
}

/** Whether two figures are given by two outlets and two sources both named: rivals, not one source's revision. */
function otherEstimators(a: NumberMention, b: NumberMention): boolean {
  if (a.item.article.source === b.item.article.source) return false;
  const [first, second] = [estimatorOf(a), estimatorOf(b)];
  return first !== null && second !== null && !first.endsWith(second) && !second.endsWith(first);
}

/** Pupils or students affected by a closure or kept from school (see the mentions' OUT_OF_SCHOOL). */
function pupilsKeptOut(mention: NumberMention): boolean {
  return (
    mention.event === "affected" &&
    /^(?:pupil|student|child|schoolchild)$/.test(mention.unit ?? "") &&
    mention.kind === "fixed" &&
    mention.frame === "reported" &&
    typeof mention.item.article.publishedAt === "string"
  );
}

const mentionDay = (mention: NumberMention) => publishedDay(mention.item.article) ?? "";

/** Whether two standing quantities' articles were published STANDING_DAYS apart at most (undated: together). */
function standingTogether(a: NumberMention, b: NumberMention): boolean {
  const [first, second] = [publishedDay(a.item.article), publishedDay(b.item.article)];
  if (!first || !second) return true;
  return Math.abs(dayNumber(first) - dayNumber(second)) <= STANDING_DAYS;
}

/**
 * "Three skiers were killed and one was still missing", then a later report's "Four skiers died": a
 * death toll its own article leaves open (people still missing, a toll expected to rise) is not the
 * final count, so a higher toll published after it is the toll grown, not a rival figure.
 */
function tollGrew(earlier: NumberMention, later: NumberMention): boolean {
  if (later.value <= earlier.value) return false;
  const [before, after] = [earlier.item.article.publishedAt, later.item.article.publishedAt];
  if (!before || !after || byPublication(after, before) <= 0) return false;
  const laterDay = publishedDay(later.item.article)! > publishedDay(earlier.item.article)!;
  // "The number of people injured … has risen to 27": a count its own words tell as grown, printed
  // after a lower one, is that count grown, whoever gave either; also when the earlier names no act
  // of its own ("damaged roofs at 17 homes" against "23 homes were damaged, six more than first thought").
  if (
    (toldAsRisen(later) || toldGrownElsewhere.has(later)) &&
    (earlier.event === later.event || earlier.event === null)
  )
    return true;
  if (earlier.event !== later.event) return false;
  // A count its own words leave open ("with crews still assessing damage", "a preliminary count"), or
  // a later one told as made after a fuller check ("after crews checked every street"), is a tally
  // still being kept: a higher one printed on a later day is the tally grown, whoever gave either.
  if (laterDay && (countLeftOpen(earlier) || countCompleted(later))) return true;
  if (earlier.event === "killed") return tollLeftOpen(earlier.item);
  // The hurt taken to hospital on the night, then the next day's count: hospitals' tallies come in
  // after the first report, so a higher one printed on a later day is the count grown.
  return earlier.event === "hospitalised" && laterDay;
}

/** Figures of a count another sentence of the story tells as grown to that value (see markGrownValues). */
const toldGrownElsewhere = new WeakSet<NumberMention>();

/**
 * "The number of injured has risen to 27" in one report: a later report's "Twenty-seven people were
 * hurt" is that count grown too, though its own words do not say so (same act, unit and value, printed
 * no earlier than the rise).
 */
function markGrownValues(mentions: readonly NumberMention[]): void {
  const grown = mentions.filter((mention) => mention.event !== null && toldAsRisen(mention));
  if (grown.length === 0) return;
  for (const mention of mentions) {
    const at = mention.item.article.publishedAt;
    if (
      grown.some(
        (rise) =>
          rise !== mention &&
          rise.event === mention.event &&
          rise.value === mention.value &&
          rise.unit === mention.unit &&
          rise.item.article.publishedAt !== null &&
          at !== null &&
          byPublication(rise.item.article.publishedAt, at) <= 0,
      )
    )
      toldGrownElsewhere.add(mention);
  }
}

/** "still assessing", "are still being counted", "a preliminary count", "expected to rise": a count not yet complete. */
const COUNT_LEFT_OPEN =
  /\b(?:still\s+(?:being\s+)?(?:assess|count|check|inspect|survey|tally|tallie)(?:ing|ed)|(?:preliminary|initial|provisional)\s+(?:count|estimate|figures?|tally|assessment)|(?:expected|likely)\s+to\s+(?:rise|grow|climb|increase)|(?:could|may|might)\s+(?:rise|grow|climb|increase))\b/i;
/** "after crews checked every street", "a full count", "the final tally": a count told as made by a fuller check. */
const COUNT_COMPLETED =
  /\bafter\s+(?:[\p{L}-]+\s+){0,3}?(?:checked|inspected|assessed|surveyed|counted|visited|searched)\s+(?:every|all|each)\b|\b(?:final|full|complete)\s+(?:count|tally|assessment)\b/iu;

const countLeftOpen = oncePerFigure((mention) => COUNT_LEFT_OPEN.test(mention.item.sentence.text));
const countCompleted = oncePerFigure((mention) => COUNT_COMPLETED.test(mention.item.sentence.text));

/**
 * "The number of runners treated in hospitals rose to 19", then "In all, 22 runners were treated in
 * hospital, the health department said on Tuesday", a day after: a count told as grown is a tally still
 * being kept, so a higher one a source gave on a later day is that tally grown further. Given the same
 * day, or with no day of its giving, it is still a rival figure.
 */
function grownSince(
  earlier: NumberMention,
  earlierTime: FigureTime,
  later: NumberMention,
  laterTime: FigureTime,
): boolean {
  if (earlier.event !== later.event || later.value <= earlier.value || !toldAsRisen(earlier)) return false;
  if (earlierTime.date === null || laterTime.date === null || !onlySpokenDay(later)) return false;
  return dayNumber(laterTime.date) > dayNumber(earlierTime.date);
}

/** Whether a figure is a count told as grown (see TOLD_AS_RISEN and RISEN_SINCE_FIRST_TOLD). */
const toldAsRisen = oncePerFigure((mention) => {
  const text = mention.item.sentence.text;
  const at = mention.start - mention.item.sentence.start;
  return TOLD_AS_RISEN.test(text.slice(0, at)) || RISEN_SINCE_FIRST_TOLD.test(text.slice(at));
});

/**
 * "23 homes were damaged, six more than first thought", "… higher than initially reported": the
 * figure's own clause sets it above what was first told of the same count, so it is that count grown,
 * not a rival. ("up from 49 percent at the last election" compares another occasion: not read.)
 */
const RISEN_SINCE_FIRST_TOLD =
  /^[^;.]{0,80}?\b(?:more|higher|greater)\s+than\s+(?:was\s+|had\s+been\s+)?(?:first|initially|originally|previously|earlier)\s+(?:thought|reported|feared|believed|estimated|counted|said|stated)\b/i;

/** "has risen to", "rose to about", "has climbed to": the figure right after is a count told as grown. */
const TOLD_AS_RISEN =
  /\b(?:(?:has|have|had)\s+(?:now\s+|since\s+)?(?:risen|climbed|grown|increased|jumped|gone\s+up)|rose|climbed|grew|increased|jumped)\s+to\s+(?:(?:about|around|nearly|almost|at\s+least|more\s+than|some)\s+)?$/i;

/**
 * Two named sources' figures for one thing that is no count that grows, told days apart with no date
 * of their own: what a plan or a deal will cost as the Treasury and as a think tank put it, the water a
 * breach released as engineers and as a dam society give it, the heat a fire reached as the fire
 * service and as engineers give it. Each is the source's estimate of one quantity, not a reading of a
 * day, so however many days apart they are told they are rival estimates. Not counts of things told
 * as done (homes damaged are counted up over days), shares, nor a level as of its writing ("debt has
 * reached", "now stands at"); one outlet's or one source's two figures are a revision.
 */
function rivalEstimates(a: NumberMention, b: NumberMention): boolean {
  if (a.frame !== b.frame || (a.frame !== "plan" && !(a.frame === "reported" && isMeasure(a.unit)))) return false;
  if ([a, b].some((mention) => AS_OF_WRITING.test(mention.item.sentence.text))) return false;
  // One outlet's two figures, or one source's ("the Environment Ministry", then "the ministry"), are a revision.
  if (a.item.article.source === b.item.article.source) return false;
  // "The offer … would cost about £1.9 billion" is what an offer costs, never what the deal will.
  if (offerCosted(a) !== offerCosted(b)) return false;
  const [first, second] = [estimatorOf(a), estimatorOf(b)];
  return first !== null && second !== null && !first.endsWith(second) && !second.endsWith(first);
}

/** The offer, proposal, bid or demand a sentence opens on, whose figure it gives ("The offer, up from …, would cost"). */
function offerCosted(mention: NumberMention): string | null {
  return OFFER_SUBJECT.exec(mention.item.sentence.text)?.[1]?.toLowerCase() ?? null;
}

const OFFER_SUBJECT = /^(?:The|Its|Their|This|That)\s+(?:[\p{L}\d.-]+\s+){0,3}?(offer|proposal|bid|demand|claim)s?\b/u;

/** A sum, or a measure of a thing (heat, volume, length, land), never a count of things nor a share. */
const isMeasure = (unit: string | null) => isMoneyUnit(unit) || isLengthUnit(unit) || MEASURE_UNIT.test(unit ?? "");
const MEASURE_UNIT =
  /^(?:celsius|fahrenheit|barrel|gallon|litre|liter|tonne|ton|cubic [a-z]+|square [a-z]+|hectare|acre)$/;
/** "has reached", "have now risen", "currently stands", "so far": a level as of the writing, which moves. */
const AS_OF_WRITING = /\b(?:has|have)\s+(?:now\s+|already\s+)?[a-z]+(?:ed|en|wn|ne)\b|\b(?:now|currently|so far)\b/i;

/**
 * Who gives a figure: a named source ("according to the Resolution Forum"), one whose work it is
 * ("according to an analysis by the British Dam Society"), else "the fire service said".
 */
function estimatorOf(mention: NumberMention): string | null {
  const known = estimatorIn.get(mention.item);
  if (known !== undefined) return known;
  const text = mention.item.sentence.text;
  const byWork = WORK_BY.exec(text)?.[1]?.toLowerCase();
  const estimator =
    byWork ??
    sentenceSource(mention.item) ??
    sayerBefore(text)
      ?.toLowerCase()
      .replace(/^the\s+/, "") ??
    null;
  estimatorIn.set(mention.item, estimator);
  return estimator;
}

/**
 * A sentence's estimator and source, read once per sentence: pairs of figures ask them again and
 * again (a sentence's items are made per digest, so nothing outlives it).
 */
const estimatorIn = new WeakMap<ArticleSentence, string | null>();
const sourceIn = new WeakMap<ArticleSentence, string | null>();
function sentenceSource(item: ArticleSentence): string | null {
  const known = sourceIn.get(item);
  if (known !== undefined) return known;
  const source = sourceOf(item.sentence.text);
  sourceIn.set(item, source);
  return source;
}

const WORK_BY =
  /\baccording to (?:an?|the|new)\s+(?:[a-z]+\s+){0,2}(?:by|from|of)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*)/u;

const TOLL_LEFT_OPEN =
  /\b(?:still|remain(?:s|ed)?|were|was|are|is)\s+(?:still\s+)?(?:missing|unaccounted\s+for)\b|\btoll\s+(?:could|may|might|(?:is|was)\s+(?:likely|expected)\s+to)\s+rise\b/i;

/**
 * Whether a sentence's article leaves its toll open, read once per sentence: pairs of figures ask it
 * again and again. Keyed on the sentence's item, which each digest makes afresh, so nothing outlives
 * the digest (an article's own object may be digested again, and a cache on it would flatter a benchmark).
 */
const tollOpenIn = new WeakMap<ArticleSentence, boolean>();
function tollLeftOpen(item: ArticleSentence): boolean {
  let open = tollOpenIn.get(item);
  if (open === undefined) {
    open = TOLL_LEFT_OPEN.test(item.article.text);
    tollOpenIn.set(item, open);
  }
  return open;
}

/** A count as of the time of writing: "have now been evacuated", "has now risen to". */
const AS_OF_NOW = /\b(?:has|have)\s+now\b/i;
/**
 * A count told as lasting in its own clause ("Nine people remain in hospital", "are still missing", a
 * part set off by commas between, "Four people, including a girl, are still missing";
 * not "put the number of injured at 23, seven of whom remain"): as of its writing, day by day.
 */
const LASTING_AFTER =
  /^[^,;.]*?(?:,\s+(?:including\s+|\S+\s+of\s+(?:them|whom)\s+)[^,;.]*,)?[^,;.]*?\b(?:remain|remains|(?:is|are)\s+still)\b/i;

/**
 * Whether a count is told as of its writing (see AS_OF_NOW, LASTING_AFTER), read once per figure: pairs
 * of figures ask it again and again (a figure is made per digest, so nothing outlives it).
 */
const asOfWritingOf = new WeakMap<NumberMention, boolean>();
function asOfWriting(mention: NumberMention): boolean {
  let told = asOfWritingOf.get(mention);
  if (told === undefined) {
    const text = mention.item.sentence.text;
    told = AS_OF_NOW.test(text) || LASTING_AFTER.test(text.slice(mention.end - mention.item.sentence.start));
    asOfWritingOf.set(mention, told);
  }
  return told;
}

/**
 * Whether two figures are of one area: the same places named, or none by either, or places named by
 * one that the other's article names too ("forced about 3,000 residents from their homes" in Port
 * Alder against the Port Alder paper's "About 1,800 residents were evacuated"). A count in a town and
 * one naming no place in an article that never names the town may be a part and the whole.
 */
function oneArea(a: NumberMention, b: NumberMention): boolean {
  const names = (mention: NumberMention) => mention.places.map((place) => place.toLowerCase()).sort();
  if (names(a).join("|") === names(b).join("|")) return true;
  const [placed, placeless] = a.places.length === 0 ? [b, a] : b.places.length === 0 ? [a, b] : [null, null];
  if (!placed || !placeless) return false;
  return placed.places.every((place) => placeless.item.article.text.includes(place));
}

/** Counts in places both named and different ("killed in Rafah" and "killed in Khan Younis") are different counts. */
export function samePlace(a: NumberMention, b: NumberMention): boolean {
  if (a.places.length === 0 || b.places.length === 0) return true;
  const lower = new Set(a.places.map((place) => place.toLowerCase()));
  return b.places.some((place) => lower.has(place.toLowerCase())) || sameSite(a, b);
}

/**
 * Whether one figure's place is the site the other's sentence names as such: "trapped … at its Harlow
 * Pit mine near Tenby" reads as Tenby, but is the Harlow Pit another outlet says the men are trapped
 * at. Only a name set before a noun after "its", "the" ("its Harlow Pit mine"), never one after a
 * place word ("in Rhyl": another count's place).
 */
function sameSite(a: NumberMention, b: NumberMention): boolean {
  const names = (mention: NumberMention, place: string) => {
    const escaped = escapeRegExp(place);
    return new RegExp(`\\b(?:its|their|the|his|her)\\s+${escaped}\\s+[a-z]`, "u").test(mention.item.sentence.text);
  };
  return a.places.some((place) => names(b, place)) || b.places.some((place) => names(a, place));
}

/** A set of figures for one quantity at one moment: different values there are a disagreement. */
export interface FigureGroup {
  mentions: NumberMention[];
  /** The moment, when known (a stated date, else the publication day). */
  date: string | null;
}

/**
 * Groups figures that measure the same thing (unit, event, kind, frame, close values, same place),
 * then splits each group by moment. Several moments with different values are a development over
 * time (the timeline's business), not a disagreement.
 */
export function groupFigures(
  mentions: readonly NumberMention[],
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null>,
  kind: NumberMention["kind"],
  /** Compare figures of different named sources up to RIVAL_SOURCES_RATIO apart (disagreements only). */
  rivals = false,
  /** What makes two figures one quantity: their key (see quantityKey, measureFrameKey). */
  keyOf: (mention: NumberMention) => string | null = quantityKey,
): FigureGroup[][] {
  const byKey = new Map<string, NumberMention[]>();
  for (const mention of mentions) {
    if (mention.kind !== kind) continue;
    const key = keyOf(mention);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), mention]);
    // What a blocked deal "would have" done is what it "would" do as told before the decision: the
    // figure stands with the plan's figures too (a figure is set against its rivals once).
    const planKey = rivals && mention.counterfactual ? keyOf({ ...mention, frame: "plan" }) : null;
    if (planKey) byKey.set(planKey, [...(byKey.get(planKey) ?? []), mention]);
  }
  const result: FigureGroup[][] = [];
  // Read only where a lone moment is stated: most groups (every aligned pair's) never ask.
  let start: string | null | undefined;
  const storyStartOf = () => {
    if (start === undefined) start = storyStart([...new Set(mentions.map((mention) => mention.item.article))]);
    return start;
  };
  for (const group of byKey.values()) {
    // A story has one field of debris: any two lengths of it are rival figures, however far apart.
    const ratio =
      isLengthUnit(group[0]?.unit) && group[0]?.event === DEBRIS_FIELD
        ? Number.POSITIVE_INFINITY
        : group[0]?.event === "warned"
          ? WARNING_LEAD_RATIO
          : isLengthUnit(group[0]?.unit) && FROM_LANDMARK.test(group[0]?.event ?? "")
            ? LANDMARK_DISTANCE_RATIO
            : group[0]?.event === "equivalent"
              ? EQUIVALENCE_RATIO
              : group[0]?.subject || (isLengthUnit(group[0]?.unit) && DISTANCE_BETWEEN.test(group[0]?.event ?? ""))
                ? SAME_MOVE_RATIO
                : rivals
                  ? (last: NumberMention, next: NumberMention) =>
                      transposed(last, next)
                        ? Number.POSITIVE_INFINITY
                        : last.event === "attended" && oneArea(last, next) && !oneNamedSource(last, next)
                          ? ESTIMATE_RATIO
                          : !notAHeadcount(last.unit) && rivalNamedSources(last, next)
                            ? RIVAL_SOURCES_RATIO
                            : oneArea(last, next)
                              ? OUTLETS_RATIO
                              : SAME_QUANTITY_RATIO
                  : SAME_QUANTITY_RATIO;
    for (const cluster of clusterByValue(group, ratio)) {
      // Place first: a count per place is its own quantity. A count naming no place joins the one
      // place named, and none when several are (it could be any of them, or all together).
      const places: NumberMention[][] = [];
      for (const mention of cluster.filter((item) => item.places.length > 0)) {
        const home = places.find((members) => members.every((member) => samePlace(member, mention)));
        if (home) home.push(mention);
        else places.push([mention]);
      }
      const placeless = cluster.filter((item) => item.places.length === 0);
      if (places.length === 0) places.push(placeless);
      // A speaker's own place ("in my living room") is no place a count naming none could be of.
      else if (places.length === 1 && !places[0]!.some(inSpeakersOwnPlace)) places[0]!.push(...placeless);
      for (const members of places.flatMap(byDefendant)) {
        const timed = members
          .map((mention) => ({ mention, time: timeOf(mention, dates) }))
          .sort((a, b) => (a.time.date ?? "").localeCompare(b.time.date ?? ""));
        const moments: Array<{ first: (typeof timed)[number]; members: NumberMention[] }> = [];
        for (const entry of timed.filter((item) => item.time.date !== null)) {
          // A figure of the same day as a moment is of that moment before one a day or two away
          // (Tuesday's two counts are set against each other, not Tuesday's against Monday's).
          const candidates = moments.filter((candidate) =>
            sameMoment(candidate.first.mention, entry.mention, candidate.first.time, entry.time, rivals),
          );
          const moment = candidates.find((candidate) => candidate.first.time.date === entry.time.date) ?? candidates[0];
          if (moment) moment.members.push(entry.mention);
          else moments.push({ first: entry, members: [entry.mention] });
        }
        // A figure of an undated report belongs to the moment that gives the same figure, or to the
        // only moment there is; among several moments it could be any of them, so it stands alone
        // ("7,200 evacuated" in an undated diary is Tuesday's count, not a rival to Monday's 6,000).
        // A moment stated before the story's own time ("two years ago", "a year after …") is another
        // event's: an undated report's figure is never taken for it.
        const datedMoments = moments.length;
        const onlyHome =
          datedMoments === 1 &&
          !(moments[0]!.first.time.stated && beforeStory(moments[0]!.first.time.date ?? "", storyStartOf()));
        let undatedMoment: (typeof moments)[number] | null = null;
        for (const entry of timed.filter((item) => item.time.date === null)) {
          const home =
            moments
              .slice(0, datedMoments)
              .find((moment) => moment.members.some((member) => member.value === entry.mention.value)) ??
            (onlyHome ? moments[0] : undefined);
          if (home) home.members.push(entry.mention);
          else if (undatedMoment) undatedMoment.members.push(entry.mention);
          else {
            undatedMoment = { first: entry, members: [entry.mention] };
            moments.push(undatedMoment);
          }
        }
        result.push(moments.map((moment) => ({ mentions: moment.members, date: moment.first.time.date })));
      }
    }
  }
  return result;
}

/**
 * Charges split by whom they are brought against, as counts split by place: two named people's charges
 * are two counts, and charges with no name join the one name given (none when several are).
 */
function byDefendant(members: NumberMention[]): NumberMention[][] {
  const names = [...new Set(members.flatMap((mention) => (mention.defendant ? [mention.defendant] : [])))];
  if (names.length < 2) return [members];
  const unnamed = members.filter((mention) => !mention.defendant);
  return [...names.map((name) => members.filter((mention) => mention.defendant === name)), unnamed];
}

/**
 * Whether two figures name one source ("Police said 150,000 joined", "Police estimated about 50,000"):
 * its two figures far apart are no estimates of one crowd told two ways.
 */
function oneNamedSource(a: NumberMention, b: NumberMention): boolean {
  const first = sentenceSource(a.item);
  return first !== null && first === sentenceSource(b.item);
}

/**
 * Two figures with the same digits but for two neighbours swapped ("14" and "41" people treated,
 * "320,000" and "230,000" passengers): a transposition, the commonest slip in copying a figure, so
 * outlets' figures of one measure and one moment that far apart are still set against each other.
 */
function transposed(a: NumberMention, b: NumberMention): boolean {
  if (a.range || b.range || !Number.isInteger(a.value) || !Number.isInteger(b.value)) return false;
  const [first, second] = [String(a.value), String(b.value)];
  if (first.length !== second.length || first.length < 2 || first === second) return false;
  const at = [...first].findIndex((digit, index) => digit !== second[index]);
  return first[at] === second[at + 1] && first[at + 1] === second[at] && first.slice(at + 2) === second.slice(at + 2);
}

function plural(unit: string): string {
  // A symbol reads as its word: "depth below ground in metres", never "in ms".
  if (unit === "m") return "metres";
  if (unit === "km") return "km";
  if (
    unit === "people" ||
    unit === "children" ||
    unit === "feet" ||
    unit === "percent" ||
    /^(?:mph|kph|km\/h)$/.test(unit)
  )
    return unit;
  if (unit === "celsius" || unit === "fahrenheit") return `degrees ${unit}`;
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  return `${unit}s`;
}

/** How a topic reads for event names that are not words of their own. */
const EVENT_PHRASES: Record<string, string> = {
  employs: "employed",
  carries: "carried",
  struck: "on strike",
  wait: "waiting",
  raise: "raise",
  earthquake: "of the earthquake",
  aftershock: "of the aftershock",
};
const REPORTING_VERB =
  /^(?:showed|shows|show|said|says|put|puts|reported|reports|estimated|estimates|counted|gave|gives|cited|cites|stated|claimed|listed)$/;

function topicOf(mentions: readonly NumberMention[]): string {
  const first = mentions[0]!;
  // The most specific scope: one naming a date ("in the Oct. 7 attack"), else an event, else any.
  const scopes = mentions.map((mention) => mention.scope);
  const scope =
    scopes.find((value) => /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i.test(value)) ??
    scopes.find((value) => /\b(attack|strike|bombing|raid|assault|war)/i.test(value)) ??
    scopes.find((value) => value !== "") ??
    "";
  // A verb that only reports the figure ("the outage map showed 120,000 customers") names no event.
  const reported = REPORTING_VERB.test(first.event ?? "");
  // A measure paired by what it measures may have no event word: its thing names it ("drop in feet").
  const event = reported ? "" : (EVENT_PHRASES[first.event ?? ""] ?? first.event ?? thingOfMeasure(first) ?? "");
  // An amount or a length is of its thing: "cost in swiss francs", "crack in centimetres".
  // A figure converted to a common unit is told in the unit it was written in ("front in kilometres").
  const unit = commonFigureOf(first)?.written || first.unit;
  const money =
    isMoneyUnit(unit) || isLengthUnit(unit) || unit !== first.unit || /^(?:mph|kph|km\/h|knot)$/.test(unit ?? "");
  const what =
    unit === "percent"
      ? `percent ${event}`
      : money
        ? `${event} in ${plural(unit ?? "")}`
        : `${unit ? plural(unit) : ""} ${event}`;
  const shown = scopeShown(scope);
  const topic = `${what.trim()}${shown ? ` ${shown}` : ""}`.trim();
  if (topic) return topic;
  // A figure of no named thing ("About 1,100 of the jobs will go in Sweden, … closer to 800") is
  // still a dispute to show; a digest never carries an empty topic.
  const place = mentions.flatMap((mention) => mention.places)[0];
  return place ? `figures for ${place}` : "the figures given";
}

/**
 * Where a scope turns to when the figure held ("on the wing at the time of the escape", "… when the
 * men escaped"); "since Oct. 7" stays, the start of a running total.
 */
const TIME_TURN = /\s+(?:at the time of|when|while|after|before)\s.*$/i;
/** Words a cut phrase must not end on ("on the wing at the time of the"). */
const DANGLING = /(?:\s+(?:of|the|a|an|at|in|on|to|for|by|with|from|and|or|its|their|his|her))+$/i;

/** A scope as a topic shows it: what the figure is of, up to eight words, never cut mid-phrase. */
function scopeShown(scope: string): string {
  const words = scope.replace(TIME_TURN, "").split(/\s+/).filter(Boolean);
  const cut = words.slice(0, 8).join(" ");
  return words.length > 8 ? ` ${cut}`.replace(DANGLING, "").trim() : cut;
}

/**
 * Different figures for the same quantity at the same moment from different outlets: two figures
 * disagree only when they count the same thing (unit, event, place), in the same frame (a demand
 * and an offer, a request and a release are different things), at the same moment (a figure and a
 * later figure are a development: see buildTimeline). Running totals and daily counts change over
 * time, so they never disagree. A rewrite or a second article of one outlet is the same source.
 */
export function findDisagreements(
  written: readonly NumberMention[],
  articles: readonly Article[],
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null> = new Map(),
): Disagreement[] {
  // Miles and kilometres, acres and hectares of one thing are compared once converted.
  // A standing quantity (a workforce, daily passengers, voters on a register) is one measure however
  // worded; a part of a whole counts the event, the whole what the thing has.
  // A building described without its name is the story's building (see floorsOfStoryBuilding).
  const { mentions } = inCommonUnits(
    strikersOfOneTrade(standingReadings(partsOfWholes(floorsOfStoryBuilding(written, articles)))),
  );
  markGrownValues(mentions);
  const byId = new Map(articles.map((article) => [article.id, article]));
  const disagreements: Disagreement[] = [];
  const reported = new Set<NumberMention>();
  // A dispute one sentence reports between two named sources comes first: its sides are known.
  for (const found of sentenceDisputes(mentions, byId, dates)) {
    disagreements.push(found.disagreement);
    for (const mention of found.mentions) reported.add(mention);
  }
  // A market's move read during the day is no one measure (see NumberMention.market): only a
  // sentence setting two sources' readings against each other compares them.
  // A figure its own sayer revised away ("revised … to 7.0 from an initial 6.8") is no rival of the new one.
  // Read by either key: a revision told in other words than its first figure is still a revision.
  const superseded = new Set([
    ...revisedAway(mentions, (mention) => quantityKey(mention, { anyKind: true })),
    ...revisedAway(mentions, measureFrameKey),
  ]);
  // An undated report's figure of an earlier event ("Early last month, … injuring 14", "The 2031
  // recount … cost $35,000" in a story of 2045) is no count of this one: its year is read against the
  // story's latest report.
  const storyNow = articles.reduce((latest, article) => {
    const published = publishedDay(article) ?? "";
    return published > latest ? published : latest;
  }, "");
  const measures = mentions.filter(
    (mention) =>
      (mention.market !== "during" || dayGone(mention, dates)) &&
      !superseded.has(mention) &&
      !undatedPrecedent(mention) &&
      !(mention.item.article.publishedAt === null && olderEventYear(mention, storyNow)),
  );
  const moments = [
    ...sameDayTotals(measures, dates, byId),
    ...rivalLowerTotals(measures, dates, byId),
    ...totalsAgainstPlainCounts(measures, dates, byId),
    ...namedNightCounts(measures),
    ...incidentMomentCounts(measures),
    // Named sources' estimates of one gathering before fixed counts: a crowd's size is also a fixed
    // count of those who attended, and the sources' estimates are the sides.
    ...attributedEstimates(measures, dates),
    ...groupFigures(measures, dates, "fixed", true).flatMap((groups) => groups.map((group) => group.mentions)),
    ...oneNightCounts(measures, dates),
    ...incidentNightCounts(measures, dates),
    ...attributedSameMoment(measures, dates),
    ...comparedFigures(measures, byId),
    // Figures of one measured thing whose outlets worded it apart (see measureFrameKey), last, after
    // every reading by words: a figure is set against its rivals once.
    // A count told with no act counts the story's main act (see withStoryAct).
    ...groupFigures(withStoryAct(measures, isMeasure), dates, "fixed", true, measureFrameKey).flatMap((groups) =>
      groups.map((group) => group.mentions).filter((moment) => !partBelowWhole(moment)),
    ),
    // Last, figures of one measure class tied to one thing by their clauses' nouns, not by word lists
    // (see measureClassGroups), through the same guards.
    ...measureClassGroups(measures, mentions, byId).flatMap(({ key, mentions: members }) =>
      groupFigures(members, dates, "fixed", true, () => key).flatMap((groups) =>
        groups.map((group) => group.mentions).filter((moment) => !partBelowWhole(moment)),
      ),
    ),
  ];
  // Figures in one slot of two outlets' sentences telling one fact in other words (see alignedFigures),
  // last. Each pair is read on its own, in its frame, by every guard a figure's words pass; read as the
  // loop below reaches it, so a pair one of whose figures is already set against its rivals (it could
  // add nothing) costs nothing: a long story's sentences align in thousands of pairs.
  const aligned = alignedFigures(measures, articles);
  const dayPartOf = oncePerText(partOfDay);
  // Each pair on its own, in its frame, through groupFigures' guards.
  function* pairMoments(pairs: Iterable<{ a: NumberMention; b: NumberMention }>): Generator<NumberMention[]> {
    for (const { a, b } of pairs) {
      if (reported.has(a) || reported.has(b) || partsOfDayApart(a, b, dayPartOf)) continue;
      for (const groups of groupFigures([a, b], dates, "fixed", true, (mention) => mention.frame))
        for (const group of groups) if (!partBelowWhole(group.mentions)) yield group.mentions;
    }
  }
  function* everyMoment(): Generator<NumberMention[]> {
    yield* moments;
    yield* pairMoments(aligned);
    // Last, the lone figures of one role that two outlets give (see loneFigurePairs).
    yield* pairMoments(loneFigurePairs(measures, mentions, articles));
  }
  for (const moment of everyMoment()) {
    // Readings overlap (two sources' counts of one event can be both a fixed count and estimates):
    // a figure is set against its rivals once.
    if (moment.some((mention) => reported.has(mention))) continue;
    const found = disagreementOf(moment, byId, dates);
    if (!found) continue;
    disagreements.push(found);
    for (const mention of moment) reported.add(mention);
  }
  return disagreements;
}

/**
 * A running total ("has burned 4,200 hectares since Saturday, officials said on Monday") and other
 * outlets' totals of it stated for the same day: a total that grows is a timeline, so they are set
 * against each other only when they cannot be one total growing: both stated for the same part of
 * the day ("by Thursday morning"), or a later report below an earlier one ("had burned about 8,000
 * acres, officials said Monday" that evening). Totals that are both fixed counts are groupFigures'.
 */
function sameDayTotals(
  mentions: readonly NumberMention[],
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null>,
  byId: ReadonlyMap<string, Article>,
): NumberMention[][] {
  const byKey = new Map<string, NumberMention[]>();
  for (const mention of mentions) {
    if (mention.kind === "window" || mention.frame !== "reported" || mention.range) continue;
    const time = timeOf(mention, dates);
    const key = quantityKey(mention, { anyKind: true });
    if (!key || !time.stated || time.date?.length !== 10) continue;
    const full = `${key}|${placesKey(mention)}|${time.date}`;
    byKey.set(full, [...(byKey.get(full) ?? []), mention]);
  }
  const groups: NumberMention[][] = [];

  for (const members of byKey.values()) {
    for (const cluster of clusterByValue(members, OUTLETS_RATIO)) {
      if (!cluster.some((mention) => mention.kind === "running")) continue;
      // One named source giving two values updated its count.
      const valuesBySource = new Map<string, Set<number>>();
      for (const mention of cluster) {
        const source = sentenceSource(mention.item);
        if (source) valuesBySource.set(source, (valuesBySource.get(source) ?? new Set()).add(mention.value));
      }
      if ([...valuesBySource.values()].some((values) => values.size > 1)) continue;
      const parts = cluster.map((mention) => partOfDay(mention.item.sentence.text));
      const onePart = parts[0] !== null && parts.every((part) => part === parts[0]);
      const fell = cluster.some((earlier) =>
        cluster.some(
          (later) =>
            byPublication(later.item.article.publishedAt, earlier.item.article.publishedAt) > 0 &&
            belowFromAnotherOutlet(earlier, later, byId),
        ),
      );
      // Outlets each giving another sayer's total for one day (the agency's 26 dead, the governor's
      // 28): two officials' tolls of one day are rival counts, where one sayer's later figure is its
      // count grown, and so is a total told for a later part of the day (morning's 31, evening's 38).
      const partsApart = parts.every((part) => part !== null) && new Set(parts).size > 1;
      const rivalSayers =
        !partsApart &&
        new Set(cluster.map((mention) => outletOf(mention.item.article, byId).key)).size === cluster.length &&
        cluster.every((a, index) => cluster.slice(index + 1).every((b) => otherSayers(a, b)));
      if (onePart || fell || rivalSayers) groups.push(cluster);
    }
  }
  return groups;
}

/** "In total, 140 …", "In all", "Altogether", "All told": a running total told as the whole so far. */
const TOLD_AS_TOTAL = /\b(?:in\s+total|in\s+all|altogether|all\s+told)\b/i;

/**
 * A running total told as the whole so far ("In total, 140 turtles have now been flown south") and
 * another outlet's plain count of the same thing published the same day ("Volunteer pilots flew 128
 * of the turtles"), neither with a day of its own: an editor reads the plain count as that day's total
 * too, so different values are a disagreement (a count told days apart has grown: the timeline's).
 */
function totalsAgainstPlainCounts(
  mentions: readonly NumberMention[],
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null>,
  byId: ReadonlyMap<string, Article>,
): NumberMention[][] {
  const usable = (mention: NumberMention) =>
    mention.frame === "reported" &&
    !mention.range &&
    mention.item.article.publishedAt !== undefined &&
    mention.item.article.publishedAt !== null &&
    !timeOf(mention, dates).stated;
  const totals = mentions.filter(
    (mention) =>
      usable(mention) &&
      mention.kind === "running" &&
      TOLD_AS_TOTAL.test(mention.item.sentence.text.slice(0, mention.start - mention.item.sentence.start)),
  );
  const groups: NumberMention[][] = [];
  for (const total of totals) {
    const key = quantityKey(total, { anyKind: true });
    if (!key) continue;
    const day = publishedDay(total.item.article)!;
    const plain = mentions.filter(
      (other) =>
        other.kind === "fixed" &&
        usable(other) &&
        quantityKey(other, { anyKind: true }) === key &&
        placesKey(other) === placesKey(total) &&
        publishedDay(other.item.article)! === day &&
        outletOf(other.item.article, byId).key !== outletOf(total.item.article, byId).key,
    );
    const cluster = clusterByValue([total, ...plain], OUTLETS_RATIO).find((members) => members.includes(total));
    if (cluster && cluster.length > 1) groups.push(cluster);
  }
  return groups;
}

/**
 * Running totals told without a date of their own, a day apart at most, where a later report from
 * another outlet, giving another named source, is below an earlier one ("The charity said 52 whales
 * had come ashore in total", then that evening "The department said 48 whales had stranded since
 * Sunday"): a total only grows, so the lower one is a rival count, not the total a day on. A higher
 * later total is the count grown (the timeline's), and one source's two totals are its revision.
 */
function rivalLowerTotals(
  mentions: readonly NumberMention[],
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null>,
  byId: ReadonlyMap<string, Article>,
): NumberMention[][] {
  const byKey = new Map<string, NumberMention[]>();
  for (const mention of mentions) {
    if (mention.kind !== "running" || mention.frame !== "reported" || mention.range) continue;
    const key = quantityKey(mention);
    if (!key || !mention.item.article.publishedAt || timeOf(mention, dates).stated) continue;
    const full = `${key}|${placesKey(mention)}`;
    byKey.set(full, [...(byKey.get(full) ?? []), mention]);
  }
  const publishedOf = (mention: NumberMention) => Date.parse(mention.item.article.publishedAt!);
  const groups: NumberMention[][] = [];
  for (const members of byKey.values()) {
    for (const cluster of clusterByValue(members, OUTLETS_RATIO)) {
      const pair = cluster
        .flatMap((earlier) => cluster.map((later) => [earlier, later] as const))
        .find(
          ([earlier, later]) =>
            publishedOf(later) > publishedOf(earlier) &&
            dayNumber(publishedDay(later.item.article)!) - dayNumber(publishedDay(earlier.item.article)!) <=
              SAME_MOMENT_DAYS &&
            otherSayers(earlier, later) &&
            belowFromAnotherOutlet(earlier, later, byId),
        );
      if (!pair) continue;
      // The totals of the two reports' days, no later one (a total told days on has grown).
      const last = publishedOf(pair[1]);
      groups.push(cluster.filter((mention) => publishedOf(mention) <= last));
    }
  }
  return groups;
}

/** A figure's places as one key: lower case, in order. */
function placesKey(mention: NumberMention): string {
  return mention.places
    .map((place) => place.toLowerCase())
    .sort()
    .join(",");
}

/** Whether a later figure, from another outlet than an earlier one's, lies wholly below it: no total grown. */
function belowFromAnotherOutlet(
  earlier: NumberMention,
  later: NumberMention,
  byId: ReadonlyMap<string, Article>,
): boolean {
  return (
    outletOf(later.item.article, byId).key !== outletOf(earlier.item.article, byId).key &&
    below(extentOf(later), extentOf(earlier))
  );
}

/** Whether two figures' sentences name sayers, and different ones ("the charity said", "the department said"). */
function otherSayers(a: NumberMention, b: NumberMention): boolean {
  const [first, second] = [estimatorOf(a), estimatorOf(b)];
  return first !== null && second !== null && !first.endsWith(second) && !second.endsWith(first);
}

/** Whether a figure's extent lies wholly below another's, roundings allowed. */
function below(later: ReturnType<typeof extentOf>, earlier: ReturnType<typeof extentOf>): boolean {
  return later.high + later.rounding < earlier.low - earlier.rounding;
}

/**
 * Whether a move is told for a day its article was published after ("Kestrel's shares jumped 21
 * percent on Monday" in Tuesday's paper): that day's trading was over, so it is the day's move, as a
 * close is. On the day itself ("Sterling dropped 1.4% on Thursday" at midday) it is a reading.
 */
function dayGone(mention: NumberMention, dates: ReadonlyMap<ArticleSentence, SentenceDate | null>): boolean {
  const time = timeOf(mention, dates);
  const published = publishedDay(mention.item.article);
  return time.stated && time.date !== null && time.date.length === 10 && published !== null && time.date < published;
}

/** A count over one night: "forced about 3,000 residents from their homes overnight", "during the previous night". */
const ONE_NIGHT = /\bovernight\b|\b(?:last|previous|past)\s+night\b/i;

/**
 * Counts over one night reported a day apart at most ("forced about 3,000 residents from their homes
 * overnight", "About 1,800 residents were evacuated … overnight"): the same night, so different values
 * disagree as fixed counts do. Other windows are left out: two reports of "the past 24 hours" on one
 * day may each end them at another hour, and nights further apart are other nights.
 */
function oneNightCounts(
  mentions: readonly NumberMention[],
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null>,
): NumberMention[][] {
  const nights = mentions.filter((mention) => mention.kind === "window" && ONE_NIGHT.test(mention.item.sentence.text));
  // One night is dated by the evening it began or the morning it ended: moments a day apart are one.
  return groupFigures(nights, dates, "window", true)
    .filter((moments) => {
      const days = moments.map((moment) => moment.date);
      if (days.some((day) => day === null)) return false;
      const numbers = days.map((day) => dayNumber(day!));
      return Math.max(...numbers) - Math.min(...numbers) <= 1;
    })
    .map((moments) => moments.flatMap((moment) => moment.mentions));
}

/**
 * What an incident does once, to people or homes, told as done "overnight" or "last night": "About 200
 * residents … were evacuated overnight", "cut power to about 84,000 customers last night". The night
 * is when it happened, not a span whose count starts again the next night (as arrests or admissions
 * do): the incident's count, as another outlet's "About 120 residents evacuated after Monday's blast".
 * A march is one too: "About 3,000 supporters marched … last night" is the march's size.
 */
const ONCE_PER_INCIDENT =
  /^(?:displaced|rescued|cut off|without [a-z]+|lost overboard|crashed|marched|protested|rallied|demonstrated|attended)$/;

/** A one-night count of what an incident does once (see ONCE_PER_INCIDENT) read as a fixed count, or null. */
function oneNightOfIncident(mention: NumberMention): NumberMention | null {
  if (mention.kind !== "window" || mention.frame !== "reported" || !ONCE_PER_INCIDENT.test(mention.event ?? ""))
    return null;
  const text = mention.item.sentence.text;
  // Only a night: "in the past 24 hours" or "Tuesday alone" is a span of a count that goes on.
  if (!ONE_NIGHT.test(text) || /\b(?:24 hours|days|week|alone)\b/i.test(text)) return null;
  return { ...mention, kind: "fixed" };
}

/** "are still without power", "remain out of their homes": those left, a later count than the incident's. */
const STILL_LEFT = /\b(?:still|remain(?:s|ed)?)\b/i;

/**
 * An incident's count told as done overnight (see oneNightOfIncident) against other outlets' fixed
 * counts of it: "About 200 residents … were evacuated overnight" and "About 120 residents evacuated
 * after Monday's blast", one count. Never a count as of the writing ("4,200 people had now left
 * their homes": evacuations grow while an eruption goes on) nor of those still out.
 */
function incidentNightCounts(
  mentions: readonly NumberMention[],
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null>,
): NumberMention[][] {
  const original = new Map<NumberMention, NumberMention>();
  const pool: NumberMention[] = [];
  for (const mention of mentions) {
    const night = oneNightOfIncident(mention);
    if (night) original.set(night, mention);
    const reading = night ?? mention;
    if (reading.kind !== "fixed" || !ONCE_PER_INCIDENT.test(reading.event ?? "")) continue;
    const text = reading.item.sentence.text;
    if (!night && (AS_OF_WRITING.test(text) || STILL_LEFT.test(text))) continue;
    pool.push(reading);
  }
  if (original.size === 0) return [];
  return groupFigures(pool, dates, "fixed", true)
    .flatMap((moments) => moments.map((moment) => moment.mentions))
    .filter(
      (moment) => moment.some((mention) => original.has(mention)) && moment.some((mention) => !original.has(mention)),
    )
    .map((moment) => moment.map((mention) => original.get(mention) ?? mention));
}

/** A night named by its weekday: "on Friday night", "during Friday night's rioting". */
const WEEKDAY_NIGHT = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+night(?:['’]s)?\b/g;
const ANY_WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * The evening (ISO day) of the one night a reported count is of: a night its sentence names by its
 * weekday, the last such day up to its article's day ("arrested during Friday night's rioting" in
 * Saturday's paper), or, for a count "overnight" or "last night" with no weekday named, the night
 * that ended on its article's day. Null for any other count, or a sentence naming two nights or a year.
 */
function nightOf(mention: NumberMention): string | null {
  const text = mention.item.sentence.text;
  const published = publishedDay(mention.item.article);
  if (!published || mention.frame !== "reported" || mention.range || DATE_IN_SCOPE.test(text)) return null;
  const nights = new Set([...text.matchAll(WEEKDAY_NIGHT)].map((match) => match[1]!.toLowerCase()));
  const day = new Date(`${published}T12:00:00Z`);
  if (nights.size === 1) {
    const back = (day.getUTCDay() - WEEKDAYS.indexOf([...nights][0]!) + 7) % 7;
    return new Date(day.getTime() - back * DAY_MS).toISOString().slice(0, 10);
  }
  // "overnight" and any weekday in the figure's own clause ("overnight on Sunday") is no night told.
  const at = mention.start - mention.item.sentence.start;
  const own = text.slice(Math.max(text.lastIndexOf(",", at), text.lastIndexOf(";", at)) + 1).split(/[,;]/)[0]!;
  if (nights.size > 0 || ANY_WEEKDAY.test(own) || !ONE_NIGHT.test(own)) return null;
  return new Date(day.getTime() - DAY_MS).toISOString().slice(0, 10);
}

/**
 * Counts of one night, named by its weekday in one outlet ("At least 58 people were arrested during
 * Friday night's rioting") and told as "overnight" in another's next-morning report ("Police arrested
 * 46 people overnight"): one count of one night, however each outlet words it. Read before fixed
 * counts, so that the outlet first to give a figure leads its side. Groups with a named night only;
 * "overnight" counts alone are oneNightCounts'.
 */
function namedNightCounts(mentions: readonly NumberMention[]): NumberMention[][] {
  const byKey = new Map<string, NumberMention[]>();
  for (const mention of mentions) {
    if (mention.kind === "running") continue;
    const night = nightOf(mention);
    const key = quantityKey(mention, { anyKind: true });
    if (!night || !key) continue;
    const places = mention.places.map((place) => place.toLowerCase()).sort();
    const full = `${key}|${places.join(",")}|${night}`;
    byKey.set(full, [...(byKey.get(full) ?? []), mention]);
  }
  const named = (mention: NumberMention) => new RegExp(WEEKDAY_NIGHT.source).test(mention.item.sentence.text);
  return [...byKey.values()]
    .flatMap((members) => clusterByValue(members, OUTLETS_RATIO))
    .filter((cluster) => cluster.some(named) && cluster.some((mention) => !named(mention)));
}

/**
 * The incident's own moment, named as such rather than by a date: "on the night of the escape", "that
 * night", "at the time of the fire". A count tied to it is of that moment however late it is reported.
 */
const INCIDENT_MOMENT =
  /\b(?:on\s+the\s+(?:night|day|morning|evening|afternoon)\s+of\s+the\s+[a-z]+|that\s+(?:night|morning|evening|afternoon)|at\s+the\s+time\s+of\s+the\s+[a-z]+)\b/i;

/**
 * Outlets' fixed counts of one measure, each tied by its sentence to the incident's moment ("Only six
 * officers were on duty on the night of the escape", two days later "Nine officers had been on duty
 * that night"): one moment, so different values disagree however many days apart the reports are
 * (within STANDING_DAYS: a week on, "that night" may be another night).
 */
function incidentMomentCounts(mentions: readonly NumberMention[]): NumberMention[][] {
  const byKey = new Map<string, NumberMention[]>();
  for (const mention of mentions) {
    if (mention.kind !== "fixed" || mention.frame !== "reported" || mention.range) continue;
    const key = quantityKey(mention);
    if (!key || !INCIDENT_MOMENT.test(mention.item.sentence.text) || !mention.item.article.publishedAt) continue;
    const full = `${key}|${placesKey(mention)}`;
    byKey.set(full, [...(byKey.get(full) ?? []), mention]);
  }
  const day = (mention: NumberMention) => dayNumber(publishedDay(mention.item.article)!);
  return [...byKey.values()]
    .flatMap((members) => clusterByValue(members, OUTLETS_RATIO))
    .filter(
      (cluster) =>
        new Set(cluster.map((mention) => mention.item.article.id)).size > 1 &&
        Math.max(...cluster.map(day)) - Math.min(...cluster.map(day)) <= STANDING_DAYS,
    );
}

/**
 * Words after a figure that set it against another source's figure for the same thing: "more than
 * four times the figure the company gave on Saturday", "well above the estimate the operator
 * released", "double the police's count". Never a source's own earlier figure ("three times its
 * initial figure", "up from"): that is a revision.
 */
const COMPARED_WITH_ANOTHER =
  /\b(?:times|higher than|lower than|more than|less than|above|below|double|triple|half)\s+(?:the\s+(?:[a-z]+\s+)?(?:figure|estimate|count|number|tally|toll|total)\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[a-z]+|(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s+(?:had\s+)?(?:gave|given|put out|reported|released|published|announced|cited)\b|(?:the\s+)?(?:[a-z]+|(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)['’]s?\s+(?:[a-z]+\s+)?(?:figure|estimate|count|number|tally|toll|total)\b)/u;

/**
 * A figure its own sentence sets against another source's figure ("As much as 3,000 barrels … may
 * have leaked, the Coast Guard said on Sunday, more than four times the figure the company gave on
 * Saturday"), with the one other figure for the same quantity that another outlet reported before
 * or the same day. The text says they are rival readings of one thing, however far apart and a day
 * apart: figures that far apart with no such words are most often a part and a whole, or two
 * things, and stay apart (no ratio is widened for them).
 */
function comparedFigures(mentions: readonly NumberMention[], byId: ReadonlyMap<string, Article>): NumberMention[][] {
  const groups: NumberMention[][] = [];
  const publishedOf = (mention: NumberMention) => Date.parse(mention.item.article.publishedAt ?? "");
  for (const mention of mentions) {
    if (mention.frame !== "reported" || mention.kind === "window") continue;
    const after = mention.item.sentence.text.slice(mention.end - mention.item.sentence.start);
    if (!COMPARED_WITH_ANOTHER.test(after)) continue;
    const key = quantityKey(mention);
    const published = publishedOf(mention);
    if (!key || Number.isNaN(published)) continue;
    const outlet = outletOf(mention.item.article, byId).key;
    const others = mentions.filter(
      (other) =>
        other.value !== mention.value &&
        other.frame === "reported" &&
        outletOf(other.item.article, byId).key !== outlet &&
        publishedOf(other) <= published &&
        quantityKey(other) === key &&
        samePlace(other, mention),
    );
    if (new Set(others.map((other) => other.value)).size === 1) groups.push([...others, mention]);
  }
  return groups;
}

/**
 * "the National Disaster Agency said", "Northmart, the supermarket chain, said", "Analysts at Barrow
 * Bank put the cost at…", "according to the Red Crescent": the named source a sentence reports.
 */
const SOURCE_BEFORE_VERB =
  /\b((?:\p{Lu}[\p{L}’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*)(?:,\s+(?:the|a|an|its)\s+[^,]{1,60},)?\s+(?:said|says|say|estimated|estimates|estimate|reported|reports|puts?\s+(?:the|its|their)\s+[a-z]+(?:\s+of\s+[^,]{1,40}?)?\s+at)\b/u;
const SOURCE_AFTER_ACCORDING = /\baccording to (?:the\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*)/u;
/** Parts of a day a figure can be stated for: "this evening" and "late on Tuesday" are one moment. */
const PARTS_OF_DAY: ReadonlyArray<readonly [string, RegExp]> = [
  ["morning", /\b(?:this|on \w+day|\w+day|in the) morning\b|\bearly on \w+day\b/i],
  ["afternoon", /\b(?:this|on \w+day|\w+day|in the) afternoon\b/i],
  ["evening", /\b(?:this|on \w+day|\w+day|in the) evening\b|\btonight\b|\blate on \w+day\b|\blate \w+day\b/i],
];

const PRONOUN = /^(?:he|she|it|they|we|i|you|this|that|there)$/i;
/** "as of 6 p.m.", "as of 18:00": a figure stated for a time of day. */
const AS_OF_TIME = /\bas of (\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|GMT|UTC)?)/i;

/**
 * Whether two figures come from different named sources: rival counts, not copies of one. Only for
 * figures naming the same places (none, or the same): a count in a named town and one naming no place
 * may be a part and the whole.
 */
function rivalNamedSources(a: NumberMention, b: NumberMention): boolean {
  const places = (mention: NumberMention) =>
    mention.places
      .map((place) => place.toLowerCase())
      .sort()
      .join("|");
  if (places(a) !== places(b) && !(a.places.length > 0 && b.places.length > 0 && sameSite(a, b))) return false;
  const first = sentenceSource(a.item);
  const second = sentenceSource(b.item);
  return first !== null && second !== null && first !== second;
}

function sourceOf(text: string): string | null {
  const named = SOURCE_AFTER_ACCORDING.exec(text)?.[1] ?? SOURCE_BEFORE_VERB.exec(text)?.[1];
  const source = named?.replace(/^the\s+/i, "").toLowerCase();
  return source && !PRONOUN.test(source) ? source : null;
}

/** Whether two figures' sentences tell two parts of a day ("early on Friday", "on Friday afternoon"). */
function partsOfDayApart(a: NumberMention, b: NumberMention, read = partOfDay): boolean {
  const [first, second] = [read(a.item.sentence.text), read(b.item.sentence.text)];
  return first !== null && second !== null && first !== second;
}

function partOfDay(text: string): string | null {
  const time = AS_OF_TIME.exec(text)?.[1];
  if (time) return time.replace(/[\s.]/g, "").toLowerCase();
  const parts = PARTS_OF_DAY.filter(([, pattern]) => pattern.test(text));
  return parts.length === 1 ? parts[0]![0] : null;
}

/**
 * Running counts (tolls) stated by different named sources for the same day and part of day ("the
 * National Disaster Agency said this evening", "the Red Crescent said late on Tuesday"): a toll that
 * rose during the day is stated for different parts of it, so two sources' counts of one part of
 * one day are rival estimates. Fixed counts are grouped by groupFigures; a group here has a running one.
 */
function attributedSameMoment(
  mentions: readonly NumberMention[],
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null>,
): NumberMention[][] {
  return attributedGroups(
    mentions,
    dates,
    (mention, text) => {
      const part = partOfDay(text);
      return part ? `${mention.unit}|${mention.event}|${part}` : null;
    },
    // Fixed counts are grouped by groupFigures; a group here has a running one.
    (cluster) => cluster.some((mention) => mention.kind === "running"),
  );
}

/**
 * Reported counts attributed to named sources, grouped by the moment's day and places plus what
 * `keyOf` reads from the sentence (null: not this reading's), then by close values (up to `ratio`
 * apart): a group whose values come each from its own sources is a set of rival estimates.
 */
function attributedGroups(
  mentions: readonly NumberMention[],
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null>,
  keyOf: (mention: NumberMention, text: string) => string | null,
  keep: (cluster: readonly NumberMention[]) => boolean = () => true,
  ratio?: number,
): NumberMention[][] {
  const byKey = new Map<string, Array<{ mention: NumberMention; source: string }>>();
  for (const mention of mentions) {
    // A plan's figure is no count, but two outlets' figures for one announced cut of jobs are one
    // plan told two ways ("with the loss of 450 jobs" against "cutting 480 jobs", the same day).
    const announcedCut = mention.frame === "plan" && mention.event === "cut" && /^job/.test(mention.unit ?? "");
    if (mention.kind === "window" || (mention.frame !== "reported" && !announcedCut) || !mention.unit || !mention.event)
      continue;
    const date = dates.get(mention.item)?.date;
    const text = mention.item.sentence.text;
    const source = sentenceSource(mention.item);
    if (!date || date.length < 10 || !source) continue;
    const reading = keyOf(mention, text);
    if (reading === null) continue;
    const places = mention.places.map((place) => place.toLowerCase()).sort();
    const key = `${reading}|${places.join(",")}|${date.slice(0, 10)}`;
    const members = byKey.get(key);
    if (members) members.push({ mention, source });
    else byKey.set(key, [{ mention, source }]);
  }
  const groups: NumberMention[][] = [];
  for (const members of byKey.values()) {
    for (const cluster of clusterByValue(
      members.map((member) => member.mention),
      ratio,
    )) {
      if (keep(cluster) && rivalSources(members, cluster)) groups.push(cluster);
    }
  }
  return groups;
}

/**
 * Whether a cluster's figures are rival sources' values: at least two values, each given by its own
 * sources (one source giving two values is a count that moved, not a rival estimate).
 */
function rivalSources(
  members: ReadonlyArray<{ mention: NumberMention; source: string }>,
  cluster: readonly NumberMention[],
): boolean {
  // A range is one value, whose two ends its source gives at once.
  const sourcesByValue = new Map<string, Set<string>>();
  for (const { mention, source } of members.filter((member) => cluster.includes(member.mention))) {
    const value = mention.range ? mention.range.raw : String(mention.value);
    sourcesByValue.set(value, (sourcesByValue.get(value) ?? new Set()).add(source));
  }
  const all = [...sourcesByValue.values()].flatMap((set) => [...set]);
  return sourcesByValue.size >= 2 && new Set(all).size === all.length;
}

/**
 * Named sources' estimates of one crowd differ far more than outlets' counts of one thing (organisers
 * and police routinely 3× apart), so estimates attributed to different sources compare up to this ratio.
 */
const ESTIMATE_RATIO = 4;
/** Shares and amounts: different things' shares or sums lie far apart, so only counts of things get the wider ratios. */
const notAHeadcount = (unit: string | null) => unit === "percent" || unit === "percentage point" || isMoneyUnit(unit);
/**
 * What the people counted took part in: "people have joined the march", "people took part in
 * Saturday's march" → march. The verb differs from source to source; the gathering named is the thing.
 */
const GATHERING_AFTER =
  /^\s+[\p{L}’'-]+\s+(?:(?:have|has|had|were|was)\s+)?(?:[a-z]{3,}(?:ed|ing)|took|came|went)\s+(?:part\s+in\s+|in\s+)?(?:the\s+|[\p{L}]+['’]s\s+)([a-z]+)\b/u;

/**
 * Figures attributed to different named sources ("Organisers say …", "Police estimated that …")
 * for the people who took part in one gathering on one day: rival estimates, even several times
 * apart. A count of a known event (killed, arrested…) is left to the other readings.
 */
function attributedEstimates(
  mentions: readonly NumberMention[],
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null>,
): NumberMention[][] {
  return attributedGroups(
    mentions,
    dates,
    (mention, text) => {
      // People counted, not a share or an amount ("turnout reached 93.87 percent in the election").
      if (EVENT_NAMES.has(mention.event ?? "") || notAHeadcount(mention.unit)) return null;
      const gathering = GATHERING_AFTER.exec(text.slice(mention.end - mention.item.sentence.start))?.[1];
      return gathering ? `${mention.unit}|${gathering}` : null;
    },
    undefined,
    ESTIMATE_RATIO,
  );
}

/** One value of a moment's figures (a range is one value), with how far its writing lets it be from the exact count. */
interface Claim {
  low: number;
  high: number;
  rounding: number;
  mentions: NumberMention[];
  /** The unit the value was written in, when converted to a common one (see inCommonUnits). */
  written?: string;
  /** Its rounding as a conversion, against a value written in another unit. */
  conversionRounding?: number;
  /** A bound from below that reaches only so far (see extentOf): open, as other bounds are. */
  open?: boolean;
}

/**
 * Bounds from below: "more than 12 hours" is any length above 12, "at least 30" any from 30. A figure
 * a running total has passed ("overtime has already topped £250,000") is a floor, however far above.
 */
const LOWER_BOUND = /^(?:more than|over|above|at least|no (?:fewer|less) than|topped|exceeded|surpassed)$/;
/**
 * Bounds from above: "fewer than 10", "up to 50", "under 24 hours". Never "as many as 3,000", "as
 * much as": an estimate at its high end, said to stress how many (the figure itself).
 */
const UPPER_BOUND = /^(?:fewer than|less than|under|below|up to|at most|(?:no|not) more than)$/;
/** Bounds a writer sets just below what is known: "more than 2,300", "over 40". */
const ABOVE_BOUND = /^(?:more than|over|above)$/;
/** How far above its figure such a bound reaches: a figure a quarter higher is another count. */
const FAR_ABOVE_BOUND = 1.25;
/**
 * A round bound ("more than 100", "over 40", "more than 3,000") is how a writer gives any figure up
 * to the next round step: "more than 100 injured" holds 130, and only a figure past twice the bound
 * is another count.
 */
const FAR_ABOVE_ROUND_BOUND = 2;

/** Whether a figure has one significant digit: 40, 100, 3,000 (not 45, 120 or 2,300). */
function roundFigure(value: number): boolean {
  if (!Number.isInteger(value) || value < 10) return false;
  const step = 10 ** Math.floor(Math.log10(value));
  return value % step === 0;
}
/** "nearly 40", "almost 14": just under the figure, as close as its hedge's rounding. */
const JUST_UNDER = /^(?:nearly|almost|just under)$/;

/**
 * What a figure allows, read as a newsroom writes it: a bound is a side of a range ("more than 12
 * hours" holds 14; "at least 30" and "under 24" cannot both hold). "At least" before a count written
 * to its last unit (three digits or more, not a round figure: "at least 1,139 people were killed") is
 * a tally, what was counted so far: its figure. An approximation ("about 140") keeps its rounding,
 * half a step of its last digit: "about 140" and "around 150" are two figures, as "1.1 million" and
 * "about 1.2 million" are.
 */
function extentOf(mention: NumberMention): { low: number; high: number; rounding: number; open?: boolean } {
  const low = lowOf(mention);
  const high = highOf(mention);
  const qualifier = mention.range ? null : mention.qualifier;
  const tally = qualifier === "at least" && Number.isInteger(low) && low >= 100 && low % 10 !== 0;
  // "More than 2,300" is no way to write 3,200: a writer who knew of so many more would round up
  // ("more than 3,000"); a round bound reaches to its next step. Only "at least" stays open: a floor
  // of what is confirmed so far.
  if (qualifier && ABOVE_BOUND.test(qualifier) && low > 0)
    return { low, high: low * (roundFigure(low) ? FAR_ABOVE_ROUND_BOUND : FAR_ABOVE_BOUND), rounding: 0, open: true };
  if (qualifier && LOWER_BOUND.test(qualifier) && !tally) return { low, high: Number.POSITIVE_INFINITY, rounding: 0 };
  if (qualifier && UPPER_BOUND.test(qualifier)) return { low: 0, high, rounding: 0 };
  if (qualifier && JUST_UNDER.test(qualifier)) return { low: low - mention.rounding, high, rounding: 0 };
  // "just over half": a little above the figure, as close as its rounding.
  if (qualifier === "just over") return { low, high: high + mention.rounding, rounding: 0 };
  return { low, high, rounding: mention.rounding };
}

/**
 * One claim per value as written. `asBounds`: bounds and approximations read as what they allow
 * (see extentOf), for setting outlets' figures against each other; otherwise a bound is its figure
 * (a later "27 dead" updates an earlier "at least 12").
 */
function claimsOf(mentions: readonly NumberMention[], asBounds = false): Claim[] {
  const byValue = new Map<string, Claim>();
  for (const mention of mentions) {
    const common = commonFigureOf(mention);
    const value = mention.range ? `${mention.range.low}-${mention.range.high}` : String(mention.value);
    const extent = asBounds
      ? extentOf(mention)
      : { low: lowOf(mention), high: highOf(mention), rounding: mention.rounding };
    const key = `${value}|${asBounds ? `${extent.low}-${extent.high}|` : ""}${common?.written ?? ""}`;
    const claim = byValue.get(key);
    if (claim) {
      claim.mentions.push(mention);
      claim.rounding = Math.max(claim.rounding, extent.rounding);
      if (common) claim.conversionRounding = Math.max(claim.conversionRounding ?? 0, common.conversionRounding);
    } else
      byValue.set(key, {
        low: extent.low,
        high: extent.high,
        rounding: extent.rounding,
        ...("open" in extent && extent.open ? { open: true } : {}),
        mentions: [mention],
        ...(common ? { written: common.written, conversionRounding: common.conversionRounding } : {}),
      });
  }
  return [...byValue.values()].sort((a, b) => a.low - b.low || a.high - b.high);
}

/**
 * Whether two values say the same thing as written: a figure inside a range ("35" and "between 30 and
 * 40"), or an exact count and its rounding ("1,203,000" and "about 1.2 million"). Two rounded
 * figures that only touch ("2.1 million", "2.2 million") differ.
 */
function consistent(a: Claim, b: Claim): boolean {
  // A value written in another unit is a conversion, rounded as it was converted: "12 kilometres" is
  // "7.5 miles", "4,200 hectares" is "more than 10,000 acres".
  const converted = a.written !== undefined && b.written !== undefined && a.written !== b.written;
  const roundingOf = (claim: Claim) =>
    converted ? Math.max(claim.rounding, claim.conversionRounding ?? 0) : claim.rounding;
  const low = Math.max(a.low - roundingOf(a), b.low - roundingOf(b));
  const high = Math.min(a.high + roundingOf(a), b.high + roundingOf(b));
  return low < high || (low === high && (roundingOf(a) === 0 || roundingOf(b) === 0));
}

/** Whether two figures say the same as written: equal, a rounding of each other, or one inside the other's range. */
export function sameFigure(a: NumberMention, b: NumberMention): boolean {
  const [first, second] = claimsOf([a, b]);
  return !second || consistent(first!, second);
}

/** A bound open on one side: "above 40.5C" (up from it), "fewer than 10" (down to none). */
function isOpenBound(claim: Claim): boolean {
  return claim.open === true || claim.high === Number.POSITIVE_INFINITY || (claim.low === 0 && claim.high > 0);
}

/**
 * Claims that agree with one another, merged: what is left are the values that really differ. An open
 * bound ("above 40.5C") agrees with any figure past it, so it joins a group but never bridges two
 * figures that differ ("40.9C" and "41.1C"): a figure is held against the group's figures, when it has any.
 */
function differingValues(claims: readonly Claim[]): Claim[][] {
  const groups: Claim[][] = [];
  for (const claim of claims) {
    const home = groups.find((group) => {
      const figures = group.filter((member) => !isOpenBound(member));
      const against = isOpenBound(claim) || figures.length === 0 ? group : figures;
      return against.some((member) => consistent(member, claim));
    });
    if (home) home.push(claim);
    else groups.push([claim]);
  }
  return groups;
}

/**
 * An outlet that gave one value and later another has revised its figure: its earlier value is a
 * step of the story (the timeline's), not a rival of another outlet's figure. Only its latest value
 * of the moment is kept (articles without a date keep theirs).
 */
function latestPerOutlet(
  moment: readonly NumberMention[],
  byId: ReadonlyMap<string, Article>,
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null>,
): NumberMention[] {
  const groups = differingValues(claimsOf(moment, true));
  const groupOf = new Map<NumberMention, number>();
  groups.forEach((group, index) => {
    for (const claim of group) for (const mention of claim.mentions) groupOf.set(mention, index);
  });
  const byOutlet = new Map<string, NumberMention[]>();
  for (const mention of moment) {
    const key = outletOf(mention.item.article, byId).key;
    byOutlet.set(key, [...(byOutlet.get(key) ?? []), mention]);
  }
  const dropped = new Set<NumberMention>();
  for (const list of byOutlet.values()) {
    const dated = list.filter((mention) => mention.item.article.publishedAt);
    if (new Set(dated.map((mention) => groupOf.get(mention))).size < 2) continue;
    // One article giving two named sources' figures ("will average 12%, according to an analysis by
    // the campaign … The authority had said the rise would average 8%") reports both: no revision.
    if (oneArticleTwoSayers(dated, groupOf)) continue;
    const latest = dated.reduce((best, mention) =>
      byPublication(mention.item.article.publishedAt, best.item.article.publishedAt) > 0 ||
      (mention.item.article.publishedAt === best.item.article.publishedAt && mention.start > best.start)
        ? mention
        : best,
    );
    for (const mention of dated) if (groupOf.get(mention) !== groupOf.get(latest)) dropped.add(mention);
  }
  // So has a named source whose figure outlets report on different days ("has risen to 57, the
  // coastguard said", the next day "The coastguard now puts the number … at 61"): its figure of an
  // earlier day is a step of the story, whichever outlet carried it.
  const sayers = new Map<NumberMention, string>();
  for (const mention of moment) {
    const source = mention.item.article.publishedAt ? (sentenceSource(mention.item) ?? bodySaying(mention)) : null;
    if (source) sayers.set(mention, source);
  }
  // A body's short name is the body ("the hurricane center" after "the National Hurricane Center").
  const names = [...new Set(sayers.values())];
  const fullName = (source: string) =>
    names.find(
      (name) =>
        name !== source &&
        (name.endsWith(` ${source}`) || (/\s/.test(name) && initialsOf(name).toLowerCase() === source.toLowerCase())) &&
        !PRONOUN.test(source),
    ) ?? source;
  const bySource = new Map<string, NumberMention[]>();
  for (const [mention, source] of sayers) {
    const key = fullName(source);
    bySource.set(key, [...(bySource.get(key) ?? []), mention]);
  }
  const dayOf = (mention: NumberMention) => publishedDay(mention.item.article) ?? "";
  for (const list of bySource.values()) {
    const lastDay = list.map(dayOf).reduce((a, b) => (a > b ? a : b));
    const latest = list.filter((mention) => dayOf(mention) === lastDay);
    if (new Set(latest.map((mention) => groupOf.get(mention))).size !== 1) continue;
    // Only a count told as changing or as the sayer's later word: a ballot's result told two ways is
    // a slip, not a revision.
    const changing = (mention: NumberMention) => COUNT_CHANGED.test(mention.item.sentence.text);
    // Or the later outlet dates the sayer's word to the day the earlier report came out or after ("About
    // 140 homes were flooded, the SES said on Sunday", against Saturday's "about 60 … the State Emergency
    // Service said"): the sayer's own later count, as a tally of an event's effects grows while it is kept.
    const saidSince = (mention: NumberMention) =>
      latest.some((later) => {
        const said = saidOn(later, dates);
        return said !== null && said >= dayOf(mention);
      });
    for (const mention of list)
      if (
        dayOf(mention) < lastDay &&
        groupOf.get(mention) !== groupOf.get(latest[0]!) &&
        (changing(mention) || latest.some(changing) || saidSince(mention))
      )
        dropped.add(mention);
    // A sayer telling its figure as changed ("The fire brigade now puts the number … at 150") updates
    // the count an earlier day's report gave without naming whose it was ("120 residents were
    // evacuated"): that figure is the count's earlier step, not a rival (one another sayer gave stays a rival).
    // So does its word dated since that report came out ("About 140 homes were flooded, the SES said
    // on Sunday" against Saturday's "About 60 homes were flooded"), unless either count is of those
    // there when something happened ("on duty when the men escaped"), which no later count changes.
    for (const mention of moment)
      if (
        !sayers.has(mention) &&
        mention.item.article.publishedAt &&
        dayOf(mention) < lastDay &&
        groupOf.get(mention) !== groupOf.get(latest[0]!) &&
        (latest.some(changing) || (saidSince(mention) && !countOfAMoment(mention) && !latest.some(countOfAMoment)))
      )
        dropped.add(mention);
  }
  for (const mention of moment) if (tollOvertaken(mention, moment, byId)) dropped.add(mention);
  return moment.filter((mention) => !dropped.has(mention));
}

/**
 * An undated report's death toll above every dated count of its moment, which a dated report
 * published after those counts tells the toll reaching ("Two people have died" on Monday, "a third
 * person has died" on Thursday, an undated tabloid's "killed three people"): the undated report was
 * written once the toll had grown, so it is no rival of the earlier count. A toll no dated report
 * reaches, or one below the dated counts, stays a rival.
 */
function tollOvertaken(
  mention: NumberMention,
  moment: readonly NumberMention[],
  byId: ReadonlyMap<string, Article>,
): boolean {
  if (mention.item.article.publishedAt || mention.event !== "killed" || mention.kind !== "fixed") return false;
  const dated = moment.filter((other) => other.item.article.publishedAt);
  if (dated.length === 0 || dated.some((other) => other.value >= mention.value)) return false;
  const last = dated
    .map((other) => other.item.article.publishedAt ?? "")
    .reduce((a, b) => (byPublication(a, b) > 0 ? a : b));
  return [...byId.values()].some(
    (article) =>
      !!article.publishedAt && byPublication(article.publishedAt, last) > 0 && ordinalTollOf(article) >= mention.value,
  );
}

/**
 * The day a count's sayer gave it, when its sentence is dated only by that ("…, the SES said on
 * Sunday", "Police said on Tuesday that …"); null for any other.
 */
function saidOn(mention: NumberMention, dates: ReadonlyMap<ArticleSentence, SentenceDate | null>): string | null {
  const known = dates.get(mention.item);
  if (!known || known.basis !== "stated" || known.date.length !== 10 || mention.kind !== "fixed") return null;
  if (!dayOnlyOfSaying(mention.item.sentence.text)) return null;
  return known.date;
}

/** "when the men escaped", "at the time of the escape", "on the night of the fire": a count tied to a moment. */
const AT_A_MOMENT =
  /\b(?:when|as)\s+(?:the|a|an|it|its|their|he|she|they)\b|\bat\s+the\s+time\b|\b(?:on\s+the|that)\s+night\b/i;

/** Whether a count is of those there when something happened: aboard, inside, attending, or a moment named. */
function countOfAMoment(mention: NumberMention): boolean {
  if (mention.event === "aboard" || mention.event === "attended" || mention.event === "inside") return true;
  return AT_A_MOMENT.test(mention.item.sentence.text);
}

/**
 * A body named by its common noun as the figure's sayer: "…, the coastguard said.", "The coastguard
 * now puts the number … at 61" (sourceOf reads capitalised names only).
 */
/** "has risen to", "now puts", "revised": words telling a count that changed. */
const COUNT_CHANGED =
  /\b(?:now|latest|updated|revised|(?:has|have|had)\s+(?:risen|climbed|grown|increased|fallen|dropped)|(?:rose|climbed|grew|increased|fell|dropped)\s+to)\b/i;
const BODY_SAYS_AFTER =
  /,\s+(?:(?:the|a)\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?:said|says|reported|confirmed)(?:\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\.?$/;
const BODY_SAYS_BEFORE =
  /^The\s+([a-z]+(?:\s+(?!now\b)[a-z]+)?)\s+(?:now\s+)?(?:puts|put|says|said|estimates|estimated)\b/;
/**
 * A named body opening the sentence as the figure's sayer, itself or through its officials: "Coast
 * Guard officials estimated that about 30,000 gallons …", the next day "The Coast Guard now estimates
 * that 42,000 gallons …" (one sayer, whose later figure revises its own). A body's rating or measure
 * is its figure too ("The National Weather Service rated the tornado an EF3, with peak winds of …").
 */
const NAMED_BODY_SAYS_BEFORE =
  /^(?:The\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)(?:\s+(?:officials|officers|spokesm[ae]n|spokeswom[ae]n|spokespeople))?\s+(?:now\s+)?(?:puts|put|says|said|estimates|estimated|rated|rates|measured|recorded|reported)\b/u;
function bodySaying(mention: NumberMention): string | null {
  // Read once per sentence (see tollLeftOpen): each moment a figure joins asks its sayer again.
  const known = bodyIn.get(mention.item);
  if (known !== undefined) return known;
  const text = mention.item.sentence.text.trim();
  const body =
    BODY_SAYS_AFTER.exec(text)?.[1] ?? BODY_SAYS_BEFORE.exec(text)?.[1] ?? NAMED_BODY_SAYS_BEFORE.exec(text)?.[1];
  const sayer = body && !PRONOUN.test(body) ? body.toLowerCase() : null;
  bodyIn.set(mention.item, sayer);
  return sayer;
}
const bodyIn = new WeakMap<ArticleSentence, string | null>();

/** Whether all of an outlet's figures are in one article, and each value's sayer differs from every other value's. */
function oneArticleTwoSayers(list: readonly NumberMention[], groupOf: ReadonlyMap<NumberMention, number>): boolean {
  if (new Set(list.map((mention) => mention.item.article)).size !== 1) return false;
  return list.every((a) => list.every((b) => groupOf.get(a) === groupOf.get(b) || otherSayers(a, b)));
}

/**
 * Different values of one moment's figures from at least two outlets, each value with its outlets:
 * values that agree as written (a rounding, a figure inside a range) are one value, and an outlet's
 * revised figure replaces its earlier one.
 */
function disagreementOf(
  moment: readonly NumberMention[],
  byId: ReadonlyMap<string, Article>,
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null>,
): Disagreement | null {
  const current = latestPerOutlet(moment, byId, dates);
  const values = differingValues(claimsOf(current, true));
  if (values.length < 2) return null;
  const outlets = new Set(current.map((mention) => outletOf(mention.item.article, byId).key));
  if (outlets.size < 2) return null; // one outlet giving two figures is not sources disagreeing
  // Values in two units show their units: "12 kilometres" against "about 9 miles".
  const twoUnits = new Set(values.flatMap((group) => group.map((claim) => claim.written ?? ""))).size > 1;
  return {
    topic: topicOf(current),
    claims: values.map((group) => {
      const list = group.flatMap((claim) => claim.mentions);
      // The side reads as its first outlet wrote it ("4,200 hectares", not the "more than 10,000 acres"
      // a later outlet gave, which agrees with it).
      const head = group.length > 1 ? firstReported(list) : group[0]!.mentions[0]!;
      const written = head.range ? head.range.raw : head.raw;
      const seen = new Set<string>();
      const citations = list
        .map((mention) => citationOf(mention.item))
        .filter((citation) => {
          const key = `${citation.articleId}:${citation.start}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
      // The outlets in the order they reported it (undated last): the first to give a value leads its side.
      const byReport = [...list].sort(
        (a, b) => byPublication(a.item.article.publishedAt, b.item.article.publishedAt) || a.start - b.start,
      );
      const names = [
        ...new Set(
          byReport.map((mention) => outletOf(mention.item.article, byId).name).filter((name) => name !== null),
        ),
      ];
      // A share reads as one: "4%", not "4" ("percent average rise | 4 vs 7" tells a reader nothing).
      // A span read with its unit ("10 months") already shows it.
      const unit = twoUnits ? unitAsWritten(head) : "";
      const shown = twoUnits
        ? unit.trim() !== "" && written.endsWith(unit.trim())
          ? written
          : `${written}${unit}`
        : head.unit === "percent" && !head.range
          ? `${written}${percentAsWritten(head)}`
          : written;
      return {
        value: head.qualifier ? `${head.qualifier} ${shown}` : shown,
        text: head.item.sentence.text,
        citations,
        ...(names.length > 0 ? { outlets: names } : {}),
      };
    }),
  };
}

function firstReported(list: readonly NumberMention[]): NumberMention {
  return [...list].sort(
    (a, b) => byPublication(a.item.article.publishedAt, b.item.article.publishedAt) || a.start - b.start,
  )[0]!;
}

/** The percent sign or word right after a figure, as its sentence writes it ("%", " percent", " per cent"). */
function percentAsWritten(mention: NumberMention): string {
  const after = mention.item.sentence.text.slice(mention.end - mention.item.sentence.start);
  return /^\s*%|^\s+per\s*cent\b|^\s+percent\b/i.exec(after)?.[0] ?? "";
}

/** The unit right after a figure, as its sentence writes it (" kilometres", "km", "C", " degrees Fahrenheit", "-foot"). */
function unitAsWritten(mention: NumberMention): string {
  const after = mention.item.sentence.text.slice(mention.end - mention.item.sentence.start);
  // A speed's symbol is read whole ("185 km/h", never "185 km").
  return /^(?:\s*°\s*|\s+|-)?(?:km\/h|\p{L}+(?:\s+(?:Fahrenheit|Celsius|centigrade))?)/u.exec(after)?.[0] ?? "";
}

/**
 * Who gives a figure, as a sentence names them before its verb of saying: "The coast guard put",
 * "Veldorian officials said",
 * "Blue Strait Lines said", "the governor cited", "a union representing workers … said", "the
 * utility's own outage map showed", "the city's emergency management office put".
 */
/** "state officials", "federal environmental regulators": officials named by whom they serve, a source. */
const OFFICIALS_OF_A_KIND = String.raw`(?:(?:state|federal|local|county|city|provincial|regional|government|health|fire|environmental|safety|company|hospital|school|university|union)\s+){1,2}(?:officials|authorities|investigators|inspectors|regulators|engineers)`;
const SAYER = String.raw`(?<![\p{L}’'-])((?:[Tt]he\s+|[Aa]n?\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*|(?:[Tt]he|[Aa]n?)\s+[a-z]+(?:['’]s)?(?:\s+[a-z]+(?:['’]s)?){0,3}?|(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:[a-z]+\s+)?(?:officials|authorities|police|sources|investigators|prosecutors|organi[sz]ers|rescuers|medics|doctors|media)|${OFFICIALS_OF_A_KIND})`;
const SAYING = String.raw`(?:said|says|put|puts|estimated|estimates|reported|reports|cited|cites|announced|announces|gave|gives|claimed|claims|quoted|stated|counted|showed|shows)\b`;
/** The sayer of the figure after it, before the next one: "…, a union representing workers at its plants said on Thursday, …". */
const SAYER_BETWEEN = new RegExp(String.raw`^[^;:]*?,\s+${SAYER}(?:\s+[^,;]{0,60}?)?\s+${SAYING}`, "u");
/** "…, while Blue Strait Lines said its manifest listed 176": a second source's figure set against the first. */
const WHILE_SAYER = new RegExp(String.raw`,\s+(?:while|whereas|but)\s+${SAYER}\s+${SAYING}[^,;]*$`, "u");
/**
 * "…; Blue Strait Lines said its manifest listed 176": a second source's figure for the same thing in
 * the clause after a semicolon, its figure in that source's own words (at most a short phrase after the
 * verb of saying, and no other figure or clause break before it).
 */
const SEMICOLON_SAYER = new RegExp(
  String.raw`^[^;:]*;\s+(?:but\s+)?${SAYER}\s+(?:had\s+|has\s+)?${SAYING}\s+(?:that\s+)?(?:[^;:,\d]{0,60}?\s)?(?:(?:about|around|roughly|nearly|almost|some|only|just|at least|more than|fewer than|as many as)\s+)?[$£€]?\s*$`,
  "u",
);
/** A figure of the sayer's own people: "86 of its men", "40 of their own soldiers". */
const OWN_PEOPLE_AFTER = /^\s+of\s+(?:its|their)\s+(?:own\s+)?[\p{L}-]+/u;
/** "…, not the $1.2 billion", "…, more than the 1,800": a figure the sentence sets against the one before. */
const CONTRAST_BEFORE =
  /(?:,\s+|\s)(?:not|(?:far\s+|much\s+)?(?:more|fewer|less|higher|lower|greater|smaller|bigger)\s+than)\s+the\s+[$£€]?\s*$/;
/** … "the governor cited", "that the company announced": whose figure the contrasted one is. */
const SAYER_AFTER = new RegExp(String.raw`^\s+(?:that\s+)?${SAYER}\s+(?:had\s+|has\s+)?${SAYING}`, "u");

function sayerOf(named: string | undefined): string | null {
  if (!named) return null;
  // "The Pennsylvania School Boards Association" is its name; "the governor" a description.
  const source = /^the\s+\p{Lu}/iu.test(named) && /^\S+\s+\p{Lu}/u.test(named) ? named.replace(/^the\s+/i, "") : named;
  const head = source.replace(/^(?:the|an?)\s+/i, "");
  return PRONOUN.test(head) ? null : source.replace(/^(The|A|An)\s/, (word) => word.toLowerCase());
}

/** The last "X said" before a figure in its sentence. */
function sayerBefore(text: string): string | null {
  const matches = [...text.matchAll(new RegExp(String.raw`${SAYER}\s+${SAYING}`, "gu"))];
  return sayerOf(matches[matches.length - 1]?.[1]);
}

/** Whether two figures a sentence sets against each other can be of one measure: one unit, one event. */
function comparable(first: NumberMention, second: NumberMention): boolean {
  if (first.unit && second.unit && first.unit !== second.unit) return false;
  // A percentage or an amount of money is never a bare count of something.
  if (notAHeadcount(first.unit) !== notAHeadcount(second.unit) && first.unit && second.unit) return false;
  // A verb that only reports the figure ("its manifest listed 176 passengers") names no event of its own.
  const eventOf = (mention: NumberMention) =>
    mention.event && !REPORTING_VERB.test(mention.event) ? mention.event : null;
  if (eventOf(first) && eventOf(second) && eventOf(first) !== eventOf(second)) return false;
  const low = Math.min(lowOf(first), lowOf(second));
  const high = Math.max(highOf(first), highOf(second));
  // The sentence sets two named sources' figures against each other: rival counts, which differ more
  // than copies of one count do (see RIVAL_SOURCES_RATIO); sums and shares as outlets' figures do.
  const ratio = notAHeadcount(first.unit ?? second.unit) ? OUTLETS_RATIO : RIVAL_SOURCES_RATIO;
  return low > 0 && high !== low && high / low <= ratio;
}

/** Whether `second` opens the sentence right after `first`'s with "… put the figure at" (see FIGURE_PUT_AT). */
function putFigureNext(first: NumberMention, second: NumberMention): boolean {
  if (second.item.article !== first.item.article) return false;
  const gap = first.item.article.text.slice(first.item.sentence.end, second.item.sentence.start);
  if (gap.trim() !== "") return false;
  return FIGURE_PUT_AT.test(second.item.sentence.text.slice(0, second.start - second.item.sentence.start));
}

interface SentenceDispute {
  disagreement: Disagreement;
  mentions: NumberMention[];
}

/**
 * Disputes a sentence itself reports between two named sources: "The coast guard put the number of
 * people aboard at 214, while Blue Strait Lines said its manifest listed 176", "… said the bill would
 * have sent $1.4 billion …, not the $1.2 billion the governor cited", "… will cut about 2,000 jobs, a
 * union … said, more than the 1,800 the company announced", "The coast guard said 214 people were
 * aboard; the ferry's operator said 176". The sentence says the values differ, so a
 * hedge ("about 2,000") is no rounding of the other; each side shows its source, the outlet being one.
 * Other outlets' figures of the same measure, moment and value join their side.
 */
function sentenceDisputes(
  mentions: readonly NumberMention[],
  byId: ReadonlyMap<string, Article>,
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null>,
): SentenceDispute[] {
  const disputes: SentenceDispute[] = [];
  for (const [index, first] of mentions.entries()) {
    const second = mentions[index + 1];
    if (!second || first.range || second.range) continue;
    // "The company said 17 workers were injured. The union put the figure at 26.": the next sentence's
    // source gives its own figure for the same count.
    const nextSentence = second.item !== first.item && putFigureNext(first, second);
    if (second.item !== first.item && !nextSentence) continue;
    const text = first.item.sentence.text;
    const offset = first.item.sentence.start;
    const before = text.slice(0, first.start - offset);
    const between = nextSentence
      ? text.slice(first.end - offset)
      : text.slice(first.end - offset, second.start - offset);
    const after = nextSentence ? "" : text.slice(second.end - offset);
    let sources: [string | null, string | null] = [null, null];
    const rival = nextSentence ? null : WHILE_SAYER.exec(between);
    const afterSemicolon = rival || nextSentence ? null : SEMICOLON_SAYER.exec(between);
    if (nextSentence)
      sources = [
        sayerBefore(before) ?? sayerOf(SAYER_BETWEEN.exec(between)?.[1]),
        sayerBefore(second.item.sentence.text.slice(0, second.start - second.item.sentence.start)),
      ];
    // "Some 200 workers were laid off, the company said, while a union put the figure at 260": the
    // first sayer may follow its figure.
    else if (rival)
      sources = [
        sayerBefore(before) ?? sayerOf(SAYER_BETWEEN.exec(between.slice(0, rival.index + 1))?.[1]),
        sayerOf(rival[1]),
      ];
    else if (afterSemicolon)
      sources = [sayerBefore(before) ?? sayerOf(SAYER_BETWEEN.exec(between)?.[1]), sayerOf(afterSemicolon[1])];
    else if (CONTRAST_BEFORE.test(between))
      sources = [
        sayerBefore(before) ?? sayerOf(SAYER_BETWEEN.exec(between)?.[1]),
        sayerOf(SAYER_AFTER.exec(after)?.[1]),
      ];
    const [firstSource, secondSource] = sources;
    if (!firstSource || !secondSource || firstSource.toLowerCase() === secondSource.toLowerCase()) continue;
    // "…, while Karsk said 86 of its men needed treatment": the second source counts its own people,
    // not what the first one counted.
    if (rival && OWN_PEOPLE_AFTER.test(after)) continue;
    if (!comparable(first, second)) continue;
    // The measure, as whichever side names it: "at 214" counts the "176 passengers and crew".
    const measure: NumberMention = { ...first, unit: first.unit ?? second.unit, event: first.event ?? second.event };
    const key = quantityKey(measure);
    const sides = [first, second].map((mention) => {
      const others = key
        ? mentions.filter(
            (other) =>
              other.item.article !== first.item.article &&
              other.value === mention.value &&
              !other.range &&
              quantityKey(other) === key &&
              sameMoment(measure, other, timeOf(first, dates), timeOf(other, dates)),
          )
        : [];
      return [mention, ...others];
    });
    const outletNames = (list: readonly NumberMention[]) => [
      ...new Set(list.map((mention) => outletOf(mention.item.article, byId).name).filter((name) => name !== null)),
    ];
    disputes.push({
      disagreement: {
        topic: topicOf([measure]),
        claims: sides.map((list, side) => {
          const head = list[0]!;
          const names = outletNames(list);
          return {
            value: head.qualifier ? `${head.qualifier} ${head.raw}` : head.raw,
            text: head.item.sentence.text,
            citations: list.map((mention) => citationOf(mention.item)),
            ...(names.length > 0 ? { outlets: names } : {}),
            source: (side === 0 ? firstSource : secondSource)!,
          };
        }),
      },
      mentions: sides.flat(),
    });
  }
  return disputes;
}
