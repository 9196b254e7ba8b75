import { isLengthUnit, type NumberMention, sizedThing } from "../figures/index.js";

/**
 * Outlets' figures for a standing quantity told this many days apart are of one moment: what a thing
 * is made of (the people a plant employs, the passengers a bus company carries a day, a stadium's seats,
 * a town's population, the voters on a register) does not change in a week, so two values of it are a
 * disagreement, not a development (seen four to six days apart on held-out stories in December 2026).
 */
export const STANDING_DAYS = 7;

/**
 * The verb or noun of a standing quantity right before its figure (a hedge between): "which employs
 * about 400 people", "carries 230,000 passengers a day", "seats 40,000", "a population of 12,000", "a
 * workforce of 1,300", "an electorate of 265,000", "houses 1.2 million hens", "put the flock at 1.5
 * million", "which represents 3,200 teaching assistants" (a union's members, however it names them).
 * Present tense only: "at its peak employed 4,000" is
 * what it was, "was carrying 48 passengers" a load.
 */
const STANDING_BEFORE =
  /\b(?:(employs|employ|employing)|(carries|carry)|(seats|seating)|(?:an?|its|their|the)\s+(population|workforce|staff|capacity|electorate)\s+of|(houses|housing|is\s+home\s+to|(?:an?|its|their|the)\s+(?:flock|herd|colony)\s+of|(?:put|puts|estimated|estimates)\s+(?:the|its|their)\s+(?:flock|herd|colony)\s+at)|(operates|operate|runs|run)|(?:(?:an?|its|their|the)\s+|[\p{L}-]+['’]s?\s+)(fleet)\s+of|(represents|represent))\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|just over|just under|fewer than|up to)\s+)?[$£€]?\s*$/iu;
/** The last words of the hedges the patterns below allow before a figure ("about", "more than", "up to"). */
const HEDGE_LAST_WORDS = ["about", "around", "some", "roughly", "nearly", "almost", "than", "over", "under", "to"];
/**
 * The last words STANDING_BEFORE can end on (before a currency sign): its verbs', its nouns' "of", "is
 * home to", "put the flock at", and its hedges'. Asked first (see mayEndOn) because the pattern,
 * anchored at the end, is tried from every word of the text before each figure, and most such texts
 * end on none of these.
 */
const STANDING_LAST_WORDS = [
  "employs",
  "employ",
  "employing",
  "carries",
  "carry",
  "seats",
  "seating",
  "houses",
  "housing",
  "operates",
  "operate",
  "runs",
  "run",
  "represents",
  "represent",
  "of",
  "at",
  ...HEDGE_LAST_WORDS,
];

/**
 * Whether text may end on one of `words` (of at most nine letters), then spaces and perhaps a currency
 * sign, as a pattern anchored at the end asks: false only when such a pattern cannot match. A text
 * ending outside ASCII is left to the pattern (its case folding and its spaces are Unicode's).
 */
function mayEndOn(text: string, words: readonly string[]): boolean {
  let rest = text.trimEnd();
  if (rest.endsWith("$")) rest = rest.slice(0, -1).trimEnd();
  const tail = rest.slice(-10);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, written from its first code.
  if (/[^\x00-\x7f]/.test(tail)) return true;
  const lower = tail.toLowerCase();
  return words.some((word) => lower.endsWith(word));
}

/**
 * What a fleet is made of: "the operator runs 40 double-deckers" and "its fleet of 44 double-deckers"
 * tell one fleet's size (what an owner "runs" otherwise may be services, sites or a race).
 */
const FLEET_UNIT =
  /^(?:bus|double-decker|coach|vehicle|lorry|truck|van|ambulance|train|tram|carriage|locomotive|aircraft|plane|jet|airliner|helicopter|ship|vessel|boat|ferry|ferrie|trawler|tanker|taxi|cab|car)$/;
/**
 * The voters on a register, however a newsroom words it: "265,000 registered voters", "265,000 voters
 * on the city's electoral register", "248,000 people registered to vote".
 */
const REGISTERED_AFTER =
  /^\s+(?:registered\s+(?:voters|electors)|(?:voters|electors|people|residents|adults)\s+(?:are\s+|were\s+)?(?:on\s+(?:the|its|their)\s+(?:[\p{L}’'-]+\s+){0,2}(?:electoral\s+)?(?:register|roll)|registered\s+to\s+vote))\b/iu;
/** A name the relative clause is about: "Redline, which carries …", "Marlow Motors, which employs …". */
const NAMED_HEAD = /((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*),\s+which\s+\S+\s+(?:\S+\s+)?$/u;

/**
 * What a thing is made of, told as a modifier or in a relative clause about it: "the 120-cell wing",
 * "Fenwick wing, which has 140 cells", "a 900-place prison". The thing is read by its last word
 * ("wing"), as one outlet names it and another calls it by its common noun; the figure is its size
 * whatever the sentence goes on to say (never a span or a measure: "a 24-hour strike", "the
 * 24-metre trawler").
 */
const SIZE_MODIFIER_AFTER = /^-([a-z]+)\s+(?:[a-z]+\s+)??([a-z]{3,})\b/;
const HAS_CLAUSE_BEFORE =
  /([\p{L}]{3,}),\s+which\s+(?:has|have|contains)\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|just over|just under|fewer than|up to)\s+)?$/u;
/** The last words HAS_CLAUSE_BEFORE can end on (see mayEndOn). */
const HAS_CLAUSE_LAST_WORDS = ["has", "have", "contains", ...HEDGE_LAST_WORDS];
/** Events and acts, which have no standing size: a fire's alarms, an indictment's counts, a strike's hours. */
const INCIDENT_THING =
  /^(?:fire|blaze|blast|explosion|crash|collision|attack|storm|flood|strike|walkout|stoppage|indictment|sentence|ban|delay|closure|deal|contract|plan|rise|cut|increase|fall|drop|lead|win|defeat|victory)s?$/;
const NO_SIZE_UNIT =
  /^(?:second|minute|hour|day|week|month|year|percent|pound|dollar|euro|point|mile|metre|meter|foot|feet|inch|yard|kilometre|kilometer|km|m|mph|kg|tonne|ton|acre|hectare|degree|storey|story|goal|run|game|set|vote)s?$/;

/**
 * "The arena has 4,200 seats", "The hospital has 310 beds": a thing named by its common noun as the
 * sentence's subject, and what it has now, as "the 3,800-seat arena" tells it.
 */
const THING_HAS_BEFORE =
  /^(?:The|Its)\s+(?:[a-z]+\s+)??(?!(?:will|would|can|could)\b)([a-z]{3,})\s+(?:(?:will|would|can|could)\s+)?(?:has|have|holds?|contains|seats?|accommodates?)\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|just over|just under|fewer than|up to)\s+)?$/;
/**
 * Those a venue holds are its seats: "The stadium will hold 25,000 fans" tells what "a 28,000-seat
 * stadium" does.
 */
const HELD_PERSON = /^(?:fan|spectator|supporter|people|person|visitor|guest|passenger|seat)$/;
const HOLDS_BEFORE = /\b(?:holds?|seats?|accommodates?)\s+(?:[a-z]+\s+){0,2}$/;
/**
 * A capacity to come, told with a change ("after the expansion the arena will hold 5,000"), is another
 * size than the one it has: only a sentence telling no change gives a capacity.
 */
const CAPACITY_CHANGE =
  /\b(?:expan\w*|extension|extend\w*|increas\w*|rais\w*|enlarg\w*|redevelop\w*|renovat\w*|upgrad\w*|once|after|until|from|to\s+\d)\b/i;

/** A thing's size told as a modifier or in a "which has" clause (see SIZE_MODIFIER_AFTER), or null. */
function partsOfAThing(mention: NumberMention, before: string, fromFigure: string): NumberMention | null {
  if (!mention.unit || NO_SIZE_UNIT.test(mention.unit)) return null;
  const modifier = SIZE_MODIFIER_AFTER.exec(fromFigure.slice(mention.raw.length));
  // The pattern backtracks through every word before it fails: only words holding its "which", and
  // ending on its verb or a hedge, can match.
  const thing = modifier
    ? modifier[2]
    : before.includes("which")
      ? mayEndOn(before, HAS_CLAUSE_LAST_WORDS)
        ? HAS_CLAUSE_BEFORE.exec(before)?.[1]
        : undefined
      : THING_HAS_BEFORE.exec(before)?.[1];
  // An event's figure keeps its own reading ("a 14-count indictment" is charges brought, "a
  // four-alarm fire" the fire's alarm), as does a count a verb gives ("charged").
  if (!thing || INCIDENT_THING.test(thing) || (mention.event && mention.event !== "held" && /ed$/.test(mention.event)))
    return null;
  const held = !modifier && HOLDS_BEFORE.test(before);
  if (held && (!HELD_PERSON.test(mention.unit) || CAPACITY_CHANGE.test(mention.item.sentence.text))) return null;
  const reading: NumberMention = {
    ...mention,
    ...(held ? { unit: "seat" } : {}),
    event: "has",
    frame: "reported",
    kind: "fixed",
    owner: thing.toLowerCase(),
  };
  delete reading.subject;
  delete reading.period;
  return reading;
}

/**
 * A change told of a thing's size ("was extended to", "has grown", "now stands", "first thought to be",
 * "revised"): the figures before and after it are two moments', not one size told twice.
 */
const SIZE_CHANGED =
  /\b(?:grew|grow|grows|grown|rose|risen|raised|extend\w*|lengthen\w*|widen\w*|deepen\w*|heighten\w*|enlarg\w*|shorten\w*|cut\s+back|now|revised|corrected|first\s+thought|initially|originally|will|would|planned|proposed|designed)\b/i;

/**
 * The thing a length figure is the size of, as thing-dimension reads it from its sentence ("the 190-metre
 * container ship", "The fence stands 6 metres high"), or null when the sentence tells a change of size
 * or a size to come. A physical thing's length, height or width does not change in days: two outlets'
 * values of it days apart are one size told twice.
 */
function dimensionOfAThing(mention: NumberMention): string | null {
  const text = mention.item.sentence.text;
  if (SIZE_CHANGED.test(text)) return null;
  const at = mention.start - mention.item.sentence.start;
  return sizedThing(text.slice(0, at), text.slice(at + mention.raw.length));
}

/** A strike's scope: who may join it, or whom it takes in. */
const STRIKE_SCOPE =
  /\beligible\s+to\s+(?:take\s+part|strike|walk\s+out|join)\b|\b(?:strikes?|walkouts?|stoppages?)\s+(?:(?:will|would)\s+)?(?:involves?|involved|involving)\b/i;

const standing = new WeakSet<NumberMention>();
/** The standing figures that are a thing's length, height or width (see dimensionOfAThing). */
const dimensions = new WeakSet<NumberMention>();

/** The measure a standing verb or noun names: "employing" → employs, "an electorate of" → electorate. */
function measureOf(verb: RegExpExecArray | null): string {
  if (verb?.[1]) return "employs";
  if (verb?.[2]) return "carries";
  if (verb?.[3]) return "seats";
  // "houses about 1.2 million hens", "a flock of 1.5 million", "put the flock at": what a farm or a
  // prison holds, however told.
  if (verb?.[5]) return "houses";
  // "runs 40 double-deckers", "its fleet of 44 double-deckers": what the owner has.
  if (verb?.[6] || verb?.[7]) return "has";
  if (verb?.[8]) return "represents";
  return verb?.[4]?.toLowerCase() ?? "has";
}

/**
 * A figure read as a standing quantity, one measure however each outlet words it, or null for any
 * other figure. The measure is its verb ("employs", "carries"), its noun ("population") or
 * "registered"; it is told as a fact (a plan's or an offer's sentence around it does not make it a
 * plan's figure); employment, seats and a population have no span ("employs 650 people, handled 9,400
 * tonnes last year" gives the year to the tonnes), and a company the clause is about is its owner.
 */
export function standingReading(mention: NumberMention): NumberMention | null {
  if (mention.range) return null;
  if (!mention.unit) return representedReading(mention);
  if (isLengthUnit(mention.unit) && mention.event && dimensionOfAThing(mention) === mention.event) {
    const reading = { ...mention };
    standing.add(reading);
    dimensions.add(reading);
    return reading;
  }
  // A thing's size told by its possessive or an apposition stands as a workforce does, and so does
  // the depth a wreck lies at ("went down in 40 feet of water", days later "lies at a depth of 55 feet").
  if (mention.size || mention.event === "depth of water") {
    const reading = { ...mention };
    standing.add(reading);
    return reading;
  }
  const text = mention.item.sentence.text;
  // Those a strike takes in ("are eligible to take part in the walkout", "The strike involves some
  // 36,000") are its size while it lasts, not a day's turnout.
  if (mention.event === "struck" && STRIKE_SCOPE.test(text)) {
    const reading = { ...mention };
    standing.add(reading);
    return reading;
  }
  const at = mention.start - mention.item.sentence.start;
  const before = text.slice(0, at);
  const after = text.slice(mention.end - mention.item.sentence.start);
  const verb = mayEndOn(before, STANDING_LAST_WORDS) ? STANDING_BEFORE.exec(before) : null;
  const registered = !verb && REGISTERED_AFTER.test(after);
  if (!verb && !registered) {
    const parts = partsOfAThing(mention, before, text.slice(at));
    if (parts) standing.add(parts);
    return parts;
  }
  // "The coach was carrying 48 passengers" is a load; "carries 230,000 passengers a day" a ridership.
  if (verb?.[2] && !mention.period) return null;
  // A fleet is of vehicles, ships or aircraft ("runs 12 leisure sites" is no fleet).
  if ((verb?.[6] || verb?.[7]) && !FLEET_UNIT.test(mention.unit)) return null;
  const measure = registered ? "registered" : measureOf(verb);
  // Those a union represents are its members, whatever noun each outlet gives them.
  if (measure === "represents") return representedReading(mention);
  const owner = mention.owner ?? NAMED_HEAD.exec(before)?.[1]?.toLowerCase();
  const reading: NumberMention = {
    ...mention,
    unit: registered ? "voter" : mention.unit,
    event: measure,
    frame: "reported",
    ...(owner ? { owner } : {}),
  };
  // Passengers are carried a day or a year; a workforce, seats and a population have no span.
  if (measure !== "carries") delete reading.period;
  standing.add(reading);
  return reading;
}

/**
 * "Graduate Workers United, which represents about 3,200 teaching and research assistants" and "which
 * represents roughly 3,600 graduate workers": the members of the body the clause is about, one standing
 * count whatever the outlets call them (a noun this reader cannot name as a unit included). Null when no
 * named body or no verb of representing is read.
 */
function representedReading(mention: NumberMention): NumberMention | null {
  const before = mention.item.sentence.text.slice(0, mention.start - mention.item.sentence.start);
  const verb = mayEndOn(before, STANDING_LAST_WORDS) ? STANDING_BEFORE.exec(before) : null;
  const owner = mention.owner ?? NAMED_HEAD.exec(before)?.[1]?.toLowerCase();
  if (!verb?.[8] || !owner) return null;
  const reading: NumberMention = { ...mention, unit: "member", event: "represents", frame: "reported", owner };
  delete reading.period;
  standing.add(reading);
  return reading;
}

/**
 * Every figure as standingReading reads it. A thing's size stands only when the story has one thing of
 * its noun: an outlet giving two sizes of one noun ("the tower stands 45 metres high, beside a 30-metre
 * tower") tells of two things, and the other outlets' sizes may be of either.
 */
export function standingReadings(mentions: readonly NumberMention[]): NumberMention[] {
  const read = mentions.map((mention) => standingReading(mention) ?? mention);
  const sizes = new Map<string, Set<number>>();
  for (const mention of read) {
    if (!dimensions.has(mention)) continue;
    const key = `${mention.item.article.id}\u0000${mention.event}\u0000${mention.unit}`;
    const values = sizes.get(key) ?? new Set<number>();
    values.add(mention.value);
    sizes.set(key, values);
  }
  const twoThings = new Set([...sizes].filter(([, values]) => values.size > 1).map(([key]) => key.split("\u0000")[1]));
  for (const mention of read)
    if (dimensions.has(mention) && twoThings.has(mention.event ?? "")) standing.delete(mention);
  return read;
}

/** Whether a figure was read as a standing quantity (see standingReading). */
export function isStanding(mention: NumberMention): boolean {
  return standing.has(mention);
}

/** A copy of a standing figure in other units (see common-units) stands as its original does. */
export function standsAs(copy: NumberMention, original: NumberMention): void {
  if (standing.has(original)) standing.add(copy);
}
