import { oncePerText } from "../../../text/once-per-text.js";
import { singularNoun } from "../../../text/singular-noun.js";
import type { ArticleSentence } from "../../evidence/article-sentences.js";
import { datelineEnd } from "../../evidence/editorial-problem.js";
import { NUMBER_WORD_SOURCE, numberWordValue, openingCountWord, reportedClauseCountWords } from "../reading/index.js";
import { ballotObjectOf } from "./ballot-object.js";
import { buildingFloors, FLOORS_BEFORE_NAME } from "./building-floors.js";
import { chargedPersonOf, chargesFacedOf } from "./charges-faced.js";
import { elapsedSpell } from "./elapsed-spell.js";
import { EQUIVALENT_CUE, toldAsEquivalent } from "./equivalence-measure.js";
import { fallHeight } from "./fall-height.js";
import { landmarkDistance } from "./landmark-distance.js";
import { LENGTH_FRACTION, lengthFractionRounding, lengthFractionValue } from "./length-fraction.js";
import { moneyTakenOf } from "./money-taken.js";
import { payOfGroup } from "./pay-of-group.js";
import { payeeOf, payReceived } from "./pay-received.js";
import { prizeWinner } from "./prize-won.js";
import { quakeDepth } from "./quake-depth.js";
import { fineOf, sameOutcomeOf } from "./same-outcome.js";
import { SHARE_IN_WORDS, SHARE_IN_WORDS_ROUNDING, shareInWordsValue } from "./share-in-words.js";
import { stormSurge } from "./storm-surge.js";
import { debrisSpread, thingDimension } from "./thing-dimension.js";
import { bareFiguresAboard, partsAboard, roadPassengersAboard, wholeAboard } from "./those-aboard.js";
import { overnightOnly, treatedByHospital, treatedInHospital } from "./treated-in-hospital.js";
import { UNIT_SYMBOL_SOURCE, unitSymbolAfter } from "./unit-symbol.js";
import { vehiclesInCrash } from "./vehicles-in-crash.js";
import { warningLead } from "./warning-lead.js";
import { workCostYear } from "./work-cost.js";
import { wreckDepth } from "./wreck-depth.js";

/** How a count behaves over time, read from the words around it. */
type QuantityKind =
  /** A running total ("since the war began", "subsequent"): it grows as the story goes on. */
  | "running"
  /** A count over a short window ("in the previous 24 hours"): a new value every day. */
  | "window"
  /** A count of a finished event ("killed in the Oct. 7 attack"): sources should agree. */
  | "fixed";

/** A number in a sentence with the quantity it counts. */
export interface NumberMention {
  item: ArticleSentence;
  /** The number as written, e.g. `1,139`. */
  raw: string;
  value: number;
  /** Offsets of `raw` in the article's cleaned text. */
  start: number;
  end: number;
  /** "about", "at least", "more than"… when the figure is hedged. */
  qualifier: string | null;
  /** Singular noun the number counts (`people`, `hostage`), null when none follows. */
  unit: string | null;
  /** The event the count is about (`killed`, `released`…), null when none is near. */
  event: string | null;
  kind: QuantityKind;
  /** The phrase after the event word, e.g. "in the Oct. 7 attack": what a reader needs to tell quantities apart. */
  scope: string;
  /**
   * What the figure is: a count of what happened (`reported`), or what a side asks for (`demand`),
   * puts on the table (`offer`), what a deal settles (`agreed`), or what is planned or forecast
   * (`plan`). Only figures of the same frame can disagree: a demand and an offer differ by nature.
   */
  frame: FigureFrame;
  /** Places the clause names ("in Rafah", "at the Port of Calder"): counts in different places are different counts. */
  places: string[];
  /** What rose or fell, for a move ("The crown fell 1.2 percent" → crown): moves of different things never compare. */
  subject?: string;
  /**
   * A move of a price traded through the day (a currency, shares, an index, oil, a yield) and whether
   * the sentence gives it as the day's close ("closed 1.6% lower", "ended the day 2.8% down", "fell 2%
   * by the close"). A move quoted without a time, or "in early trading", "at one point", was read at
   * whatever moment its outlet looked: two of them are no one measure, two closes of one day are.
   */
  market?: "close" | "during";
  /**
   * The span a figure covers when the sentence says it ("a year", "in the three months to December",
   * "daily"): a quarter's sales and a year's never compare.
   */
  period?: string;
  /**
   * Both ends of a range ("between 30 and 40", "£30 million to £40 million"), on each end's mention:
   * one claim, which a figure inside it does not contradict.
   */
  range?: { low: number; high: number; raw: string };
  /**
   * Whose figure it is, when a name owns it ("Northmart's online sales", "Labour's plan would protect"):
   * two owners' figures never compare.
   */
  owner?: string;
  /**
   * A thing's size read from its possessive or an apposition ("Ellesmere Hall's 56 bedrooms", "The
   * hall, with its 48 bedrooms,"): what the thing has, which does not change in days.
   */
  size?: true;
  /**
   * Whom the charges counted are brought against, when the sentence names them ("Marsh faces 12
   * charges"): two named people's charges never compare; an unnamed one's joins the one name given.
   */
  defendant?: string;
  /**
   * An amount a decision fixed: a sum a ruling orders paid ("ordered to pay costs of", "must pay",
   * "was fined"), a contract's or a fine's value. It holds whenever it is reported, so reports days
   * apart, or sentences dated by something else that happened ("awarded in April"), give one moment.
   */
  settled?: boolean;
  /**
   * What a thing that did not happen would have done ("the combined company would have controlled 34
   * percent", "the bill would have sent $1.4 billion"): read as what the thing was (frame `reported`),
   * and also as what it would do, the figure a plan's telling before the decision gave.
   */
  counterfactual?: boolean;
  /**
   * How far the written figure may be from the exact count when it is visibly rounded (hedged,
   * "about 1.2 million", or written with a scale word, "2.1 million"): half a step of its last
   * written digit; 0 when it reads as exact.
   */
  rounding: number;
}

type FigureFrame = "reported" | "demand" | "offer" | "agreed" | "plan";

/**
 * A figure, with its scale as a word ("1.2 million", "a $1.2-billion bill", "£1.6million" as some
 * copy glues it) or, for money, as a letter ("£20m", "$1.2bn"); a unit's symbol may be glued to it
 * ("43C", "2km", "420kg", "410GB").
 */
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:(?:\s+|-)?(million|billion|thousand)|(bn|mn|m)(?![\p{L}\p{N}]))?(?!(?!(?:[CF]|km|cm|mm|ft|mph|kph|${UNIT_SYMBOL_SOURCE})(?![\p{L}\p{N}]))[\p{L}\p{N}]|[.,]\d)`,
  "gu",
);
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, m: 1e6, mn: 1e6, bn: 1e9 };
// A bound is read whole: "no more than 700" is at most 700, never "more than 700" (shown as the claim's
// value); a currency sign may stand between it and the figure ("about $280 million").
const QUALIFIER =
  /\b((?:no|not)\s+(?:more|fewer|less)\s+than|as\s+(?:many|much|few|little)\s+as|at most|about|around|approximately|nearly|almost|roughly|at least|more than|over|above|under|below|less than|fewer than|up to|some|topped|exceeded|surpassed)\s+(?:[$£€]\s*)?$/i;

/** "200 workers", "about 90 staff": people counted as a workforce (whose unit reads as people). */
const WORKERS_AFTER = /^\s+(?:workers?|employees?|staff)\b/i;
/** Jobs a cut puts at stake: "were at risk", "are under threat", "would be affected by the closures". */
const JOBS_AT_STAKE =
  /\b(?:at\s+risk|under\s+threat|in\s+jeopardy|(?:will|would|could|may|might)\s+be\s+(?:affected|hit)|affected\s+by\s+the\s+(?:closures?|cuts?|plans?|restructuring))\b/i;
/** Counts of jobs, and the words that say they go. */
const JOB_UNIT = /^(?:jobs?|posts?|positions?|roles?|workers?|employees?|staff)$/;
const JOB_CUT =
  /\b(?:cut(?:s|ting)?|loss(?:es)?\s+of|los(?:e|es|ing|t)|shed(?:s|ding)?|ax(?:e|ed|es|ing)|eliminat(?:e|ed|es|ing)|scrap(?:s|ped|ping)?|(?:will|would|are to|is to|to)\s+go|redundan(?:t|cy|cies)|lay(?:ing)?\s+off|laid\s+off|layoffs?)\b/i;

/** A verb of cutting or raising a thing, then "by", right before the figure: "cut oil output by". */
const CHANGED_THING_BY =
  /\b(cut|cuts|cutting|reduce[sd]?|reducing|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|slash(?:es|ed|ing)?|raise[sd]?|raising|increase[sd]?|increasing|boost(?:s|ed|ing)?)\s+(?:(?:its|their|the|oil|daily|annual)\s+)?(?:[a-z]+\s+){0,2}by\s+(?:(?:about|around|roughly|nearly|almost|some|up to|as much as)\s+)?$/i;

/** A level of a named thing, right before its figure: "reservoir levels stood at", "the river level was at". */
const LEVEL_AT_BEFORE =
  /\b([a-z]{3,})\s+levels?\s+(?:stood|stands|were|was|are|is|remained|remains)\s+(?:at\s+)?(?:(?:about|around|nearly|almost|just)\s+)?$/i;

/** Verbs of jobs made, as a count's verb reads them. */
const JOBS_MADE = /^(?:added|adds|created|creates|generated|generates|gained|gains|hired|hires)$/;

/** Event words, most specific first: the first one found near the number names the quantity. */
const EVENTS: ReadonlyArray<readonly [string, RegExp]> = [
  // "joined the strike", "joined Monday's strike", "joined a 24-hour strike": strikers, however the strike is named.
  [
    "struck",
    /\b(walked out|walkout|went on strike|on strike|joined\s+(?:the|a|an|its|their|this|that|[\p{Lu}][\p{L}’'-]*['’]s)\s+(?:[\p{L}\d-]+\s+){0,2}?strikes?|stopped work)\b/iu,
  ],
  ["raise", /\b(raise|pay rise|pay increase|wage increase|pay award)\b/i],
  ["killed", /\b(killed|killing|dead|died|deaths?|death toll)\b/i],
  // "17 workers were hurt", "people hurt in the blast": injured (never "hurt the economy": no object after it).
  [
    "injured",
    /\b(injured|injuring|wounded|wounding|(?:were|was|been|being|got|get)\s+(?:(?:seriously|badly|slightly)\s+)?hurt)\b/i,
  ],
  // "47 people had been taken to hospital", "38 were hospitalised": one count whatever the verb
  // (never "in hospital", a count of those still there).
  [
    "hospitalised",
    /\b((?:taken|rushed|sent|airlifted|flown|admitted)\s+to\s+(?:(?:a|the|local|nearby)\s+)?hospitals?|hospitali[sz]ed)\b/i,
  ],
  ["kidnapped", /\b(kidnapped|abducted|taken (?:hostage|captive|prisoner)|seized)\b/i],
  ["released", /\b(released?|freed|free|exchanged?|swap)\b/i],
  [
    "displaced",
    /\b(displaced|fled|evacuated|(?:left|leave|leaving|fled|flee|fleeing|from|out of|abandoned)\s+(?:their|his|her)\s+homes?)\b/i,
  ],
  ["arrested", /\b(arrested|detained|interrogated)\b/i],
  // "have fallen ill", "were sickened", "reported symptoms": one count of the sick, however told.
  [
    "ill",
    /\b((?:fallen|fell|falls?|falling|became|become|becoming|been taken|were taken|was taken)\s+ill|sickened|(?:reported|reporting|developed|showed|showing)\s+(?:illness|symptoms))\b/i,
  ],
  // "Only four officers were on duty on the wing": those at work at a moment, one count however told.
  ["on duty", /\b(on duty|on shift)\b/i],
  ["held", /\b(held|holding|captive|remain)\b/i],
  // "was carrying 212 passengers" and "listed 187 passengers on board": one count of those aboard
  // (never "licensed to carry 250", a capacity).
  ["aboard", /\b(aboard|on board|carrying|carried)\b/i],
  // "Between 40 and 50 workers were inside the building when it exploded", "Nearly 70 workers were in
  // the plant at the time": those present when it happened, one count however told (never "are still
  // inside", a count as of the writing).
  [
    "inside",
    /\b((?:were|was|had been)\s+(?:inside|in)\s+(?:the|a)\s+(?:[a-z]+\s+)?(?:building|plant|factory|mine|warehouse|premises|hall|venue|stadium|club|school|tower|block|store|shop)\s+(?:when|at the time|as)\b)/i,
  ],
  // "the number of students under investigation has risen to 67" is those "being investigated".
  ["investigated", /\b(under\s+(?:investigation|inquiry))\b/i],
];

/** Events only people undergo: a bare count going on to one of them counts people. */
const PEOPLE_EVENTS: readonly RegExp[] = EVENTS.filter(([name]) =>
  ["killed", "injured", "hospitalised", "kidnapped", "arrested", "ill"].includes(name),
).map(([, pattern]) => pattern);

/** The events read from their own words: a count of one of these is about that event, whatever else the sentence names. */
export const EVENT_NAMES: ReadonlySet<string> = new Set(EVENTS.map(([name]) => name));

/** Cue words of each frame, looked for nearest the number first. */
const FRAMES: ReadonlyArray<readonly [FigureFrame, RegExp]> = [
  [
    "demand",
    /\b(?:(?:would|will)\s+(?:only\s+)?(?:consider|accept|settle for|agree to)(?:\s+(?:an?|any)\s+(?:offer|bid|proposal|deal))?|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|ask(?:s|ed|ing)?|call(?:s|ed|ing)? for|(?:seek(?:s|ing)?|sought)(?!\s+(?:medical\s+|hospital\s+)?(?:treat|help|shelter|refuge|cover|care|safety|attention))|want(?:s|ed)?|insist(?:s|ed|ing)?|push(?:es|ed|ing)? for|claim(?:s|ed|ing)? for)\b/gi,
  ],
  [
    "offer",
    /\b(?:offer(?:s|ed|ing)?(?!\s+for\s+sale)|counter-?offer|bid(?:s|ding)?|propos(?:e|es|ed|ing|al|als)|tabled|put forward)\b/gi,
  ],
  ["agreed", /\b(?:deal|agreement|agreed|settle(?:d|ment)|accord)\b/gi],
  [
    "plan",
    /\b(?:will|would(?!\s+have\b)|could(?!\s+have\b)|(?<!\b(?:since|in|until|till|by|from|of|early|late|mid|last|next|this)\s)may(?!\s+\d|\s+have\b|\s*[,.;:)])|might(?!\s+have\b)|expected to|expects? to|expecting to|set to|due to|plans?(?:ned)? to|aims? to|phase|target(?:s|ed)?|(?<!\bthan\s)(?:expected|forecast|predicted|projected)\s+(?:[\p{L}'’]+\s+){1,4}to)\b/giu,
  ],
];
/**
 * A plan is also what someone foresaw as a thing, before its figure ("Organisers had forecast a top
 * temperature of 27C", "had expected a crowd of 7,000"), or right before the figure itself, a range's
 * high end too ("The weather service predicts 8 to 12 inches of snow"): a forecast, never a count of what came.
 * Never after the figure ("a victim at 8 predicted a disorder": the figure foresaw nothing).
 */
const FORECAST_BEFORE =
  /\b(?:forecasts?|predict(?:s|ed)|project(?:s|ed)|expect(?:s|ed))(?=\s+(?:a|an)\s|\s+(?:(?:up to|as (?:much|many) as|about|around|some|between|more than|at least)\s+)?(?:[\d.,]+\s*(?:to|and|or|-|–)\s*)?$)/gi;
const FRAME_CUES: ReadonlyArray<readonly [FigureFrame, RegExp]> = [...FRAMES, ["plan", FORECAST_BEFORE]];
/** "the neighbouring village of Tarnside", "the town of Aldbeck": the place is the name after its kind. */
const PLACE_KIND = String.raw`(?:(?:[a-z]+\s+)?(?:village|town|city|hamlet|suburb|district|county|borough|parish|island|province|region)\s+of\s+)?`;
/** "portions of central Iowa", "across parts of northern Kentucky": a part of a region is in that region. */
const PART_OF_REGION = String.raw`(?:parts?|portions?|areas?|sections?|much|most|swath(?:e)?s)\s+of\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?|coastal|rural|upstate|downstate)\s+)?`;
/** "in Rafah", "at the Port of Calder": a capitalised name after a place preposition that is not a modifier ("in the Hamas attack"). */
// Month and weekday names are no places; "Marseille" or "Sunderland" are (whole names, not prefixes).
// A sentence may open on its place ("In Tarnside, 350 homes were flooded").
const PLACE_NAME = `(?:[Ii]n|[Aa]t|[Nn]ear|off|[Oo]utside|[Aa]cross|[Oo]n(?=\\s+${PART_OF_REGION}))\\s+(?:${PART_OF_REGION})?(?:the\\s+)?${PLACE_KIND}((?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\b)[A-Z][\\p{L}’'-]+(?:\\s+(?:of\\s+)?[A-Z][\\p{L}’'-]+)*)`;
const PLACE = new RegExp(
  `\\b${PLACE_NAME}(?=\\s*$|[,.;:)]|\\s+(?:on|in|at|since|from|for|and|after|before|during|when|as|to|with|where|while|which|that|who|by|last|this|were|was|had|have|has|are|is)\\b)`,
  "gu",
);
const FUNCTION_WORD =
  /^(?:of|who|whom|which|that|and|or|to|in|on|at|for|from|with|by|as|were|was|are|is|be|been|being|have|has|had|will|would|could|may|might|remain|remained|still|more|than|the|a|an|this|these|those|their|its|his|her)$/i;
// "remained missing", "remain in hospital": a copula, like "were", before what the count is.
const AUXILIARY =
  /^\s+(?:(?:were|was|are|is|have|has|had|been|being|be|reportedly|also|all|now|still|remain(?:s|ed)?|(?:may|might|could|must)(?=\s+have\b))\s+)*/i;
const IRREGULAR_VERB =
  /^(?:went|took|fled|left|came|ran|rose|fell|stood|sat|held|lost|won|made|struck|began|joined|quit|stayed)$/i;

/** The place a count is about: the first one named after it in its clause, else the last one before it. */
/** "thermometers at Coningford reached 41.1C": the place of the subject whose verb the figure follows. */
const PLACE_OF_SUBJECT = new RegExp(
  `\\b${PLACE_NAME}\\s+(?:[a-z]+ed|rose|fell|hit|topped|stood\\s+at)\\s+(?:(?:about|around|roughly|nearly|almost|some|over|more than|at least)\\s+)?$`,
  "u",
);

/**
 * ", most of them in Pine Hollow", ", many of whom were in": where part of a count is, told after it.
 * The count itself is of no one of those places.
 */
const PART_PLACED_AFTER =
  /,\s*(?:(?:most|many|some|several|half|a few|the majority|nearly half|more than half)\s+of\s+(?:them|whom|which|those)|mostly|mainly|largely)\b/i;

/**
 * "It was 104 degrees in my living room": a speaker's own home or car, right after the figure, is a
 * place of its own, so the figure is that place's, never a rival of the town's reading.
 */
const SPEAKERS_OWN_PLACE_AFTER = /^[^,;]{0,24}?\b(?:in|inside|at)\s+(my\s+[\p{L}-]+(?:\s+room)?)\b/iu;

/** Whether a figure's place is a speaker's own (see SPEAKERS_OWN_PLACE_AFTER): no place a count naming none could be of. */
export function inSpeakersOwnPlace(mention: Pick<NumberMention, "places">): boolean {
  return mention.places.some((place) => /^my\s/.test(place));
}

function placeOf(clauseBefore: string, clauseAfter: string): string[] {
  const own = SPEAKERS_OWN_PLACE_AFTER.exec(clauseAfter);
  if (own) return [own[1]!.toLowerCase()];
  const partPlaced = PART_PLACED_AFTER.exec(clauseAfter);
  const after = [...(partPlaced ? clauseAfter.slice(0, partPlaced.index) : clauseAfter).matchAll(PLACE)][0];
  if (after) return [after[1]!];
  const before = [...clauseBefore.matchAll(PLACE)].pop() ?? PLACE_OF_SUBJECT.exec(clauseBefore);
  return before ? [before[1]!] : [];
}

/**
 * The frame of a figure: the cue nearest to it in its clause (before it, or right after it),
 * measured from the cue's end, so that "would only consider an offer of at least 720" is a demand:
 * the longer cue ends where "offer" does, and demands are tried first.
 */
/**
 * "tabled a motion … over the city's £62 million budget overspend": a figure in what a proposal or a
 * demand is about, named with its determiner, is a fact told, not the proposal's own figure.
 */
const ABOUT_WHAT_BEFORE =
  /\b(?:over|about|into|following|because\s+of)\s+(?:the|its|their|his|her|this|that|[\p{Lu}][\p{L}’'-]*['’]s?)\s+(?:[\p{L}-]+['’]s\s+)?(?:(?:estimated|reported|alleged)\s+)?[$£€]?\s*$/u;

/** A capitalised word after another: "Fair Deal", "the Green Deal", "New Deal" name a group or a scheme. */
const NAME_BEFORE_WORD = /\p{Lu}[\p{L}’'-]*\s+$/u;

/** Whether a frame's cue at `index` is a word of a name ("Consumer group Fair Deal said"), no cue. */
function inName(text: string, index: number): boolean {
  return /^\p{Lu}/u.test(text.charAt(index)) && NAME_BEFORE_WORD.test(text.slice(0, index));
}

/**
 * "The capsule that will carry the men weighs 420kg", "The bridge, which will open in May, is 300
 * metres long": a cue of a relative clause whose sentence goes on to its own main verb before the
 * figure frames that clause, not the figure the main verb tells.
 */
const RELATIVE_PRONOUN_BEFORE = /\b(?:that|which|who)\s+$/i;
const MAIN_VERB_AFTER_CLAUSE =
  /^(?:,?\s+[\p{L}\p{N}'’.-]+){1,8}?,?\s+(?:and\s+)?(?:is|was|are|were|weighs|weighed|measures|measured|stands|stood|has|had)\s+(?:(?:about|around|roughly|nearly|almost|some|just|only|over|under|more than|less than)\s+)?$/iu;

function inClosedRelativeClause(clauseBefore: string, index: number, length: number): boolean {
  return (
    RELATIVE_PRONOUN_BEFORE.test(clauseBefore.slice(0, index)) &&
    MAIN_VERB_AFTER_CLAUSE.test(clauseBefore.slice(index + length))
  );
}

function frameOf(clauseBefore: string, clauseAfter: string): FigureFrame {
  if (ABOUT_WHAT_BEFORE.test(clauseBefore)) return "reported";
  let best: FigureFrame = "reported";
  let distance = Number.POSITIVE_INFINITY;
  for (const [frame, pattern] of FRAME_CUES) {
    for (const match of clauseBefore.matchAll(pattern)) {
      if (inName(clauseBefore, match.index)) continue;
      if (inClosedRelativeClause(clauseBefore, match.index, match[0].length)) continue;
      const gap = clauseBefore.length - match.index - match[0].length;
      if (gap < distance) {
        distance = gap;
        best = frame;
      }
    }
    if (pattern === FORECAST_BEFORE) continue;
    const after = pattern.exec(clauseAfter.slice(0, 40));
    pattern.lastIndex = 0;
    if (after && after.index < distance) {
      distance = after.index;
      best = frame;
    }
  }
  return best;
}

/**
 * The noun a number counts: the last noun of the phrase after it ("36 container ships were…" →
 * ship), and where that phrase ends in `after`.
 */
function unitAfter(after: string): { unit: string | null; end: number } {
  let unit: string | null = null;
  let end = 0;
  for (const match of after.matchAll(/\s+([A-Za-z][A-Za-z’'-]*)/gy)) {
    const word = match[1]!;
    // "5.4 million customers' data", "1.4 million patients' records": the number counts the owners.
    if (/\p{L}{2}['’]s?$/u.test(word)) {
      unit = word.replace(/['’]s?$/, "");
      end = match.index + match[0].length;
      break;
    }
    const verbLike = /(?:ed|en)$/i.test(word) && !/^(children|women|men|citizens?|aliens?)$/i.test(word);
    const gerund = /ing$/i.test(word);
    // "1.2 million rented households", "35 new pumping stations": a participle before a plural noun
    // is an adjective of that noun (never before a function word: "300 injured in the blast").
    const next = after.slice(match.index + match[0].length);
    // "4.3 million cubic metres", "12 square miles": a volume or an area, never a length; "9,412 Yes
    // votes and 2,066 No votes": one side's votes, never a count of "yes" nor all votes.
    const second = /^\s+([A-Za-z]+)/.exec(next);
    const compound =
      second &&
      ((/^(?:cubic|square)$/i.test(word) && LENGTH_UNIT.test(singularNoun(second[1]!))) ||
        (/^(?:yes|no)$/i.test(word) && /^votes?$/i.test(second[1]!)));
    if (compound) {
      unit = `${word.toLowerCase()} ${singularNoun(second[1]!)}`;
      end = match.index + match[0].length + second[0].length;
      break;
    }
    const adjective =
      (gerund || (verbLike && unit === null)) &&
      /^\s+[a-z][a-z’'-]*s\b/.test(next) &&
      !FUNCTION_WORD.test(/^\s+([a-z’'-]+)/.exec(next)?.[1] ?? "");
    if (adjective) continue;
    if (FUNCTION_WORD.test(word) || UNIT_SKIP.test(word) || TIME_ADVERB.test(word) || verbLike || gerund) break;
    unit = word;
    end = match.index + match[0].length;
    // "4.2 million bus journeys", "40 glass bottles": a singular noun ending in s names the kind of
    // the plural after it, which is what is counted ("50 basis points" is a unit of its own; "1,200
    // police officers" stay police, as "1,200 police" are).
    const kindOf =
      /s$/i.test(word) &&
      singularNoun(word) === word.toLowerCase() &&
      !/^(?:basis|people|staff|police|personnel|men|women|children)$/i.test(word) &&
      /^\s+[a-z][a-z’'-]*s\b/.test(next) &&
      !FUNCTION_WORD.test(/^\s+([a-z’'-]+)/.exec(next)?.[1] ?? "");
    if (kindOf) continue;
    if (/s$/i.test(word) || /^(people|children|women|men|staff|police|personnel|feet)$/i.test(word) || end > 40) break;
  }
  return { unit: unit ? personOf(singularNoun(unit)) : null, end };
}

/**
 * Nouns that count grown people as such, whatever their trade: "11 miners were trapped" and "12 men
 * were trapped" count the same people. Children and women are a part of a crowd, never the whole,
 * and keep their own noun.
 */
const PEOPLE_WORDS = /^(?:people|persons?|men|man|miner|worker|employee|staff|personnel)$/;

/** "The number of vessels waiting to pass … rose to 185": the verb after the noun is what the count counts. */
function numberOfVerb(before: string): string | null {
  const named = numberOfNamed(before);
  if (!named) return null;
  const { noun, match } = named;
  // "The number injured has risen to eight": the participle is the event (its verb is the count's rise).
  const rest = match[0].slice(match[0].indexOf(noun) + noun.length);
  // "the number of people hurt rose to 16": the participle after the noun, as "were hurt" would be.
  const participle =
    PARTICIPLE_EVENT.get(noun.toLowerCase()) ??
    PARTICIPLE_EVENT.get(/^\s+([a-z]+)/.exec(rest)?.[1]?.toLowerCase() ?? "");
  if (participle) return participle;
  return verbAfter(rest);
}

/** The event a participle after "number (of)" names, as the count's own verb would ("were hurt": injured). */
const PARTICIPLE_EVENT: ReadonlyMap<string, string> = new Map([
  ["injured", "injured"],
  ["wounded", "injured"],
  ["hurt", "injured"],
  ["missing", "miss"],
  ["displaced", "displaced"],
  ["evacuated", "displaced"],
]);

const PASSENGERS_AND_CREW = /^\s+passengers\s+and\s+crew(?:\s+members)?\b/i;

/** The unit written after the figure, else the plural a "number of" before it names (see NUMBER_OF_BEFORE). */
function numberOf(before: string, after: string): { unit: string | null; end: number } {
  // "284 reported symptoms": the verb of the sick, never an adjective of what is counted.
  if (SICK_AFTER.test(after)) return { unit: null, end: 0 };
  // "388 passengers and crew": everyone aboard together, people (the crew are no passengers).
  const aboard = PASSENGERS_AND_CREW.exec(after);
  if (aboard) return { unit: "people", end: aboard[0].length };
  const written = unitAfter(after);
  if (written.unit) return written;
  const named = numberOfNamed(before)?.noun.toLowerCase();
  if (!named) return written;
  return { unit: PEOPLE_OF_EVENT.test(named) ? "people" : personOf(singularNoun(named)), end: 0 };
}

/**
 * Nouns news uses in turn for one kind of thing: "420 ships were waiting" and "370 vessels were
 * waiting" count the same queue; planes, jets and airliners are aircraft. A boat is smaller, and keeps
 * its own noun.
 */
const SAME_THING: Readonly<Record<string, string>> = {
  vessel: "ship",
  // "30 aircraft", "26 planes", "34 Airbus jets": aircraft, whichever noun.
  plane: "aircraft",
  airplane: "aircraft",
  aeroplane: "aircraft",
  airliner: "aircraft",
  jet: "aircraft",
};

/** The noun outlets' names for one kind of thing meet at ("jet" → "aircraft"); see SAME_THING. */
export function sameThingAs(noun: string): string {
  return SAME_THING[noun] ?? noun;
}

function personOf(unit: string): string {
  return PEOPLE_WORDS.test(unit) ? "people" : (SAME_THING[unit] ?? unit);
}

/** A common noun closing a place's name ("the Pecan Grove park"): never a verb or an auxiliary. */
const PLACE_COMMON_NOUN = String.raw`(?!(?:were|was|are|is|have|has|had|been|be|will|would|could|may|might|must|remain|remains|remained)\b)[a-z]+(?<!ed)`;
/**
 * "homes in Brennock were flooded", "97 homes in the Pecan Grove park were destroyed", "homes in the
 * park were destroyed": a place between the counted noun and its verb.
 */
const PLACE_PHRASE = new RegExp(
  String.raw`^\s+(?:in|at|across|near|around|outside|along)\s+(?:(?:the\s+)?(?:[A-Z][\p{L}’'-]+\s*)+(?:${PLACE_COMMON_NOUN})?|the\s+${PLACE_COMMON_NOUN})(?=\s)`,
  "u",
);
/** Verbs of a rise or a fall, as one event each: "rose 18 percent" and "jumped 21 percent" count the same move. */
const MOVES: ReadonlyArray<readonly [string, RegExp]> = [
  ["rose", /^(?:rose|risen|jumped|climbed|gained|surged|soared|rallied|advanced|increased|grew|spiked)$/],
  ["fell", /^(?:fell|fallen|dropped|slid|slumped|plunged|tumbled|sank|declined|decreased|shrank|dipped|lost)$/],
];

function moveOf(word: string): string | null {
  return MOVES.find(([, pattern]) => pattern.test(word))?.[0] ?? null;
}

/**
 * A day's close, told by its verb before the figure and its direction either side: "The pound closed
 * 1.6% lower", "The FTSE 250 closed down 2.8%", "Sterling ended Thursday 0.9% down", "shares ended the
 * day 14% lower", "finished the session up 3%". The word before the verb is what moved.
 */
const CLOSING_MOVE =
  /([\p{L}\d][\p{L}\d’'&-]*)\s+(?:closed|ended|finished|settled)\s+(?:(?:the\s+(?:day|session|week)|trading|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday)(?:['’]s\s+(?:trading|session))?)\s+)?(?:(down|up|lower|higher|weaker|stronger)\s+)?(?:by\s+)?$/u;
const CLOSING_DIRECTION = /^(?:\s*%|\s+(?:percent|per\s+cent))\s+(lower|higher|down|up|weaker|stronger)\b/i;
/**
 * "fell 2% by the close", "was down 1.6% at the close of trading", "rose 18 percent on Monday, closing
 * at 610 pence": a move given as the day's close.
 */
const AT_THE_CLOSE =
  /^[^;]{0,40}?\b(?:(?:at|by)\s+the\s+(?:close|end of (?:the\s+)?(?:day|trading|session))|closing\s+at)\b/i;
/**
 * Prices traded through the day, as the thing that moved: currencies, shares, indices, bonds and
 * their yields, commodities. A statistic's move ("the consumer price index rose 0.3% in October")
 * is of its period, and is left as it was.
 */
const MARKET_PRICE =
  /^(?:pound|sterling|dollar|euro|yen|yuan|renminbi|franc|crown|krona|krone|rupee|rouble|ruble|peso|rand|lira|won|currency|share|stock|equity|index|indice|bond|gilt|treasury|yield|oil|crude|brent|gold|silver|copper|bitcoin|ftse|dow|nasdaq|nikkei|dax|cac|seng|\d+)$/i;
/** Names of one currency: sterling is the pound. */
const SAME_CURRENCY: Readonly<Record<string, string>> = { sterling: "pound", greenback: "dollar" };

/** The day's close a figure states, when it does: the direction moved and what moved. */
function closingMoveOf(before: string, after: string): { event: "rose" | "fell"; subject: string } | null {
  const close = CLOSING_MOVE.exec(before);
  if (!close) return null;
  const direction = (close[2] ?? CLOSING_DIRECTION.exec(after)?.[1])?.toLowerCase();
  if (!direction) return null;
  // "Shares in Halden Retail closed 18% lower": the name's last word did not move, its shares did.
  const named = /^\p{Lu}/u.test(close[1]!) ? NOUN_OF_NAME_BEFORE.exec(before.slice(0, close.index)) : null;
  return { event: /^(?:down|lower|weaker)$/.test(direction) ? "fell" : "rose", subject: named?.[1] ?? close[1]! };
}
/** The noun a name belongs to, right before the name's last word: "Shares in Halden " (Retail). */
const NOUN_OF_NAME_BEFORE = /\b([A-Za-z][a-z’'-]+)\s+(?:of|in)\s+(?:\p{Lu}[\p{L}’'&-]*\s+){0,3}$/u;

/**
 * Verbs that say the same thing of what they count, as one event each: a plan that "will cover",
 * "will protect" or "would shield" so many homes names one measure (what the plan reaches); records
 * or customers "affected", "exposed", "compromised" or "stolen" in a breach name another. A careful
 * editor reads the measure, not the verb an outlet chose. Jobs "cut", "shed" or "axed" are a third.
 */
const SAME_EFFECT: ReadonlyArray<readonly [string, RegExp]> = [
  // "will cut about 2,000 jobs", "would shed 1,800 jobs": what a company takes away.
  [
    "cut",
    /^(?:cut|cuts|cutting|shed|sheds|shedding|axe|axes|axed|slash|slashes|slashed|eliminate|eliminates|eliminated)$/,
  ],
  [
    "protected",
    /^(?:cover|covers|covered|protect|protects|protected|shield|shields|shielded|safeguard|safeguards|safeguarded|benefit|benefits|benefited|benefitted)$/,
  ],
  // "stole 14 pieces", "14 pieces were stolen", "escaped with 11 pieces": what thieves took.
  ["stolen", /^(?:steal|steals|stole|stolen|snatch|snatched|loot|looted)$/],
  // "48 whales had stranded", "beached": animals come ashore (see ASHORE for "had come ashore").
  ["stranded", /^(?:strand|strands|stranded|beach|beached)$/],
  // "a trial that enrolled 19,100 volunteers", "recruited 18,400 participants": who took part.
  ["enrolled", /^(?:enrol|enrols|enroll|enrolls|enrolled|enrolling|recruit|recruits|recruited|recruiting)$/],
  [
    "affected",
    /^(?:affect|affects|affected|affecting|expose|exposes|exposed|compromise|compromises|compromised|leak|leaks|leaked|access|accessed|breach|breached|impact|impacted|impacting|hit|disrupt|disrupts|disrupted)$/,
  ],
];

/** "pulled", "plucked", "winched" right before a count (a hedge between): people taken out of somewhere. */
const TAKEN_FROM_BEFORE =
  /\b(?:pulled|plucked|lifted|winched|hauled|dragged)\s+(?:(?:about|around|nearly|almost|some|at least|more than|another|a further)\s+)?$/i;
/** "were pulled alive from the rubble", "had been winched from the sea": the same, in the passive. */
const TAKEN_FROM_AFTER =
  /^\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:safely\s+)?(?:pulled|plucked|lifted|winched|hauled|dragged)(?=\s+(?:alive\s+)?(?:from|out\s+of)\b)/i;
/** "… from the sea", "alive from the rubble": out of the water or the wreckage, as a rescue is. */
const FROM_THE_WATER =
  /^\s+(?:alive\s+)?(?:from|out\s+of)\s+(?:the\s+)?(?:water|sea|river|waves|surf|rubble|wreckage|debris|mud|flood\s*water|floodwaters?)\b/i;

/** What people pay, whose rise under a plan is told as an average: fares, bills, prices, rents. */
const PAID_THING = String.raw`(?:fares?|bills?|prices?|rents?|tariffs?|premiums?|charges?|tickets?)`;
/**
 * An average rise right before its percentage: "the rise would average 12%", "raise household bills by
 * an average of 4%", "an average rise of 7%", "an average fare increase of". Never pay ("an average pay
 * rise of 4%" is a raise).
 */
const AVERAGE_RISE_BEFORE = new RegExp(
  String.raw`\b(?:(?:rise|increase|hike)s?\s+(?:will|would|is\s+(?:set|expected|due)\s+to|could)\s+average|(?:rise|increase|raise|go\s+up|put\s+up)[^,;]{0,40}?\bby\s+an\s+average(?:\s+of)?|an\s+average\s+(?:${PAID_THING}\s+)?(?:rise|increase|hike)\s+of)\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?$`,
  "i",
);
/**
 * What people pay, opening the sentence with no part named, and its rise to come: "Bus fares across
 * Greater Marlow will rise by 8%", "Household energy bills are set to go up by 6%" (never "Single
 * fares will go up by 8%", a part of them).
 */
const PAID_THING_WILL_RISE = new RegExp(
  String.raw`^(?:(?:The|All)\s+)?(?:(?:bus|rail|train|tube|tram|ferry|household|energy|water|gas|electricity|council|average)\s+){0,2}${PAID_THING}\b[^,;]{0,60}?\b(?:will|would|are\s+(?:set|due|expected)\s+to)\s+(?:rise|increase|go\s+up)\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some)\s+)?$`,
  "i",
);
const PAY_WORDS = /\b(?:pay|wages?|salar(?:y|ies)|earnings|pensions?)\b/i;
/** "the plan meant an average rise", "the proposals would mean": a plan named in the clause. */
const PLAN_NAMED = /\b(?:plans?|proposals?|scheme|means|meant|would\s+mean)\b/i;

/** Whether a percentage is an average rise in what people pay (see AVERAGE_RISE_BEFORE, PAID_THING_WILL_RISE). */
function averageRiseOf(clauseBefore: string, afterPercent: string): boolean {
  if (PAY_WORDS.test(clauseBefore) || /^\s+(?:in|of)\s+(?:[a-z]+\s+)?(?:pay|wages?|salar)/i.test(afterPercent))
    return false;
  return AVERAGE_RISE_BEFORE.test(clauseBefore) || PAID_THING_WILL_RISE.test(clauseBefore);
}

/** "… passengers and 18 crew", "and six crew members": the crew counted beside the passengers. */
const BESIDE_CREW = /^\s+and\s+[\p{L}\d,-]+\s+crew\b/iu;
/** "All 187 passengers", "All of the 380 members": a count of everyone there, opening its clause. */
const ALL_BEFORE = /(?:^|[,;:]\s+)All\s+(?:of\s+)?(?:the\s+)?$/;
/** What is done to everyone aboard or in a hall when it is left: "were evacuated", "had been brought ashore". */
const ALL_TAKEN_OFF =
  /^[^;:.]*?\b(?:were|was|had\s+been|have\s+been)\s+(?:all\s+|safely\s+|quickly\s+)?(?:evacuated|rescued|brought\s+ashore|taken\s+off|led\s+(?:out|to\s+safety)|got\s+off|accounted\s+for)\b/i;
const AUDIENCE_OF = /^\s+of\s+the\s+(?:audience|crowd)\b/i;

/**
 * The whole of those aboard or in an audience, told by what was done to all of them ("All 187
 * passengers and six crew members were evacuated" counts the passengers a flight was carrying, "All
 * 380 members of the audience were evacuated" the audience), or null.
 */
function wholeComplementOf(before: string, afterUnit: string, unit: string): { event: string } | null {
  if (!ALL_BEFORE.test(before) || !ALL_TAKEN_OFF.test(afterUnit)) return null;
  if (/^(?:passenger|crew)$/.test(unit)) return { event: "aboard" };
  return AUDIENCE_OF.test(afterUnit) ? { event: "attended" } : null;
}

/**
 * Pupils kept from school by a closure or a strike, however told: "36,000 students were out of
 * school", "kept some 11,500 pupils out of class", "pupils … affected": one measure, those affected.
 */
const OUT_OF_SCHOOL =
  /^\s+(?:(?:were|was|are|is|had been|have been|remain(?:s|ed)?|stayed|still)\s+)*(?:kept\s+|sent\s+)?(?:out\s+of|off|away\s+from|home\s+from|missing)\s+(?:school|schools|class|classes|lessons)\b/i;
const PUPIL_UNIT = /^(?:pupil|student|child|children|schoolchild)$/;

function outOfSchoolOf(unit: string, afterUnit: string): string | null {
  return PUPIL_UNIT.test(unit) && OUT_OF_SCHOOL.test(afterUnit) ? "affected" : null;
}

/**
 * Units of a liquid or a bulk, whose escape is one measure whatever the verb: "700 barrels had
 * escaped", "3,000 barrels of crude may have leaked", "spilled 2,500 barrels".
 */
const BULK_UNIT = /^(?:barrel|gallon|litre|liter|tonne|ton|cubic(?: [a-z]+)?)$/;
/** "put the spill at", "estimated the leak at about": a source's size of a spill, before the figure. */
const SPILL_PUT_AT =
  /\b(?:put|puts|putting|estimated|estimates|estimating|placed|places|placing)\s+(?:the|its|their|this|that)\s+(?:[a-z-]+\s+)?(?:spill|leak|discharge|release|spillage)\s+at\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to|as much as|as many as)\s+)?$/i;
const SPILLED =
  /^(?:spill|spills|spilled|spilt|leak|leaks|leaked|escape|escapes|escaped|gush|gushed|pour|poured|discharge|discharged|release|released|seep|seeped)$/;

/**
 * Units of land, whose burning is one measure whatever the verb: "had burned 3,400 hectares", "had
 * scorched about 12,000 acres", "blackened", "charred", "consumed".
 */
const LAND_UNIT = /^(?:hectare|acre|square(?: [a-z]+)?)$/;
const BURNED = /^(?:burn|burns|burned|burnt|scorch|scorches|scorched|blacken|blackened|char|charred|consume|consumed)$/;

/** Payments and the like, whose failing is one measure whatever the verb: "1.2 million card payments had failed", "1.9 million were declined". */
const TRANSACTION_UNIT = /^(?:payment|transaction|transfer|withdrawal|purchase|order)$/;
const FAILED = /^(?:fail|fails|failed|decline|declines|declined|reject|rejects|rejected|bounce|bounces|bounced)$/;

/**
 * What a place or a container holds, whatever the verb: "The silo held about 12,000 tonnes", "9,500
 * tonnes were stored in the silo", "the tenement contained 24 flats", "which had 32 flats". Never of
 * people as such (a shelter that "housed 300 people" tells no one held).
 */
const CONTAINED = /^(?:hold|holds|held|contain|contains|contained|store|stores|stored|house|houses|housed)$/;
/** People held are captives, counted as the story's captives whoever holds them (see EVENTS' "held"). */
const HELD_PEOPLE =
  /^(?:people|hostage|captive|prisoner|detainee|passenger|crew|resident|child|patient|migrant|refugee|soldier|civilian|woman)$/;
/** A thing told apart from others of its kind: "the second silo", "a neighbouring block". */
const HOLDER_MARK = String.raw`(?:(first|second|third|fourth|other|another|neighbouring|neighboring|nearby|adjacent|next|older|newer)\s+)?`;
/** The holder before its verb: "The silo held about", "tenement contained", "the building, which had". */
const HOLDER_BEFORE = new RegExp(
  String.raw`\b${HOLDER_MARK}([a-z]+)(?:,?\s+(?:which|that))?,?\s+(?:(?:can|could|had|has|have|still|also)\s+)?(?:held|holds|hold|contained|contains|contain|stored|stores|housed|houses|had|has)\s+(?:(?:only|just|barely)\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|more than|just over|just under|approximately)\s+)?$`,
  "i",
);
/** The holder after a passive verb: "were stored in the silo", "was kept in the second warehouse". */
const HOLDER_AFTER = new RegExp(
  String.raw`^(?:\s+of\s+[a-z-]+)?\s+(?:(?:were|was|are|is|had\s+been|have\s+been|been)\s+)(?:stored|held|kept|housed|contained)\s+(?:in|at|inside|aboard)\s+(?:the|a|an|its|their)\s+${HOLDER_MARK}([a-z]+)`,
  "i",
);

/**
 * What holds a load or has some parts ("the silo", "the second silo", "the ship"): what the figure is a
 * measure of, so that two silos' or a ship's and a silo's loads never compare. Nouns news uses in turn
 * are one ("the tenement" is "the building"). Undefined when the sentence names none.
 */
function holderOf(clauseBefore: string, afterUnit: string): string | undefined {
  const found = HOLDER_AFTER.exec(afterUnit) ?? HOLDER_BEFORE.exec(clauseBefore);
  const noun = found?.[2]?.toLowerCase();
  if (!noun || FUNCTION_WORD.test(noun)) return undefined;
  const thing = singularNoun(SAME_EVENT[noun] ?? noun);
  return found?.[1] ? `${found[1].toLowerCase()} ${thing}` : thing;
}

/** "the building, which had 32 flats": what a named thing has, right before the figure. */
const WHICH_HAD_BEFORE =
  /\b(?:which|that)\s+(?:had|has|have)\s+(?:(?:about|around|roughly|nearly|almost|some|over|more than|just over|just under)\s+)?$/i;
/**
 * Complaints, reports and claims counted by their sending or by their receiving: "received 19
 * complaints", "lodged at least 27 complaints", "filed", "made". One measure, the complaints made.
 */
const COMPLAINT_UNIT = /^(?:complaint|objection|grievance|claim|report)$/;
const COMPLAINED =
  /^(?:receive|receives|received|lodge|lodges|lodged|file|files|filed|make|makes|made|submit|submits|submitted|log|logs|logged|register|registers|registered)$/;

/**
 * What a plant or a farm turns out, whatever the verb: "produces 300,000 tonnes of paper a year",
 * "makes about 240,000 tonnes", "manufactured 1,200 cars" (never a sum: "makes £3 million" is earned).
 */
const PRODUCED =
  /^(?:produce|produces|produced|producing|make|makes|made|making|manufacture|manufactures|manufactured|manufacturing)$/;

/** The effect a verb names, for what the figure counts (a spill of a bulk is one, whatever the verb). */
function effectFor(word: string, unit: string | null): string | null {
  if (unit && !isMoneyUnit(unit) && unit !== "percent" && PRODUCED.test(word.toLowerCase())) return "produced";
  if (unit && unit !== "people" && CONTAINED.test(word.toLowerCase())) return "held";
  if (unit && COMPLAINT_UNIT.test(unit) && COMPLAINED.test(word.toLowerCase())) return "received";
  if (unit && BULK_UNIT.test(unit) && SPILLED.test(word.toLowerCase())) return "spilled";
  if (unit && LAND_UNIT.test(unit) && BURNED.test(word.toLowerCase())) return "burned";
  if (unit && TRANSACTION_UNIT.test(unit) && FAILED.test(word.toLowerCase())) return "failed";
  if (unit && VEHICLE_UNIT.test(unit) && CRASHED.test(word.toLowerCase())) return "crashed";
  return effectOf(word);
}

/**
 * Homes or customers cut off from a supply, whatever the verb: "400,000 homes and businesses are
 * without power", "380,000 homes … had lost power", "left without water".
 */
const OUTAGE =
  /^(?:\s+(?:and|or)\s+[a-z]+s)?(?:\s+(?:across|in|throughout|around)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?\s+(?:(?:are|were|is|was|remain|remained|have been|had been|still)\s+)*(?:(?:left|plunged)\s+)?(?:without\s+|(?:(?:had|have|has)\s+)?(?:lost|lose|losing)\s+)(power|electricity|water|heating|gas)\b/iu;

/** "52 whales had come ashore", "were washed up", "have now washed up along the coast": stranded, as "had stranded" is. */
const ASHORE =
  /^\s+(?:(?:had|have|has|were|was|had\s+been|have\s+been)\s+)?(?:(?:now|also|already)\s+)?(?:come|came|washed|wash|gone|went)\s+(?:ashore|up\s+(?:on|along|at))\b/i;

function ashoreOf(afterUnit: string): string | null {
  return ASHORE.test(afterUnit) ? "stranded" : null;
}

/** "46 containers went overboard", "lost 46 containers overboard", "were washed overboard": one loss, whatever the verb. */
const OVERBOARD =
  /^\s+(?:(?:had|have|has|were|was|had\s+been|have\s+been)\s+)?(?:(?:went|gone|fell|fallen|washed|swept|lost|toppled|tumbled|slid)\s+)?overboard\b/i;

function overboardOf(afterUnit: string): string | null {
  return OVERBOARD.test(afterUnit) ? "lost overboard" : null;
}

/** Vehicles, whose crashing is one count whatever the verb: "32 vehicles crashed", "45 were involved", "collided". */
const VEHICLE_UNIT = /^(?:vehicle|car|lorry|truck|van|coach|bus|motorist)$/;
// "the 58-vehicle pileup", "a 12-car crash": the vehicles the pileup or the crash took in.
const CRASHED =
  /^(?:crash|crashes|crashed|collide|collides|collided|collision|involved|pile|piled|pileup|pile-up|smash)$/;

function outageOf(afterUnit: string): string | null {
  const supply = OUTAGE.exec(afterUnit)?.[1]?.toLowerCase();
  return supply ? `without ${supply === "electricity" ? "power" : supply}` : null;
}

/** "3,000 barrels of crude oil may have leaked": what a bulk is of stands between it and its verb. */
function afterMaterial(afterUnit: string, unit: string): string {
  if (!BULK_UNIT.test(unit)) return afterUnit;
  return afterUnit.replace(
    /^\s+of\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?=\s+(?:(?:may|might|could|must|had|has|have|was|were)\s+|[a-z]+ed\b))/,
    "",
  );
}

/**
 * "defrauding the council of £840,000", "stole £480,000", "embezzled £1.2 million", "swindled
 * pensioners out of £300,000": money taken by theft or fraud, whatever the verb.
 */
const MONEY_TAKEN_BEFORE =
  /\b(?:(?:defraud(?:ed|ing|s)?|swindl(?:ed|ing|es|e)|cheat(?:ed|ing|s)?|robb(?:ed|ing)|conn(?:ed|ing))\s+(?:[\p{L}’'-]+\s+){1,4}?(?:of|out\s+of)|stole|steal(?:ing|s)?|embezzl(?:ed|ing|es|e)|misappropriat(?:ed|ing|es|e)|siphon(?:ed|ing|s)?\s+off)\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to|an estimated)\s+)?(?:[$£€]\s*)?$/iu;

/** "escaped with 14 pieces", "made off with", "took 11 pieces from": what was taken away by someone. */
const TAKEN_BEFORE =
  /\b(?:(?:escaped|got away|made off|fled)\s+with|took)\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?$/;

function effectOf(word: string): string | null {
  return SAME_EFFECT.find(([, pattern]) => pattern.test(word.toLowerCase()))?.[0] ?? null;
}

/** A verb of a known effect right before the figure, in any tense: "will protect 48,000", "would shield only about 31,000". */
const EFFECT_BEFORE =
  /\b([a-z]+)\s+(?:only\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|fewer than|up to|as many as)\s+)?$/;
/**
 * A stolen or leaked store of data that holds the figure: "a database offered for sale … holds 5.4
 * million customers' data", "the files the hackers posted … hold 3.2 million records", "the files stolen … hold the records of as many as 450,000 patients" (whose
 * records they are). What it holds
 * was exposed; a company's own database holding records says nothing of the kind.
 */
const LEAKED_STORE_HOLDS =
  /\b(?:database|databases|file|files|data|dump|archive|cache|trove|spreadsheet)\b[^,;]*?\b(?:stolen|leaked|leak|posted|published|dumped|sale|hacked|hackers?|criminals?|exposed|breached|ransomware)\b[^,;]*?\b(?:holds?|held|contains?|contained|includes?|included)\s+(?:(?:only|also)\s+)?(?:(?:the\s+)?(?:[a-z-]+\s+)?(?:data|records|information|details)\s+(?:of|on|belonging to)\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to|as many as)\s+)?$/i;
/**
 * People whose data a breach reached, named as the data's owners: "exposing the personal data of
 * about 1.2 million members", "hackers stole the records of 2 million patients". The same measure as
 * members "affected" by it, whatever the verb.
 */
const BREACHED_DATA_OF =
  /\b(?:affect|expos|compromis|leak|access|breach|impact|st[eo]l|hack|(?:made|walked|got)\s+(?:off|away)\s+with|t[ao]ok|taken|obtain|download|cop(?:y|ied)|grabb?)[a-z]*\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:data|records|information|details|files)\s+(?:of|belonging to|on)\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?$/i;
/** What an amount of money is, named before it: "the cost of the breach at £60 million", "online sales reached £820 million". */
const MONEY_NOUN_BEFORE =
  /\b(cost|costs|costed|price|prices|priced|value|valued|bill|fee|fees|damage|losses|loss|revenue|revenues|sales|profit|profits|turnover|budget)\b(?![^,;]*\b(?:cost|costs|costed|price|prices|priced|value|valued|bill|fee|fees|damage|losses|loss|revenue|revenues|sales|profit|profits|turnover|budget)\b)[^;:]{0,80}$/i;
/** The word before a loss that makes it the insured (or uninsured) part: "insured losses", "uninsured damage". */
const INSURED_BEFORE = /\b(?:un)?insured\s+$/i;
/** Money a ruling or a penalty fixes: "ordered to pay", "must also pay", "was fined". */
const ORDERED_TO_PAY =
  /\b(?:(?:(?:ordered|told|required)\s+(?:[\p{L}’'-]+\s+){0,3}?to|must(?:\s+also)?|(?:has|have|had)(?:\s+also)?\s+to)\s+pay|fined)\s+(?:[a-z]+\s+){0,2}?(?:(?:of|about|around|some|over|at least|more than|up to)\s+)?(?:[$£€]\s*)?$/iu;
/** What an amount is the fixed value of, once awarded or imposed. */
// A prize is fixed by the result it was won with, whichever day an outlet tells it.
const SETTLED_SUM = /^(?:contract|fine|penalty|prize)$/;
/** The thing an amount is the value of: "The contract, worth £580 million", "a deal worth $2 billion". */
const WORTH_BEFORE =
  /\b([a-z]+),?\s+(?:(?:now|currently|reportedly|initially|originally)\s+)?worth\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to|an estimated|estimated)\s+)?(?:[$£€]\s*)?$/i;
/**
 * Things whose worth is the sum of an agreement or an award, named for itself ("The contract, worth
 * £580 million", "a licence worth $90 million"). Anything else "worth" a sum is goods, and its worth
 * is their value: "cocaine worth an estimated £160 million" is the haul's "street value of £168
 * million", "jewels worth £40 million" the "value of the stolen pieces".
 */
const AGREEMENT_WORTH =
  /^(?:contract|deal|licen[cs]e|agreement|order|package|bid|offer|takeover|merger|acquisition|scheme|programme|program|project|plan|loan|bond|grant|fine|penalty|prize|award|settlement|stake|investment|fund|franchise|sponsorship|partnership|claim|company|firm|business|budget|bill)$/;
/** A sentence told of another time than the story's: a year, "last year", "two years ago", "previous". */
const OTHER_TIME =
  /\b(?:(?:19|20)\d\d|last\s+(?:year|month|week|summer|winter|spring|autumn)|(?:a|one|two|three|four|five|several)\s+years?\s+ago|previous(?:ly)?|earlier\s+this\s+year)\b/i;
/**
 * Goods' worth or street value right before a sum ("cocaine worth an estimated", "a street value
 * of"): a haul's, fixed once it is seized or stolen. A thing "valued at" a sum (a company, a painting
 * before its sale) may be valued again.
 */
const GOODS_VALUE_BEFORE =
  /\b(?:[a-z]+,?\s+worth|street\s+value\s+of)\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to|an estimated|estimated)\s+)?[$£€]\s*$/i;
/** Goods' value named right before a sum: "a street value of", "worth an estimated", "valued at". */
const VALUE_NAMED_BEFORE =
  /\b(?:value\s+of|valued\s+at|worth)\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to|an estimated|estimated)\s+)?[$£€]\s*$/i;
/** "had been estimated at £15 million", "valued at £18 million": what a thing is worth, as an estimate gives it. */
const VALUED_AT_BEFORE =
  /\b(?:estimated|valued)\s+at\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?[$£€]\s*$/i;
/**
 * A sale's price, by the verb that tells it: "sold for £24.6 million", "fetched £26.4 million", "went
 * for", "changed hands for", "was bought for". The hammer's figure is another: it leaves out the fees.
 */
const SOLD_FOR_BEFORE =
  /\b(?:(?:sold|sells|sell|selling|went|goes|go|changed hands|bought|buys|buy)\s+for|fetched|fetches|fetch|fetching)\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to|just over|just under)\s+)?[$£€]\s*$/i;
const HAMMER_BEFORE =
  /\bhammer\b(?:\s+price\b[^,;]{0,20}|\s+(?:came|went|fell|dropped)\s+(?:down\s+)?at\s+)[^,;]{0,20}$/i;
/** Whose money it is, named as a possessive just before its noun: "Northmart's online sales". */
const MONEY_OWNER = /(\p{Lu}[\p{L}-]*)['’]s?\s+(?:[a-z-]+\s+){0,2}$/u;
/**
 * Whose figure it is, named as a possessive heading the clause's subject: "Labour's plan would
 * protect 40,000 homes" is Labour's plan, never a rival count of the government's. A speaker's
 * possessive ("Harbourline's chief executive said 1.4 million…") owns no figure.
 */
const OWNER_SUBJECT =
  /(?:^|[^\p{L}])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tomorrow|January|February|March|April|May|June|July|August|September|October|November|December)\b)(\p{Lu}[\p{L}-]*)['’]s?\s+(?:[a-z-]+\s+){1,2}(?:(?:will|would|could|can|may|might|has|have|had|is|are|was|were)\s+)?(?!(?:said|says|say|told|tells|estimated|estimates|reported|reports|added|claimed|claims|according)\b)[a-z]+\s+(?:only\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?$/u;
/**
 * The subject noun of a sentence that states an amount as its measure ("Trade in goods between the
 * EU and India was worth", "Bilateral trade in goods stood at", "The reward for information … was
 * raised to", "Household energy debt has reached a record"): at most two words before it, a phrase
 * or a relative clause after it ("The contracts he steered to the three firms were worth"), then a
 * verb of amounting and the figure.
 */
const AMOUNT_SUBJECT =
  /^\s*(?:(?:The|Its|Their)\s+)?(?:[A-Za-z]+\s+){0,2}?([A-Za-z]+)(?:\s+(?:in|of|between|with|from|for|that|which|he|she|it|they|we)\s+[^,;:]{1,80}?)?\s+(?:(?:was|were|is|are|has been|had been)\s+(?:worth|valued at|(?:raised|increased|doubled|lifted|upped|cut|reduced|lowered)\s+to)|stood at|stands at|totall?ed|amounted to|came to|(?:has\s+|have\s+|had\s+)?(?:reached|hit)(?:\s+a\s+record(?:\s+high\s+of)?)?)\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?[$£€]?\s*$/;
/**
 * A change by an amount, named by its verb: "revenue had been overstated by about $280 million",
 * "was cut by 12 percent". The figure measures the change, not the thing changed (a rise or a fall is
 * read as a move, below).
 */
const CHANGED_BY =
  /\b([a-z]+ed|overspent|underspent|fell\s+short)(?:\s+(?:of\s+|(?:its|their|the|his|her)\s+)[^,;]{1,40}?)?\s+by\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?[$£€]?\s*$/;
/**
 * The same change named by its noun, as what the figure amounts to: "the overstatement amounted to
 * $310 million", "the reduction was 12 percent". Read in the figure's clause, after any lead-in
 * ("According to two people familiar with the review, …").
 */
const NOMINAL_AMOUNT =
  /(?:^|,\s+|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Aa]n?)\s+)(?:[a-z]+\s+)?([a-z]+)(?:\s+(?:in|of|on|at|for)\s+[^,;:]{1,60}?)?\s+(?:amounted to|amounts to|totall?ed|totals|came to|comes to|stood at|stands at|(?:was|were|is|are|has been|had been)(?:\s+put at)?)\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?[$£€]?\s*$/;
/** Nouns of a change whose verb is not read off the noun by {@link verbOfNoun}'s rule. */
const IRREGULAR_NOMINALS: Record<string, string> = {
  // "fell short of its target by $40 million", "the shortfall was $55 million".
  shortfall: "fell short",
  overspend: "overspent",
  underspend: "underspent",
  overpayment: "overpaid",
  underpayment: "underpaid",
  overvaluation: "overvalued",
  undervaluation: "undervalued",
  reduction: "reduced",
  deduction: "deducted",
  inflation: "inflated",
  misappropriation: "misappropriated",
};

/**
 * The verb a noun of a misstated or cut sum is made from, in the form a figure's verb is read
 * ("overstatement" → overstated, "understatement" → understated, "reduction" → reduced), so that
 * "overstated by $280 million" and "the overstatement amounted to $310 million" name one measure.
 * Only these nouns: any noun in -ment is no verb's ("government", "settlement" is a deal's frame).
 */
function verbOfNoun(noun: string): string | null {
  const word = noun.toLowerCase();
  const stem = /^((?:over|under|mis)[a-z]+?)e?ment$/.exec(word)?.[1];
  return IRREGULAR_NOMINALS[word] ?? (stem ? `${stem}ed` : null);
}

const MONEY_NOUNS: Record<string, string> = {
  costs: "cost",
  costed: "cost",
  prices: "price",
  priced: "price",
  valued: "value",
  fees: "fee",
  losses: "loss",
  revenues: "revenue",
  profits: "profit",
  overspend: "overspent",
  underspend: "underspent",
};
/**
 * What an amount "in" or "of" a noun is, one measure however a newsroom names it: "£18 million in
 * government grants", "£12 million in state aid" and subsidies are aid; "£3.7 billion in unpaid bills"
 * and arrears are debt.
 */
function moneyNoun(noun: string, unpaid: boolean): string {
  if (unpaid || noun === "arrear" || noun === "arrears") return "debt";
  return noun === "grant" || noun === "subsidy" ? "aid" : noun;
}

/**
 * The span a figure covers: "a year", "per day", "annual", "in the three months to December",
 * "last year", read in the figure's own clause after it.
 */
const PERIODS: ReadonlyArray<readonly [string, RegExp]> = [
  ["quarter", /\b(?:quarter|quarterly|three months)\b/i],
  ["half-year", /\b(?:half-year|six months|first half|second half)\b/i],
  [
    "year",
    /\b(?:(?:a|per|each|every|this|last|next|the)\s+(?:financial\s+|fiscal\s+|whole\s+)?year|annual(?:ly)?|yearly)\b/i,
  ],
  // "last month", "this month" say when, as "in August" does: no span of their own ("created 210,000
  // jobs last month" and "added 215,000 jobs in August" are one month's figure).
  ["month", /\b(?:(?:a|per|each|every|the)\s+month|monthly)\b/i],
  ["week", /\b(?:(?:a|per|each|every)\s+week|weekly)\b/i],
  ["day", /\b(?:(?:a|per|each|every)\s+day|daily)\b/i],
];

/** A year the figure is for or due by ("by 2030", "in 2024"): figures for different years never compare. */
const FOR_YEAR = /\b(?:by|in|for|until|through)\s+((?:19|20)\d\d)\b/;

/** "in July 2025": the month a one-off payment was made, read as its year (see periodOf). */
const FOR_MONTH_YEAR =
  /\b(?:by|in|for|until|through)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+)?((?:19|20)\d\d)\b/;
/** Amounts paid once for a thing: the year they were paid in names one payment, whatever month it says. */
const ONE_OFF_PRICE = /^(?:cost|fee|price)$/;

/**
 * The span of a figure. A sum paid once ("cost £8 million in June 2025", "paid £10 million in 2025")
 * covers no span: its year says which payment it is, so a month of that year reads as the year. Sales
 * "in July 2025" and "in 2025" stay apart (a month's and a year's).
 */
function periodOf(ownAfter: string, oneOff = false): string | undefined {
  // An appositive on the figure tells of the move, not its span ("fell 0.6 percent in September, the
  // third monthly fall in a row" is the month's change, as "fell 0.8 percent in September" is).
  const near = ownAfter.slice(0, 60).split(/,\s+(?:the|a|an|its|their)\s/)[0]!;
  const span = PERIODS.find(([, pattern]) => pattern.test(near))?.[0];
  const year = (oneOff ? FOR_MONTH_YEAR : FOR_YEAR).exec(near)?.[1];
  return span && year ? `${span} ${year}` : (span ?? year);
}

const HEDGE = /^(?:about|around|approximately|nearly|almost|roughly|some)$/;

/**
 * Half a step of the last written digit when the figure is visibly rounded, else 0: "1.2 million"
 * (±50,000), "about 1,200" (±50), "nearly 2,000" (±500). Before a scale word the zeros of a whole
 * number are digits ("£70 million" is no rounding of £75 million).
 */
function roundingOf(raw: string, scale: string | undefined, qualifier: string | null): number {
  if (!scale && !(qualifier && HEDGE.test(qualifier))) return 0;
  // A count in words is small and whole: "about seven" is no rounding of eight.
  if (numberWordValue(raw) !== null) return 0;
  const [whole = "", decimals] = raw.replace(/,/g, "").split(".");
  const zeros = scale ? 0 : whole.length - whole.replace(/0+$/, "").length;
  const step = decimals ? 10 ** -decimals.length : 10 ** zeros;
  const half = (step * (scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1)) / 2;
  // A hedge rounds to the nearest round figure, not to its first digit: "about 2,000" is said of
  // 1,900 or 2,100, but of 1,800 (the company's count against a union's) it is another figure.
  const value = Number(raw.replace(/,/g, "")) * (scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1);
  return Math.min(half, value * MAX_ROUNDING);
}

/**
 * "The crowd of 82,000": a crowd in round thousands is an estimate, as if hedged; only turnstiles
 * count one to the person ("in front of 82,114 fans"). So is a round figure describing a thing ("the
 * 29,000-ton ship" weighs 29,060 tons).
 */
const ROUND_THOUSANDS = /\d,?000$/;

/** "the 29,000-ton ship", "a 3,000-strong crowd": a figure joined to its noun as a modifier describes the thing, roundly. */
const MODIFIER_AFTER = /^-\p{L}/u;

/** The most a hedged or scaled figure is taken to round off, as a share of itself. */
const MAX_ROUNDING = 0.08;

/**
 * What a count of reports, complaints or cases is about, when its noun says so: "112 reports of units
 * overheating" and "147 reports of the fryers overheating" both count overheating, whichever verb
 * brings them ("received", "was aware of").
 */
function complementEvent(afterUnit: string): string | null {
  const word = /^\s+of\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z]+\s+){0,2}?([a-z]+ing)\b/.exec(afterUnit)?.[1];
  return word && !/^(?:being|having|during|something|nothing|anything|everything)$/.test(word) ? word : null;
}

/**
 * People who spent a night away from home, whatever the verb: "4,000 passengers spent Friday night
 * at the airport", "2,800 slept in the terminal on Friday night", "300 stayed overnight in the
 * school hall" count one thing.
 */
const NIGHT_AWAY =
  /^\s+(?:(?:had|have|has|were|was)\s+)?(?:spent|spend|spending|slept|sleep|sleeping|stayed|stay|staying|camped|stranded)\b[^,;.]{0,60}?\b(?:nights?|overnight)\b/i;

/**
 * "350 runners needed treatment", "required medical attention", "received hospital care": those
 * medics treated, as "medics treated 292 runners" counts them.
 */
const NEEDED_TREATMENT =
  /^(?:needed|need|needing|required|require|requiring|received|receive|receiving|sought|seeking)\s+(?:medical\s+|hospital\s+|emergency\s+)?(?:treatment|attention|care)\b/i;

/** "had their journeys disrupted", "have had their flights cancelled": a participle of what befell their thing. */
const THEIRS_DONE =
  /^\s+(?:(?:had|have|has)\s+(?:had\s+)?)(?:their|its)\s+(?:[a-z-]+\s+){1,2}?([a-z]+ed)\b(?!\s+(?:off|out)\b)/i;
/** A supply, whose cutting is read as homes cut off (see SUPPLY_OFF_AFTER). */
const SUPPLY_WORD =
  /^\s+(?:had|have|has)\s+(?:their|its)\s+(?:taps|water|power|electricity|gas|supplies|supply|heating)\b/i;

/** "as drivers fled", "when residents returned": a clause after the count's own, with a plural subject of its own. */
const OTHERS_CLAUSE =
  /\s(?:as|when|while|because)\s+(?:(?:the|their|its|his|her|other|many|some)\s+)?[a-z]+s\s+(?=[a-z]+(?:ed)?\b)/;
/** "were left in the tunnel", "had been left behind": a thing left, as "abandoned" says (never "300 people left the stadium"). */
const LEFT_BEHIND = /^\s+(?:(?:had|have|has)\s+been|were|was|are|is|been)\s+(?:(?:still|reportedly)\s+)?left\b/i;

/** The verb a count goes with when no known event word is near: "3,200 dockworkers walked out" → walked. */
/** A workplace those counted were at: "on the site", "at the plant", "on the building site". */
const AT_WORKPLACE =
  /^(?:on|at|in)\s+(?:the\s+)?(?:building\s+|construction\s+|work\s+)?(?:site|premises|plant|factory|mine|rig|platform|yard|works|depot|warehouse)\b(?!\s+of\b)/i;

/**
 * A part of the count set off by commas between its noun and its verb: "Sixty-three vehicles, 17 of
 * them tractor-trailers, were involved", "40 people, including six children, were hurt". The verb after
 * it is the whole count's.
 */
const PART_APPOSITION =
  /^,\s+(?:including\s+|(?:most|many|all|some|several|\S+)\s+of\s+(?:them|whom)\s+)[^,;:()“”"]{1,60},(?=\s)/;

function verbAfter(written: string): string | null {
  const afterUnit = written.replace(PART_APPOSITION, "");
  if (LEFT_BEHIND.test(afterUnit.replace(PLACE_PHRASE, ""))) return "abandoned";
  // "27,000 passengers had their journeys disrupted": what was done to what they had is what befell them.
  const theirs = THEIRS_DONE.exec(afterUnit)?.[1];
  if (theirs && !SUPPLY_WORD.test(afterUnit)) return theirs.toLowerCase();
  const rest = afterUnit.replace(PLACE_PHRASE, "").replace(AUXILIARY, "");
  if (NEEDED_TREATMENT.test(rest)) return "treated";
  // "30,000 operations were called off": cancelled, as "the cancellation of 36,000 operations" says it.
  if (/^called\s+off\b/i.test(rest)) return "cancelled";
  // "90 students are under investigation": as those "being investigated".
  if (/^under\s+(?:investigation|inquiry)\b/i.test(rest)) return "investigated";
  // "About 120 workers were on the site at the time": those at work there, as "people working on the site".
  if (AT_WORKPLACE.test(rest)) return "work";
  const word = /^([A-Za-z]+)/.exec(rest)?.[1] ?? null;
  // "19,100 volunteers aged 4 to 60": a description of what is counted, no verb of it.
  if (!word || PREPOSITION_IN_ING.test(word) || /^aged$/i.test(word)) return null;
  if (/(?:ed|ing)$/i.test(word) || IRREGULAR_VERB.test(word) || effectOf(word))
    return word.toLowerCase().replace(/ing$/, "");
  return null;
}

/**
 * Words in -ing or -ed that are prepositions, not verbs: "5.2 metres during the tide", "fell 0.8
 * percent in September compared with August" name no event.
 */
const PREPOSITION_IN_ING =
  /^(?:during|including|excluding|according|following|regarding|concerning|pending|notwithstanding|compared)$/i;

/** The verb a count is the object of: "the fire had destroyed 214 homes" → destroyed. */
function verbBefore(beforeNumber: string): string | null {
  const word =
    /\b([a-z]+ed|rose|risen|fell|fallen|grew|sank|shrank|slid|lost)\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|fewer than|up to|by)\s+)?$/.exec(
      beforeNumber,
    )?.[1];
  const move = word ? moveOf(word) : null;
  if (move) return move;
  // ", destroying 14 fishing boats", "and flooding about 120 homes": a participle opening a clause
  // names what was done, as "14 boats were destroyed" does.
  const participle = PARTICIPLE_CLAUSE_BEFORE.exec(beforeNumber)?.[1];
  if (participle && !word) return `${participle.toLowerCase()}ed`;
  // A verb of a known effect in any form: "will protect 48,000 homes", "which covers 1.6 million".
  const effect = EFFECT_BEFORE.exec(beforeNumber)?.[1];
  if (effect && (effectOf(effect) || PRODUCED.test(effect.toLowerCase()))) return effect;
  return word &&
    !/^(?:need|used|based|compared|aged|called|named|ranked|rated|estimated|reported|numbered|totall?ed)$/.test(word)
    ? word
    : null;
}

/**
 * A present participle right before the count, as its object: "A towboat pushing 12 barges", "which
 * was pushing 15 barges" (never after a determiner, a noun: "the building", "on Tuesday morning").
 */
const OWN_PARTICIPLE_BEFORE =
  /(?<!\b(?:the|a|an|its|their|his|her|this|that|each|every|one)\s+)\b([a-z]{3,}?)ing\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?$/;
/** Nouns and prepositions in -ing, never a count's own verb. */
const NOT_A_PARTICIPLE =
  /^(?:morn|even|build|meet|spr|dur|includ|exclud|accord|follow|regard|concern|pend|notwithstand|totall?|number|hav|be|gett|ceil|wedd|k)$/;

/**
 * The verb whose object the count is, told by a participle right before it: "A towboat pushing 12
 * barges collided" and "The towboat, which was pushing 15 barges, struck" both count barges pushed,
 * whatever the main verb after them (the towboat's, not the barges').
 */
function ownParticiple(before: string): string | null {
  const stem = OWN_PARTICIPLE_BEFORE.exec(before)?.[1];
  return stem && !NOT_A_PARTICIPLE.test(stem) ? `${stem}ed` : null;
}

/** ", destroying", "and flooding": a present participle opening a clause, right before the count (its stem). */
const PARTICIPLE_CLAUSE_BEFORE =
  /(?:,|\band)\s+([a-z]{3,}?)ing\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?$/;

/** The noun right before a rise or fall: "The crown fell", "Kestrel's shares jumped", "the index has risen". */
const MOVE_SUBJECT =
  /\b([a-z][a-z’'-]+)\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?[a-z]+\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to|by)\s+)?$/i;
/** "Shares in Kestrel rose", "Shares of Halvorsen Appliances fell": the noun before the name is what moved. */
const MOVE_SUBJECT_OF_NAME =
  /\b([a-z][a-z’'-]+)\s+(?:of|in)\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,4}(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?[a-z]+\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to|by)\s+)?$/iu;
/** An amount that is an offer by its own noun: "a £75 million bid", "an offer of $200 million". */
const OFFER_NOUN_AFTER = /^\s+(?:bid|offer|proposal)s?\b/i;
const OFFER_NOUN_BEFORE =
  /\b(?:bid|offer|proposal)s?\s+(?:of|worth)\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?[$£€]\s*$/i;
/** Who bids: "… bid from Westbridge United", "… offers by the Angels". */
const BIDDER_AFTER =
  /^\s+(?:bid|offer|proposal)s?\s+(?:from|by)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)/u;
/** Or the sentence's subject when a verb of bidding follows it: "Westbridge United made an opening offer of …". */
const BIDDER_SUBJECT =
  /^(?:The\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s+(?:(?:has|have|had)\s+)?(?:made|offered|submitted|tabled|lodged|launched|put forward|bid)\b/u;
const NOT_A_SUBJECT = /^(?:it|they|which|that|who|and|or|but|also|then|has|have|had|was|were|is|are)$/i;

const DURATION = /^\s+(seconds|minutes|hours|days|weeks|months)\b/i;
/**
 * A custodial sentence's length right after its verb: "jailed for four years", "sentenced to three
 * years and six months", "imprisoned for 30 months". One term however it is split into units, so it is
 * read in months; a term asked for or a maximum ("faces up to 10 years") has other words before it.
 */
const PRISON_TERM_BEFORE =
  /\b(?:jailed|imprisoned|locked\s+up|sent\s+to\s+prison|sentenced\s+to|sentenced\s+to\s+serve)\s+(?:for\s+)?$/i;
const PRISON_TERM_AFTER = new RegExp(
  `^\\s+(years?|months?)(?:\\s+and\\s+(${NUMBER_WORD_SOURCE}|\\d{1,2})\\s+months?)?(?![\\p{L}])`,
  "iu",
);
/** A span of lateness: "18 months late", "two years behind schedule", "three weeks later than planned". */
const LATE_AFTER =
  /^(?:\s+|-)(minutes?|hours?|days?|weeks?|months?|years?)\s+(?:late|behind schedule|overdue|later than (?:planned|scheduled|expected|promised))\b/i;
/** "delayed by 18 months", "a delay of two years", "pushed back by a year". */
const DELAYED_BY =
  /\b(?:delay(?:ed|s)?\s+(?:of|by)|(?:pushed|put|set)\s+back\s+(?:by\s+)?)\s*(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?$/i;
const SPAN_AFTER = /^(?:\s+|-)(minutes?|hours?|days?|weeks?|months?|years?)\b/i;
/** After a sum: what it is above ("more than its original budget", "over budget", "above the estimate"). */
const OVER_BUDGET_AFTER =
  /^\s*(?:(?:more than|above|over)\s+(?:(?:its|the|their|his|her|a|an)\s+)?(?:original|initial|agreed|planned|approved|first|earlier)?\s*(?:budget|estimate|forecast)\b|over[\s-]budget\b)/i;
/** The action a duration measures: "deliberating for", "deliberated for about", "was held for". */
const DURATION_VERB =
  /\b([a-z]{3,}(?:ed|ing)|held|kept|shut|lasted|ran|went on)\s+for\s+(?:(?:about|around|roughly|nearly|almost|some|over|under|more than|less than|at least|up to|just over|just under)\s+)?$/i;
/**
 * "suspended the two students accused of selling them for 18 months", "closed the road for six
 * weeks": a verb of a measure, what it was imposed on, then "for" and the duration. The object is a
 * short run of words with no punctuation, no figure and no other "for".
 */
const DURATION_VERB_OBJECT =
  /\b([a-z]{3,}ed)\s+(?:(?!for\b)[a-z][a-z’'-]*\s+){1,7}?for\s+(?:(?:about|around|roughly|nearly|almost|some|over|under|more than|less than|at least|up to|just over|just under)\s+)?$/i;
/** "not noticed for", "not detected for about": a participle negated before a duration. */
const NOT_BEFORE_DURATION_VERB =
  /\bnot\s+[a-z]{3,}ed\s+for\s+(?:(?:about|around|roughly|nearly|almost|some|over|under|more than|less than|at least|up to|just over|just under)\s+)?$/i;
/** "The standoff lasted nine hours", "went on six hours": a verb of lasting needs no "for". */
const LASTED_BARE =
  /\b(lasted|lasting|went on|ran)\s+(?:(?:about|around|roughly|nearly|almost|some|over|under|more than|less than|at least|up to|just over|just under)\s+)?$/i;
const LASTING = /^(?:lasted|lasting|went on|ran)$/;
/** A verb of fighting a thing, its object and "for" before a duration: "fought the blaze for". */
const FOUGHT_FOR_BEFORE =
  /\b(?:fought|fight|fighting|battled|battle|battling|tackled|tackle|tackling)\s+(?:the|a|an|its|their)\s+(?:[a-z]+\s+)??([a-z]+)\s+for\s+(?:(?:about|around|roughly|nearly|almost|some|over|more than|at least|just over|just under)\s+)?$/i;
/** "spent nine hours tackling the blaze": the duration first, the fight after it. */
const SPENT_BEFORE =
  /\bspent\s+(?:(?:about|around|roughly|nearly|almost|some|over|more than|at least|just over|just under)\s+)?$/i;
/** "Jurors spent 11 hours deliberating": as long as "deliberated for 11 hours". */
const SPENT_DOING_AFTER = /^\s+([a-z]{3,}ing)\b/;
const SPENT_FIGHTING_AFTER = /^\s+(?:fighting|battling|tackling)\s+(?:the|a|an|its|their)\s+(?:[a-z]+\s+)??([a-z]+)\b/i;
/**
 * "Ambulances took an average of 42 minutes to reach category two calls": the time a thing takes to
 * do what the verb after it names (a response time), one measure whoever reports it.
 */
const TOOK_BEFORE =
  /\b(?:took|take|takes|taking|taken)\s+(?:(?:an average of|on average|a median of|about|around|roughly|nearly|almost|more than|over|under|less than|up to|just over|just under)\s+)?$/i;
const TO_VERB_AFTER = /^\s+(?:on average\s+)?to\s+([a-z]{3,})\b/i;
/** The subject of a verb of lasting: "The standoff at the Kerr Street pharmacy lasted", "the talks had lasted". */
const LASTED_SUBJECT =
  /(?:\b(?:the|a|an|its|their|this|that)\s+([a-z][a-z-]*)|^\s*([A-Z][a-z-]+))(?:\s+(?:at|in|of|on|outside|near|between|with|over)\s+[^,;:]{1,60}?)?\s+(?:(?:had|has|have)\s+)?(?:lasted|lasting|went on|ran)\s+(?:for\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|under|more than|less than|at least|up to|just over|just under)\s+)?$/i;
const TEMPERATURE_AFTER = /^(?:\s*°\s*|\s+degrees?\s+)?(C|F|[Cc]elsius|[Ff]ahrenheit|[Cc]entigrade)(?![\p{L}\p{N}])/u;
/** The air's temperature; not a body's, the sea's or an oven's ("runners with body temperatures above 40C"). */
const TEMPERATURE_OF =
  /\b(?<!\b(?:body|core|skin|internal|water|sea|surface|oven|engine)\s)(?:temperatures?|thermometers?|mercury)\b/i;
/** "1,000 pounds of cocaine", never "5 million pounds of funding" or "of taxpayers' money". */
const POUNDS_OF =
  /^\s+pounds?\s+of\s+(?!(?:the\s+)?(?:taxpayers|public|funding|funds|aid|investment|compensation|damages|debt|money|cash|savings|spending|revenue|profit)\b)[a-z]/i;
const DURATION_UNIT = /^(?:second|minute|hour|day|week|month|year)$/;
/**
 * Things that go on until they end, whose length a span set before them measures: "a six-week trial",
 * and a measure imposed for a time ("an eight-week closure", "a two-year suspension", "a five-day
 * diversion", "the 12-day camp"), whose length is one fact whoever tells it.
 */
const ONGOING_EVENT =
  "(investigation|inquiry|probe|trial|strike|walkout|siege|standoff|stand-off|search|manhunt|shutdown|lockdown|outage|blackout|blockade|occupation|stoppage|hearing|closure|suspension|ban|evacuation|diversion|curfew|encampment|camp|sit-in|vigil|boycott|blaze|fire)";
const ONGOING_EVENT_AFTER = new RegExp(String.raw`^\s+(?:[a-z]+\s+)?${ONGOING_EVENT}\b`);
/**
 * "sat for 41 days of hearings", "after nine hours of searching": the span's length written with "of"
 * before the thing that went on, as "a 38-day hearing" writes it before.
 */
const SPAN_OF_EVENT_AFTER = new RegExp(String.raw`^\s+of\s+(?:[a-z]+\s+)?${ONGOING_EVENT}s?\b`);
/** Only these are measured in years before their noun ("a two-year ban"): a "20-year inquiry" is rare, a "20-year veteran" common. */
const YEARS_LONG_EVENT_AFTER = /^\s+(?:[a-z]+\s+)?(?:suspension|ban|closure)\b/;

/**
 * The distance a tornado travelled touching down, in the words surveys use ("was on the ground for 19
 * miles"); a vaguer verb ("travelled") is as often a person's or debris's.
 */
const STORM_PATH_BEFORE =
  /\b(?:was|were|stayed|remained)\s+on\s+the\s+ground\s+for\s+(?:(?:about|around|roughly|nearly|almost|some|more than|at least|over)\s+)?$/i;
/** Names of one event's length that newsrooms use for the same thing: a siege is a standoff. */
const SAME_EVENT_LENGTH: Record<string, string> = {
  // "a 15-month investigation" is how long the police "spent investigating".
  investigation: "investigated",
  inquiry: "investigated",
  probe: "investigated",
  siege: "standoff",
  "stand-off": "standoff",
  // A fire "raged", "blazed" or "burned" for as long: one length of it, as "a four-hour blaze" tells it.
  fire: "burned",
  raged: "burned",
  blazed: "burned",
  burnt: "burned",
  // A runway or a road "was shut for" as long as it "was closed for": one closure.
  shut: "closed",
  // A measure's noun and its verb: "an eight-week closure" is as long as "closed for six weeks".
  closure: "closed",
  // A service's or a supply's stop, as "service returned 11 hours after the failure began" measures it.
  shutdown: "outage",
  blackout: "outage",
  suspension: "suspended",
  ban: "banned",
  evacuation: "evacuated",
  diversion: "diverted",
  encampment: "camp",
};
/**
 * A duration still going on when told ("have been deliberating for nine hours", "is still being held",
 * "the men have been stranded for more than two hours": a state in the present perfect lasts until now):
 * a running figure. Any other is of a finished thing and holds whenever reported ("were stranded for
 * three hours", "had been trapped for 12 hours before …").
 */
const ONGOING_BEFORE =
  /\b(?:(?:is|are|am|was|were|has been|have been|had been|still)\s+(?:still\s+)?[a-z]+ing|(?:has|have)\s+(?:now\s+|already\s+)?been\s+(?:still\s+)?(?:[a-z]+|without\s+[a-z]+))\s+for\s+(?:[a-z]+\s+){0,2}$/i;
/**
 * How far a hedged duration may be from the time itself: "about nine hours" and "about ten hours" are
 * one deliberation told by two reporters, "about 14" and 11 are not.
 */
const HEDGED_DURATION = 0.1;
/**
 * A hedged span is told to the nearest half of its unit at best: "about two weeks" holds a 12-day
 * strike, "about three months" 80 days (compared in days, see common-units).
 */
const HEDGED_SPAN_UNIT = 0.5;
const CURRENCY: Record<string, string> = { $: "dollar", "£": "pound", "€": "euro" };
/**
 * A dollar sign with its country's letters ("NZ$410m", "US$250m", "A$18m"): that country's dollar, as
 * "410 million New Zealand dollars" is (see CURRENCY_WORD), so a conversion in brackets ("NZ$410m
 * (about US$250m)") is never read as a rival sum of the same money.
 */
const COUNTRY_DOLLAR: Record<string, string> = {
  NZ: "new zealand dollar",
  US: "us dollar",
  A: "australian dollar",
  AU: "australian dollar",
  C: "canadian dollar",
  CA: "canadian dollar",
  HK: "hong kong dollar",
  S: "singapore dollar",
  SG: "singapore dollar",
};
const COUNTRY_DOLLAR_BEFORE = /(?<![\p{L}\d])(NZ|US|AU|A|CA|C|HK|SG|S)\$\s*$/u;

/** The currency of a sign right before a figure ("$", "£", "€", "NZ$"), or undefined. */
function currencyBefore(before: string): string | undefined {
  const country = COUNTRY_DOLLAR_BEFORE.exec(before)?.[1];
  if (country) return COUNTRY_DOLLAR[country];
  return CURRENCY[/([$£€])\s*$/.exec(before)?.[1] ?? ""];
}
/**
 * A currency named after a figure: "20,000 Swiss francs", "3 billion yen", "5 million Canadian
 * dollars". Dollars and pounds only with the country's word (a bare "pounds" may be a weight, and
 * bare dollars and pounds are read as before); the country stays in the unit (Swiss and CFA francs,
 * US and Canadian dollars, are other money).
 */
const CURRENCY_WORD =
  /^\s+(?:(Swiss|US|U\.S\.|Canadian|Australian|New Zealand|Hong Kong|Singapore|Danish|Swedish|Norwegian|Czech|Indian|Japanese|Chinese|South African|Brazilian|Mexican|Egyptian|Turkish|Polish|Hungarian)\s+)?((?:francs|yen|yuan|rupees|kronor|kroner|kronur|krona|krone|rand|pesos|reais|roubles|rubles|shekels|lira|zlotys|zloty|forints|dinars|dirhams|riyals|ringgit|baht|euros)|(?<=[A-Za-z.]\s+)(?:dollars|pounds))\b/u;

/**
 * A sum at a scale whose currency qualifies a noun: "a 4.2 billion euro takeover", "a 500 million
 * dollar contract" (a singular currency word; its groups as CURRENCY_WORD's, with no country).
 */
const ATTRIBUTIVE_MONEY = /^\s+()(euro|dollar|pound|franc|yen|yuan|rupee|rouble|ruble|peso|krona|krone)(?=\s+[a-z])/;

/**
 * "15 million pounds", "8.1 million dollars": a plural currency word after a figure in millions or
 * billions is money (a bare "15 pounds" may be a weight; nobody weighs in millions of pounds in news).
 */
const SCALED_CURRENCY_WORD = /^\s+()(dollars|pounds)\b/;

/** Whether a unit is money: a sum of its currency, never a count of things. */
export function isMoneyUnit(unit: string | null | undefined): boolean {
  return unit ? MONEY_UNIT.test(unit) : false;
}

const MONEY_UNIT =
  /(?:^|\s)(?:dollar|pound|euro|franc|yen|yuan|rupee|kronor|kroner|kronur|krona|krone|rand|peso|reai|rouble|ruble|shekel|lira|zloty|forint|dinar|dirham|riyal|ringgit|baht)$/;
/**
 * "the death toll rose to 9", "bringing the toll to 12", "bringing the number of people killed in
 * Saturday's explosion to nine", "the number killed … to seven": a count of the dead, and a running one. A bare "the toll" with a
 * count is the dead in news (a road's or a bridge's toll is money, its sum after a currency sign).
 */
const TOLL_BEFORE =
  /\b(?:(?:death|casualty)\s+toll|the\s+toll(?!\s+(?:roads?|bridges?|booths?|plazas?|charges?|fees?|on)\b)|(?:the|a)\s+number\s+(?:of\s+(?:deaths|fatalities)|(?:of\s+(?:people\s+|those\s+|victims\s+)?)?(?:killed|dead|who\s+(?:have\s+|had\s+)?died)))\b[^,;.]{0,80}?\b(?:to|at|of|reached|hit|passed|topped|is|was|now)\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than)\s+)?$/i;
/**
 * "The number of vessels waiting … rose to 185", "the number of people in shelters stood at 900":
 * the figure counts the plural named after "number of", however far the verb comes after it.
 */
const NUMBER_OF_BEFORE =
  /\bnumber\s+(?:(?:of\s+(?:the\s+)?)?(injured|wounded|hurt|missing|displaced|evacuated)|of\s+(?:[\p{L}-]+['’]?\s+){0,2}?([a-z]+s|people|children|men|women|staff|police|personnel))\b(?!['’])[^,;.:“”"]{0,80}?\b(?:rose|risen|climbed|increased|grew|jumped|swelled|fell|fallen|dropped|declined|reached|hit|passed|topped|stood\s+at|stands\s+at|(?:is|was|were)(?:\s+(?:actually|in\s+fact|probably|likely))?\s+(?:closer|nearer)|is|was|totalled|totaled)\s+(?:to\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than)\s+)?$/iu;
/**
 * "The fire service put the number of injured at 23", "estimated the number of flights cancelled …
 * at 168", "now puts the number taken to hospital at 31": a source's figure for the plural (or the
 * people an event's participle names) after "number (of)".
 */
const NUMBER_PUT_AT_BEFORE =
  /\b(?:put|puts|putting|estimated|estimates|estimating|placed|places|placing)\s+the\s+(?:total\s+)?number\s+(?:of\s+([a-z]+s|people|children|men|women|staff|police|personnel|injured|wounded|dead|missing|displaced|evacuated)|(?:of\s+(?:people\s+)?)?(taken|admitted|rescued|arrested|treated|hospitali[sz]ed|injured|wounded|hurt|missing|displaced|evacuated))\b[^,;.:“”"]{0,80}?\s+at\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than)\s+)?$/i;
/**
 * "put the figure at", "puts the number at", "estimated the total at", "the true figure was closer to":
 * a source's figure for a count already told.
 */
export const FIGURE_PUT_AT =
  /\b(?:(?:put|puts|putting|estimated|estimates|estimating|placed|places|placing)\s+(?:the|that|this|its|their)\s+(?:figure|number|total|count|tally)\s+(?:at|as high as|closer to)|(?:true|real|actual|correct)\s+(?:figure|number|total|count|tally)\s+(?:was|is|were)(?:\s+(?:actually|in\s+fact|probably|likely))?\s+(?:(?:closer|nearer)\s+to|more\s+like|nearer))\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than)\s+)?$/i;
/** "the injured", "the dead": an event's people named by the event alone. */
const PEOPLE_OF_EVENT =
  /^(?:injured|wounded|hurt|dead|missing|displaced|evacuated|taken|admitted|rescued|arrested|treated|hospitali[sz]ed)$/;

/** The plural a "number of" before a figure names (see NUMBER_OF_BEFORE, NUMBER_PUT_AT_BEFORE), with its match. */
function numberOfNamed(before: string): { noun: string; match: RegExpExecArray } | null {
  const match = NUMBER_OF_BEFORE.exec(before) ?? NUMBER_PUT_AT_BEFORE.exec(before);
  return match ? { noun: (match[1] ?? match[2])!, match } : null;
}

/**
 * A figure that replaces an earlier one ("an improved offer of £85 million", "raised its bid to"):
 * a later step of the story, never a rival count of the same moment.
 */
const REVISED_BEFORE =
  /\b(?:(?:improved|revised|sweetened|fresh|new|second|third|latest|higher|lower)\s+(?:[a-z]+\s+){1,2}of|(?:raised|increased|lifted|cut|reduced|lowered|revised)\s+(?:[a-z]+\s+){0,2}to)\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?[$£€]?\s*$/i;
/**
 * Another count or person joined by "and" to a counted noun, then their verb: "men identified by police
 * as gang members and a woman were", "soldiers and two civilians were" (never "people were killed and
 * a bridge", "in attacks on a newspaper and a kosher supermarket left").
 */
const JOINED_COUNT =
  /^(?:(?!\b(?:were|was|are|is|have|has|had|been|and)\b)[^,;.])*?\band\s+(?:a|an|one|another|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)\s+(?!half\b)(?:[a-z-]+\s+){1,3}?(?:were|was|are|is|have|has|had)\b/i;
/**
 * "19 new cases were confirmed on Wednesday": what a day added, not the total (a new value every day);
 * never "500 new jobs" with no day, one announcement's figure.
 */
const NEW_ONES = /^\s+(?:more\s+|fresh\s+)?new\s+[a-z]/i;
const A_DAY = /\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b/;
/**
 * "in the past week", "overnight", "on Wednesday alone" (that day's share of a total); never "last
 * week's attack" (a possessive names an event, not a span).
 */
const WINDOW =
  /\b(previous|past|last)\s+(24 hours|day|days|night|week)\b(?!['’]s)|\bovernight\b|\bin 24 hours\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+alone\b/i;
/**
 * "The number of people hurt rose to 16 overnight": a total the count reached, whatever span the rise
 * took (never "rose by 16 overnight", that span's share).
 */
const RISEN_TO_BEFORE =
  /\b(?:rose|risen|climbed|increased|grew|jumped|reached)\s+(?:to\s+)?(?:(?:about|around|roughly|nearly|almost|some|at least|more than)\s+)?$/i;
/** A count that goes straight on to its verb: "17 were still missing", "20 remained in hospital". */
const ELIDED_VERB = /^\s+(?:were|was|are|is|remain(?:ed|s)?|had|have|has)\b/i;
/** "have now died", "has now risen to": a count as updated at the time of writing. */
const DIED_NOW = /^[^,;]*?\b(?:has|have)\s+now\s+(?:died|been\s+killed|risen|climbed)\b/i;
/** The hour of a clock time right before its minutes: "5:40", "17.40"; spaced ("5: 40") only before "p.m.". */
const CLOCK_HOUR_BEFORE = /(?<![\d,.:])\d{1,2}[:.]$/;
const SPACED_CLOCK_HOUR_BEFORE = /(?<![\d,.:])\d{1,2}:\s$/;
const MERIDIEM_AFTER = /^\s?[ap]\.?\s?m\b/i;
/** A season's first year right before its second: "2008-09", "2024/25". */
const SEASON_YEAR_BEFORE = /\b(?:19|20)\d\d[-/–]$/;
/** An address as US police give it ("the 3000 block of West Florence Avenue"): a place, not a count of blocks. */
const ADDRESS_BLOCK_AFTER = /^\s+block\s+of\s+\p{Lu}/u;
/** "two were killed and 27 injured", "leaving 40 wounded": a bare count whose participle only people undergo. */
const PEOPLE_PARTICIPLE_AFTER = /^\s+(?:injured|wounded|hurt|killed|hospitali[sz]ed)\b/i;
/** "284 reported symptoms", "40 fell ill": a bare count whose verb tells it fell sick counts people. */
const SICK_AFTER = /^\s+(?:(?:fell|became)\s+ill|(?:reported|developed|showed)\s+(?:illness|symptoms))\b/i;
/**
 * A count up to a time of day ("340 flights by midday", "by 3 p.m.") is a count so far, never the
 * day's total: it grows as the day goes on.
 */
const RUNNING =
  /\b(since|so far|to date|in total|subsequent|cumulative|toll has risen|by (?:midday|noon|lunchtime|nightfall|mid-?morning|mid-?afternoon|(?:early |late )?(?:morning|afternoon|evening)|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b))/i;
/**
 * "the highest for a mayoral race since 2009", "the first since 1987", "its deepest cut since 2020": a record's comparison, which
 * makes no figure a count so far.
 */
const SINCE_RECORD =
  /\b(?:highest|lowest|most|fewest|least|biggest|largest|smallest|worst|best|strongest|weakest|first|deepest|sharpest|steepest|longest|heaviest|greatest|hottest|coldest|wettest|driest)\b[^,;.]{0,50}?\bsince\b/gi;
/** "Turnout was running at about 38 percent": a reading while it still grows. */
const RUNNING_AT =
  /\b(?:is|was|were|are|has been)\s+running\s+at\s+(?:(?:about|around|roughly|nearly|almost|some|just|over)\s+)?$/i;
/** "killing at least 23", and the verb in the active voice: "The storm killed nine people", "injured 30". */
const EVENT_PARTICIPLE_BEFORE =
  /\b(killing|injuring|wounding|killed|injured|wounded|kills|injures|wounds)\s+(?:(?:at least|about|around|roughly|nearly|almost|some|more than|over|another|a further)\s+)?$/i;
/** "a bus carrying 42 passengers", "a ferry with 300 people on board" is EVENTS' aboard; here the participle alone. */
const CARRYING_BEFORE =
  /\b(?:carrying|carried)\s+(?:(?:at least|about|around|roughly|nearly|almost|some|more than|over|up to)\s+)?$/i;
const ABOARD_UNIT = /^(?:passenger|people|crew|pilgrim|tourist|migrant|child|children|pupil|student|worker|soldier)$/;
function participleEvent(before: string): "killed" | "injured" | null {
  const participle = EVENT_PARTICIPLE_BEFORE.exec(before)?.[1]?.toLowerCase();
  return participle ? (participle.startsWith("kill") ? "killed" : "injured") : null;
}

/**
 * The dead or the injured a count's preceding words say it counts: "the death toll … rose to",
 * "killing at least", "injuring". Shared with the summary's raised counts, which read counts in words.
 */
export function eventBeforeCount(before: string): "killed" | "injured" | null {
  return TOLL_BEFORE.test(before) ? "killed" : participleEvent(before);
}

// "a march of about 3,000 people", "Police estimated the crowd at Friday's march at 3,000": a
// gathering's size is those who attended it, as a crowd's is.
const CROWD_BEFORE =
  /\b(?:(?:crowd|attendance|audience)\s+(?:of|was|were|reached|totall?ed|(?:(?:was|were)\s+)?(?:estimated|put|put)\s+at)|(?:march|rally|protest|demonstration|procession|vigil)\s+of|(?:put|puts|estimated|estimates|estimate)\s+(?:the\s+)?(?:crowd|attendance)(?:\s+(?:at|for)\s+[^,;]{1,40}?)?\s+at)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|at least)\s+)?$/i;
/**
 * "was watched by 38,600 spectators", "in front of 41,000 fans": the crowd that attended, counted by
 * its onlookers' noun (never "watched by 8 million viewers", an audience elsewhere).
 */
const WATCHED_BY =
  /\b(?:watched by|in front of)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|at least)\s+)?$/i;
const ONLOOKERS_AFTER = /^\s+(?:spectators|fans|supporters|racegoers)\b/i;
/**
 * "Some 8,000 spectators had turned out", "12,000 people passed through the gates", "some 40,000
 * turned up": those who came to an event, counted by their noun or by the count alone, are its crowd,
 * as "a crowd of 8,000" tells it.
 */
const CROWD_CAME_AFTER =
  /^\s+(?:(?:people|spectators|fans|supporters|visitors|racegoers|onlookers|attendees|concertgoers|festivalgoers|festival-goers|worshippers|mourners)\s+)?(?:had\s+|have\s+|has\s+)?(?:turned\s+(?:out|up)|passed\s+through\s+the\s+(?:gates|turnstiles)|packed\s+(?:into|in)\b|attended)\b/i;
/** "cut supplies to", "cut off water to", "will switch off power to": a supply cut to those counted. */
const SUPPLY_CUT_TO =
  /\b(?:cut|cuts|cutting|cut off|cutting off|shut off|shuts off|switch off|switched off|turn off|turned off)\s+(?:(?:the|their|its)\s+)?((?:water\s+|power\s+|gas\s+)?(?:supplies|supply|power|water|electricity|gas|heating))\s+(?:off\s+)?to\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|at least|up to)\s+)?(?:US)?[$€£¥]?\s*$/i;
/** "will have their taps turned off", "had their power cut off", "will be cut off": those a supply cut reaches. */
const SUPPLY_OFF_AFTER =
  /^[^,;.]{0,60}?\b(?:(?:have|has|had)\s+(?:their|its)\s+(?:taps|water|power|electricity|gas|supplies|supply|heating)\s+(?:turned|cut|switched|shut)\s+off|(?:be|been|were|was|are)\s+cut\s+off)\b/i;
/** "put the cost of repairs at", "estimated the cost of the breach at £30 million to", "puts the bill at": an estimate's sum. */
const ESTIMATED_COST_BEFORE =
  /\b(?:put|puts|putting|estimate|estimated|estimates|estimating)\s+(?:the|its|their)\s+(?:total\s+|likely\s+|final\s+)?(?:cost|bill)\b(?!\s+of\s+(?:the\s+)?(?:damage|losses)\b)[^,;:]{0,60}?\s+at\s+(?:(?:about|around|roughly|nearly|almost|some|up to|more than|at least|between)\s+)?(?:[$£€]?\s*[\d.,]+\s*(?:million|billion|m|bn)?\s+(?:to|and)\s+)?[$£€]?\s*$/i;
/**
 * "A recount costs the city about $85,000": a hedged cost told in the present is what a thing is
 * reckoned to cost, an estimate as "will cost an estimated $120,000" is (never "cost", which may be
 * a cost incurred, nor an unhedged price).
 */
const HEDGED_COST_NOW_BEFORE =
  /\bcosts\s+(?:(?:the|a|an|its|their|each)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:about|around|roughly|approximately|some|nearly|almost|an\s+estimated|upwards\s+of)\s+[$£€]?\s*$/iu;
/**
 * "after a four-year refurbishment costing £48 million", "following repairs costing": a thing done, and
 * its cost told by a participle, is a cost incurred, whatever plan the main verb tells ("will reopen").
 */
const COST_DONE_BEFORE =
  /\b(?:after|following)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}\d-]+\s+){0,3}?[a-z]+\s+costing\s+(?:(?:about|around|roughly|nearly|almost|some|over|more than|at least)\s+)?[$£€]\s*$/iu;
/** A count, its place, then a modal verb: "households across the Kelden valley will have". */
const MODAL_AFTER_PLACE =
  /^\s+(?:(?:in|across|at|near|around|throughout)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){1,4}?)?(?:will|would)\s+(?!have\s+been\b)/u;
/**
 * "10,000 people had taken part", "took part in Saturday's march", "joined the march": those who
 * attended a gathering (never "joined the strike", a walkout).
 */
const TOOK_PART_AFTER =
  /^\s+(?:(?:had|have|has)\s+)?(?:(?:taken|took|take|taking)\s+part\b|(?:joined|join|joining)\s+(?:the|a|an|its|their|this|that|[\p{Lu}][\p{L}’'-]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:march|marches|rally|rallies|protest|protests|demonstration|demonstrations|vigil|procession|parade)\b)/iu;
/** What was taken part in, right after "took part": a strike or a walkout, whatever its length or day. */
const STRIKE_TAKEN_PART =
  /^\s+in\s+(?:(?:a|an|the|its|their|this|that|[\p{Lu}][\p{L}’'-]*['’]s)\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:walkouts?|strikes?|stoppages?|industrial\s+action)\b/iu;
/** A strike as the subject of "involves", right before its count: "The strike involves some 36,000". */
const STRIKE_INVOLVES_BEFORE =
  /\b(?:strikes?|walkouts?|stoppages?|industrial\s+action)\s+(?:(?:will|would)\s+)?(?:involves?|involved|involving)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|at least|up to)\s+)?$/i;
/** "the closure of a", "closed a", "shut down an": a closing, then the stretch it covers. */
const CLOSURE_OF_STRETCH_BEFORE =
  /\b(?:closure|closing|shutdown|shutting|closed|shut)(?:\s+down)?\s+(?:(?:of|along|for|over)\s+)?(?:a|an|the)\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?$/i;
const CLOSURE_NOUN_AFTER = /^[\s-]*(?:closure|shutdown)\b/i;
const STRETCH_AFTER = /^[\s-]*(?:long\s+)?(?:stretch|section|length|portion|reach|segment)\b/i;
/** "has closed for 25 miles", "was shut along 30 kilometres", "closed 12 miles of the river": a closing's length. */
const CLOSED_FOR_BEFORE =
  /\b(?:closed|shut|closing|shutting)(?:\s+down)?\s+(?:(?:for|along|over)\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?$/i;
/** "5 miles from the port", "3 miles north of": a position, no length closed. */
const POSITION_AFTER = /^\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of|from|away|off|outside)\b/i;

/**
 * How far a closure reaches, however told: "forcing the closure of a 20-mile stretch of the river" and
 * "the river, which the Coast Guard has closed for 25 miles" give one measure, the length closed.
 */
function closedLength(before: string, afterUnit: string, attributive: boolean): boolean {
  // "a 30-mile closure of the river", "the 12-kilometre shutdown": the closing named by its length.
  if (attributive && CLOSURE_NOUN_AFTER.test(afterUnit)) return true;
  if (CLOSURE_OF_STRETCH_BEFORE.test(before)) return STRETCH_AFTER.test(afterUnit);
  return !attributive && CLOSED_FOR_BEFORE.test(before) && !POSITION_AFTER.test(afterUnit);
}

/** "magnitude 6.8", "a magnitude of 7.1": a quake's size, read from the word before it… */
const MAGNITUDE_BEFORE =
  /\bmagnitude(?:\s+of)?\s+$|\b(?:revised|raised|lowered|upgraded|downgraded|changed|put|set)\s+(?:the|its)\s+magnitude\s+of\s+[^,;]{1,60}?\s+(?:to|at)\s+$/i;
/** A magnitude told as a bound, before it: "above magnitude 2.5", "any tremor of magnitude". */
const MAGNITUDE_BOUND_BEFORE =
  /\b(?:(?:above|over|exceeding|beyond|below|under|greater\s+than|more\s+than|less\s+than|at\s+least)\s+(?:a\s+)?magnitude|any\s+(?:[a-z]+\s+)?(?:of\s+)?magnitude)(?:\s+of)?\s+$/i;
/** …or after it: "magnitude 4 or more", "of 2.5 or above". */
const MAGNITUDE_BOUND_AFTER = /^(?:-?\s*magnitude)?\s+or\s+(?:more|greater|higher|above|over|stronger|less|below)\b/i;
/** …or after it: "a 6.6-magnitude aftershock", "7.1 magnitude". */
const MAGNITUDE_AFTER = /^-?\s*magnitude\b/i;
/** Voters' side after their count: "voted Yes", "voted in favour", "voted for strike action" (never for a named candidate). */
const VOTED_SIDE_AFTER =
  /^\s+(?:(?:had|have|has)\s+)?voted\s+(yes|no|in favour|against|for\s+(?:(?:the|a|an)\s+)?(?:strike|industrial action|action|walkout|motion|proposal|deal|offer|resolution|merger))\b/i;
const RESIDENT_WORDS = /^(?:resident|inhabitant|villager|townspeople|people)$/;
/**
 * Those an outbreak or an incident at a gathering befalls, whom one outlet calls by what they were there
 * as and another calls people: "taken 42 people to hospital" and "treated 51 wedding guests" count one
 * thing (never workers, officers or children, who are often a part beside others).
 */
const GATHERED_PEOPLE =
  /^(?:guest|passenger|diner|customer|spectator|fan|visitor|holidaymaker|reveller|reveler|pilgrim|worshipper|attendee)$/;
/**
 * What befalls people only, whose residents are the people it befell: "310 residents have reported
 * symptoms" and "240 people have fallen ill" count the sick alike, as residents and people evacuated do.
 */
const PEOPLE_ONLY_EVENT = /^(?:displaced|ill|injured|killed|hospitalised)$/;
/** A common noun's possessive right before the figure: "the district's", "the hospital's". */
const SIZE_OWNER_BEFORE =
  /\b[Tt]he\s+([a-z]{3,})['’]s\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?$/;
/**
 * "Ellesmere Hall's 56 bedrooms", "The hall, with its 48 bedrooms,": a named thing's possessive, or an
 * apposition giving what a thing has, inside a sentence about something else. The owner is read by
 * its last word ("hall"), as one outlet names the thing and another calls it by its common noun.
 */
const NAMED_SIZE_OWNER_BEFORE =
  /(?<![\p{L}’'-])(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(\p{Lu}[\p{L}-]{2,})['’]s\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?$/u;
/** "Aurelia's fleet of 34 Airbus jets": a named owner's fleet, its size whatever its verb says ("is leased"). */
const NAMED_FLEET_OF_BEFORE =
  /(?<![\p{L}’'-])(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(\p{Lu}[\p{L}-]{2,})['’]s\s+fleet\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?$/u;
const WITH_ITS_BEFORE =
  /(?:\b[Tt]he\s+|(?<![\p{L}’'-])(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?=\p{Lu}))(\p{L}[\p{L}-]{2,}),\s+with\s+its\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?$/u;
/** Days and months own no size: "Monday's 40 flights" is that day's count. */
const NO_SIZE_OWNER =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|year|week|month|day|night)$/i;

/**
 * "The district said its 26,500 students": "its" is the sentence's subject when that subject is a
 * thing named by a common noun and "its" follows its own verb, so the count is that thing's size.
 */
const ITS_OWNER_BEFORE =
  /^The\s+(?:[a-z]+\s+)?([a-z]{3,})\s+(?:said|says|has|had|is|was|told|reported|announced|confirmed|added|noted|estimates|estimated)\s+(?:that\s+)?(?:all\s+(?:of\s+)?)?its\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?$/;
/** What a kitchen hands out counted by the plate, when food follows ("plates of food"). */
const FOOD_SERVED_UNIT = /^(?:plate|portion|serving|helping)$/;
const OF_FOOD_AFTER = /^\s+of\s+(?:hot\s+)?food\b/i;
/** Verbs of giving goods out, active: "handed out", "gave out", "distributed", "passing out". */
const GIVE_OUT_VERBS = String.raw`handed\s+out|hand(?:s|ing)?\s+out|gave\s+out|given\s+out|giv(?:es|ing)\s+out|passed\s+out|distribut(?:ed|es|ing)`;
/** The same in the passive, with whom they went to: "were handed to", "were given out", "were distributed". */
const GIVEN_OUT_PASSIVE = String.raw`handed\s+(?:out|to)|given\s+(?:out|to)|passed\s+out|distributed`;
/** A hedge before a figure: "about", "more than", "an estimated". */
const HEDGE_BEFORE_FIGURE = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|more than|at least|an estimated)\s+)?`;
/** A verb of giving food out, right before the figure: "served", "sold", "handed out", "dished up". */
const MEALS_GIVEN_BEFORE = new RegExp(
  String.raw`\b(?:serve[sd]?|serving|sold|sells?|selling|dished\s+(?:out|up)|provided|providing|${GIVE_OUT_VERBS})\s+${HEDGE_BEFORE_FIGURE}$`,
  "i",
);
/**
 * Goods given out, as a subject's verb before the count ("handed out 2,500 blankets") or the count's
 * passive after it ("1,800 blankets were given to the displaced", "were distributed"): one act of
 * giving out, whoever is named as receiving.
 */
const GIVEN_OUT_BEFORE = new RegExp(String.raw`\b(?:${GIVE_OUT_VERBS})\s+${HEDGE_BEFORE_FIGURE}$`, "i");
const GIVEN_OUT_AFTER = new RegExp(
  String.raw`^\s+(?:(?:were|was|had been|have been|are|is|will be)\s+)(?:${GIVEN_OUT_PASSIVE})\b`,
  "i",
);
/** The same giving told in the passive: "3,400 plates of food were handed out", "2,600 meals were served". */
const MEALS_GIVEN_AFTER = new RegExp(
  String.raw`^(?:\s+of\s+(?:hot\s+)?food)?\s+(?:were|was|had\s+been|have\s+been)\s+(?:served|sold|dished\s+(?:out|up)|provided|${GIVEN_OUT_PASSIVE})\b`,
  "i",
);
/** What an inspection finds against a site or a firm. */
const VIOLATION_UNIT = /^(?:violation|breach|infraction|citation|deficiency|deficiencie)$/;
/** A kind of violation, which counts a part of all that were found. */
const VIOLATION_KIND =
  /\b(?:serious|significant|major|minor|critical|repeat|repeated|willful|wilful|other|new|separate|further|additional|more|previous|earlier|unresolved|outstanding)\b/i;
/** A depth told after its length: "underground", "below ground", "beneath the surface". */
const BELOW_GROUND_AFTER =
  /^\s+(?:underground|below\s+ground(?:\s+level)?|(?:below|beneath|under)\s+(?:the\s+)?(?:surface|ground))\b/i;
/**
 * Those down there, right before the figure: trapped ("trapped", "stranded"), or people said to be
 * there ("the miners are believed to be", "they were"), never a drill or a rescue team's progress.
 */
const BEING_DOWN_BEFORE =
  /(?:\b(?:trapped|stranded|stuck|sheltering)|\b(?:they|miners?|workers?|men|women|crew|cavers?|divers?|climbers?|hikers?|people|survivors?|boys|girls|children)(?:\s+[a-z]+){0,4}?\s+(?:is|are|was|were|be|been|lies|lay|remain|remains|remained))\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|at least|an estimated)\s+)?$/i;
/** "at a depth of", right before the figure: where those down there are, told by the noun. */
const AT_DEPTH_OF_BEFORE =
  /\bat\s+an?\s+depth\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?$/i;
/** Whether a unit is a length: what it measures is a length of a thing unless another dimension is named. */
export function isLengthUnit(unit: string | null | undefined): boolean {
  return unit ? LENGTH_UNIT.test(unit) : false;
}

/** Units of a thing's own weight (never "pound", which money shares). */
const THING_WEIGHT_UNIT = /^(?:tonne|ton|kilogram|kilo|kg)$/;
const LENGTH_UNIT =
  /^(?:millimetre|millimeter|centimetre|centimeter|metre|meter|m|kilometre|kilometer|km|inch|inche|foot|feet|yard|mile)$/;
/**
 * "the crack was", "The tear in the hull measures", "the gap had grown to", "The fire front stretched
 * for": the thing a length belongs to (the last noun of its phrase).
 */
const MEASURED_BEFORE =
  /\b(?:the|a|an|its|their)\s+(?:[a-z]+\s+)??([a-z]+)(?:\s+(?:in|of|on|at|across|along)\s+(?:(?:the|its|their)\s+)?[\p{L}-]+)?(?:,\s+which)?\s+(?:(?:is|was|are|were|has been|had been)\s+(?:now\s+)?|(?:measures|measured|measuring|(?:stretched|stretches|stretching|extended|extends|ran|runs)(?:\s+for)?|(?:has|had)\s+(?:grown|(widened|deepened|lengthened))\s+to)\s+)(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?$/iu;
const DIMENSION_AFTER = /^\s+(long|wide|deep|high|tall|thick|across)\b/i;
/** "at a depth of", "a width of": a dimension named as a noun before its figure. */
const DIMENSION_NOUN_BEFORE =
  /\b(?:at\s+)?an?\s+(depth|width|height)\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?$/i;
const DIMENSION_OF_NOUN: Readonly<Record<string, string>> = { depth: "deep", width: "wide", height: "high" };
/** "widened to 35 metres" is how wide the thing now is, as "35 metres wide" says. */
const DIMENSION_OF_VERB: Readonly<Record<string, string>> = { widened: "wide", deepened: "deep", lengthened: "long" };
/**
 * The thing a length with its dimension after it belongs to, named right before the figure: "A
 * sinkhole about 20 metres deep", "A smaller sinkhole, 8 metres deep," (a noun after its article).
 */
const THING_BEFORE_DIMENSION =
  /\b(?:the|a|an|its|their)\s+(?:[a-z]+\s+)??([a-z]+),?\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?$/iu;
/**
 * Or the clause's subject, when the figure is its complement however long the subject runs: "The
 * sinkhole that opened in Mill Lane on Tuesday morning is 15 metres deep and measures about 25 metres
 * across". Only with a dimension after the figure, which says a size is being given.
 */
const SUBJECT_OF_SIZE = /^\s*(?:The|A|An|Its|Their)\s+(?:[a-z]+\s+)??([a-z]+)\b/u;
const SIZE_VERB_BEFORE =
  /\b(?:(?:is|was|are|were|has been|had been|measures|measured)|(?:long|wide|deep|high|tall|thick|across),?\s+and)\s+(?:(?:now|about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)*$/iu;
/**
 * "The block of ice that broke off was …", "The chunk of glacier that gave way was …": the part that
 * broke away, whatever noun an outlet gives it, is one thing of the story.
 */
const BROKEN_PART_SUBJECT =
  /^\s*(?:The|A|An)\s+[^,;:]{0,40}?\b(?:that|which)\s+(?:had\s+)?(?:broke\s+(?:off|away|loose)|gave\s+way|split\s+off|sheared\s+off|came\s+away|calved|collapsed)\b/u;

/**
 * Nouns news uses in turn for one event: "the slide was 400 metres wide" and "the avalanche, which
 * was 350 metres wide" measure the same snow; "the blaze" is "the fire", "the quake" the earthquake.
 */
const SAME_EVENT: Readonly<Record<string, string>> = {
  // "The tremor struck at a depth of 3km" is the quake's depth, whichever word an outlet uses.
  tremor: "earthquake",
  avalanche: "slide",
  landslide: "slide",
  mudslide: "slide",
  landslip: "slide",
  blaze: "fire",
  wildfire: "fire",
  quake: "earthquake",
  // "the sinkhole" is "the hole" in the next paragraph.
  sinkhole: "hole",
  // "the tenement" or "the block" is "the building" in the next.
  tenement: "building",
  block: "building",
};

/** The thing a length measures, with its dimension when that is not its length ("crack", "crack wide"). */
function measuredThing(before: string, afterUnit: string): string | null {
  // "The quake struck at a depth of 10 kilometres" is as deep as "was 15 kilometres deep".
  const dimensionNoun = DIMENSION_NOUN_BEFORE.exec(before)?.[1]?.toLowerCase();
  const subject = dimensionNoun ? SUBJECT_OF_SIZE.exec(before)?.[1]?.toLowerCase() : undefined;
  if (dimensionNoun && subject && !FUNCTION_WORD.test(subject))
    return `${singularNoun(SAME_EVENT[subject] ?? subject)} ${DIMENSION_OF_NOUN[dimensionNoun]}`;
  const measured = MEASURED_BEFORE.exec(before);
  const bySubject = !measured && DIMENSION_AFTER.test(afterUnit) && !THING_BEFORE_DIMENSION.test(before);
  const written = DIMENSION_AFTER.test(afterUnit)
    ? (measured?.[1] ??
      THING_BEFORE_DIMENSION.exec(before)?.[1] ??
      (SIZE_VERB_BEFORE.test(before) ? SUBJECT_OF_SIZE.exec(before)?.[1] : undefined))
    : measured?.[1];
  const word = written?.toLowerCase();
  if (!word || FUNCTION_WORD.test(word)) return null;
  const thing = bySubject && BROKEN_PART_SUBJECT.test(before) ? "part broken away" : (SAME_EVENT[word] ?? word);
  // "across" is the width of a hole or a crater, as "wide" is; "tall" a height, as "high" is.
  const dimension = (DIMENSION_AFTER.exec(afterUnit)?.[1] ?? DIMENSION_OF_VERB[measured?.[2] ?? ""])
    ?.toLowerCase()
    .replace("across", "wide")
    .replace("tall", "high");
  return dimension && dimension !== "long" ? `${singularNoun(thing)} ${dimension}` : singularNoun(thing);
}

/**
 * "won the long jump with 8.21 metres", "his winning jump of 8.12 metres", "a winning throw of": the
 * mark that won a contest, one measure of it whoever reports it (the contest's last word names it),
 * the winner's as "Ashby's winning jump" is (see OWNER_SUBJECT).
 */
const WINNING_MARK_BEFORE =
  /(?:(\p{Lu}[\p{L}-]*)\s+)?\b(?:won\s+(?:the|his|her|their)\s+(?:[a-z]+\s+)?([a-z]+)\s+with|winning\s+([a-z]+)\s+(?:of|was|measured))\s+(?:(?:about|around|roughly|nearly|almost|some|just over|just under|over|under)\s+)?(?:a\s+)?$/u;

/** The thing a distance places, a noun after its article right before the figure: "in a remote bothy 11 miles". */
const PLACED_THING_BEFORE =
  /\b(?:a|an|the)\s+(?:[a-z]+\s+)??([a-z]+),?\s+(?:(?:about|around|roughly|nearly|almost|some|just|over|at least|more than|up to)\s+)?$/;
/** A distance already read between two named ends ("bothy from car park") or as a position ("raft north of"). */
const DISTANCE_READ = /\sfrom\s|\s(?:north|south|east|west)[a-z]*\s+of$/;
/** The point it is measured from: "from the car park", "away from the main road" (at most two words). */
const DISTANCE_FROM_AFTER = /^\s+(?:away\s+)?from\s+(?:the\s+|its\s+|their\s+)?([a-z]+(?:\s+[a-z]+)?)/;
/** A point named by its name: "from Hollow Fen", "away from Port Halcyon" (up to three capitalised words). */
const DISTANCE_FROM_NAME_AFTER = /^\s+(?:away\s+)?from\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;

/**
 * A bearing from a point after the distance: "18 miles south of Carrick Head", "14 miles south-west
 * of the headland". Outlets name the point differently (its name, "the headland"), so the bearing
 * and the thing placed say which position it is.
 */
const BEARING_OF_AFTER = /^\s+((?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+\S/i;
/** The thing found at a position, as the clause's subject: "The life raft was found", "the wreck lies". */
const PLACED_SUBJECT_BEFORE =
  /\b(?:the|a|an|its|their)\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s+(?:(?:was|were|is|are|had been|has been|have been)\s+)?(?:found|spotted|located|sighted|seen|picked up|recovered|lies|lay|rests|rested)\s+(?:(?:about|around|roughly|nearly|almost|some|just|over|at least|more than|up to)\s+)?$/i;
/** A verb of a vessel going down in the figure's clause (no full stop or semicolon between). */
const SANK_BEFORE = /\b(?:sank|capsized|foundered|went\s+down|overturned|rolled\s+over)\b[^;.]*$/i;
/** A named point after a distance, with or without a bearing: "south of Port Halcyon", "from Port Halcyon". */
const WRECK_POINT_AFTER =
  /^\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of|(?:away\s+)?from|off)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;
/** Nouns of places, not things placed: "a village 20 miles north of" names another place, never a position of one thing. */
const PLACE_NOUN =
  /^(?:village|town|city|hamlet|suburb|district|county|region|area|point|spot|location|site|place|settlement|community|camp|base|port|airport|station)$/;

/** "a bothy about six miles from the car park" → "bothy from car park"; null unless both ends are named. */
function distanceBetween(before: string, afterUnit: string): string | null {
  const bearing = BEARING_OF_AFTER.exec(afterUnit)?.[1];
  // "A towboat … capsized early Tuesday about 12 miles south of Port Halcyon": where a vessel went
  // down is where its wreck lies ("The wreck lies roughly 18 miles from Port Halcyon").
  const wreckFrom = SANK_BEFORE.test(before) ? WRECK_POINT_AFTER.exec(afterUnit)?.[1] : undefined;
  if (wreckFrom && !PLACED_THING_BEFORE.test(before)) return `wreck from ${wreckFrom.toLowerCase()}`;
  if (bearing) {
    const placed = PLACED_THING_BEFORE.exec(before)?.[1] ?? PLACED_SUBJECT_BEFORE.exec(before)?.[1];
    return placed && !FUNCTION_WORD.test(placed) && !PLACE_NOUN.test(singularNoun(placed))
      ? `${singularNoun(placed)} ${bearing.toLowerCase().replace("-", "")} of`
      : null;
  }
  // "The second infected farm lies eight miles away from Hollow Fen": the thing as the subject of
  // a verb of lying, when the point is named by its name.
  const named = DISTANCE_FROM_NAME_AFTER.exec(afterUnit)?.[1];
  const thing = PLACED_THING_BEFORE.exec(before)?.[1] ?? (named ? PLACED_SUBJECT_BEFORE.exec(before)?.[1] : undefined);
  const words = DISTANCE_FROM_AFTER.exec(afterUnit)?.[1]?.split(/\s+/) ?? [];
  const stop = words.findIndex((word) => FUNCTION_WORD.test(word));
  const point = named ? named.toLowerCase() : (stop < 0 ? words : words.slice(0, stop)).join(" ");
  // "hit the ground 100 metres from the green": where a thing struck, the ground is no thing placed.
  if (!thing || FUNCTION_WORD.test(thing) || thing === "ground" || !point) return null;
  return `${singularNoun(thing)} from ${point}`;
}

/** Nouns of an action on what a figure counts: "the cancellation of 410 flights" → cancelled. */
const NOMINAL_EVENTS: Record<string, string> = {
  cancellation: "cancelled",
  postponement: "postponed",
  evacuation: "displaced",
  arrest: "arrested",
  release: "released",
  rescue: "rescued",
  closure: "closed",
  // A service's or a supply's stop, as "service returned 11 hours after the failure began" measures it.
  shutdown: "outage",
  blackout: "outage",
  suspension: "suspended",
  deportation: "deported",
  diversion: "diverted",
  delay: "delayed",
  death: "killed",
  // "a trial of 18,400 volunteers", "a study of 2,000 patients": those it enrolled.
  trial: "enrolled",
  study: "enrolled",
};
const NOMINAL_BEFORE =
  /\b([a-z]+?)s?\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|fewer than|up to|another|a further)\s+)?$/i;

function nominalEvent(beforeNumber: string): string | null {
  const noun = NOMINAL_BEFORE.exec(beforeNumber)?.[1]?.toLowerCase();
  return noun ? (NOMINAL_EVENTS[noun] ?? null) : null;
}
const UNIT_SKIP = /^(?:more|other|of|percent|per|years?|days?|months?|weeks?|hours?|minutes?|times?|am|pm|a\.m|p\.m)$/i;
/** "rose to 16 overnight", "eight more today": a word of when, never what a figure counts. */
const TIME_ADVERB = /^(?:overnight|yesterday|today|tonight|tomorrow|earlier|later|again|already)$/i;
const MONTHS =
  /(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$/;
/** A day written before its month, as British and European copy does: "on 14 August 2021", "3 March". */
const MONTH_AFTER =
  /^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?/;

/** "died on Tuesday at 86", "dies aged 85", "died at the age of 85": the figure ends the phrase (never "at 3 a.m."). */
const AGE_AT_DEATH_BEFORE = /\b(?:died|dies|passed away)\b[^.;:“”"]{0,80}?\b(?:at|aged)\s+(?:the\s+age\s+of\s+)?$/i;
/** "Vance, who died on Feb. 9, was 85". */
const WHO_DIED_WAS = /\bwho\s+(?:died|passed away)\b[^.;:“”"]{0,60},\s+(?:was|is)\s+$/i;
const AGE_ENDS = /^\s*(?:[.,;)]|$|(?:on|in|at|after|following|from|of)\b)/;

/**
 * A person's age at death, as obituaries give it: "died on Tuesday at 86", "Vance, who died on
 * Feb. 9, was 85", or "She was 85." right after the sentence telling the death. One figure of one
 * person, whenever reported: two outlets' different ages are a disagreement, an age at school is no age at death.
 */
function isAgeAtDeath(before: string, after: string, value: number, previousText: string): boolean {
  if (!Number.isInteger(value) || value > 125 || !AGE_ENDS.test(after)) return false;
  if (AGE_AT_DEATH_BEFORE.test(before) || WHO_DIED_WAS.test(before)) return true;
  return (
    /^(?:He|She)\s+was\s+$/.test(before) &&
    /^\.?\s*$/.test(after) &&
    /\b(?:died|dies|passed away)\b/i.test(previousText)
  );
}

/** Counts of things in the sentences (and percentages, unit `percent`): years and days of the month are left out. */
/**
 * The figures of a sentence in the order written: numerals, and the count in words that opens it
 * ("Seven workers were treated in hospital"), read as a match of the word alone.
 */
function numbersIn(text: string): RegExpMatchArray[] {
  const asMatch = (word: string, index: number) =>
    Object.assign([word, word, undefined, undefined], { index, input: text }) as unknown as RegExpMatchArray;
  // A wire's dateline ("PHOENIX (Desert Wire) — Twenty-four vehicles …") comes before the sentence's opening.
  const dateline = /[—–-]/.test(text.slice(0, 60)) ? datelineEnd(text) : 0;
  const openingAfter = openingCountWord(text.slice(dateline));
  const opening = openingAfter ? { word: openingAfter.word, index: openingAfter.index + dateline } : null;
  const words = [...text.matchAll(DURATION_IN_WORDS)]
    .filter((match) => match.index !== opening?.index)
    .map((match) => Object.assign(asMatch(match[1]!, match.index), { duration: true }));
  const lengths = [...text.matchAll(LENGTH_IN_WORDS)]
    .filter((match) => match.index !== opening?.index)
    .map((match) => asMatch(match[1]!, match.index));
  // "as heavy as four elephants": a count in words told as an equivalent (see equivalence-measure).
  const equivalents = [...text.matchAll(EQUIVALENT_IN_WORDS)]
    .filter((match) => match.index + match[0].length - match[1]!.length !== opening?.index)
    .map((match) => asMatch(match[1]!, match.index + match[0].length - match[1]!.length));
  const charges = /\b(?:counts?|charges?)\s+of\b/i.test(text)
    ? [...text.matchAll(CHARGES_IN_WORDS)]
        .filter((match) => match.index !== opening?.index)
        .map((match) => asMatch(match[1]!, match.index))
    : [];
  const owned = OWNED_COUNT_CUE.test(text)
    ? [...text.matchAll(OWNED_COUNT_IN_WORDS)]
        .filter((match) => !NO_SIZE_OWNER.test(/^[\p{L}-]+/u.exec(match[0])?.[0] ?? ""))
        .map((match) => asMatch(match[1]!, match.index + match[0].length - match[1]!.length))
    : [];
  const adjectives = [...text.matchAll(ADJECTIVE_COUNT_IN_WORDS)].map((match) =>
    asMatch(match[1]!, match.index + match[0].length - match[1]!.length),
  );
  const tolls = [
    ...(EVENT_VERB_STEM.test(text) ? text.matchAll(COUNT_WORD_AFTER_EVENT) : []),
    ...(/\btoll\b/i.test(text) ? text.matchAll(COUNT_WORD_AFTER_TOLL) : []),
    ...(/\bnumber\b/i.test(text) ? text.matchAll(COUNT_WORD_AFTER_NUMBER_OF) : []),
  ]
    .map((match) => ({ word: match[1]!, index: match.index + match[0].length - match[1]!.length }))
    .filter(({ index }) => index !== opening?.index)
    .map(({ word, index }) => asMatch(word, index));
  // "a third of the homes", "four in ten investors": a share in words, read as a percentage.
  const shares = [...text.matchAll(SHARE_IN_WORDS)]
    .filter((match) => shareInWordsValue(match[1]!) !== null)
    .map((match) => Object.assign(asMatch(match[1]!.trim(), match.index), { share: true }));
  const openingOwn = opening && !shares.some((share) => share.index === opening.index) ? opening : null;
  // A count in words opening a reported clause ("the director says seven chimpanzees got out"), as a sentence's opener is read.
  const taken = new Set(
    [opening, ...words, ...lengths, ...charges, ...equivalents, ...adjectives, ...owned, ...tolls, ...shares].map(
      (match) => match?.index,
    ),
  );
  const reported = /\b(?:say|said|told|reported|confirmed|announced|estimate|believe)/.test(text)
    ? reportedClauseCountWords(text)
        .filter(({ index }) => !taken.has(index))
        .map(({ word, index }) => asMatch(word, index))
    : [];
  // "a quarter of a mile", "half a kilometre": a length as a fraction of its unit.
  const fractions = /\b(?:quarters?|thirds?|half)\b/i.test(text)
    ? [...text.matchAll(LENGTH_FRACTION)]
        .filter((match) => lengthFractionValue(match[0]) !== null)
        .map((match) => asMatch(match[0], match.index))
    : [];
  return [
    ...shares,
    ...fractions,
    ...(openingOwn ? [asMatch(openingOwn.word, openingOwn.index)] : []),
    ...reported,
    ...words,
    ...lengths,
    ...charges,
    ...equivalents,
    ...adjectives,
    ...owned,
    ...tolls,
    ...text.matchAll(NUMBER),
  ].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
}

/**
 * A count in words right after the verb of what happened to people: "has killed nine people",
 * "rescued four fishermen", "injuring three others" (never "two of the men": a noun follows). A bound
 * in words ("killing at least three") is left as before: a bound is not a count to set against another.
 */
/** Verbs of a thing moving some distance, right before the distance: one measure, how far it went. */
const MOVED_BEFORE =
  /\b(?:travell?ed|travels|swept|sweeps|flowed|flows|slid|slides|surged|rolled|moved|raced|tore|ploughed|plowed|spread)\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?$/i;

/**
 * A verb that carries something some distance, with its object, then where to after the distance:
 * "swept mud and rocks 2 kilometres down the valley", "carried debris 3 km downstream". How far the
 * thing that moved it went, as "travelled" tells it.
 */
const MOVED_OBJECT_BEFORE =
  /\b(?:swept|sweeps|carried|carries|pushed|pushes|dragged|drags|washed|washes|hurled|hurls)\s+(?:[\p{L}'’-]+\s+){1,4}(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?$/iu;
const DIRECTION_AFTER = /^\s+(?:down|up|along|across|into|through|downstream|downhill|inland|out\s+to|towards?)\b/i;

const SPEED_UNIT = /^(?:mph|kph|km\/h|knot)$/i;
/** After a figure in metres written as "m": a distance from something or a size ("8m from", "40m deep"). */
const METRE_SYMBOL_AFTER =
  /^\s+(?:(?:away\s+)?from|off|long|wide|tall|high|deep|across|below|above|underground|offshore|inland|into)\b/;
/** Millimetres and centimetres written as their symbols right after the figure: "8mm", "3 cm". */
const SMALL_LENGTH_SYMBOL_AFTER = /^\s?(?:mm|cm)(?![\p{L}\p{N}])/u;
/** "just over", "a little under", "slightly more than", right before a share in words. */
const JUST_OFF_BEFORE = /\b(?:just|a\s+little|slightly)\s+(over|above|more\s+than|under|below|less\s+than)\s+$/i;
/** A speed's symbol right after its figure, written on or apart: "140mph", "185 km/h", "90 kph". */
const SPEED_SYMBOL_AFTER = /^\s?(mph|kph|km\/h)(?![\p{L}\p{N}])/iu;
/**
 * "was travelling at 62 mph", "doing about 70 mph", and any mover's verb with "at" before a speed's
 * unit ("descending at about 60kph", "hurtling at 90mph"); never the wind's ("blowing at").
 */
const SPEED_BEFORE =
  /\b(?:(?:travell?ing|going|driving|moving|running|doing|sailing|flying|speeding)\s+(?:at\s+)?|(?!(?:blowing|gusting)\b)[a-z]{3,}ing\s+at\s+)(?:a\s+speed\s+of\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?$/i;

/**
 * A storm's wind speed right before its figure: "winds of up to 160 mph", "gusts reaching 90 mph",
 * "maximum sustained winds of 150 mph". Gusts and sustained winds are measures of their own.
 */
const WIND_BEFORE =
  /\b(?:(?:peak|top|maximum|max|highest)\s+)?(sustained\s+)?(winds?|gusts?)\s+(?:speeds?\s+)?(?:of|at|reaching|topping|hitting|up\s+to)?\s*(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to|as high as)\s+)?$/i;

const WIND_EVENT = /^(?:winds|gusts|sustained winds)$/;
/** A storm's peak, as news tells it: "peak winds of 135 mph", "top gusts", "winds of up to 160 mph". */
const PEAK_WIND_BEFORE =
  /\b(?:(?:peak|top|maximum|max|highest)\s+(?:sustained\s+)?(?:winds?|gusts?)\b[^,;]{0,20}|up\s+to\s+)$/i;
/**
 * A storm's winds as they are or will be, not its passed peak: "is packing", "was moving", "now",
 * "still", "as it", a forecast or a warning, a change of strength ("weakened to", "strengthened").
 */
const STORM_NOT_PASSED =
  /\b(?:is|are|was|were)\s+(?:still\s+)?[a-z]+ing\b|\b(?:now|currently|still|as it|forecast|expected|warn(?:s|ed|ing)?|could|will|would|may|might|weaken(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|intensif(?:y|ies|ied|ying)|approach(?:es|ed|ing)?)\b/i;

/** A cheap test before COUNT_WORD_AFTER_EVENT: its verbs' stems. */
const EVENT_VERB_STEM = /kill|injur|wound|rescu|evacuat|hospitali|arrest|detain|displac|sicken|pulled|plucked|winched/i;
const COUNT_WORD_AFTER_EVENT = new RegExp(
  `\\b(?:killed|killing|injured|injuring|wounded|wounding|rescued|evacuated|hospitali[sz]ed|arrested|detained|displaced|sickened|pulled|plucked|winched)\\s+(?:(?:about|around|nearly|almost|another|a further)\\s+)?(${NUMBER_WORD_SOURCE})(?=\\s+(?!(?:of|in|and|or|on|at|to|by|for|from|with)\\b)\\p{Ll}+)`,
  "giu",
);

/**
 * A toll in words at the end of its phrase: "bringing the death toll from Tuesday's avalanche to
 * four" ("the toll of one of the worst…" is no toll: a count word followed by "of" is a part).
 */
const COUNT_WORD_AFTER_TOLL = new RegExp(
  `\\b(?:death|casualty)\\s+toll\\b[^,;.]{0,80}?\\b(?:to|at|of|reached|hit|passed|topped|is|was|now)\\s+(?:(?:about|around|roughly|nearly|almost|some)\\s+)?(${NUMBER_WORD_SOURCE})\\b(?!\\s+of\\b|-)`,
  "giu",
);

/**
 * A count in words that "the number of" people an event befell reached: "The number injured has risen
 * to eight", "the number of people missing fell to three" (as a toll in words is read).
 */
const COUNT_WORD_AFTER_NUMBER_OF = new RegExp(
  `\\bnumber\\s+(?:of\\s+)?(?:(?:the|people|those)\\s+)?(?:injured|wounded|hurt|missing|displaced|evacuated|killed|dead)\\b[^,;.]{0,60}?\\b(?:rose|risen|climbed|increased|grew|jumped|fell|fallen|dropped|reached|stood at|stands at|is|was)\\s+(?:to\\s+)?(?:(?:about|around|roughly|nearly|almost|some)\\s+)?(${NUMBER_WORD_SOURCE})\\b(?!\\s+of\\b|-)`,
  "giu",
);

/**
 * A span of time in words anywhere in a sentence: "deliberated for about nine hours", "a nine-hour
 * siege". News writes small durations in words as often as counts at a sentence's start; other
 * counts in words mid-sentence are left out ("two of the men", "one of three").
 */
const DURATION_IN_WORDS = new RegExp(
  `\\b(${NUMBER_WORD_SOURCE})(?=(?:\\s+|-)(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\b)`,
  "gi",
);

/**
 * A count in words set as an adjective before a noun, as "a 12-count indictment" is in digits: "a
 * four-alarm fire", "the three-judge panel". Spans of time are DURATION_IN_WORDS'; an age ("a
 * two-year-old") is none.
 */
const ADJECTIVE_COUNT_IN_WORDS = new RegExp(
  `\\b(?:a|an|the|its|their|his|her)\\s+(${NUMBER_WORD_SOURCE})(?=-(?!(?:minutes?|hours?|days?|weeks?|months?|years?|times?|thirds?|quarters?|halves?)\\b)[a-z]+\\s+[a-z])`,
  "gi",
);

/** Units of weight, volume, area and heat: a figure in one of them is a measure, never a familiar thing. */
const MEASURE_UNIT_NAME =
  /^(?:kilogram|gram|kilo|tonne|ton|lb|pound|ounce|litre|liter|gallon|barrel|acre|hectare|celsius|fahrenheit|degree)$/;
/** A count in words told as an equivalent: "the weight of three elephants", "as heavy as four elephants". */
const EQUIVALENT_IN_WORDS = new RegExp(
  `\\b${EQUIVALENT_CUE}\\s+(?:(?:about|around|roughly|nearly|almost|some)\\s+)?(${NUMBER_WORD_SOURCE})(?=\\s+[a-z])`,
  "gi",
);
/** Charges in words: "guilty of four counts of tax fraud", "faces three charges of assault". */
const CHARGES_IN_WORDS = new RegExp(`\\b(${NUMBER_WORD_SOURCE})(?=\\s+(?:counts?|charges?)\\s+of\\b)`, "gi");

/**
 * A count in words after a named thing's possessive or "with its": "Premier Roofing's eight workers",
 * "The hall, with its twelve bedrooms,": the thing's size, as the figure in digits is (see
 * NAMED_SIZE_OWNER_BEFORE). "one" is left out: "the club's one chance" counts nothing.
 */
const OWNED_COUNT_IN_WORDS = new RegExp(
  `(?:(?<![\\p{L}])\\p{Lu}[\\p{L}-]{2,}['’]s|,\\s+with\\s+its)\\s+(?!one\\b)(${NUMBER_WORD_SOURCE})(?=\\s+\\p{Ll}{3,})`,
  "gu",
);
/** What every match of OWNED_COUNT_IN_WORDS holds, found far sooner than it tries each capitalised word. */
const OWNED_COUNT_CUE = new RegExp(`(?:['’]s|,\\s+with\\s+its)\\s+(?:${NUMBER_WORD_SOURCE})`, "u");
/** A distance in words: "travelled about three kilometres", "two miles from the finish". */
const LENGTH_IN_WORDS = new RegExp(
  `(?<!\\b(?:hundred|thousand)\\s+(?:and\\s+)?)\\b(${NUMBER_WORD_SOURCE})(?=\\s+(?:kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|yards?)\\b)`,
  "gi",
);

/**
 * "flew 128 of the turtles", "treated 40 of the injured": a count picked from a group told before,
 * named after "of the" with no figure of its own, counts that group's noun (a figure after "of the"
 * is a whole, part-of-whole's). Only after a verb in the active voice, whose object the count is.
 */
const GROUP_PICKED_AFTER = /^\s+of\s+(?:the|these|those)\s+([a-z]{3,}?)(s)\b/;
const ACTIVE_VERB_BEFORE =
  /\b[a-z]+(?:ed|ew|ook|ought|ent)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|at least)\s+)?$/;
function groupPickedFrom(before: string, after: string): string | null {
  const group = GROUP_PICKED_AFTER.exec(after);
  return group && ACTIVE_VERB_BEFORE.test(before) ? group[1]! : null;
}

export function findNumberMentions(items: readonly ArticleSentence[]): NumberMention[] {
  const mentions: NumberMention[] = [];
  // Rewrites repeat sentences: each text's figures are found once (the matches are only read).
  const figuresOf = oncePerText(numbersIn);
  let previousItem: ArticleSentence | undefined;
  for (const item of items) {
    const text = item.sentence.text;
    const previousText = previousItem?.article === item.article ? previousItem.sentence.text : "";
    previousItem = item;
    // The low end of a range waits for its high end, the next figure read.
    let rangeLow: { mention: NumberMention; highStart: number; scale: string | undefined } | null = null;
    for (const match of figuresOf(text)) {
      const raw = match[1]!;
      const index = match.index ?? 0;
      const before = text.slice(0, index);
      const after = text.slice(index + match[0].length);
      // "£20m" is money at a scale; "5m" without a currency is a length, left out as before.
      // "8m from the track's edge", "a shaft 40m deep": the metre's symbol, told so by a distance or a
      // size after it (a bare "5m" is still left out).
      const metreSymbol = match[3] === "m" && !/[$£€]\s*$/.test(before) && METRE_SYMBOL_AFTER.test(after);
      if (match[3] && !/[$£€]\s*$/.test(before) && !metreSymbol) continue;
      const scale = metreSymbol ? match[2] : (match[2] ?? match[3]);
      // Dates ("October 7", "May 31, 2024"), years and ordinals are not counts.
      if (MONTHS.test(before) || /^(st|nd|rd|th)\b/i.test(after)) continue;
      if (/^\d{1,2}$/.test(raw) && Number(raw) <= 31 && MONTH_AFTER.test(after)) continue;
      // "a drop of 7 percentage points" is not a 7 percent drop: another unit.
      const points = /^\s*percentage points?\b/i.exec(after);
      // A share in words is a percentage with no sign after it ("a third of the homes").
      const shareInWords = "share" in match ? shareInWordsValue(raw) : null;
      const percent = points
        ? null
        : shareInWords !== null
          ? /^/.exec(after)
          : /^\s*(?:percent|per cent|%)/i.exec(after);
      if (/^\d{4}$/.test(raw) && Number(raw) >= 1900 && Number(raw) <= 2100) continue;
      // A clock time ("5:40 p.m.", "5: 40 p. m." as some wires space it) and a season's second year
      // ("the 2008-09 season") are no counts either.
      const clockMinutes =
        /^[0-5]\d$/.test(raw) &&
        (CLOCK_HOUR_BEFORE.test(before) || (SPACED_CLOCK_HOUR_BEFORE.test(before) && MERIDIEM_AFTER.test(after)));
      if (clockMinutes || SEASON_YEAR_BEFORE.test(before) || ADDRESS_BLOCK_AFTER.test(after)) continue;
      const fraction = lengthFractionValue(raw);
      const value =
        shareInWords ??
        fraction ??
        numberWordValue(raw) ??
        Number(raw.replace(/,/g, "")) * (scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1);
      const high = rangeHighOf(before, after, value, scale);
      // "a 12-storey tower": the hyphened word is the unit and the noun after it what the figure
      // measures. Other hyphened figures are no count ("30-40 stations" is a range, "5-4" a tally):
      // a span of time or a margin in points ("a 20-year veteran", "his 41-year rule", "a 16-point
      // margin", "a 45-day phase") describes one person's, one poll's or one phase's among many.
      const hyphened = high ? null : /^-([a-z]+)(?![\p{L}-])/u.exec(after);
      // Only hours and minutes of one event are its length: "ending a 14-hour standoff", "after a
      // nine-hour siege" (a day or more may be a phase or a term among many).
      // Days, weeks and months are one event's length only before a thing that goes on until it
      // ends: "a 15-month police investigation", "a six-week trial", "a three-day strike".
      const eventLength =
        hyphened &&
        (/^(?:hour|minute)$/i.test(hyphened[1]!) ||
          (/^(?:day|week|month)$/i.test(hyphened[1]!) && ONGOING_EVENT_AFTER.test(after.slice(hyphened[0].length))) ||
          (/^year$/i.test(hyphened[1]!) && YEARS_LONG_EVENT_AFTER.test(after.slice(hyphened[0].length))))
          ? attributiveNoun(before, after.slice(hyphened[0].length), false, true)
          : null;
      if (hyphened && !eventLength?.event && (UNIT_SKIP.test(hyphened[1]!) || /^(?:points?|old)$/i.test(hyphened[1]!)))
        continue;
      const hyphenedNoun =
        eventLength ?? (hyphened ? attributiveNoun(before, after.slice(hyphened[0].length), false, true) : null);
      // "the 17-story Beacon Court": floors before a building's name are its floors (see buildingFloors).
      if (
        /^-\w/.test(after) &&
        !high &&
        !hyphenedNoun &&
        !MAGNITUDE_AFTER.test(after) &&
        !FLOORS_BEFORE_NAME.test(after)
      )
        continue;
      const toll = !percent && TOLL_BEFORE.test(before);
      // "$1.2 billion in damage", "£20m of aid": money, counted in its currency, about what follows "in"/"of".
      // "20,000 Swiss francs in costs": a currency named after the figure, read as a symbol before it.
      const currencyWord =
        CURRENCY_WORD.exec(after) ??
        (scale && /^(?:m|bn|mn)$|ion$/i.test(scale)
          ? (ATTRIBUTIVE_MONEY.exec(after) ?? (/ion$/i.test(scale) ? SCALED_CURRENCY_WORD.exec(after) : null))
          : null);
      const currency =
        currencyBefore(before) ??
        (currencyWord
          ? [currencyWord[1], singularNoun(currencyWord[2]!)].filter(Boolean).join(" ").toLowerCase()
          : undefined);
      const afterCurrency = currencyWord ? after.slice(currencyWord[0].length) : after;
      const moneyAfter = currency
        ? /^\s*(?:m|bn|mn)?\s+(?:in|of|worth of)\s+(?:(?:new|federal|emergency|government|state|public|(unpaid))\s+)?([a-z]+)/i.exec(
            afterCurrency,
          )
        : null;
      // "£820 million in the three months to December": a span, not what the money is.
      const money = moneyAfter && !SPAN_WORD.test(moneyAfter[2]!) ? moneyAfter : null;
      // "deliberated for about 14 hours": how long something went on is a measure of that action.
      const duration = percent || currency ? null : DURATION.exec(after);
      // "will now open 18 months late", "a delay of two years": how late a thing is, in months.
      const late =
        percent || currency
          ? null
          : (LATE_AFTER.exec(after) ?? (DELAYED_BY.test(before) ? SPAN_AFTER.exec(after) : null));
      const lateYears = late !== null && /^years?$/i.test(late[1]!);
      const term = percent || currency || !PRISON_TERM_BEFORE.test(before) ? null : PRISON_TERM_AFTER.exec(after);
      const termMonths = term
        ? (/^years?$/i.test(term[1]!) ? value * 12 : value) +
          (term[2] ? (numberWordValue(term[2]) ?? Number(term[2])) : 0)
        : null;
      // "43C", "109 degrees Fahrenheit", "40°C": a temperature, in its scale.
      const temperature = percent || currency ? null : TEMPERATURE_AFTER.exec(after);
      const timeTaken =
        duration && TOOK_BEFORE.test(before)
          ? TO_VERB_AFTER.exec(after.slice(duration[0].length))?.[1]?.toLowerCase()
          : undefined;
      // "fought the blaze for six hours", "spent nine hours tackling the blaze": how long a fight with
      // one thing went on, whichever verb of the fight.
      const fought = duration
        ? (FOUGHT_FOR_BEFORE.exec(before)?.[1] ??
          (SPENT_BEFORE.test(before) ? SPENT_FIGHTING_AFTER.exec(after.slice(duration[0].length))?.[1] : undefined))
        : undefined;
      const spanOf = duration ? SPAN_OF_EVENT_AFTER.exec(after.slice(duration[0].length)) : null;
      const lastedAsWritten = duration
        ? (
            warningLead(before, after.slice(duration[0].length)) ??
            DURATION_VERB.exec(before)?.[1] ??
            LASTED_BARE.exec(before)?.[1] ??
            DURATION_VERB_OBJECT.exec(before)?.[1] ??
            (timeTaken && "took") ??
            (fought && "fought") ??
            (SPENT_BEFORE.test(before) ? SPENT_DOING_AFTER.exec(after.slice(duration[0].length))?.[1] : undefined) ??
            elapsedSpell(before, after.slice(duration[0].length)) ??
            (spanOf ? "lasted" : undefined)
          )?.toLowerCase()
        : undefined;
      // "was not noticed for four hours" is how long it "went unnoticed": one measure however told.
      const lasted =
        lastedAsWritten && NOT_BEFORE_DURATION_VERB.test(before) ? `un${lastedAsWritten}` : lastedAsWritten;
      // A duration in words is read only as the length of an event ("two days underground" is none).
      if ("duration" in match && !lasted && !eventLength?.event && !late && !term) continue;
      // "The standoff at the pharmacy lasted nine hours": what lasted is the thing measured.
      // A bare noun opening the sentence is its subject too: "Bidding lasted 12 minutes".
      const lastedSubject = lasted && LASTING.test(lasted) ? LASTED_SUBJECT.exec(before) : null;
      const lastedThing = (lastedSubject?.[1] ?? lastedSubject?.[2] ?? spanOf?.[1])?.toLowerCase();
      // "a magnitude 6.8 earthquake", "a 6.6-magnitude aftershock", "measured the quake at magnitude 6.6".
      const magnitudeAfter = MAGNITUDE_AFTER.exec(after);
      const magnitude = !percent && !currency && (magnitudeAfter !== null || MAGNITUDE_BEFORE.test(before));
      // "A crowd of 81,412 watched", "watched by a crowd of 84,000": those who attended.
      const crowd =
        !percent &&
        !currency &&
        !magnitude &&
        (CROWD_BEFORE.test(before) ||
          (WATCHED_BY.test(before) && ONLOOKERS_AFTER.test(after)) ||
          CROWD_CAME_AFTER.test(after));
      const speedSymbol = SPEED_SYMBOL_AFTER.exec(after);
      const unitSymbol = percent || currency ? null : unitSymbolAfter(after);
      const smallLength = SMALL_LENGTH_SYMBOL_AFTER.exec(after);
      const counted = magnitude
        ? { unit: "magnitude", end: magnitudeAfter ? magnitudeAfter[0].length : 0 }
        : crowd
          ? { unit: "people", end: 0 }
          : hyphened && hyphenedNoun
            ? { unit: singularNoun(hyphened[1]!), end: hyphened[0].length }
            : points
              ? { unit: "percentage point", end: points[0].length }
              : percent
                ? { unit: "percent", end: percent[0].length }
                : currency
                  ? { unit: currency, end: currencyWord ? currencyWord[0].length : 0 }
                  : term
                    ? { unit: "month", end: term[0].length }
                    : late
                      ? { unit: lateYears ? "month" : singularNoun(late[1]!.toLowerCase()), end: late[0].length }
                      : duration && lasted
                        ? { unit: singularNoun(duration[1]!), end: duration[0].length }
                        : temperature
                          ? {
                              unit: /^[Cc]/.test(temperature[1]!) ? "celsius" : "fahrenheit",
                              end: temperature[0].length,
                            }
                          : // "140mph", "185 km/h": a speed written as its symbol (never the length "km").
                            speedSymbol
                            ? { unit: (speedSymbol[1] ?? "").toLowerCase(), end: speedSymbol[0].length }
                            : unitSymbol
                              ? unitSymbol
                              : /^\s?km(?![\p{L}\p{N}])/u.test(after)
                                ? { unit: "km", end: after.indexOf("km") + 2 }
                                : // "fell from about 200ft": feet written as their symbol, as "2km" is.
                                  /^\s?ft(?![\p{L}\p{N}])/u.test(after)
                                  ? { unit: "feet", end: after.indexOf("ft") + 2 }
                                  : // "about 8mm long", "a 3cm gash": small lengths written as their symbol.
                                    metreSymbol
                                    ? { unit: "metre", end: 0 }
                                    : smallLength
                                      ? {
                                          unit: /mm/.test(smallLength[0]) ? "millimetre" : "centimetre",
                                          end: smallLength[0].length,
                                        }
                                      : numberOf(before, after);
      // "34 people had died and 17 were still missing": a bare count right after "and" that goes
      // straight on to its verb counts what the count before it in the sentence counted.
      const previous = mentions[mentions.length - 1];
      const elidedUnit =
        !counted.unit &&
        !toll &&
        previous?.item === item &&
        /\band\s+(?:about\s+|some\s+|another\s+|at least\s+|nearly\s+)?$/.test(before) &&
        ELIDED_VERB.test(after)
          ? previous.unit
          : null;
      // "Four people died and 38 were taken to hospital": a bare count that goes straight on to a
      // verb of what happens to people counts people (the count before it may be a word).
      const bareOfPeople =
        !counted.unit &&
        !toll &&
        !elidedUnit &&
        !percent &&
        !currency &&
        (ELIDED_VERB.test(after) || SICK_AFTER.test(after) || PEOPLE_PARTICIPLE_AFTER.test(after)) &&
        PEOPLE_EVENTS.some((pattern) => pattern.test(/^[^,;.]*/.exec(after)?.[0] ?? ""));
      const ageAtDeath = !counted.unit && !percent && !currency && isAgeAtDeath(before, after, value, previousText);
      // "nearly 1,000 pounds of cocaine": a weight (a bare sum in pounds is read as money, as before).
      const weight = !currency && counted.unit === "pound" && POUNDS_OF.test(after);
      // "killing two workers and injuring 17 others": "others" counts what the count before it in the
      // sentence counted (nothing, when none did).
      const others = counted.unit === "other" ? (previous?.item === item ? previous.unit : null) : undefined;
      // "The company said 17 workers were injured. The fire service put the figure at 26.": a figure for
      // "the figure" is another source's figure for what the count before it counted.
      const antecedent =
        !counted.unit &&
        !percent &&
        !currency &&
        FIGURE_PUT_AT.test(before) &&
        previous &&
        (previous.item === item ||
          (previous.item.article === item.article && previous.item.sentence.text === previousText))
          ? previous
          : null;
      const unit = weight
        ? "lb"
        : antecedent
          ? antecedent.unit
          : others !== undefined
            ? others
            : (counted.unit ??
              (ageAtDeath
                ? "year"
                : toll || bareOfPeople
                  ? "people"
                  : (elidedUnit ??
                    groupPickedFrom(before, after) ??
                    // "Flood kills 14", "The blast killed 14 on Monday": a bare count a killing takes is of people.
                    (!percent && !currency && EVENT_PARTICIPLE_BEFORE.test(before) ? "people" : null))));
      // The clause around the number: from the previous clause break to the next one.
      const clauseStart = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":"), 0);
      const clauseEnd = after.search(/[;:]|,\s+(?:according|officials|the [a-z]+ said)/i);
      const clause = `${before.slice(clauseStart)} ${raw} ${clauseEnd >= 0 ? after.slice(0, clauseEnd) : after}`;
      const afterClause = clauseEnd >= 0 ? after.slice(0, clauseEnd) : after;
      // "the 250,000 who marched on Saturday and the 40,000 who marched in Northport": a place after
      // the next count is that count's.
      const nextCount = afterClause.search(/\s(?:and|but|while|whereas)\s+(?:the\s+|some\s+|about\s+)?\d/);
      const ownAfterClause = nextCount >= 0 ? afterClause.slice(0, nextCount) : afterClause;
      // "The council requested 25 million pounds, and the Treasury released 20 million": a
      // coordinated clause has its own frame and place.
      const coordinated = [...before.matchAll(/,\s+(?:and|but|while|whereas)\s/g)].pop();
      const ownClauseStart = Math.max(clauseStart, coordinated ? coordinated.index + coordinated[0].length : 0);
      // "a $1.2 billion school funding bill", "a 3.5 percent raise": an amount or a share set before a
      // noun measures that noun (never a bid's amount: whose bid it is decides, below).
      const attributed =
        hyphenedNoun ??
        ((currency || percent || points) && !OFFER_NOUN_AFTER.test(after)
          ? attributiveNoun(before, after.slice(counted.end), currency !== undefined)
          : null);
      let event: string | null = toll
        ? "killed"
        : money
          ? moneyNoun(singularNoun(money[2]!), money[1] !== undefined)
          : attributed
            ? attributed.event
            : null;
      let eventIndex = -1;
      // Prefer the nearest event word after the number, up to the next comma ("1,139 people were
      // killed"); "held" only when nothing more specific is there ("35 hostages held … will be released").
      // "were abandoned in the tunnel as drivers fled the smoke": a clause with a subject of its own
      // after "as", "when", "while" or "because" tells what others did, not the count's event.
      const eventWindow = (afterClause.split(",")[0] ?? "").split(OTHERS_CLAUSE)[0] ?? "";
      // "killing at least 23 people and injuring 80": a participle right before a count is its event,
      // whatever event words follow it (they may be the next count's).
      const participle = toll || money || attributed ? null : participleEvent(before);
      if (participle) event = participle;
      // "A bus carrying 42 passengers plunged into a ravine": a vehicle's "carrying" right before the
      // count tells who was aboard, whatever the vehicle then did.
      const carried = !participle && unit !== null && ABOARD_UNIT.test(unit) && CARRYING_BEFORE.test(before);
      if (carried) event = "aboard";
      // "State officials put the spill at 42,000 gallons": a source's size of the spill is what spilled.
      if (!event && unit !== null && BULK_UNIT.test(unit) && SPILL_PUT_AT.test(before)) event = "spilled";
      for (const [name, pattern] of toll || money || attributed || participle || carried ? [] : EVENTS) {
        const found = pattern.exec(eventWindow);
        if (!found) continue;
        // "300 passengers aboard the ship have fallen ill": where they were is no event when the
        // clause tells what happened to them.
        const better =
          eventIndex === -1 ||
          event === "held" ||
          (event === "aboard" ? name !== "held" : name !== "held" && name !== "aboard" && found.index < eventIndex);
        if (better) {
          event = name;
          eventIndex = found.index;
        }
      }
      // The event words before an elided count are its neighbour's ("had died and 17 were missing"); a
      // length is no count ("The runner who died … collapsed about 5 kilometres from the finish").
      // A sum named as goods' value right before it is that value, whatever happened to the goods
      // ("carrying cannabis with a street value of £2 million").
      const valueNamed = currency !== undefined && VALUE_NAMED_BEFORE.test(before);
      // "Two were killed … when 32 vehicles crashed": a count with a verb of its own is that verb's.
      const ownVerb = unit && !currency && !percent ? verbAfter(afterMaterial(after.slice(counted.end), unit)) : null;
      if (!event && !ownVerb && !elidedUnit && !attributed && !valueNamed && !(unit && LENGTH_UNIT.test(unit))) {
        for (const [name, pattern] of EVENTS) {
          if (pattern.test(before.slice(-60))) {
            event = name;
            break;
          }
        }
      }
      if (timeTaken && !attributed) event = `time to ${timeTaken}`;
      if (term) event = "jailed";
      if (fought && !attributed && !FUNCTION_WORD.test(fought))
        event = `fought ${singularNoun(SAME_EVENT[fought.toLowerCase()] ?? fought)}`;
      // "The siren sounded 12 minutes before the strike": a warning's lead, whatever else the clause names.
      if (lasted === "warned") event = "warned";
      if (!event && lasted && !attributed)
        event =
          lastedThing && !FUNCTION_WORD.test(lastedThing) ? singularNoun(lastedThing) : lasted.replace(/ing$/, "ed");
      // "was on the ground for 19 miles": a tornado's path, as "a 22-mile path" is.
      if (unit && LENGTH_UNIT.test(unit) && STORM_PATH_BEFORE.test(before)) event = "path";
      const eventDuration = DURATION_UNIT.test(counted.unit ?? "") && (lasted !== undefined || eventLength !== null);
      if (event && eventDuration) event = SAME_EVENT_LENGTH[event] ?? event;
      // "2,000 jobs were at risk", "1,500 jobs would be affected by the closures": the jobs a cut puts at
      // stake, however told, are what it would cut.
      const jobs = unit !== null && (JOB_UNIT.test(unit) || (unit === "people" && WORKERS_AFTER.test(after)));
      const jobsClause = afterClause.slice(0, counted.end + 40);
      const jobsAtStake = (!event || event === "cut" || event === "affected") && jobs && JOBS_AT_STAKE.test(jobsClause);
      if (jobsAtStake) event = "cut";
      // "with the loss of 450 jobs", "480 jobs would go", "cutting 480 jobs": one measure, the jobs cut.
      if ((!event || event === "cut") && jobs && JOB_CUT.test(`${before.slice(-40)} ${jobsClause}`)) event = "cut";
      // "overstated by $280 million" and "the overstatement amounted to $310 million": one change,
      // named by its verb or its noun (never a rise or a fall, read as a move below).
      if (!event && unit && !attributed) {
        const clauseBefore = before.slice(ownClauseStart);
        const verb = currency ? CHANGED_BY.exec(clauseBefore)?.[1]?.replace(/\s+/, " ") : undefined;
        const noun = verb ? undefined : NOMINAL_AMOUNT.exec(clauseBefore)?.[1];
        const change =
          verb && !moveOf(verb) && !/^(?:fined|paid|priced|valued)$/.test(verb) ? verb : noun && verbOfNoun(noun);
        if (change) event = change;
      }
      let owner: string | undefined;
      let winner: string | undefined;
      // "was paid 8.1 million pounds" and "a pay package worth £6.8m": one person's pay; "The average
      // resident doctor earns £48,000", "Bus drivers are paid about £31,000": a group's, the group its owner.
      if (currency && !attributed && (!event || event === "package")) {
        const group = payOfGroup(before.slice(ownClauseStart));
        if (payReceived(before, after, group !== null)) {
          event = "pay";
          owner = group ?? payeeOf(before);
        }
      }
      // "the equivalent of about 10 chest X-rays" and "the same dose as 25 X-rays": one measure told
      // in familiar things (see equivalence-measure).
      // A figure in a unit of measure ("the height of 30 metres") is that measure, no familiar thing.
      if (
        unit &&
        !percent &&
        !currency &&
        !attributed &&
        !LENGTH_UNIT.test(unit) &&
        !DURATION_UNIT.test(unit) &&
        !MEASURE_UNIT_NAME.test(unit) &&
        toldAsEquivalent(before)
      )
        event = "equivalent";
      // "Solberg collects £375,000" and "the Norwegian pockets £450,000": one winner's prize.
      const prizeOf = !event && currency && !attributed ? prizeWinner(before) : null;
      if (prizeOf) {
        event = "prize";
        owner = prizeOf;
      }
      if (!event && currency && !attributed) {
        const clauseBefore = before.slice(ownClauseStart);
        const worth = WORTH_BEFORE.exec(clauseBefore)?.[1]?.toLowerCase();
        const named = worth ? null : MONEY_NOUN_BEFORE.exec(clauseBefore);
        const noun =
          worth && !FUNCTION_WORD.test(worth)
            ? AGREEMENT_WORTH.test(singularNoun(worth))
              ? worth
              : "value"
            : (named?.[1]?.toLowerCase() ?? (VALUED_AT_BEFORE.test(clauseBefore) ? "value" : undefined));
        if (noun) event = MONEY_NOUNS[noun] ?? noun;
        // "put the cost of repairs at £12m" and "estimate the bill for repairs at 15 million pounds": an
        // estimate of one sum, whichever noun (a bill told otherwise, "could top £6bn", stays a bill).
        if (event === "bill" && ESTIMATED_COST_BEFORE.test(clauseBefore)) event = "cost";
        // "Insured losses of $12 million": the part of a loss insurers pay, never the whole loss.
        if (
          named &&
          (event === "loss" || event === "damage") &&
          INSURED_BEFORE.test(clauseBefore.slice(0, named.index))
        )
          event = "insured loss";
        if (!noun && SOLD_FOR_BEFORE.test(clauseBefore)) event = "price";
        // "The hammer came down at £21 million", "a hammer price of £21 million": the price before fees.
        if ((!event || event === "price") && HAMMER_BEFORE.test(clauseBefore)) event = "hammer price";
        // "Apple's sales" and "Samsung's sales" are two companies' sums, never rival figures.
        if (named) owner = MONEY_OWNER.exec(clauseBefore.slice(0, named.index))?.[1]?.toLowerCase();
      }
      // "Trade in goods between the two was worth 124 billion euros", "Bilateral trade stood at …":
      // the sentence's subject is what the amount measures.
      if (!event && (currency || isMoneyUnit(unit)) && !attributed) {
        const head = AMOUNT_SUBJECT.exec(before)?.[1]?.toLowerCase();
        if (head && !FUNCTION_WORD.test(head)) event = MONEY_NOUNS[head] ?? singularNoun(head);
      }
      if (!event && currency && !attributed && MONEY_TAKEN_BEFORE.test(before)) event = "stolen";
      // "after a four-year refurbishment costing £48 million": what the thing done cost.
      const costDone = currency !== undefined && !attributed && COST_DONE_BEFORE.test(before.slice(ownClauseStart));
      if (!event && costDone) event = "cost";
      // "Rivertown paid £10 million for Kovac": what was paid for a thing is its cost.
      if (!event && currency && !attributed && PAID_BEFORE.test(before) && PAID_FOR_AFTER.test(after)) event = "cost";
      // "Marsh bought the club in 2031 for £150m": the price paid, as "paid £140m for the club" is.
      if (!event && currency && !attributed && BOUGHT_FOR_BEFORE.test(before)) event = "cost";
      // "underwent a £1.2m restoration in 2019" and "spent £850,000 restoring her in 2019": one dated
      // work's cost, whichever noun or verb tells it (see workCostYear).
      const workYear = currency !== undefined ? workCostYear(before, after) : null;
      if (workYear) event = "cost of work";
      // "a market share of 31 percent", "controlled 34 percent of the grocery market": a share of a
      // market, whatever the verb that holds it.
      if (percent && !attributed && marketShare(before.slice(ownClauseStart), after.slice(percent[0].length)))
        event = "market share";
      // "voted by 72 percent to accept", "with 76 percent of those voting in favour": a ballot's share
      // for one side, whatever the words.
      const ballotShare = percent && !attributed ? ballotShareOf(before, after.slice(percent[0].length)) : null;
      if (ballotShare) event = ballotShare.event;
      // "Liver damage was seen in 8.2 percent of the patients": a share of a group showing an effect.
      const rate =
        !event && percent && !attributed ? rateOf(before.slice(ownClauseStart), after.slice(percent[0].length)) : null;
      if (rate) event = rate;
      if (!event && percent && !attributed)
        event = shareEventOf(before.slice(ownClauseStart), after.slice(percent[0].length));
      const margin =
        !event && unit && !attributed && !currency
          ? marginOf(before.slice(ownClauseStart), after.slice(counted.end), unit)
          : null;
      if (margin) event = "margin";
      if (
        !event &&
        unit &&
        !attributed &&
        !currency &&
        (LEAKED_STORE_HOLDS.test(before.slice(ownClauseStart)) || BREACHED_DATA_OF.test(before.slice(ownClauseStart)))
      )
        event = "affected";
      // "Ellesmere Hall's 56 bedrooms have stood empty", "The hall, with its 48 bedrooms, was closed": a
      // named thing's possessive or an apposition is how big the thing is, whatever its verb says.
      const fleetOwner = unit && !currency && !percent ? NAMED_FLEET_OF_BEFORE.exec(before) : null;
      const namedOwner =
        fleetOwner ??
        (!event && unit && !attributed && !currency && !percent
          ? (WITH_ITS_BEFORE.exec(before) ?? NAMED_SIZE_OWNER_BEFORE.exec(before))
          : null);
      const ownedSize =
        namedOwner !== null && !FUNCTION_WORD.test(namedOwner[1]!) && !NO_SIZE_OWNER.test(namedOwner[1]!);
      if (ownedSize) event = `of the ${namedOwner[1]!.toLowerCase()}`;
      if (!event && unit && !attributed)
        event =
          outageOf(after.slice(counted.end)) ??
          outOfSchoolOf(unit, after.slice(counted.end)) ??
          ashoreOf(after.slice(counted.end)) ??
          overboardOf(after.slice(counted.end)) ??
          complementEvent(after.slice(counted.end)) ??
          (NIGHT_AWAY.test(after.slice(counted.end)) ? "spent the night" : null) ??
          ownParticiple(before) ??
          verbAfter(afterMaterial(after.slice(counted.end), unit)) ??
          numberOfVerb(before) ??
          nominalEvent(before) ??
          verbBefore(before) ??
          (unit !== "people" && WHICH_HAD_BEFORE.test(before) ? "held" : null);
      // "cut oil output by 2 million barrels a day", "reduce production by 1.5 million barrels a day":
      // the size of a cut or a rise of what the verb names, whichever verb of the direction.
      if (!event && unit && !attributed && !percent) {
        const change = CHANGED_THING_BY.exec(before)?.[1]?.toLowerCase();
        if (change) event = /^(?:cut|reduc|lower|trim|slash)/.test(change) ? "cut by" : "raised by";
      }
      // "Reservoir levels stood at 48 percent", "reservoir levels were at 45 percent": a level of a thing.
      if (!event && percent && !attributed) {
        const level = LEVEL_AT_BEFORE.exec(before);
        if (level) event = `${level[1]!.toLowerCase()} level`;
      }
      // "added 215,000 jobs" and "created 210,000 jobs": one measure, the jobs an economy or employer made.
      if (event && unit && JOB_UNIT.test(unit) && JOBS_MADE.test(event)) event = "added";
      if (!event && unit && LENGTH_UNIT.test(unit) && !attributed) {
        const won = WINNING_MARK_BEFORE.exec(before);
        if (won) event = `winning ${singularNoun((won[2] ?? won[3])!.toLowerCase())}`;
        winner = won?.[1]?.toLowerCase();
      }
      // "the closure of a 20-mile stretch" (its length set before the stretch) and "closed for 25 miles".
      if (unit && LENGTH_UNIT.test(unit) && closedLength(before, after.slice(counted.end), attributed !== null))
        event = "closed";
      // "the crack was 30 centimetres long", "The crack measures 25 centimetres": a length of a thing.
      if (!event && unit && LENGTH_UNIT.test(unit) && !attributed)
        event = measuredThing(before, after.slice(counted.end));
      // "the district's 28,000 students", "the company's 4,100 employees": how big the thing is that
      // owns the count, one measure of it whatever the sentence goes on to say (a named owner is its
      // own, see OWNER_SUBJECT; "its" is the subject's only as ITS_OWNER_BEFORE reads it).
      const sizeOwner =
        !event && unit && !attributed && !currency && !percent
          ? (SIZE_OWNER_BEFORE.exec(before) ?? ITS_OWNER_BEFORE.exec(before))
          : null;
      if (sizeOwner && !FUNCTION_WORD.test(sizeOwner[1]!)) event = `of the ${sizeOwner[1]!.toLowerCase()}`;
      if (
        unit &&
        unit !== "people" &&
        !attributed &&
        !currency &&
        !percent &&
        !LENGTH_UNIT.test(unit) &&
        (GIVEN_OUT_BEFORE.test(before) || GIVEN_OUT_AFTER.test(after.slice(counted.end)))
      )
        event = "given out";
      // "served about 2,000 meals" and "sold roughly 3,500 plates of food": the meals given out, one
      // count whichever verb or noun (never a kind of meal, "800 breakfasts", a part of all of them).
      if (
        unit &&
        !attributed &&
        !currency &&
        !percent &&
        (unit === "meal" || (FOOD_SERVED_UNIT.test(unit) && OF_FOOD_AFTER.test(after.slice(counted.end)))) &&
        (MEALS_GIVEN_BEFORE.test(before) || MEALS_GIVEN_AFTER.test(after.slice(counted.end)))
      )
        event = "served";
      // "cited for 14 safety violations" and "found 19 violations at the mine": the breaches an
      // inspection found, however told; a kind of them ("14 serious violations") is a part of all.
      if (!event && unit && VIOLATION_UNIT.test(unit) && !VIOLATION_KIND.test(after.slice(0, counted.end)))
        event = "cited";
      // "trapped about 1,200 feet underground" and "believed to be about 1,400 feet below the surface":
      // how deep those down there are, one measure whatever words tell the depth (never a shaft's
      // progress, "drilled to 800 feet below the surface", told by a verb of digging, not of being).
      if (
        unit &&
        LENGTH_UNIT.test(unit) &&
        !attributed &&
        BELOW_GROUND_AFTER.test(after.slice(counted.end)) &&
        BEING_DOWN_BEFORE.test(before)
      )
        event = "depth below ground";
      // "The miners are at a depth of 380 m": those down there, their depth named by its noun.
      const depthNoun = unit && LENGTH_UNIT.test(unit) && !attributed ? AT_DEPTH_OF_BEFORE.exec(before) : null;
      if (depthNoun && BEING_DOWN_BEFORE.test(before.slice(0, depthNoun.index))) event = "depth below ground";
      // "went down in 40 feet of water", "lies at a depth of 55 feet": the depth a wreck lies at.
      if (!event && unit && LENGTH_UNIT.test(unit) && !attributed && wreckDepth(before, after.slice(counted.end)))
        event = "depth of water";
      // "a bothy about six miles from the car park": how far one thing lies from another, one fixed
      // measure of the two (a length with no thing or no point named measures nothing to compare).
      // A bearing from a point says the figure is a position, whatever verb put the thing there
      // ("was spotted 9 miles north of the harbour").
      const bearing =
        unit && LENGTH_UNIT.test(unit) && !attributed && BEARING_OF_AFTER.test(after.slice(counted.end))
          ? distanceBetween(before, after.slice(counted.end))
          : null;
      if (bearing) event = bearing;
      if (!event && unit && LENGTH_UNIT.test(unit) && !attributed)
        event = distanceBetween(before, after.slice(counted.end));
      // "about three metres from the edge of the track", "25ft from the track's edge": how far from a
      // landmark, named by its head noun, whatever verb or subject the clause has (see landmark-distance).
      const fromLandmark =
        !bearing && unit && LENGTH_UNIT.test(unit) && !attributed && !(event && DISTANCE_READ.test(event))
          ? landmarkDistance(before.slice(ownClauseStart), after.slice(counted.end))
          : null;
      if (fromLandmark) event = fromLandmark;
      // "took 11 pieces from the gallery" (never "took 40 percent of the vote"): taken away.
      if (
        !event &&
        unit &&
        !attributed &&
        !currency &&
        !percent &&
        TAKEN_BEFORE.test(before) &&
        (!/\btook\s+\S*\s*$/.test(before) || /^\s+from\b/.test(after.slice(counted.end)))
      )
        event = "stolen";
      // "travelled about three kilometres", "swept 2.5 miles down the valley": how far a thing moved,
      // whatever the verb.
      if (unit && LENGTH_UNIT.test(unit) && !attributed && MOVED_BEFORE.test(before) && !debrisSpread(before))
        event = "travelled";
      if (
        unit &&
        LENGTH_UNIT.test(unit) &&
        !attributed &&
        MOVED_OBJECT_BEFORE.test(before) &&
        DIRECTION_AFTER.test(after.slice(counted.end))
      )
        event = "travelled";
      // "the 30-metre balloon" and "The balloon, which stood 35 meters tall": one thing's size, named
      // by the thing however each outlet tells it (see thing-dimension).
      // A thing's weight is its own measure as its size is ("the 40-tonne crane", "The crane, which
      // weighs 38 tonnes").
      const dimensionOf =
        unit &&
        (LENGTH_UNIT.test(unit) || THING_WEIGHT_UNIT.test(unit)) &&
        !currency &&
        !percent &&
        event !== "travelled" &&
        (!attributed || hyphened)
          ? thingDimension(before, after, event)
          : null;
      if (dimensionOf) event = dimensionOf;
      // "fell from about 200ft" and "was flying at around 300ft when a tear opened": one fall's height.
      if (unit && LENGTH_UNIT.test(unit) && !attributed && !dimensionOf && fallHeight(before, after.slice(counted.end)))
        event = "height of fall";
      // "placed the quake about 2.5 miles below the surface" is as deep as "a depth of 3km" (see measuredThing).
      if (unit && LENGTH_UNIT.test(unit) && !dimensionOf && quakeDepth(before, after.slice(counted.end)))
        event = "earthquake deep";
      // "A storm surge of 3 meters" and "a 13ft wall of water": one surge's height, in any unit.
      if (unit && LENGTH_UNIT.test(unit) && !dimensionOf && stormSurge(before, after.slice(counted.end)))
        event = "storm surge";
      // "was travelling at 62 mph", "had been doing about 70 mph": the speed a vehicle went at, whoever
      // measured it (a tachograph, witnesses); never a limit ("a 50 mph zone").
      if (unit && SPEED_UNIT.test(unit) && !attributed && SPEED_BEFORE.test(before)) event = "speed";
      const wind = unit && SPEED_UNIT.test(unit) && !attributed ? WIND_BEFORE.exec(before) : null;
      if (wind) event = wind[1] ? "sustained winds" : /^gust/i.test(wind[2]!) ? "gusts" : "winds";
      // "pulled nine people from the sea", "plucked 12 from the water": rescued, as lifeboat crews' counts read.
      const takenAfter = TAKEN_FROM_AFTER.exec(after.slice(counted.end));
      if (
        unit &&
        !percent &&
        !currency &&
        ((TAKEN_FROM_BEFORE.test(before) && FROM_THE_WATER.test(after.slice(counted.end))) ||
          (takenAfter && FROM_THE_WATER.test(after.slice(counted.end + takenAfter[0].length))))
      )
        event = "rescued";
      // "a 12-count indictment" and "faces 11 counts of bribery": the charges brought, one measure.
      const charged = chargesFacedOf(unit, event, before.slice(ownClauseStart));
      if (charged) event = charged;
      const defendant = charged ? chargedPersonOf(before.slice(ownClauseStart)) : null;
      // "$250,000 in cash and gifts" and "$300,000 in bribes", "£640,000 of donors' money" and "£850,000
      // of the charity's funds": one sum however named.
      const taken = currency !== undefined ? moneyTakenOf(afterCurrency, before.slice(ownClauseStart)) : null;
      if (taken) event = taken;
      // "demanded $3 million" and "demanded a ransom of $4.5 million in bitcoin": the sum demanded,
      // one measure whatever it is to be paid in.
      if (currency !== undefined && !taken && SUM_DEMANDED_BEFORE.test(before.slice(ownClauseStart)))
        event = "demanded";
      if (event) event = effectFor(event, unit) ?? event;
      // "Hospitals treated 12 officers", "had taken 42 people to hospital": taken to hospital.
      const hospitalCount =
        unit !== null &&
        !percent &&
        !currency &&
        !attributed &&
        (event === null ||
          event === "treated" ||
          event === "hospitalised" ||
          (event === "injured" && treatedByHospital(before.slice(ownClauseStart)))) &&
        treatedInHospital(before.slice(ownClauseStart), after);
      if (hospitalCount) event = "hospitalised";
      // "sending 2,300 pupils home" and "left 1,900 children without lessons", "stood down 400 dock
      // workers" and "the number of dockers sent home": one outcome however told (see same-outcome),
      // never over an event only people undergo.
      const namedCount = counted.end === 0 ? numberOfNamed(before) : null;
      const outcome =
        unit && !percent && !currency && !attributed && (!event || !EVENT_NAMES.has(event) || event === "held")
          ? sameOutcomeOf({
              before: before.slice(ownClauseStart),
              after: after.slice(counted.end),
              unit,
              written: namedCount?.noun ?? after.slice(0, counted.end).trim(),
              ...(namedCount
                ? {
                    namedAfter: namedCount.match[0].slice(
                      namedCount.match[0].indexOf(namedCount.noun) + namedCount.noun.length,
                    ),
                  }
                : {}),
            })
          : null;
      if (outcome) event = outcome;
      // "the three-day closure cost traders dearly", "the nine-hour shutdown hit 40,000 homes": a span
      // set before a spell's noun is that spell's length, whatever the sentence then says the spell did.
      const spell =
        hyphened && DURATION_UNIT.test(unit ?? "")
          ? ONGOING_EVENT_AFTER.exec(after.slice(hyphened[0].length))?.[1]
          : undefined;
      if (spell) event = SAME_EVENT_LENGTH[SAME_EVENT[spell] ?? spell] ?? SAME_EVENT[spell] ?? spell;
      // "fined Ledgerline £14.5 million" and "a £12 million penalty": one sum imposed.
      const fine = currency !== undefined || isMoneyUnit(unit) ? fineOf(before.slice(ownClauseStart), event) : null;
      if (fine) event = fine;
      // "will cut supplies to about 240,000 households", "310,000 households will have their taps
      // turned off": homes cut off from a supply, whatever the words (never "cut its forecast to").
      const supplyCut =
        unit !== null &&
        !percent &&
        !currency &&
        (SUPPLY_CUT_TO.test(before) || SUPPLY_OFF_AFTER.test(after.slice(counted.end)));
      // A supply named ("cut power to 210,000 homes") is those homes without it, as others tell it.
      const supplyNamed = supplyCut ? outageOf(` without ${SUPPLY_CUT_TO.exec(before)?.[1] ?? ""}`) : null;
      if (supplyCut) event = supplyNamed ?? "cut off";
      // "300 lecturers took part in a one-day walkout": a strike taken part in is a strike joined.
      const tookPart = unit && !percent && !currency ? TOOK_PART_AFTER.exec(after.slice(counted.end)) : null;
      if (tookPart && STRIKE_TAKEN_PART.test(after.slice(counted.end + tookPart[0].length))) event = "struck";
      else if (crowd || tookPart) event = "attended";
      // "The strike involves some 36,000 resident doctors": a strike's size is those on strike.
      if (unit && !percent && !currency && STRIKE_INVOLVES_BEFORE.test(before)) event = "struck";
      // "9,412 Yes votes", "9,214 firefighters voted for strike action", "61 voted No": one side's
      // votes in a ballot, whatever the verb ("produced", "returned") or the voters' noun.
      const votedSide = percent || currency ? null : VOTED_SIDE_AFTER.exec(after.slice(counted.end))?.[1];
      const ballotSide = /^(?:yes|no) vote$/.test(unit ?? "")
        ? unit
        : votedSide
          ? `${/^(?:no|against)$/i.test(votedSide) ? "no" : "yes"} vote`
          : null;
      if (ballotSide) event = "cast";
      if (late) event = "delay";
      // "£1.2bn more than its original budget", "1.4 billion pounds over budget": the overrun, not the cost.
      if ((currency || isMoneyUnit(unit)) && OVER_BUDGET_AFTER.test(after.slice(counted.end))) event = "overrun";
      // A quake's magnitude measures that quake: an aftershock's is another quantity, and a bound
      // ("any tremor above magnitude 2.5", "quakes of magnitude 4 or more") measures no quake at all.
      if (magnitude)
        event =
          MAGNITUDE_BOUND_BEFORE.test(before) || MAGNITUDE_BOUND_AFTER.test(after)
            ? "magnitude bound"
            : /\baftershocks?\b/i.test(`${before.slice(-60)} ${afterClause.slice(0, 40)}`)
              ? "aftershock"
              : "earthquake";
      // "Three men … and a woman were arrested", "12 soldiers and a civilian were killed": the count
      // is a part of whom the verb counts, never its total.
      // Passengers told beside the crew ("230 passengers and 18 crew had been aboard") are still the
      // passengers aboard: the unit says which part is counted.
      if (
        event &&
        unit &&
        !percent &&
        !currency &&
        JOINED_COUNT.test(after.slice(counted.end)) &&
        !(unit === "passenger" && BESIDE_CREW.test(after.slice(counted.end)))
      )
        event = null;
      // "fares will rise by 8%", "the rise would average 12%", "an average rise of 7% in bills": one
      // plan's average rise in what people pay, however each outlet words it.
      const averageRise = percent ? averageRiseOf(before.slice(ownClauseStart), after.slice(percent[0].length)) : false;
      if (averageRise) event = "average rise";
      // "All 187 passengers and six crew were evacuated", "All 380 members of the audience were led
      // out": what was done to all of them counts everyone aboard, or the whole audience.
      const whole =
        !percent && !currency && unit !== null ? wholeComplementOf(before, after.slice(counted.end), unit) : null;
      if (whole) event = whole.event;
      if (ageAtDeath) event = "age at death";
      // "temperatures reached 43C", "Thermometers hit 43C": the air's temperature; any other (a fever,
      // an oven) is not read as one.
      if (temperature) event = TEMPERATURE_OF.test(before.slice(ownClauseStart)) ? "temperature" : null;
      if (antecedent) event = antecedent.event;
      // A crowd's phrase is its own ("will face Athletic … after their win, watched by a crowd of 84,000").
      const cued = frameOf(
        crowd ? before.slice(Math.max(ownClauseStart, before.lastIndexOf(","))) : before.slice(ownClauseStart),
        afterClause,
      );
      // "About 310,000 households across the Kelden valley will have…": the count's own verb is a plan
      // however long the place between them.
      // "The Institution put the cost of repairs at about £55 million": an estimate of what a thing
      // costs, as "Repairs will cost about £40 million" is, never what it cost ("Repairs cost £55 million").
      // How long a thing lasted is what happened, whatever was bid or asked in it ("Bidding lasted 12
      // minutes", "after a 19-minute bidding war"): no offer's or demand's figure.
      // A thing's size is what it is, whatever is planned for it ("The district's 28,000 students will stay home").
      const frame =
        sizeOwner || ownedSize
          ? "reported"
          : jobsAtStake
            ? "plan"
            : ((cued === "offer" || cued === "demand") && eventDuration) || (costDone && cued === "plan")
              ? "reported"
              : cued === "reported" &&
                  unit &&
                  (MODAL_AFTER_PLACE.test(after.slice(counted.end)) ||
                    (currency !== undefined &&
                      (ESTIMATED_COST_BEFORE.test(before.slice(ownClauseStart)) ||
                        HEDGED_COST_NOW_BEFORE.test(before.slice(ownClauseStart)))))
                ? "plan"
                : // What a plan "means" for bills is its plan's figure, as "will raise bills" is.
                  averageRise && cued === "reported" && PLAN_NAMED.test(before.slice(ownClauseStart))
                  ? "plan"
                  : cued;
      // A thing's size read from its possessive or apposition stays what it is, whatever state its
      // sentence says began "since" ("Ellesmere Hall's 56 bedrooms have stood empty since Sunday").
      const kind: QuantityKind = ownedSize
        ? "fixed"
        : // "after an 11-minute bidding war last night": a span dates one event's length, no count of a span.
          (WINDOW.test(clause) &&
              !eventDuration &&
              !(hospitalCount && overnightOnly(before, clause)) &&
              !RISEN_TO_BEFORE.test(before)) ||
            (NEW_ONES.test(after) && A_DAY.test(afterClause))
          ? "window"
          : toll ||
              RUNNING.test(afterClause.replace(SINCE_RECORD, "")) ||
              RUNNING.test(before.slice(-40)) ||
              RUNNING_AT.test(before) ||
              // "Three people have now died": a death toll updated, which only grows.
              (event === "killed" && DIED_NOW.test(afterClause)) ||
              // "have been stranded for more than two hours": a span still growing when told.
              (DURATION_UNIT.test(unit ?? "") && ONGOING_BEFORE.test(before)) ||
              (REVISED_BEFORE.test(before.slice(-60)) && !supplyCut)
            ? "running"
            : "fixed";
      const scopeMatch =
        eventIndex >= 0
          ? /\b(?:in|on(?!\s+(?:board|duty|shift)\b)|during|since)\b[^,;]*/i.exec(
              // "residents evacuated after Monday's blast were allowed to return home on Tuesday": a
              // finite verb after the event's participle starts what they did next, no scope of it.
              eventWindow.slice(eventIndex).split(/\s(?:were|was)\s/)[0] ?? "",
            )
          : null;
      const start = item.sentence.start + index;
      // An offer's amount is a quantity of its bidder: two outlets' figures for one bidder's offer can
      // disagree, offers by different bidders never (nor any whose bidder the sentence does not say).
      const offerNoun = currency && !event && (OFFER_NOUN_AFTER.test(after) || OFFER_NOUN_BEFORE.test(before));
      const bidder = offerNoun ? (BIDDER_AFTER.exec(after)?.[1] ?? BIDDER_SUBJECT.exec(text)?.[1]) : undefined;
      if (bidder) event = "offer";
      const closing = percent ? closingMoveOf(before.slice(ownClauseStart), after) : null;
      if (closing) event = closing.event;
      const movedWord =
        event === "rose" || event === "fell"
          ? (closing?.subject ??
            attributed?.moved ??
            MOVE_SUBJECT_OF_NAME.exec(before)?.[1] ??
            MOVE_SUBJECT.exec(before)?.[1])
          : undefined;
      const movedThing =
        movedWord && !NOT_A_SUBJECT.test(movedWord) ? singularNoun(movedWord.toLowerCase()) : undefined;
      const subject = bidder
        ? bidder.toLowerCase()
        : ballotShare?.object && event === ballotShare.event
          ? ballotShare.object
          : movedThing
            ? (SAME_CURRENCY[movedThing] ?? movedThing)
            : event === "held" && unit !== null && !HELD_PEOPLE.test(unit)
              ? holderOf(before.slice(ownClauseStart), after.slice(counted.end))
              : event === "cost"
                ? costedThingOf(before)
                : undefined;
      if (margin?.over) owner = `over ${margin.over}`;
      if (winner) owner = winner;
      // A rate's place is in its words ("Turnout in Harbor City's election"), no owner of rival sums.
      // A size read from its owner's possessive names the owner in its event already ("of the aurelia").
      if (!owner && !margin && !rate && !toll && event !== "rose" && event !== "fell" && !bidder && !ownedSize) {
        const clause = before.slice(ownClauseStart);
        // No possessive's mark, no owner: a cheap test before the pattern's search through every word.
        if (/['’]/.test(clause)) owner = OWNER_SUBJECT.exec(clause)?.[1]?.toLowerCase();
      }
      // "Just over half of voters": a share in words a little above its figure, no open bound.
      const justOff = shareInWords !== null ? JUST_OFF_BEFORE.exec(before)?.[1] : undefined;
      const bound = justOff
        ? `just ${/^(?:over|above|more)/i.test(justOff) ? "over" : "under"}`
        : (QUALIFIER.exec(before)?.[1]?.toLowerCase() ?? null);
      // "spread over 1.2 miles", "scattered over 800 metres": "over" after a verb of spreading is where, no bound.
      const spreadOver =
        bound === "over" && /\b(?:spread|scattered|strewn|littered|stretched)\s+over\s+$/i.test(before);
      // "Winds of up to 160 mph" is how a storm's peak is told: the peak itself, not a bound on it.
      const qualifier = (bound === "up to" && WIND_EVENT.test(event ?? "")) || spreadOver ? null : bound;
      // A fine is imposed once: "over a cyber attack last year" says when the wrong was done, no span;
      // a thing's size has none either ("which stood 35 meters tall …, was built in 2014").
      const period = workYear
        ? workYear
        : event === "fine" || dimensionOf
          ? undefined
          : // A term's own months ("three years and six months") are its length, no span it covers.
            (periodOf(
              term ? ownAfterClause.slice(term[0].length) : ownAfterClause,
              event !== null && ONE_OFF_PRICE.test(event),
            ) ??
            (event === "cost"
              ? BOUGHT_IN_YEAR_BEFORE.exec(before)?.[1]
              : // A pay told without its span is a year's ("earn an average of £52,000").
                event === "pay"
                ? "year"
                : undefined));
      // A storm's peak winds told once it has passed ("packed peak winds of 135 mph", "rated … with
      // winds of up to 160 mph") are one measure of it, whatever day an outlet gives them.
      const passedPeak =
        WIND_EVENT.test(event ?? "") &&
        frame === "reported" &&
        PEAK_WIND_BEFORE.test(before) &&
        !STORM_NOT_PASSED.test(text);
      const settled =
        ageAtDeath ||
        passedPeak ||
        // The charges an indictment brings stand until a court rules on them, whichever day an outlet counts them.
        ((event === "charged" || event === "convicted") && frame === "reported") ||
        // A thing told as its equivalent in familiar things is its size, which days do not change.
        (event === "equivalent" && kind === "fixed" && !period) ||
        (eventDuration && !ONGOING_BEFORE.test(before)) ||
        (currency !== undefined &&
          frame === "reported" &&
          (ORDERED_TO_PAY.test(before.slice(ownClauseStart)) ||
            SETTLED_SUM.test(event ?? "") ||
            // The value of goods (a haul seized or stolen) is one estimate of one thing, whenever an
            // outlet repeats it; a revised one ("raised its estimate … to") is read as running, and one
            // told with another time ("Last year officers seized heroin worth…") is another haul's.
            (event === "value" && kind === "fixed" && GOODS_VALUE_BEFORE.test(before) && !OTHER_TIME.test(text))));
      const market =
        subject && !bidder && !period && MARKET_PRICE.test(movedThing ?? "")
          ? closing || AT_THE_CLOSE.test(after.slice(percent?.[0].length ?? 0))
            ? "close"
            : "during"
          : undefined;
      const counterfactual = frame === "reported" && WOULD_HAVE_BEFORE.test(before.slice(ownClauseStart));
      const mention: NumberMention = {
        ...(settled ? { settled } : {}),
        ...(counterfactual ? { counterfactual } : {}),
        ...(subject ? { subject } : {}),
        ...(market ? { market } : {}),
        ...(owner ? { owner } : {}),
        ...(defendant ? { defendant } : {}),
        ...(period ? { period } : {}),
        ...(ownedSize ? { size: true as const } : {}),
        item,
        raw: term ? `${raw}${term[0]}` : match[2] ? `${raw} ${match[2]}` : match[3] ? `${raw}${match[3]}` : raw,
        value: termMonths ?? (lateYears ? value * 12 : value),
        start,
        end: start + match[0].length,
        qualifier,
        // People out of their homes are the residents of them: "2,000 people have left their homes"
        // and "1,500 residents have been evacuated" count one thing. Those admitted to hospital are its
        // patients: "14 people were admitted" and "17 patients were admitted" count one thing.
        unit:
          ballotSide ??
          ((event !== null && PEOPLE_ONLY_EVENT.test(event) && unit !== null && RESIDENT_WORDS.test(unit)) ||
          (event === "hospitalised" && (unit === "patient" || GATHERED_PEOPLE.test(unit ?? ""))) ||
          (event === "attended" && AUDIENCE_OF.test(after.slice(counted.end)))
            ? "people"
            : unit),
        event,
        kind,
        // Everyone aboard is no count of where they were led ("were evacuated on the runway"): no scope.
        scope: scopeMatch && !whole ? scopeMatch[0].replace(/[.\s]+$/, "").trim() : "",
        frame,
        places: placeOf(before.slice(ownClauseStart), ownAfterClause),
        rounding:
          eventDuration && qualifier && HEDGE.test(qualifier)
            ? Math.max(roundingOf(raw, scale, qualifier), value * HEDGED_DURATION, HEDGED_SPAN_UNIT)
            : shareInWords !== null
              ? shareInWords * SHARE_IN_WORDS_ROUNDING
              : fraction !== null
                ? lengthFractionRounding(raw)
                : roundingOf(
                    raw,
                    scale,
                    qualifier ??
                      ((event === "attended" || MODIFIER_AFTER.test(after)) && ROUND_THOUSANDS.test(raw)
                        ? "about"
                        : null),
                  ),
      };
      if (rangeLow && rangeLow.highStart === index) joinRange(rangeLow.mention, mention, rangeLow.scale, scale);
      rangeLow = high ? { mention, highStart: index + match[0].length + high.offset, scale } : null;
      mentions.push(mention);
    }
    // "Three riggers and a foreman were on the tower when it buckled": the parts' total of those aboard.
    const parts = partsAboard(item);
    if (parts) mentions.push(parts);
  }
  // "Five men were on the structure when it came down": the whole of those aboard.
  return bareFiguresAboard(mentions).map((mention) =>
    wholeAboard(mention, mention.item.sentence.text.slice(mention.end - mention.item.sentence.start))
      ? { ...mention, event: "aboard" }
      : (roadPassengersAboard(mention) ?? vehiclesInCrash(mention) ?? buildingFloors(mention) ?? mention),
  );
}

/** A determiner before a figure set as a modifier: "a", "the", "its", "Northmart's", then at most one adjective ("a record"). */
const DETERMINER_BEFORE =
  /(?:^|[^\p{L}])(?:a|an|the|its|their|his|her|this|that|\p{L}+['’]s)\s+(?:[a-z]+\s+)?(?:[$£€]\s*)?$/u;
/**
 * A capitalised determiner opening the sentence, or a wire's lead after its dateline's dash ("HULL
 * (PA) — A 60-metre crane"), before a count hyphened to its noun ("The five-alarm blaze", "A 12-storey
 * tower"). Not before a sum or a share: "A 15 percent tax on wholesale …" names its
 * tax by what follows, which an attributive reading would drop.
 */
const OPENING_DETERMINER_BEFORE = /(?:^|[—–]|\s--?)\s*(?:A|An|The|Its|Their|His|Her|This|That)\s+(?:[a-z]+\s+)?$/;

/**
 * The noun a figure set before it measures: "a $1.2 billion school funding bill" → bill, "the 3.5
 * percent pay rise" → rise (with "pay rise" as its phrase), read after a determiner. The noun phrase
 * is up to three lowercase words and ends at a function word, a capital, punctuation, a participle
 * ("the $2 billion bill backed by…") or a plural; a longer run is no noun phrase read safely.
 */
function attributiveNoun(
  before: string,
  afterFigure: string,
  money: boolean,
  /** The figure is hyphened to its noun ("five-alarm"): a determiner opening the sentence counts too. */
  hyphened = false,
): { event: string | null; moved?: string } | null {
  if (!DETERMINER_BEFORE.test(before) && !(hyphened && OPENING_DETERMINER_BEFORE.test(before))) return null;
  const words: string[] = [];
  let end = 0;
  for (const match of afterFigure.matchAll(/\s+([\p{L}][\p{L}’'-]*)|(\S)/guy)) {
    const word = match[1];
    if (!word || !/^[a-z]/.test(word) || FUNCTION_WORD.test(word) || UNIT_SKIP.test(word)) break;
    // "a 19-minute bidding war between four collectors": a preposition ends the noun phrase.
    if (words.length > 0 && (/ed$/.test(word) || PREPOSITION_AFTER_NOUN.test(word))) break;
    if (words.length === 3) return null;
    words.push(word);
    end = match.index + match[0].length;
    if (/[^s]s$/.test(word)) break;
  }
  const noun = words[words.length - 1]?.toLowerCase();
  if (!noun) return null;
  const phrase = words.join(" ");
  const known = EVENTS.find(([, pattern]) => pattern.test(phrase))?.[0];
  if (known) return { event: known };
  // "a bidding war", "a ten-minute bidding battle" are the bidding, as "Bidding lasted 12 minutes" is.
  const activity = ACTIVITY_COMPOUND.exec(phrase)?.[1];
  if (activity) return { event: activity.toLowerCase() };
  // "a 14 percent fall in Aurora's shares" is the move "shares fell 14 percent"; a rise or a fall
  // that does not say of what measures nothing that can be compared.
  const move = MOVE_NOUNS.find(([, pattern]) => pattern.test(noun))?.[0];
  if (move) {
    const moved = /^\s+in\s+(?:(?:the|its|their|his|her)\s+|\p{Lu}[\p{L}-]*['’]s?\s+)?([a-z][a-z’'-]*)/u.exec(
      afterFigure.slice(end),
    )?.[1];
    return moved ? { event: move, moved } : { event: null };
  }
  // "a four-alarm fire" and "the five-alarm blaze": one thing under its newsroom names.
  return {
    event: money ? (MONEY_NOUNS[noun] ?? singularNoun(noun)) : (SAME_EVENT[singularNoun(noun)] ?? singularNoun(noun)),
  };
}

/** Prepositions that end a noun phrase after a figure, besides the function words. */
const PREPOSITION_AFTER_NOUN =
  /^(?:between|among|amongst|after|before|during|against|into|near|across|outside|inside|through|since|until|over|under|within|without|about|around)$/;
/** A gerund naming an activity, before a noun of its heat: "bidding war", "shooting spree". */
const ACTIVITY_COMPOUND = /^([a-z]+ing)\s+(?:war|battle|fight|contest|session|spree|frenzy)$/;

/** Nouns of a rise or a fall, as the verbs of MOVES read. */
const MOVE_NOUNS: ReadonlyArray<readonly [string, RegExp]> = [
  ["rose", /^(?:rise|increase|jump|gain|surge|climb|rally|hike)s?$/],
  ["fell", /^(?:fall|drop|decline|decrease|slide|slump|plunge|dip|loss)(?:es|s)?$/],
];

/**
 * "calling for a new sports hall, which the trust estimates would cost £24m": a cost told in a
 * relative clause is the cost of the thing the clause hangs on, no cost of what the sentence tells
 * (a later "the repairs will cost £1.6m" neither updates nor rivals it).
 */
const COST_IN_RELATIVE_CLAUSE =
  /\b([a-z]{3,}),\s+which\s+(?:[^,;]{0,60}?\s)?(?:would|will|could|might|is\s+expected\s+to|is\s+estimated\s+to)\s+cost\s+(?:[a-z]+\s+)?(?:(?:about|around|roughly|nearly|almost|some|more than|over|at least|up to)\s+)?[$£€]?\s*$/;

/** The thing a cost told in a relative clause is of (see COST_IN_RELATIVE_CLAUSE), in the singular. */
function costedThingOf(before: string): string | undefined {
  const thing = COST_IN_RELATIVE_CLAUSE.exec(before)?.[1];
  return thing ? singularNoun(thing) : undefined;
}

/** "paid £10 million", "spent about $2 billion": money handed over for something. */
const PAID_BEFORE =
  /\b(?:paid|pay|pays|paying|spent|spend|spends|spending)\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to)\s+)?[$£€]\s*$/i;
/** "bought the club in 2031 for", "acquired the site for about": what was bought, then its price. */
const BOUGHT_FOR_BEFORE =
  /\b(?:bought|buys|buying|acquired|acquires|acquiring|purchased|purchases|purchasing)\s+(?:the|a|an|its|their|his|her)\s+[^,;:]{1,50}?\s+for\s+(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to|a\s+reported)\s+)?[$£€]\s*$/i;
/** "bought the club in 2031 for": the year of a purchase told before its price, as "paid … in 2031" tells it after. */
const BOUGHT_IN_YEAR_BEFORE =
  /\b(?:bought|buys|acquired|acquires|purchased|purchases)\s+[^,;:]{0,40}?\bin\s+((?:19|20)\d\d)\s+for\s+[^,;:]{0,20}$/i;
/** … "for Kovac", "for the site": what the money bought. */
const PAID_FOR_AFTER = /^\s*(?:m|bn|mn)?(?:\s+(?:million|billion|thousand))?\s+for\s+(?!(?:a|an|each|every|per)\b)/i;
/** "seen in 8.2 percent of the patients", "in 10.4 percent of the trial patients given…": the group a share is of. */
const SHARE_GROUP = /^\s+of\s+(?:the\s+|all\s+)?(?:[a-z]+\s+){0,2}?([a-z]+s)\b/;
/**
 * The effect a share of a group shows, named before it: "Liver damage was seen in", "Headaches were
 * reported in" (the clause's subject), or "show liver damage in" (a verb's object).
 */
const SHARE_EFFECT_SUBJECT =
  /^\s*(?:[a-z]+\s+)??([a-z]+(?:\s+[a-z]+)?)\s+(?:was|were|has been|have been)\s+(?:seen|found|observed|detected|reported|recorded|noted)\b[^,;]*?\bin\s+$/;
const SHARE_EFFECT_OBJECT =
  /\b(?:show|shows|showed|shown|found|find|finds|reported|reports|saw|see|sees|recorded|records)\s+([a-z]+(?:\s+[a-z]+)?)\s+in\s+$/;

/**
 * What a share measures: an effect seen in a share of a group ("liver damage among patients"), so
 * that two outlets' shares of the same group showing the same effect meet, and shares of another
 * effect or group never do. Null when either is not named.
 */
/** A sum's demand up to it: "demanded ", "demanding a ransom of ", "asked the hospital for ", "a ransom demand of ". */
const SUM_DEMANDED_BEFORE =
  /(?:\bdemand(?:ed|s|ing)?\s+(?:(?:a|an|the)\s+(?:[a-z]+\s+)?(?:ransom|payment|sum|fee)\s+of\s+)?|\basked\s+(?:[\p{L}'’.-]+\s+){0,4}?for\s+|\bdemand\s+of\s+)(?:(?:about|around|roughly|nearly|almost|some|more than|over|at least|up to)\s+)?(?:US)?[$€£¥]?\s*$/iu;

/** Units a contest is won by: a margin counts these. */
const MARGIN_UNIT = /^(?:vote|ballot|seat|delegate|point|percentage point)$/;
const MARGIN_HEDGE =
  "(?:(?:about|around|roughly|nearly|almost|some|just|only|over|at least|more than|fewer than|less than)\\s+)?";
const NAME_RUN = "((?:\\p{Lu}[\\p{L}.'’-]+\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)";
/** "beating former police chief Victor Hale by", "won by", "leading by": a verb of a contest before "by". */
const MARGIN_BY = new RegExp(
  `\\b(?:won|wins?|winning|beat|beats|beating|defeated|defeats?|defeating|led|leads?|leading|trailed|trails?|trailing|edged|edges?|edging|lost|loses?|losing|carried|carries|carrying|re-elected|elected)\\b(?:\\s+(?:out\\s+)?(?:[a-z-]+\\s+){0,4}?${NAME_RUN})?[^,;]{0,40}?\\s+by\\s+${MARGIN_HEDGE}$`,
  "u",
);
/** "a margin of", "her lead stood at", "widening her margin to", "his majority was": the margin's own noun. */
const MARGIN_OF = new RegExp(
  `\\b(?:margin|lead|majority)\\s+(?:of|at|to|(?:stood|was|is|grew|widened|narrowed|shrank|fell|rose|increased|decreased)(?:\\s+(?:at|to))?)\\s+${MARGIN_HEDGE}$`,
);
/** "3,870 votes ahead of Victor Hale": ahead of whom. */
const MARGIN_AHEAD = new RegExp(`^\\s+(?:ahead of|clear of)\\s+(?:[a-z-]+\\s+){0,4}?${NAME_RUN}?`, "u");
const BEATEN = /^(?:beat|beats|beating|defeated|defeats?|defeating|edged|edges?|edging)$/;

/**
 * A contest's margin ("finishing 3,870 votes ahead of Victor Hale", "beating Victor Hale by 3,780
 * votes", "a majority of 12 seats"), with the surname of whom it is over when the clause names them:
 * two outlets' margins over one rival are one measure, margins over different rivals (or a leader's
 * lead on election night and the winner's final margin, which the moment tells apart) never meet.
 */
function marginOf(clauseBefore: string, afterUnit: string, unit: string): { over: string | null } | null {
  if (!MARGIN_UNIT.test(unit)) return null;
  const ahead = MARGIN_AHEAD.exec(afterUnit);
  if (ahead) return { over: surnameOf(ahead[1]) };
  const by = MARGIN_BY.exec(clauseBefore);
  if (by) {
    const verb = /^\S+/.exec(by[0])?.[0]?.toLowerCase() ?? "";
    return { over: BEATEN.test(verb) ? surnameOf(by[1]) : null };
  }
  return MARGIN_OF.test(clauseBefore) ? { over: null } : null;
}

function surnameOf(name: string | undefined): string | null {
  return name
    ? (name
        .split(/\s+/)
        .pop()
        ?.replace(/['’]s?$/, "")
        .toLowerCase() ?? null)
    : null;
}

/**
 * Rates a percent states as a level of one thing, named as its subject or before it: "Turnout in
 * Harbor City's election was 41 percent", "turnout reached 44 percent", "a turnout of 38 percent",
 * "41 percent turnout". Two outlets' levels of one rate at one moment are rival figures. Polls'
 * shares (support, approval) are left out: different polls differ by design.
 */
const RATE_NOUN =
  "(turnout|unemployment|jobless rate|inflation|occupancy|vacancy rate|participation rate|vaccination rate|poverty rate|interest rate)";
const RATE_SUBJECT = new RegExp(
  `\\b${RATE_NOUN}(?:\\s+(?:rate|level|figure))?(?:\\s+(?:in|of|among|for|at|across)\\s+[^,;:]{1,80}?)?\\s+(?:(?:was|were|is|are|has been|had been|stood at|stands at|reached|hit|came to|came in at|rose to|fell to|climbed to|dropped to|(?:was|is) running at|ran at|of)\\s+)${MARGIN_HEDGE}$`,
  "i",
);
const RATE_AFTER = new RegExp(`^\\s+${RATE_NOUN}\\b`, "i");

/**
 * "only 54 percent of eligible firefighters had voted", "62% of members cast a ballot": the share of
 * voters who voted is the turnout (never "if at least 50 percent of members vote", a rule, not a vote).
 */
const VOTED_SHARE_AFTER =
  /^\s+of\s+(?:(?:the|all|its|their|eligible|registered)\s+)*(?:[a-z]+\s+(?:(?:had|have|has)\s+)?(?:voted|cast\s+(?:a|their)\s+(?:votes?|ballots?))|(?:voters|electors|electorate)\s+(?:(?:had|have|has)\s+)?(?:took\s+part|turned\s+out|went\s+to\s+the\s+polls))\b/i;

function rateOf(clauseBefore: string, afterPercent: string): string | null {
  const noun = RATE_SUBJECT.exec(clauseBefore)?.[1] ?? RATE_AFTER.exec(afterPercent)?.[1];
  if (!noun && VOTED_SHARE_AFTER.test(afterPercent)) return "turnout";
  return noun ? noun.toLowerCase() : null;
}

/** "a market share of 31 percent", "market share stood at": a market share named before its figure. */
const MARKET_SHARE_BEFORE =
  /\bmarket\s+share\s+(?:of|at|to|was|is|would\s+be|will\s+be|stood\s+at|stands\s+at|reached)\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|at\s+least|just\s+over|just\s+under)\s+)?$/i;
/** "31% market share", "34 percent of the grocery market", "a 31 percent share of the market" (never "of the market value"). */
const MARKET_SHARE_AFTER =
  /^\s+(?:market\s+share|(?:share\s+)?of\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}market\b(?!\s+(?:value|capitali[sz]ation|cap|price|rate|index)))/i;

function marketShare(clauseBefore: string, afterPercent: string): boolean {
  return MARKET_SHARE_BEFORE.test(clauseBefore) || MARKET_SHARE_AFTER.test(afterPercent);
}

/** "voted by 72 percent", "voted 72% to accept": the share a ballot's side won. */
const VOTED_BY_BEFORE =
  /\bvoted\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|more\s+than|over|just\s+over|just\s+under)\s+)?$/i;
/** "… percent of those voting", "… percent of votes cast": a share of the ballot, not of members polled. */
const OF_THE_BALLOT =
  /^\s+of\s+(?:(?:those|members|voters)\s+(?:voting|who\s+voted)|(?:the\s+)?(?:votes|ballots)(?:\s+cast)?|(?:the\s+(?:company['’]s\s+)?)?(?:investors|shareholders|delegates)(?=\s+voted\b))\s+/i;
/** "to accept", "in favour", "backed the deal", "were against": the side. */
const BALLOT_SIDE =
  /^\s*(?:(?:were\s+cast|was\s+cast|were|was|voted)\s+)?(?:to\s+)?(accept|back|approve|support|endorse|in\s+favou?r|for|reject|oppose|against|backed|approved|supported|endorsed|rejected|opposed)\b/i;

function ballotShareOf(before: string, afterPercent: string): { event: string; object?: string } | null {
  const ballot = OF_THE_BALLOT.exec(afterPercent);
  if (!ballot && !VOTED_BY_BEFORE.test(before)) return null;
  const rest = afterPercent.slice(ballot?.[0].length ?? 0);
  const side = BALLOT_SIDE.exec(rest);
  const word = side?.[1]?.toLowerCase();
  if (!side || !word) return null;
  const object = ballotObjectOf(rest.slice(side[0].length));
  return {
    event: /^(?:reject|oppose|against)/.test(word) ? "voted against" : "voted for",
    ...(object ? { object } : {}),
  };
}

/** "would have controlled 34", "would have sent $1.4": a figure right after a counterfactual verb. */
const WOULD_HAVE_BEFORE =
  /\b(?:would|could|might)\s+have\s+(?:been\s+)?\p{L}+(?:\s+(?:about|around|roughly|nearly|almost|some|over|more\s+than|at\s+least|only|just))?\s+[$£€]?\s*$/iu;

function shareEventOf(clauseBefore: string, afterPercent: string): string | null {
  const group = SHARE_GROUP.exec(afterPercent)?.[1];
  if (!group || FUNCTION_WORD.test(group)) return null;
  const lower = clauseBefore.toLowerCase();
  const effect = SHARE_EFFECT_SUBJECT.exec(lower)?.[1] ?? SHARE_EFFECT_OBJECT.exec(lower)?.[1];
  if (!effect || effect.split(/\s+/).some((word) => FUNCTION_WORD.test(word))) return null;
  const words = effect.split(/\s+/);
  return `${[...words.slice(0, -1), singularNoun(words[words.length - 1]!)].join(" ")} among ${plural(singularNoun(group))}`;
}

function plural(noun: string): string {
  return noun.endsWith("y") ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** Words that open a span of time after "in"/"of", not a thing money is spent on. */
const SPAN_WORD =
  /^(?:the|a|an|its|their|this|that|last|past|first|second|third|fourth|one|two|three|four|six|nine|twelve|months?|years?|quarters?|weeks?|days?|half)$/i;
/**
 * What may stand between a range's ends: "30 to 40", "between 30 and 40", "£30 million to £40
 * million", "30-40", "5% to 7%", and two figures offered ("20 or 30 bars": one hedged claim). Never a
 * noun ("212 votes to 187" is a tally).
 */
const RANGE_NEXT =
  /^(\s*(?:%|percent|per cent))?\s*(?:(to|and|or)\s+|[-–]\s*)([$£€]\s*)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion|thousand)|(bn|mn|m)(?![\p{L}\p{N}]))?(?![\p{L}\p{N}]|[.,]\d)/u;

/**
 * Whether a figure opens a range, and where its high end starts after it: "between X and Y", "X to Y"
 * (not "from X to Y", a change, nor a move "rose X to Y") or "X-Y", with Y above X (a tally "5-4" or
 * a score is none) in the same unit (a percent only with a percent).
 */
function rangeHighOf(
  before: string,
  after: string,
  low: number,
  lowScale: string | undefined,
): { offset: number } | null {
  const next = RANGE_NEXT.exec(after);
  if (!next) return null;
  const [, percentLow, word, , highRaw, scaleWord, scaleLetter] = next;
  const scale = scaleWord ?? scaleLetter;
  if (word === "and" && !/\bbetween\s+(?:[$£€]\s*)?$/i.test(before)) return null;
  // "rose by 20 to 30", "from 20-30": a change and its level; "by 20 or 30" stays two figures offered.
  if (word !== "and" && word !== "or" && /\b(?:from|by)\s+(?:[$£€]\s*)?$/i.test(before)) return null;
  const moved = verbBefore(before);
  if (moved === "rose" || moved === "fell") return null;
  const high = Number(highRaw!.replace(/,/g, "")) * (scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1);
  const lowValue = scale && !lowScale ? low * (SCALE[scale.toLowerCase()] ?? 1) : low;
  if (!(high > lowValue) || high > lowValue * 10) return null;
  if (percentLow && !/^\s*(?:%|percent|per cent)/i.test(after.slice(next[0].length))) return null;
  return { offset: next[0].indexOf(highRaw!) };
}

/** Makes two figures one range: the low end reads as the high one does (its unit and event follow the high end). */
function joinRange(
  low: NumberMention,
  high: NumberMention,
  lowScale: string | undefined,
  highScale: string | undefined,
): void {
  if (highScale && !lowScale) {
    low.value *= SCALE[highScale.toLowerCase()] ?? 1;
    low.raw = highScale.length > 2 ? `${low.raw} ${highScale}` : `${low.raw}${highScale}`;
  }
  const range = { low: low.value, high: high.value, raw: `${low.raw} to ${high.raw}` };
  low.unit = high.unit;
  low.event = high.event ?? low.event;
  low.kind = high.kind;
  low.frame = high.frame;
  if (high.places.length > 0) low.places = high.places;
  if (high.period) low.period = high.period;
  if (high.owner) low.owner = high.owner;
  low.range = range;
  high.range = range;
}
