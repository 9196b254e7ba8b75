import type { Corroboration, DigestSentence } from "@roundup/prompts";
import type { Article } from "../../../model/index.js";
import { monthNamed, WEEKDAY_NAMES } from "../../../text/calendar-names.js";
import { escapeRegExp } from "../../../text/escape-reg-exp.js";
import { oncePerText } from "../../../text/once-per-text.js";
import { oncePerWord } from "../../../text/once-per-word.js";
import type { ArticleSentence } from "../../evidence/article-sentences.js";
import { datelineEnd } from "../../evidence/editorial-problem.js";
import { STOPWORDS, wordTokens } from "../../evidence/word-tokens.js";
import { sameVerbSense, verbAt, wordAlone } from "../../verify/reading/index.js";
import { ACT_PARTICLE, actsTold, mainClause, synonymFamilies, withPhrasesAsWords } from "../acts/index.js";
import { isOrganisationWord, TITLE_WORDS } from "../names/index.js";
import { numberWordsAsFigures, publishedDay, readDateExpressions } from "../reading/index.js";
import { outletOf } from "./independent-outlets.js";
import { storyRewrites } from "./rewritten-from.js";
import { rivalCountCarries } from "./rival-count.js";

/** Share of a statement's content (idf-weighted) a passage must state to carry its claim. */
const CARRIES = 0.6;
/** Share of the statement's content a passage telling the same event in other words must state (see tellsSameEvent). */
const EVENT_CARRIES = 0.35;
/** Share of a statement's names (people, places, organisations, days) the passage must name too. */
const NAMES_CARRIED = 0.67;

const NEGATION = /\b(?:not|no|nobody|never|none|neither|nor|without|refused|rejected|denied|declined)\b|n['’]t\b/i;
/**
 * A claim denied of everyone, however worded: "no one", "no-one" and "nobody" are one word, and "no
 * injuries" or "no deaths" tell that nobody was hurt or died ("Nobody was injured", "No one was hurt",
 * "There were no injuries" are one claim). Read before figures: "no one" counts nothing.
 */
function everyoneDenied(text: string): string {
  return text
    .replace(/\b(?:no[\s-]one|nobody)\b/giu, "nobody")
    .replace(/\bno\s+(?=(?:injuries|deaths)\b)/giu, "nobody ");
}
const DIGIT = /\d/;
/** A figure, not the digits of a road's, a model's or a code's name ("A48", "M25", "F16"). */
const NUMBER = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)*/gu;
/** Past forms of the families' verbs that do not end in "-ed". */
const IRREGULAR_PAST = new Set(["found", "hit", "struck", "won", "stole", "stolen", "hurt", "quit", "dies", "fell"]);
const RUNNING_TOTAL =
  /\b(?:since|so\s+far|in\s+total|to\s+date|now\s+(?:stands|totals|risen|reached)|have\s+now|has\s+now|had\s+now|by\s+(?:then|midday|noon|nightfall|the\s+end))\b/i;

/** Light stemming so "walked"/"walks"/"walking" and "talks"/"talk" match: news paraphrases reuse words, not forms. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** A stemmed word as its family's word ("injur" → "hurt"): two outlets' words for one event meet. */
const { family, isFamilyWord, isActFamily } = synonymFamilies(stem);

/** A month by its full name, however written ("Oct." → "october"): a wire's "Oct. 9" is "October 9". */
function fullMonth(month: string): string {
  return monthNamed(month) ?? month.toLowerCase();
}
const MONTH_ABBREVIATION = /^(?:jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

interface Claim {
  terms: Set<string>;
  /** Figures a passage must give too. */
  numbers: Set<string>;
  /** The noun a figure counts ("52000" → "passenger"): the same figure counting another thing is another claim. */
  counted: Map<string, string>;
  /** How far a hedged figure may be from the exact one ("about 36,000": 35,814 gives it). */
  rounded: Map<string, number>;
  /** Days of months ("June 3" → june: 3): a passage giving that month may leave the day out, not give another. */
  days: Map<string, string>;
  names: Set<string>;
  /**
   * A person's given name with their surname ("Philip Carraway": philip → carraway): a passage naming
   * the person by surname ("Carraway and another admissions officer") names them too.
   */
  bySurname: Map<string, string>;
  /** Every capitalised word, the sentence's first too: what a passage names (its first word may be a name). */
  named: Set<string>;
  negated: boolean;
  /** The families of the words telling what happened as a verb ("hurt", "gave way", "died"), not as a noun ("the collapse"). */
  happened: Set<string>;
  /** Whether its figures are a running total ("since Friday", "so far", "in total", "have now"). */
  runningTotal: boolean;
}

const MONTH =
  "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
/** "June 3", "Sept. 14": a day of a month. */
const DAY_OF_MONTH = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?!\\d|[.,]\\d)`, "gi");
/**
 * The same quantity in other units, in brackets after it ("£18.2m (about $23m)", "600 feet (183
 * meters)", "70km/h (43mph)"): an outlet's conversion, no figure another outlet must repeat.
 */
const CONVERSION =
  /(?<=\d[\d.,]*\s*[\p{L}/%]*\s*\((?:about|around|roughly|approximately|nearly|some|c\.)?\s*[$£€]?)\d[\d.,]*(?=[^()]{0,20}\))/giu;
/** Figures that place or describe rather than state: an age set off after a name ("Kovač, 27,"), a span
 * from another moment ("three days after", "two weeks later"). Another outlet need not repeat them. */
const INCIDENTAL_FIGURE = [
  /(?<=\p{Lu}[\p{L}’'-]+,\s+)(\d{1,3})(?=,)/gu,
  // An age told as an attribute ("the 24-year-old race leader", "an 84-year-old woman"): who, as the
  // age set off after a name is; another outlet may describe the person otherwise.
  /\b\d{1,3}(?=-years?-old\b)/gu,
  CONVERSION,
  /\b(\d+)(?=\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|later|before|earlier|ago|since)\b)/gi,
  // A time of day ("at 3.40pm", "shortly after 2pm") or a race named by its start ("the 3.10"): when
  // in the day, not what happened; another outlet telling the event need not give it.
  /\b\d{1,2}(?:[.:]\d{2})?(?=\s*(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}]))/giu,
  /(?<=\bthe\s)\d{1,2}[.:]\d{2}\b/giu,
  // A number naming a place or a thing of a series ("on deck 9", "at gate 12", "Flight 370"): which
  // one, not how many; another outlet telling the event may leave it out.
  /(?<=\b(?:deck|platform|gate|terminal|route|junction|exit|pier|berth|bay|ward|floor|level|runway|hole|lap|stage|round|chapter|page|flight|unit|block|room|row|seat|track)\s)\d{1,4}\b(?![.,]\d)/giu,
  // A distance placing the event ("about three miles from the course"): where, not what happened.
  /\b\d+(?:\.\d+)?(?=\s+(?:miles?|kilometres?|kilometers?|km|metres?|meters?|yards?|feet)\s+(?:from|away|north|south|east|west|outside|off|short)\b)/giu,
];

/** Where in a series, with its noun ("on deck 9", "at gate 12"): placement, no term another outlet must repeat. */
const PLACE_IN_SERIES =
  /\b(?:on|at|in|from)\s+(?:deck|platform|gate|terminal|junction|exit|pier|berth|bay|ward|floor|level|runway)\s+\d{1,4}\b(?![.,]\d)/giu;
/** An age as an attribute ("84-year-old"): incidental (see INCIDENTAL_FIGURE), so neither are its words terms. */
const AGE_ATTRIBUTE = /\b\d{1,3}-years?-old\b/gu;
/** A participle closing a hyphenated compound ("gasoline-powered", "state-owned"): an attribute, never an act. */
const COMPOUND_PARTICIPLE = /(?<=[\p{L}\d])-[\p{L}]+(?:ed|en)\b/gu;

/** A hedge before a round figure: "about 36,000", "nearly 300". */
const HEDGED = /\b(?:about|around|roughly|approximately|nearly|almost|some)\s+[$£€]?$/i;
/** The most a hedged figure is taken to round off, as a share of itself (as disagreements read it). */
const MAX_ROUNDING = 0.08;

/** Half a step of a round figure's last non-zero digit, at most MAX_ROUNDING of it; 0 for one with no zeros to round. */
function roundingOf(figure: string): number {
  if (figure.includes(".")) return 0;
  const zeros = figure.length - figure.replace(/0+$/, "").length;
  const value = Number(figure);
  return zeros === 0 ? 0 : Math.min(10 ** zeros / 2, value * MAX_ROUNDING);
}

/** The passage's figure a claim's figure stands for: itself, or one within a hedged figure's rounding. */
function givenAs(figure: string, claim: Claim, passage: Claim): string | null {
  if (passage.numbers.has(figure)) return figure;
  const tolerance = claim.rounded.get(figure);
  if (tolerance === undefined) return null;
  const value = Number(figure);
  for (const other of passage.numbers) if (Math.abs(Number(other) - value) <= tolerance) return other;
  return null;
}

/** The noun right after a figure (past a scale word): "52,000 passengers", "1.2 million doses". */
const COUNTED_NOUN = /^(?:\s+(?:million|billion|thousand))?\s+(\p{L}{3,})\b/iu;

/** A word's term in a claim, or null for none; read once per word, as every sentence of a story is read. */
const termOfWord = oncePerWord((token: string): string | null => {
  // "the escalator's last inspection" speaks of the escalator.
  const word = token.replace(/['’]s?$/, "");
  if (STOPWORDS.has(word) || word.length <= 1 || /^\d/.test(word)) return null;
  return family(stem(MONTH_ABBREVIATION.test(word) ? fullMonth(word) : word));
});

function claimOf(sentence: string): Claim {
  // A wire dateline ("BRAMFORD, May 9 (MPA) - ") is no part of the claim: its day is no figure a paper must repeat.
  const text = numberWordsAsFigures(
    everyoneDenied(sentence.slice(datelineEnd(sentence.trimStart()) + sentence.length - sentence.trimStart().length)),
  );
  // "…, according to its owner, Fellside Water": who gives the claim is no part of it (named seldom
  // alike by two outlets), so its words and names are not asked of a passage.
  // Each pattern below needs a literal its sentences seldom hold ("according", a digit, a hyphen):
  // tested first, as most sentences hold none and the patterns are tried from every comma or word.
  const stated = text.includes("according") ? text.replace(ATTRIBUTION_TAIL, "") : text;
  const hasDigit = DIGIT.test(text);
  const unaged = hasDigit ? stated.replace(AGE_ATTRIBUTE, " ") : stated;
  // "a gasoline-powered truck": one descriptor, weighed once.
  const described = unaged.includes("-") ? unaged.replace(COMPOUND_PARTICIPLE, "") : unaged;
  const plain = hasDigit ? described.replace(PLACE_IN_SERIES, " ") : described;
  // Most sentences hold none of those: their words are read once for terms and acts alike.
  const statedTokens = wordTokens(withPhrasesAsWords(stated));
  const terms = new Set(
    (plain === stated ? statedTokens : wordTokens(withPhrasesAsWords(plain)))
      .map(termOfWord)
      .filter((term) => term !== null),
  );
  // "At the weekend" tells a Saturday or a Sunday: the days of the week a wire names where a paper
  // writes the weekend (see sameOccasion).
  if (WEEKEND.test(stated)) for (const day of ["saturday", "sunday"]) terms.add(day);
  const days = new Map<string, string>();
  const incidental = new Set<number>();
  // Every figure and day pattern needs a digit: most sentences have none, and skip a dozen patterns.
  if (hasDigit) {
    for (const match of text.matchAll(DAY_OF_MONTH)) {
      days.set(fullMonth(match[1]!), match[2]!);
      incidental.add(match.index + match[0].length - match[2]!.length);
    }
    for (const pattern of INCIDENTAL_FIGURE) {
      // Its lookbehind is tried at every figure: a sentence with no bracket cannot hold a conversion.
      if (pattern === CONVERSION && !text.includes("(")) continue;
      for (const match of text.matchAll(pattern)) incidental.add(match.index);
    }
  }
  const figures = hasDigit ? [...text.matchAll(NUMBER)].filter((match) => !incidental.has(match.index)) : [];
  const numbers = new Set(figures.map((match) => match[0].replace(/,/g, "")));
  const rounded = new Map<string, number>();
  for (const match of figures) {
    if (!HEDGED.test(text.slice(0, match.index))) continue;
    const figure = match[0].replace(/,/g, "");
    const tolerance = roundingOf(figure);
    if (tolerance > 0) rounded.set(figure, tolerance);
  }
  // A figure with the noun it counts ("52,000 passengers") is one term of the claim, as specific as
  // a rare word: two outlets giving that count of that thing carry the claim whatever verb they put
  // round it ("affected about 52,000 passengers", "left about 52,000 passengers stranded").
  const counted = new Map<string, string>();
  for (const match of figures) {
    const noun = COUNTED_NOUN.exec(text.slice(match.index + match[0].length))?.[1]?.toLowerCase();
    if (!noun || STOPWORDS.has(noun)) continue;
    const figure = match[0].replace(/,/g, "");
    counted.set(figure, family(stem(noun)));
    terms.add(`${figure} ${family(stem(noun))}`);
  }
  // Capitalised words not opening a sentence: the names a claim is about.
  const names = new Set(
    [
      ...(SAYING_END.test(stated) ? stated.replace(SAID_TAIL, "") : stated).matchAll(
        /(?<![.!?]\s|^|["“‘])\b([A-Z][\p{L}’'-]+)/gu,
      ),
    ]
      .map((match) => match[1]!.replace(/['’]s$/, "").toLowerCase())
      .filter((name) => !STOPWORDS.has(name)),
  );
  const named = new Set(
    [...text.matchAll(/\b(\p{Lu}[\p{L}’'-]+)/gu)].map((match) => match[1]!.replace(/['’]s$/, "").toLowerCase()),
  );
  const bySurname = new Map<string, string>();
  for (const match of text.matchAll(NAME_RUN)) {
    const tokens = match[0].split(/\s+/);
    // "Ashcombe University", "Harvard Medical School's Healthy Sleep": an organisation's or a place's
    // name, or a possessive run, no person's; and only the given name right before the surname.
    if (tokens.some((token) => isOrganisationWord(token.replace(/['’]s$/, "")) || /['’]s?$/.test(token))) continue;
    const [given, surname] = tokens.slice(-2) as [string, string];
    if (TITLE_WORDS.has(given.toLowerCase())) continue;
    bySurname.set(stem(given.toLowerCase()), surname.toLowerCase());
  }
  return {
    terms,
    numbers,
    counted,
    rounded,
    days,
    names,
    named,
    bySurname,
    negated: NEGATION.test(text),
    runningTotal: RUNNING_TOTAL.test(text),
    happened: new Set(
      statedTokens
        .filter((word) => /ed$/.test(word) || IRREGULAR_PAST.has(word))
        .map((word) => family(stem(word)))
        .filter(isFamilyWord),
    ),
  };
}

/** The weekend as a time ("at the weekend", "over the weekend", "last weekend"), not a thing ("weekend rail works"). */
const WEEKEND = /\b(?:the|this|last|that)\s+weekend\b(?!\s+(?!of\b)[\p{L}])/iu;

/** A closing attribution: "…, according to its owner, Fellside Water.", "…, according to the Delta Wire". */
const ATTRIBUTION_TAIL = /,\s+according\s+to\s+[^,;:“”"]+(?:,\s+[^,;:“”"]+)?[.!]?\s*$/u;

/**
 * A closing sayer: "…, the Energy Markets Regulator said on Friday.", "…, Westmoor Fire and Rescue
 * Service said.": another outlet telling the claim names the sayer its own way ("the regulator
 * announced on Friday"), so its names are not asked of a passage (its words still weigh, as any
 * term does). At most five words, no clause.
 */
const SAID_TAIL =
  /,\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+\s+(?:said|says|announced|confirmed)(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?[.!]?\s*$/u;

/** How SAID_TAIL ends, tested first: its words before the verb are tried from every comma. */
const SAYING_END =
  /(?:said|says|announced|confirmed)(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?[.!]?\s*$/u;

/** Capitalised words in a run: "Philip Carraway", "Dean Philip Carraway". */
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)+/gu;

/**
 * A subordinate clause closing a statement after its main clause: ", closing beaches and keeping
 * fishing boats in port", ", with cars, wine and farm goods still dividing them". Never "according
 * to" (an attribution) nor a clause set off inside the subject ("Ventura County, California,").
 */
const SUBORDINATE_TAIL =
  /,\s+(?:with|after|while|leaving|(?!according\b|including\b|during\b|following\b)[a-z]{3,}ing)\s/;
/** The share of a statement's content its main clause must hold to stand for it. */
const CORE_SHARE = 0.6;

/**
 * The claim of a statement's main clause, when a subordinate clause closes it: an outlet stating the
 * main clause in its own words, with every figure, day and (most) names of the whole statement,
 * carries it though it leaves the subordinate detail out ("Oil … began washing ashore in Ventura County
 * on Saturday" carries "Crude oil … washed ashore on Saturday, closing beaches and keeping fishing
 * boats in port"). Null when there is no such clause or the main clause is too little of the whole.
 */
function coreOf(statement: string, whole: Claim, idf: (term: string) => number): Claim | null {
  const tail = SUBORDINATE_TAIL.exec(statement);
  if (!tail) return null;
  const core = claimOf(statement.slice(0, tail.index));
  let total = 0;
  let kept = 0;
  for (const term of whole.terms) {
    total += idf(term);
    if (core.terms.has(term)) kept += idf(term);
  }
  if (total === 0 || kept / total < CORE_SHARE) return null;
  return { ...whole, terms: core.terms };
}

/**
 * Whether a passage states the claim: most of its content (idf-weighted), every number, most names,
 * and the same polarity ("did not walk out" does not carry "walked out"). Sharing some words is not enough.
 */
/**
 * The corroboration with the outlets counted that give another count of the statement's figure
 * (the prompts schema's `otherFigures`, spelt out here for builds whose schema predates it).
 */
export type CorroborationWithFigures = Corroboration & {
  otherFigures?: Array<{ articleId: string; figure: string; instead: string }>;
};

/** How a passage carries a claim: the claim's figures it gives another count of ("14" as "12"). */
interface Carried {
  otherFigures: Array<{ figure: string; instead: string }>;
}

/**
 * The passage's figure for each of the claim's (itself, a rounding of it, or another count of the same
 * thing), with the other counts listed; null when a figure, a counted thing or a day of a month differs.
 */
function figuresGiven(
  claim: Claim,
  passage: Claim,
  otherCounts = true,
): { given: Map<string, string>; otherFigures: Carried["otherFigures"] } | null {
  // "About 36,000 runners finished" is carried by "35,814 runners finished": a hedged round figure
  // is given by the exact one it rounds.
  const given = new Map<string, string>();
  const otherFigures: Carried["otherFigures"] = [];
  for (const number of claim.numbers) {
    const rounded = givenAs(number, claim, passage);
    const figure = rounded ?? (otherCounts ? otherCount(number, claim, passage) : null);
    if (figure === null) return null;
    if (rounded === null) otherFigures.push({ figure: number, instead: figure });
    given.set(number, figure);
  }
  // "40,000 homes" and "40,000 trees" differ; "4 trapped miners" and "4 miners" do not (either noun is in the other).
  for (const [figure, noun] of claim.counted) {
    const other = passage.counted.get(given.get(figure) ?? figure);
    if (other && other !== noun && !passage.terms.has(noun) && !claim.terms.has(other)) return null;
  }
  for (const [month, day] of claim.days) {
    const given = passage.days.get(month);
    if (given !== undefined ? given !== day : !passage.terms.has(month) && !passage.terms.has(stem(month))) return null;
  }
  return { given, otherFigures };
}

/**
 * The share of a claim's content (idf-weighted) a passage states: its terms, a given name where the
 * passage gives the surname, a figure as the passage gives it, and any terms told otherwise (an act
 * by its noun); null for a claim with no content.
 */
function coveredShare(
  claim: Claim,
  passage: Claim,
  idf: (term: string) => number,
  given: ReadonlyMap<string, string>,
  toldOtherwise: ReadonlySet<string> = new Set(),
): number | null {
  let total = 0;
  let covered = 0;
  for (const term of claim.terms) {
    const weight = idf(term);
    total += weight;
    const surname = claim.bySurname.get(term);
    if (
      passage.terms.has(term) ||
      toldOtherwise.has(term) ||
      (surname && passage.named.has(surname)) ||
      passage.terms.has(exactTerm(term, given))
    )
      covered += weight;
  }
  return total === 0 ? null : covered / total;
}

function carries(
  claim: Claim,
  passage: Claim,
  idf: (term: string) => number,
  { inOtherWords = true, ledeDays = NO_DAYS }: { inOtherWords?: boolean; ledeDays?: ReadonlySet<string> } = {},
): Carried | null {
  const figures = figuresGiven(claim, passage);
  if (figures === null) return null;
  const { given, otherFigures } = figures;
  if (claim.negated !== passage.negated) return null;
  const share = coveredShare(claim, passage, idf, given);
  if (share === null) return null;
  // Another count of the claim's figure stands for it only in a passage telling the same event: a
  // fleet of 62 buses is not carried by "destroyed 19 buses" however many words they share.
  if (otherFigures.length === 0 && share >= CARRIES && namesCarried(claim, passage)) return { otherFigures };
  // Two sentences read together share words by chance: only one sentence may tell the event in other words.
  return inOtherWords && share >= EVENT_CARRIES && tellsSameEvent(claim, passage, ledeDays) ? { otherFigures } : null;
}

/** Whether a passage names most of what the claim names (people, places, organisations, days). */
function namesCarried(claim: Claim, passage: Claim): boolean {
  if (claim.names.size === 0) return true;
  let named = 0;
  for (const name of claim.names) {
    const surname = claim.bySurname.get(stem(name));
    if (passage.named.has(name) || passage.terms.has(family(stem(name))) || (surname && passage.named.has(surname)))
      named += 1;
  }
  return named / claim.names.size >= NAMES_CARRIED;
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const NO_DAYS: ReadonlySet<string> = new Set();
const ORDINAL = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|another|more|further)$/;

/**
 * The days of the week a passage tells by their distance from its article's publication day
 * ("yesterday", "last night", "this afternoon", "two days ago", "on August 10"), read as the timeline
 * reads them (see readDateExpressions): Sunday's paper's "the agreement reached yesterday" tells
 * Saturday's agreement, Wednesday's "the vote last night" Tuesday's vote. Not the day something was
 * said ("the prefecture said on Thursday"), a day only recalled or one still to come. Null when it
 * tells none so, or its article is undated.
 */
function daysSaidRelatively(text: string, article: Article): ReadonlySet<string> | null {
  const published = publishedDay(article);
  if (published === null) return null;
  const days = new Set<string>();
  for (const expression of readDateExpressions(text, published))
    if (
      expression.relative &&
      expression.precision === "day" &&
      expression.date !== null &&
      !expression.background &&
      !expression.reporting &&
      !expression.prospective
    )
      days.add(WEEKDAY_NAMES[new Date(`${expression.date}T12:00:00Z`).getUTCDay()]!);
  return days.size > 0 ? days : null;
}

/** The days of the week a claim names. */
function weekdaysOf(claim: Claim): Set<string> {
  return new Set([...claim.terms].filter((term) => WEEKDAY.test(term)));
}

/**
 * Whether a passage tells the claim's occasion: the day of the week the claim gives, given by the
 * passage or, when it names none, by its article's first sentence ("on Saturday" in the lede, "the
 * meeting was abandoned" further down); and no other one of a series ("a fourth person has died" is
 * another one than those a passage telling the first three counts).
 */
function sameOccasion(claim: Claim, passage: Claim, ledeDays: ReadonlySet<string>): boolean {
  const claimDays = weekdaysOf(claim);
  const passageDays = weekdaysOf(passage);
  const days = passageDays.size > 0 ? passageDays : ledeDays;
  if (claimDays.size > 0 && ![...claimDays].some((day) => days.has(day))) return false;
  for (const term of claim.terms) if (ORDINAL.test(term) && !passage.terms.has(term)) return false;
  return true;
}

/**
 * Another outlet telling the same event in its own words and order: it says what happened with a
 * word of the same family (see news-act-families), gives no other day of the week, and shares something
 * the event is about beyond what happened (a name or a word no family holds: "escalator", "shield",
 * "stewards"). Its names may differ (a woman named in one outlet, "a woman" in the other), and less
 * of the wording is asked (EVENT_CARRIES): the figures, dates and polarity were checked before.
 */
function tellsSameEvent(claim: Claim, passage: Claim, ledeDays: ReadonlySet<string>): boolean {
  let shared = 0;
  let about = false;
  const fromNames = new Set([...claim.names].map((name) => family(stem(name))));
  for (const term of claim.terms) {
    if (WEEKDAY.test(term) || !passage.terms.has(term) || term.includes(" ")) continue;
    // "Braemar Mountain Rescue" names a team: no rescue is told by its name.
    if (isFamilyWord(term) && !fromNames.has(term)) shared += 1;
    else about = true;
  }
  if (!sameOccasion(claim, passage, ledeDays)) return false;
  // Every thing the claim says happened ("hurt in the collapse, died on Thursday"): a passage
  // telling the collapse and the hurt tells no death.
  return shared > 0 && [...claim.happened].every((verb) => fromNames.has(verb) || passage.terms.has(verb)) && about;
}

/**
 * Share of a main clause's content (idf-weighted) a passage must state to tell its proposition in
 * other words: more than half. Two passages that each state more than half of one clause share part
 * of it, so the outlets counted for one proposition never tell two halves of it that have nothing in common.
 */
const PROPOSITION_CARRIES = 0.5;

/** Verbs any news sentence may use, whatever happened: sharing one tells no act. */
const GENERIC_ACT = new Set([
  "said",
  "told",
  "stated",
  "added",
  "reported",
  "announced",
  "confirmed",
  "noted",
  "claimed",
  "showed",
  "made",
  "took",
  "taken",
  "had",
  "got",
  "gave",
  "given",
  "came",
  "went",
  "put",
  "set",
  "saw",
  "seen",
  "used",
  "called",
  "included",
  "involved",
  "remained",
  "expected",
  "based",
  "described",
  "named",
  "listed",
  "released",
  "published",
  "issued",
  "brought",
  "held",
  "left",
  "kept",
  "asked",
  "wanted",
  "needed",
  "tried",
  "looked",
  "seemed",
  "appeared",
  "allowed",
  "hundred",
  "indeed",
  "related",
  "concerned",
  "owned",
]);
/** Past forms of common news verbs not in "-ed": an act, as "collapsed" is. */
const IRREGULAR_ACT = new Set([
  ...IRREGULAR_PAST,
  "broke",
  "broken",
  "rose",
  "risen",
  "shook",
  "lost",
  "sank",
  "sunk",
  "fled",
  "froze",
  "frozen",
  "beat",
  "beaten",
  "caught",
  "drove",
  "flew",
  "blew",
  "blown",
  "burnt",
  "burst",
  "cut",
  "shut",
  "spent",
  "spread",
  "sold",
  "paid",
  "swept",
  "threw",
  "tore",
  "torn",
  "chose",
  "chosen",
  "began",
  "begun",
  "sentenced",
]);
/** Words before an act that make it a plan, a hope or a possibility, not what happened ("can expel", "will reopen", "plans to close"). */
const PLANNED =
  /^(?:will|would|could|can|may|might|shall|should|must|plan|plans|planned|intend|intends|intended|aim|aims|hope|hopes|hoped|threaten|threatens|threatened|propose|proposes|proposed|expects|due|likely)$/;
/** How many words before an act a plan's word governs it ("will be asked to reopen"). */
const PLANNED_REACH = 3;
const YEAR = /^(?:19|20)\d\d$/;
/** Words after which an act's word describes a thing ("the leaked papers", "its flooded basement"). */
const ATTRIBUTIVE = /^(?:the|a|an|its|their|his|her|this|that|these|those|[\p{L}]+['’]s)$/u;

/**
 * The root a verb shares with its noun: "derailed", "derailment" → "derail"; "elected", "election" →
 * "elect"; a "-sion" noun meets its verb in "-d" or "-de" ("suspension", "suspended" → "suspen";
 * "collision", "collided" → "colli"), a "-mission" noun its verb in "-mit" ("admission", "admitted").
 */
const actRoot = oncePerWord(actRootOf);

function actRootOf(word: string): string {
  if (/\p{L}{2}missions?$/u.test(word)) return word.replace(/missions?$/, "mit");
  // A short stem before "-sion" is no verb's ("mansion", "pension", "session"): the noun keeps its "s".
  const sion = /^(\p{L}{4,})sions?$/u.exec(word);
  let root = sion ? sion[1]! : word.replace(/(?:ations?|ments?|ions?|ings?|ed|es|s|e)$/, "");
  if (root.length > 5) root = root.replace(/at$/, "");
  root = root.replace(/([b-df-hj-np-tv-z])\1$/, "$1");
  // Short roots keep their "d" ("land", "fund", "raid"): only a longer one is a "-sion" noun's verb.
  return root.length >= 6 && root.endsWith("d") ? root.slice(0, -1) : root;
}

/** Whether a word tells an act: a verb's past form or participle, or a word of an act's family ("the collapse"). */
function isAct(word: string): boolean {
  if (GENERIC_ACT.has(word) || STOPWORDS.has(word)) return false;
  return (word.length > 4 && /[^e]ed$/.test(word)) || IRREGULAR_ACT.has(word) || isActFamily(family(stem(word)));
}

/** What the proposition alignment reads of a passage: the acts' roots, those told as plans, its years. */
interface Reading {
  roots: Set<string>;
  /** The verbs its acts tell, as WordNet lemmas ("give_way"), each with its act's root. */
  verbs: Map<string, string>;
  planned: Set<string>;
  years: Set<string>;
  /** Whether its main clause denies its act (a contrast after it, ", not in an electric vehicle", denies another thing). */
  readonly negated: boolean;
}

/** A contrast closing a clause: ", not in an electric vehicle", ", not the council": it denies an alternative, not the act. */
const CONTRAST_TAIL = /,\s+(?:but\s+)?not\s+(?!only\b)[^,;:]*$/iu;

/** A verb's lemma ("broke" → "break"), read by the tagger, once a word. */
const lemmaOf = oncePerWord((word: string) => wordAlone(word).key);

/**
 * The noun a verb and its particle make, as news writes the act as a thing: "broke through" → "breakthrough",
 * "shut down" → "shutdown", "walked out" → "walkout", "a pile-up" (the hyphen cuts it into a pair too)
 * → "pileup". Null when the word is followed by no particle.
 */
function particleCompound(tokens: readonly string[], index: number): string | null {
  const particle = tokens[index + 1];
  const verb = tokens[index]!;
  if (particle === undefined || !ACT_PARTICLE.test(particle) || !/^\p{L}{2,}$/u.test(verb)) return null;
  return `${lemmaOf(verb)}${particle}`;
}

function readingOf(text: string): Reading {
  const tokens = wordTokens(withPhrasesAsWords(text));
  const roots = new Set<string>();
  const verbs = new Map<string, string>();
  const planned = new Set<string>();
  const years = new Set<string>();
  // The last plan's word before each token, kept as the tokens are read: no window of words rebuilt per token.
  let lastPlanned = Number.NEGATIVE_INFINITY;
  tokens.forEach((token, index) => {
    if (YEAR.test(token)) years.add(token);
    const root = actRoot(token);
    roots.add(root);
    const verb = isAct(token) ? verbAt(tokens, index) : null;
    if (verb !== null) verbs.set(verb, root);
    const compound = particleCompound(tokens, index);
    if (compound) roots.add(compound);
    if (index - lastPlanned <= PLANNED_REACH) planned.add(root);
    if (PLANNED.test(token)) lastPlanned = index;
  });
  // Read only when a passage gets that far in the alignment: most never do, and the clause costs a dozen patterns.
  let negated: boolean | undefined;
  return {
    roots,
    verbs,
    planned,
    years,
    get negated() {
      negated ??= NEGATION.test(mainClause(text.slice(datelineEnd(text.trimStart()))).replace(CONTRAST_TAIL, ""));
      return negated;
    },
  };
}

/**
 * A statement's main proposition (see mainClause): its claim, its acts (claim term → root), the last
 * words of the names it gives (a person named by surname elsewhere is the same participant), whether
 * it is told as a plan, and the years the whole statement gives. Null when the clause tells no act
 * but a generic one: then no alignment can tell the same event from the same people doing another thing.
 */
interface Proposition {
  claim: Claim;
  acts: Map<string, string>;
  /** The acts the clause tells as verbs, not as a thing's attribute ("the leaked papers"): each must be told. */
  required: Map<string, string>;
  /**
   * The timeline's strict families each act's word tells (see actsTold), by claim term: "halted" is
   * told by "stopped", "escaped" by "got out of", as the timeline takes them for one act.
   */
  strict: Map<string, ReadonlySet<number>>;
  /** The noun each act's verb makes with its particle, by claim term ("broke through": "breakthrough"). */
  compounds: Map<string, string>;
  /** Each act's verb as a WordNet lemma, by claim term ("gave way": "give_way"). */
  verbs: Map<string, string>;
  names: Set<string>;
  /** The terms of the doer, before the first act ("Western Lakes University and its graduate workers"). */
  doer: Set<string>;
  planned: boolean;
  years: Set<string>;
}

/**
 * A comparison set off after the clause's figure (", three minutes slower than the team's own
 * figure", ", 2 points higher than in May"): how the figure stands against another, which an outlet
 * telling the proposition need not repeat.
 */
const SET_OFF_COMPARISON =
  /,\s+(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+)?\d[\d.,]*\s+\p{L}+\s+(?:slower|faster|longer|shorter|more|less|fewer|higher|lower|earlier|later|above|below)\s+than\b[^,;:]*/giu;

function propositionOf(statement: string): Proposition | null {
  const clause = numberWordsAsFigures(mainClause(statement.slice(datelineEnd(statement.trimStart())))).replace(
    SET_OFF_COMPARISON,
    "",
  );
  const claim = claimOf(clause);
  const reading = readingOf(clause);
  const acts = new Map<string, string>();
  const required = new Map<string, string>();
  const strict = new Map<string, ReadonlySet<number>>();
  const compounds = new Map<string, string>();
  const verbs = new Map<string, string>();
  const tokens = wordTokens(withPhrasesAsWords(clause.replace(COMPOUND_PARTICIPLE, "")));
  tokens.forEach((token, index) => {
    // "rose to 27", "stood at 48,310": a verb bringing in a figure tells the figure, not an act.
    if (!isAct(token) || (/^(?:to|at|by)$/.test(tokens[index + 1] ?? "") && /^\d/.test(tokens[index + 2] ?? "")))
      return;
    const act: [string, string] = [family(stem(token.replace(/['’]s?$/, ""))), actRoot(token)];
    acts.set(...act);
    const families = actsTold(token);
    if (families.size > 0) strict.set(act[0], families);
    const compound = particleCompound(tokens, index);
    if (compound) compounds.set(act[0], compound);
    const verb = verbAt(tokens, index);
    if (verb !== null) verbs.set(act[0], verb);
    if (!ATTRIBUTIVE.test(tokens[index - 1] ?? "")) required.set(...act);
  });
  if (acts.size === 0 || claim.terms.size < 3) return null;
  const first = tokens.findIndex((token) => required.has(family(stem(token.replace(/['’]s?$/, "")))));
  const doer = new Set(
    first > 0 ? [...claimOf(tokens.slice(0, first).join(" ")).terms].filter((term) => claim.terms.has(term)) : [],
  );
  const names = new Set<string>();
  for (const match of clause.matchAll(NAME_RUN)) {
    const tokens = match[0].split(/\s+/).map((token) => token.replace(/['’]s$/, ""));
    if (match.index === 0 && tokens.length < 3) continue;
    names.add(tokens.at(-1)!.toLowerCase());
  }
  return {
    claim,
    acts,
    required,
    strict,
    compounds,
    verbs,
    names,
    doer,
    planned: [...acts.values()].some((root) => reading.planned.has(root)),
    years: readingOf(statement).years,
  };
}

const NO_ACTS: ReadonlyMap<string, string> = new Map();

/**
 * The root of the passage's act telling a proposition's act in other words (see sameVerbSense: "gave
 * way" for "collapsed", "stepped down" for "resigned"), or null when none does.
 */
function rootTellingSense(proposition: Proposition, term: string, reading: Reading): string | null {
  const verb = proposition.verbs.get(term);
  if (verb === undefined) return null;
  for (const [other, root] of reading.verbs) if (sameSense(`${verb}\n${other}`)) return root;
  return null;
}

/**
 * sameVerbSense of two lemmas joined by a line break, once a pair: each statement's verbs are asked of
 * every candidate passage's, and a story's passages repeat their verbs.
 */
const sameSense = oncePerWord((pair: string) => {
  const [verb = "", other = ""] = pair.split("\n");
  return sameVerbSense(verb, other);
});

/**
 * Whether a passage sharing a statement's words tells another act of the same people or things: its
 * main clause tells an act of its own, and it tells none of the statement's by word, noun or family
 * (the timeline's stricter families too: "stopped" for "halted"), nor the same count of the same
 * thing. "Extended the bus lane trial" shares every name of "suspended the bus lane trial"; what
 * happened is not the same.
 */
function tellsOtherAct(
  proposition: Proposition,
  passage: Claim,
  reading: Reading,
  passageActs: ReadonlyMap<string, string>,
  /** Asked last, as the passage's strict acts are read only for it. */
  sameFamily: () => boolean,
): boolean {
  if (proposition.required.size === 0 || passageActs.size === 0 || sameFamily()) return false;
  // The same count of the same thing carries the claim whatever verb it is told with (see claimOf).
  for (const [figure, noun] of proposition.claim.counted) if (passage.terms.has(`${figure} ${noun}`)) return false;
  return ![...proposition.acts].some(
    ([term, root]) =>
      passage.terms.has(term) || reading.roots.has(root) || rootTellingSense(proposition, term, reading) !== null,
  );
}

/** A relative clause in the past perfect: "the 46 streets where pest control officers had been called". */
const PAST_PERFECT_RELATIVE = /\b(?:where|which|that|who|whom|when)\s+(?:[^,;:]*?\s)?had\s+[^,;:]*/giu;

/**
 * Whether a passage tells the statement's acts only as background: in a relative clause in the past
 * perfect, pointing back to them, while its own clause tells another act ("Crews began with the 46
 * streets where pest control officers had been called" tells where collections began, not the callouts).
 */
function toldAsBackground(proposition: Proposition, text: string): boolean {
  if (proposition.required.size === 0) return false;
  const rest = text.replace(PAST_PERFECT_RELATIVE, " ");
  if (rest === text) return false;
  const passage = claimOf(rest);
  const reading = readingOf(rest);
  if ([...proposition.acts].some(([term, root]) => passage.terms.has(term) || reading.roots.has(root))) return false;
  return (propositionOf(rest)?.required.size ?? 0) > 0;
}

/**
 * Whether a passage tells the statement's acts at another time than it does: as a plan where the
 * statement tells what happened ("will reopen" for "reopened"), or the reverse.
 */
function tellsAnotherTime(proposition: Proposition, reading: Reading): boolean {
  const roots = [...proposition.acts].flatMap(([term, root]) => {
    if (reading.roots.has(root)) return [root];
    const other = rootTellingSense(proposition, term, reading);
    return other === null ? [] : [other];
  });
  if (roots.length === 0) return false;
  return roots.some((root) => reading.planned.has(root)) !== proposition.planned;
}

/** Whether a capitalised word may name a participant: not a day of the week nor a month. */
function isParticipant(name: string): boolean {
  return !WEEKDAY.test(name) && monthNamed(name) === null;
}

/**
 * Whether a passage tells a statement's main proposition in its own words, by a weighted alignment:
 * the same acts (a word of their family or the verb's noun: "derailed", "the derailment"), told as
 * what happened if the statement tells them so (no plan for an outcome, nor the reverse); a name the
 * statement gives, when it gives one; every figure of the main clause, as given or rounded (another
 * count is a rival claim, and a passage in other words giving it is too weak a match to list it as
 * one); the same polarity and occasion, no year of another time; and more than half of the clause's
 * content, idf-weighted, an act counted where told by its noun.
 */
function carriesProposition(
  proposition: Proposition,
  passage: Claim,
  reading: Reading,
  idf: (term: string) => number,
  ledeDaysOf: () => ReadonlySet<string>,
  passageActsOf: () => ReadonlySet<number>,
): Carried | null {
  const { claim } = proposition;
  const toldInWords = ([term, root]: [string, string]) =>
    passage.terms.has(term) ||
    reading.roots.has(root) ||
    reading.roots.has(proposition.compounds.get(term) ?? root) ||
    [...(proposition.strict.get(term) ?? [])].some((family) => passageActsOf().has(family));
  const told = (act: [string, string]) => toldInWords(act) || rootTellingSense(proposition, act[0], reading) !== null;
  const acted = [...proposition.acts].filter(told);
  if (acted.length === 0 || ![...proposition.required].every(told) || tellsAnotherTime(proposition, reading))
    return null;
  // An act told only in another verb of its sense ("scheduled", "planned") is the claim's only when
  // told of something the claim names besides its acts and its day: "a vigil was being planned for
  // Wednesday" tells no "autopsy … scheduled for Wednesday".
  if (
    !acted.some(toldInWords) &&
    ![...claim.terms].some((term) => passage.terms.has(term) && !proposition.acts.has(term) && !WEEKDAY.test(term))
  )
    return null;
  // A passage naming none of the clause's participants tells of them by description ("the tentative
  // agreement"), unless it names others of its own: then it tells of them. A day or a month it
  // names ("on Monday") tells when, not who.
  if (
    proposition.names.size > 0 &&
    [...passage.names].some(isParticipant) &&
    ![...proposition.names].some((name) => passage.named.has(name))
  )
    return null;
  if ([...reading.years].some((year) => !proposition.years.has(year))) return null;
  if (claim.negated !== reading.negated) return null;
  const ledeDays = ledeDaysOf();
  if (!sameOccasion(claim, passage, ledeDays)) return null;
  const figures = figuresGiven(claim, passage, false);
  if (figures === null) return null;
  // A passage naming nobody may leave the doer unsaid ("the tentative agreement reached yesterday"): an
  // absent role is no mismatch, so the share is of what it tells, the act, its object and its time.
  // The claim's day told by the passage's "yesterday" or its article's lede (see sameOccasion) is told:
  // a paper writes "yesterday" where the wire names the day.
  const toldOtherwise = new Set([
    ...acted.map(([term]) => term),
    ...[...weekdaysOf(claim)].filter((day) => ledeDays.has(day)),
  ]);
  const unsaid =
    ![...passage.names].some(isParticipant) &&
    ![...proposition.doer].some((term) => passage.terms.has(term)) &&
    proposition.doer.size > 0;
  const share = coveredShare(
    unsaid ? { ...claim, terms: new Set([...claim.terms].filter((term) => !proposition.doer.has(term))) } : claim,
    passage,
    idf,
    figures.given,
    toldOtherwise,
  );
  return share !== null && share > PROPOSITION_CARRIES ? { otherFigures: figures.otherFigures } : null;
}

/** Nouns of measure after a figure ("82 percent", "£88 million"): a share or a sum, not a count of things. */
const UNIT_NOUN =
  /^(?:percent|per|cent|pound|dollar|euro|million|billion|thousand|point|degree|mile|kilometre|kilometer|metre|meter|hour|day|week|month|year|minute|second)$/;
/** How far apart two outlets' counts of one thing may be: rival counts differ by a little (14 and 12), not by orders. */
const RIVAL_RATIO = 2;

/**
 * Another count of the thing a claim's figure counts, where the passage gives no count of it the
 * claim gives: "Twelve people were injured" tells the event "Fourteen people were hurt" tells, with
 * its own count. Only a counted noun's figure, never a bare one (a year, a price, a score).
 */
function otherCount(figure: string, claim: Claim, passage: Claim): string | null {
  const noun = claim.counted.get(figure);
  // A running total ("arrested since Friday", "so far", "have now") counts another span than a
  // count of one event: neither stands for the other.
  if (noun === undefined || claim.runningTotal || passage.runningTotal) return null;
  if (UNIT_NOUN.test(noun)) return null;
  const value = Number(figure);
  for (const [other, counted] of passage.counted) {
    const ratio = Number(other) / value;
    if (
      counted === noun &&
      !claim.numbers.has(other) &&
      !/\./.test(other) &&
      ratio <= RIVAL_RATIO &&
      ratio >= 1 / RIVAL_RATIO
    )
      return other;
  }
  return null;
}

/** A figure-and-noun term ("36000 runner") as the passage's exact figure gives it ("35814 runner"). */
function exactTerm(term: string, given: ReadonlyMap<string, string>): string {
  const space = term.indexOf(" ");
  const figure = space > 0 ? given.get(term.slice(0, space)) : undefined;
  return figure ? `${figure}${term.slice(space)}` : term;
}

function merge(a: Claim, b: Claim): Claim {
  return {
    terms: new Set([...a.terms, ...b.terms]),
    numbers: new Set([...a.numbers, ...b.numbers]),
    counted: new Map([...b.counted, ...a.counted]),
    rounded: new Map([...b.rounded, ...a.rounded]),
    days: new Map([...a.days, ...b.days]),
    names: new Set([...a.names, ...b.names]),
    named: new Set([...a.named, ...b.named]),
    bySurname: new Map([...b.bySurname, ...a.bySurname]),
    negated: a.negated || b.negated,
    runningTotal: a.runningTotal || b.runningTotal,
    happened: new Set([...a.happened, ...b.happened]),
  };
}

/**
 * Each outlet of the story by name, with how a sentence credits it for what it says: "…, Continental
 * Press Agency reported", "according to the National Wire Service". A sentence crediting another
 * outlet of the story relays that outlet's claim (a rewrite the near-duplicate check missed), so it
 * counts as that outlet.
 */
function creditPatterns(articles: readonly Article[], byId: ReadonlyMap<string, Article>) {
  const patterns = new Map<string, { pattern: RegExp; article: Article }>();
  for (const article of articles) {
    const outlet = outletOf(article, byId);
    if (!outlet.name || patterns.has(outlet.key)) continue;
    const name = escapeRegExp(outlet.name.replace(/^the\s+/i, ""));
    patterns.set(outlet.key, {
      pattern: new RegExp(
        `(?:according to (?:the\\s+)?${name}\\b|\\b${name}\\s+(?:has\\s+)?(?:reported|reports|said|says|first reported)\\b)`,
        "i",
      ),
      article,
    });
  }
  // A paper's copy closing on an agency's credit line already counts as the agency (see outletOf).
  return (sentence: string, own: Article): Article => {
    const ownKey = outletOf(own, byId).key;
    for (const [key, { pattern, article }] of patterns) if (key !== ownKey && pattern.test(sentence)) return article;
    return own;
  };
}

interface StoryClaims {
  claims: Claim[];
  documentFrequency: Map<string, number>;
  /** Which sentences use each term, so a statement is compared only with sentences that share enough of its weighted terms to possibly carry it. */
  postings: Map<string, number[]>;
  /** What the proposition alignment reads of each sentence, read once per text when first asked. */
  reading: (text: string) => Reading;
  /** The acts each sentence's main clause tells (see propositionOf), read once per text when first asked. */
  mainActs: (text: string) => ReadonlyMap<string, string>;
  /** The act families each sentence tells at the strict level (see actsTold), read once per text when first asked. */
  strictActs: (text: string) => ReadonlySet<number>;
}

/** The story's sentences read as claims, once per sentence list (a digest corroborates its summary and its key points). */
const claimsOfStory = new WeakMap<readonly ArticleSentence[], StoryClaims>();

function storyClaims(sentences: readonly ArticleSentence[]): StoryClaims {
  const known = claimsOfStory.get(sentences);
  if (known) return known;
  // Rewrites repeat sentences: each text is read once (equal texts share their claim, never changed).
  const read = oncePerText(claimOf);
  const claims = sentences.map((item) => read(item.sentence.text));
  const documentFrequency = new Map<string, number>();
  const postings = new Map<string, number[]>();
  claims.forEach((claim, index) => {
    for (const term of claim.terms) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const story = {
    claims,
    documentFrequency,
    postings,
    reading: oncePerText(readingOf),
    mainActs: oncePerText((text: string) => propositionOf(text)?.required ?? NO_ACTS),
    strictActs: oncePerText(actsTold),
  };
  claimsOfStory.set(sentences, story);
  return story;
}

/** Sentences shorter than this many words are too short to tell a copy from two outlets' plain wording. */
const COPY_MIN_WORDS = 12;
/**
 * Share of the shorter sentence's words that must run on, in one stretch and in order, in the longer
 * one: a copy, give or take an attribution. A paraphrase that reorders its clauses shares each
 * clause's words but never most of the sentence in one run.
 */
const COPY_SHARE = 0.7;

/**
 * The longest run of words two sentences share, in order. Two rows of counts, reused: it runs for
 * pairs of sentences of every claim, and a new row per word was most of its cost.
 */
function longestSharedRun(first: readonly string[], second: readonly string[]): number {
  let best = 0;
  let previous = new Int32Array(second.length + 1);
  let current = new Int32Array(second.length + 1);
  for (const word of first) {
    for (let index = 0; index < second.length; index += 1) {
      const run = second[index] === word ? previous[index]! + 1 : 0;
      current[index + 1] = run;
      if (run > best) best = run;
    }
    [previous, current] = [current, previous];
  }
  return best;
}

function isCopy(a: string, b: string): boolean {
  // A wire's dateline ("ANTWERP, Belgium (Reuters) —") is no part of what a paper copies.
  const [first, second] = [a, b].map((text) => wordTokens(text.slice(datelineEnd(text)))) as [string[], string[]];
  const shorter = Math.min(first.length, second.length);
  if (shorter < COPY_MIN_WORDS) return false;
  return longestSharedRun(first, second) >= COPY_SHARE * shorter || isReordered(first, second);
}

/** Share of each sentence's words the other must hold for a copy with its clauses moved. */
const REORDERED_SHARE = 0.9;

/**
 * A copy whose clauses were moved ("…, prosecutors said, two days after the raid" → "…, two days
 * after the raid, prosecutors said"; "Antwerp's Kessler Museum" → "the Kessler Museum in Antwerp"):
 * nearly every word of each sentence is in the other. Two outlets writing in their own words never
 * share nine words in ten of a long sentence.
 */
function isReordered(first: readonly string[], second: readonly string[]): boolean {
  const held = (words: readonly string[], other: ReadonlySet<string>) =>
    words.filter((word) => other.has(word)).length / words.length;
  return held(first, new Set(second)) >= REORDERED_SHARE && held(second, new Set(first)) >= REORDERED_SHARE;
}

/**
 * Outlets that only relay another's words: every sentence of theirs carrying the claim is a copy
 * of one of an outlet kept (the first outlet counted of each set of copies stays). Outlets counted
 * by a verified citation alone have no sentence here and always stay.
 */
function copiedOutlets(carriers: ReadonlyMap<string, string[]>, outlets: ReadonlyMap<string, string>): string[] {
  const kept: string[] = [];
  const copied: string[] = [];
  for (const key of outlets.keys()) {
    const own = carriers.get(key);
    const relays =
      own !== undefined &&
      own.length > 0 &&
      own.every((text) => kept.some((other) => (carriers.get(other) ?? []).some((source) => isCopy(text, source))));
    if (relays) copied.push(key);
    else kept.push(key);
  }
  return copied;
}

/**
 * How many independent outlets carry each statement's claim: an outlet counts when one of its
 * sentences (or two neighbouring ones) states it, or when the statement cites it and the
 * verifier found the citation supports it.
 *
 * What "carries the claim" means, as an editor reads it: the passage tells the statement's main event
 * (what happened), on its day (no other day of the week, no other date), about the same people or
 * things, with the same polarity. Either in much the same words (most of the content, most of the
 * names), or in its own words and order (see tellsSameEvent): "hurt" for "injured", "called off" for
 * "abandoned", "an inspection" for "inspectors certified", a woman described where the other outlet
 * names her. Every figure must be given, but for a time of day, a distance placing the event, an
 * age set off after a name; another count of the same thing is listed in `otherFigures` so the
 * disagreement is not hidden, and counted only when both are plain counts of the same act ("12
 * people injured" for "14 people hurt": the event, not the figure), never against a limit ("at least
 * 58"; see rivalCountCarries). It never carries: a passage merely naming the same place or people for another event,
 * one telling only part of what the statement says happened (the collapse, not the death after it),
 * a running total for one event's count, another outlet's copy or rewrite of a counted sentence. A near-duplicate counts as its original's outlet and
 * two articles of one outlet count once, and a sentence crediting another outlet of the story ("…,
 * Continental Press Agency reported") counts as that outlet, so rewrites never count twice. `articleIds` lists one
 * article per outlet (the cited one first).
 */
export function corroborate<T extends DigestSentence>(
  statements: readonly T[],
  articles: readonly Article[],
  sentences: readonly ArticleSentence[],
): Array<T & { corroboration: CorroborationWithFigures }> {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const creditedOutlet = creditPatterns(articles, byId);
  const { claims, documentFrequency, postings, reading, mainActs, strictActs } = storyClaims(sentences);
  // An uncredited rewrite of another outlet's article speaks for that outlet (see rewrittenFrom).
  const rewritten = storyRewrites(sentences, byId);
  const original = (article: Article) => rewritten.get(article.id) ?? article;
  // The days each article's first sentence names: when the rest of it happened, unless a sentence says otherwise.
  const ledeDays = new Map<Article, Set<string>>();
  sentences.forEach((item, index) => {
    if (!ledeDays.has(item.article)) ledeDays.set(item.article, weekdaysOf(claims[index]!));
  });
  const idf = (term: string) => Math.log((1 + claims.length) / (1 + (documentFrequency.get(term) ?? 0))) + 1;

  return statements.map((statement) => {
    const claim = claimOf(statement.text);
    const core = coreOf(statement.text, claim, idf);
    const proposition = propositionOf(statement.text);
    const statementActs = actsTold(statement.text);
    const outlets = new Map<string, string>();
    const add = (told: Article) => {
      const article = original(told);
      const outlet = outletOf(article, byId);
      if (!outlets.has(outlet.key))
        outlets.set(
          outlet.key,
          article.duplicateOf && byId.has(article.duplicateOf) ? article.duplicateOf : article.id,
        );
    };
    if (statement.verification?.status === "verified") {
      for (const citation of statement.citations) {
        const article = byId.get(citation.articleId);
        if (article) add(article);
      }
    }
    let total = 0;
    // The weight of the statement's terms each sentence uses (every idf is at least 1: 0 is none).
    const covered = new Float64Array(sentences.length);
    const candidates: number[] = [];
    const cover = (index: number, weight: number) => {
      if (covered[index] === 0) candidates.push(index);
      covered[index] = covered[index]! + weight;
    };
    for (const term of claim.terms) {
      const weight = idf(term);
      total += weight;
      const posted = postings.get(term) ?? [];
      // A given name or title counts where the surname is given ("Carraway and another admissions officer").
      const surname = postings.get(stem(claim.bySurname.get(term) ?? ""));
      if (surname) for (const index of new Set([...posted, ...surname])) cover(index, weight);
      else for (const index of posted) cover(index, weight);
    }
    candidates.sort((a, b) => a - b);
    // A counted figure's term may be given as another count of the same thing (see otherCount): its
    // weight can be covered by sentences the postings do not show.
    let countedWeight = 0;
    for (const [figure, noun] of claim.counted) countedWeight += idf(`${figure} ${noun}`);
    // Equal texts share their claim (see storyClaims): whether it carries the statement is asked once.
    const carriesClaim = new Map<Claim, Carried | null>();
    const carriesCore = new Map<Claim, Carried | null>();
    const carriedBySentence = (passage: Claim, article: Article) => {
      let carried = carriesClaim.get(passage);
      if (carried === undefined) {
        carried = carries(claim, passage, idf, { ledeDays: ledeDays.get(article) ?? NO_DAYS });
        carriesClaim.set(passage, carried);
      }
      return carried;
    };
    const carriedByCore = (passage: Claim, article: Article) => {
      if (core === null) return null;
      let carried = carriesCore.get(passage);
      if (carried === undefined) {
        carried = carries(core, passage, idf, { ledeDays: ledeDays.get(article) ?? NO_DAYS });
        carriesCore.set(passage, carried);
      }
      return carried;
    };
    // The sentences that carry the claim, by outlet: an outlet whose every one is another outlet's
    // sentence copied word for word relays that outlet (a rewrite the near-duplicate check missed).
    const carriers = new Map<string, string[]>();
    // Outlets giving another count of its figure, by outlet: listed, counted only as rivalCountCarries says.
    const otherFigures = new Map<string, { articleId: string; figures: Carried["otherFigures"] }>();
    const givesOwnFigures = new Set<string>();
    const carriedBy = (article: Article, text: string, carried: Carried) => {
      const counted = original(creditedOutlet(text, article));
      const key = outletOf(counted, byId).key;
      // An outlet giving the statement's own figure anywhere corroborates the figure too.
      if (carried.otherFigures.length > 0) {
        if (!otherFigures.has(key))
          otherFigures.set(key, {
            articleId: counted.duplicateOf && byId.has(counted.duplicateOf) ? counted.duplicateOf : counted.id,
            figures: carried.otherFigures,
          });
        if (!rivalCountCarries(statement.text, text, carried.otherFigures)) return;
      } else givesOwnFigures.add(key);
      add(counted);
      // A sentence crediting another outlet speaks for that outlet, whatever words it copies.
      if (counted !== article) return;
      carriers.set(key, [...(carriers.get(key) ?? []), text]);
    };
    for (const index of candidates) {
      const item = sentences[index]!;
      const own = covered[index]!;
      const next = sentences[index + 1];
      const inWords =
        (own + countedWeight >= EVENT_CARRIES * total ? carriedBySentence(claims[index]!, item.article) : null) ??
        carriedByCore(claims[index]!, item.article);
      const carried =
        (inWords &&
        !(
          proposition &&
          tellsOtherAct(proposition, claims[index]!, reading(item.sentence.text), mainActs(item.sentence.text), () =>
            [...strictActs(item.sentence.text)].some((act) => statementActs.has(act)),
          )
        )
          ? inWords
          : null) ??
        (next &&
        next.article === item.article &&
        own + (covered[index + 1] ?? 0) + countedWeight >= EVENT_CARRIES * total
          ? carries(claim, merge(claims[index]!, claims[index + 1]!), idf, { inOtherWords: false })
          : null) ??
        (proposition
          ? carriesProposition(
              proposition,
              claims[index]!,
              reading(item.sentence.text),
              idf,
              // Its days and strict acts are read only when asked: most candidates fail on the acts first.
              () => daysSaidRelatively(item.sentence.text, item.article) ?? ledeDays.get(item.article) ?? NO_DAYS,
              () => strictActs(item.sentence.text),
            )
          : null);
      // However many words it shares, a plan does not carry its outcome, nor an outcome the plan, nor
      // background the claim's outcome.
      if (
        carried &&
        !(
          proposition &&
          (tellsAnotherTime(proposition, reading(item.sentence.text)) ||
            toldAsBackground(proposition, item.sentence.text))
        )
      )
        carriedBy(item.article, item.sentence.text, carried);
    }
    for (const key of copiedOutlets(carriers, outlets)) outlets.delete(key);
    const corroboration: CorroborationWithFigures = { outlets: outlets.size, articleIds: [...outlets.values()] };
    const disputing = [...otherFigures].filter(([key]) => !givesOwnFigures.has(key));
    if (disputing.length > 0)
      corroboration.otherFigures = disputing.flatMap(([, { articleId, figures }]) =>
        figures.map((item) => ({ articleId, ...item })),
      );
    return { ...statement, corroboration };
  });
}
