import { singularNoun } from "../../../text/singular-noun.js";
import { synonymFamilies } from "../acts/index.js";
import type { NumberMention } from "../figures/index.js";
import { isMoneyUnit, sameThingAs } from "../figures/index.js";
import { commonSpelling } from "./unit-spelling.js";

/**
 * What a figure measures, read from its sentence's structure rather than from its words: the class
 * of measure (people, a kind of thing, money, a length, a weight, a span of time, a speed), the thing
 * measured (the noun a figure with its unit modifies, "a 40-tonne load"; the noun it is "of", "a drop
 * of 85 feet"; the subject of a verb of measuring, "the load weighed 35 tonnes", "the blaze took nine
 * hours"; the object a span is spent on, "fought the fire for 11 hours") and, for counts, the act they
 * count (carried, injured, cut). Outlets word one measured thing in many ways; the structure, not the
 * wording, names it, so two outlets' figures with one frame are figures for one quantity (the moment,
 * place, frame and ratio guards of groupFigures still apply). Null when the sentence does not say what
 * is measured.
 */
export function measureFrameKey(mention: NumberMention): string | null {
  const what = measureClass(mention);
  if (!what) return null;
  const tail = `${mention.frame}${mention.subject ? `|${mention.subject}` : ""}${mention.owner ? `|of ${mention.owner}` : ""}${mention.period ? `|per ${mention.period}` : ""}`;
  return `${what}|${tail}`;
}

/** Dimensions in their common units (see common-units.ts): a figure of one is a measure of a thing. */
const DIMENSION = /^(?:metre|kilogram|day|km\/h|hectare)$/;

/**
 * Nouns naming everyone a count is of, whatever role the story gives them: "1,200 staff" and "1,500
 * employees", "300 residents" and "300 people". Nouns of a part of a group (children, women, crew,
 * officers) stay apart: a part's count is no rival of the whole's.
 */
const WHOLE_GROUP = /^(?:people|person|individual|employee|worker|staff|personnel|resident|inhabitant)$/;
/**
 * Those carried who are not crew: a part of everyone aboard, so a count of them below everyone's
 * is no rival of it (the crew, or a driver, make up the rest), and one above it is (see partAboveWhole).
 */
const CARRIED = /^(?:passenger|traveller|traveler)$/;

/** The text of a figure's sentence before it. */
function beforeFigure(mention: NumberMention): string {
  return mention.item.sentence.text.slice(0, mention.start - mention.item.sentence.start);
}

/** Posts counted where the act is a cut: one job is one person's ("cut 1,200 jobs", "1,500 employees will lose their jobs"). */
const POST = /^(?:job|post|position|role)$/;

/**
 * Acts a count of people belongs to, one name per family of verbs (see news-act-families.ts): the event
 * words of find-number-mentions are already one name per act.
 */
const { family } = synonymFamilies((word) => word);

/**
 * Spans in a court's or a contract's terms: each defendant's or each party's, never read as one
 * thing's measure across outlets without the name (charges-faced and work-cost read them).
 */
const TERM_NOUN =
  /^(?:sentence|term|jail|prison|ban|suspension|contract|deal|lease|loan|mortgage|bond|warranty|guarantee|licence|license)$/;

/**
 * Nouns that measure nothing on their own: what they are a span or a length of is named after them
 * ("a 20-minute drive from the city", "a period of three weeks", "a distance of 40km").
 */
const RELATIONAL_NOUN =
  /^(?:drive|walk|ride|flight|journey|trip|distance|radius|stretch|period|time|spell|delay|wait|way|area|zone|section|part|total|amount|sum|figure|number|average|increase|rise|fall|cut|reduction|away|long|high|deep|wide|tall|old|more|less|further|extra|additional|other|first|last|next|same|record|new|total)$/;

/** The length's direction when a compound names it ("a 30-metre-high wall"): a height is no length. */
const DIRECTION_AFTER = /^-(?:[a-z]+)-(high|tall|deep|long|wide)\b/;

const QUALIFIER_WORDS =
  "(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to|just|only|an estimated|approximately)";
const DETERMINER = "(?:the|a|an|its|their|his|her|this|that)";

/**
 * "Of the 3,100 vehicles on board, about 1,900 were destroyed": a count told after the whole it is
 * taken from is a part of it, no rival of another outlet's whole however its act is read.
 */
const PART_AFTER_WHOLE = new RegExp(
  String.raw`^Of\s+(?:the|its|their)\s+(?:[^,;]|(?<=\d),(?=\d))+,\s+(?:${QUALIFIER_WORDS}\s+)?$`,
);

/** Words that end a noun phrase: the noun was the word before. */
const PHRASE_END =
  /^(?:of|in|on|at|to|for|from|with|by|and|or|but|was|were|is|are|had|has|have|be|been|will|would|could|that|which|who|when|as|after|before|into|onto|across|along|near|while|it|he|she|they|than|per|a|an|the|over|under|each|apiece|more|less|including|excluding|plus|minus)$/;
/** Units of time read as a thing ("$160 million over eight years"): the span a figure covers, never what it measures. */
const TIME_NOUN = /^(?:second|minute|hour|day|week|month|year|decade|century)$/;

/** The words right after a figure's unit, up to two ("-tonne steel load"; for money " vaccination campaign,"). */
const WORDS_AFTER = /^((?:\s+[a-z]+(?:-[a-z]+)*){1,2})/;
/** The unit written after its figure as a compound's first part ("-tonne", "-metre-high"). */
const HYPHENED_UNIT = /^-[a-z]+(?:-[a-z]+)?/;

/** "the drop of 85 feet", "costs of 20,000 Swiss francs": the noun the figure is "of". */
const NOUN_OF_BEFORE = new RegExp(
  String.raw`(?:\b${DETERMINER}\s+(?:[a-z]+\s+)?)?\b([a-z]{3,})\s+of\s+(?:${QUALIFIER_WORDS}\s+)?[$£€]?$`,
  "i",
);
/** What may stand between a subject and its verb: a place ("at the Kerr Street pharmacy"), an aside in commas, a relative clause ("it lifted"). */
const SUBJECT_GAP = String.raw`(?:\s+(?:at|in|on|of|near|outside|inside)\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?[a-z]+)?(?:,[^,;]{1,80},)?(?:\s+(?:that|which)|\s+(?:that|which|it|they|he|she|we)(?:\s+[a-z]+){1,2})?`;
/**
 * "The load it lifted weighed", "The blaze took", "The standoff at the pharmacy lasted", "The
 * fire front stretched for", "the painting had been valued at", "the repairs will cost": the subject
 * of a verb of measuring right before the figure.
 */
const SUBJECT_MEASURED_BEFORE = new RegExp(
  String.raw`\b${DETERMINER}\s+(?:[a-z]+\s+)?([a-z]{3,})${SUBJECT_GAP}\s+(?:(?:will|would|could|is|was|are|were|has been|had been|have been|will be)\s+)?(?:weighed|weighs|weighing|took|takes|lasted|lasts|measured|measures|measuring|spanned|spans|stretched|stretches|stood|stands|worth|valued at|estimated at|priced at|cost|costs|costing)(?:\s+for)?\s+(?:${QUALIFIER_WORDS}\s+)?[$£€]?$`,
  "iu",
);
/** "The crack was 30 centimetres long", "the tower is 50 metres tall": a thing's size told with "be". */
const SUBJECT_IS_BEFORE = new RegExp(
  String.raw`\b${DETERMINER}\s+(?:[a-z]+\s+)?([a-z]{3,})${SUBJECT_GAP}\s+(?:is|was|are|were)\s+(?:now\s+)?(?:${QUALIFIER_WORDS}\s+)?$`,
  "iu",
);
/** After the unit, a size told with "be" ends its clause or names its dimension (never "3 km from the town"). */
const SIZE_ENDS = /^(?:-|\s+)?[a-z]+\s*(?:long|high|tall|deep|wide|across|thick)?\s*(?:[,.;]|$)/;
/** "fought the fire for 11 hours", "searched the wreck for two days": the object a span was spent on. */
const OBJECT_FOR_BEFORE = new RegExp(
  String.raw`\b[a-z]+(?:ed|ght)\s+${DETERMINER}\s+(?:[a-z]+\s+)?([a-z]{3,})\s+for\s+(?:${QUALIFIER_WORDS}\s+)?$`,
  "i",
);
/** "deliberated for 11 hours", "after deliberating for about 14 hours", "were trapped for 38 hours": the act a span was spent on. */
const VERB_FOR_BEFORE = new RegExp(String.raw`\b([a-z]{3,}?)(?:ed|ing)\s+for\s+(?:${QUALIFIER_WORDS}\s+)?$`, "i");
/** "£25,000 in costs", "$6m in damages": a sum told by what it is in (money only). */
const MONEY_IN_AFTER =
  /^\s+in\s+([a-z]{3,})(?=\s*[,.;]|\s*$|\s+(?:and|but|from|on|at|by|over|last|this|after|before|when|as|since|in)\b)/;

/** The thing a length, weight, span or sum measures, as its sentence names it ("drop"); null for counts or when unread. */
export function thingOfMeasure(mention: NumberMention): string | null {
  const unit = mention.unit;
  return unit && (DIMENSION.test(unit) || isMoneyUnit(unit)) ? thingMeasured(mention, isMoneyUnit(unit)) : null;
}

/** The class and thing of a figure, as its key's head; null when either is unknown. */
function measureClass(mention: NumberMention): string | null {
  const unit = mention.unit;
  if (!unit || unit === "percent" || unit === "percentage point") return null;
  if (DIMENSION.test(unit) || isMoneyUnit(unit)) {
    const thing = thingMeasured(mention, isMoneyUnit(unit));
    if (!thing) return null;
    const direction = unit === "metre" ? (directionOf(mention) ?? "") : "";
    return `${unit}${direction ? `-${direction}` : ""}|${thing}`;
  }
  const act = mention.event ? family(mention.event) : null;
  if (!act || PART_AFTER_WHOLE.test(beforeFigure(mention))) return null;
  const kinds = kindsClass(mention);
  if (WHOLE_GROUP.test(unit) || CARRIED.test(unit) || (act === "cut" && POST.test(unit)) || kinds === "people")
    return `people|${act}`;
  // A count's noun as written: "cars" are one kind of the "vehicles" in a crash, no rival count of
  // them; "cars, trucks and tractors" together are.
  return `${kinds ?? sameThingAs(singularNoun(commonSpelling(unit)))}|${act}`;
}

/**
 * Kinds of a class named together after a figure ("3,400 cars, trucks and tractors", "40 men, women and
 * children"): a list of kinds is the whole its class names ("vehicles", "people"), as one kind alone is not.
 */
const KIND_CLASS: Readonly<Record<string, string>> = {
  car: "vehicle",
  truck: "vehicle",
  lorry: "vehicle",
  lorrie: "vehicle",
  van: "vehicle",
  bus: "vehicle",
  buse: "vehicle",
  coach: "vehicle",
  coache: "vehicle",
  tractor: "vehicle",
  motorcycle: "vehicle",
  motorbike: "vehicle",
  trailer: "vehicle",
  suv: "vehicle",
  man: "people",
  men: "people",
  woman: "people",
  women: "people",
  child: "people",
  children: "people",
  adult: "people",
  boy: "people",
  girl: "people",
  teenager: "people",
};
/** A list of nouns right after a figure, its last joined by "and" or "or". */
const KINDS_AFTER = /^\s+([a-z]+(?:,\s+[a-z]+)*),?\s+(?:and|or)\s+([a-z]+)\b/i;

/** The class a list of kinds after a figure names, when every kind is of it (see KIND_CLASS); else null. */
function kindsClass(mention: NumberMention): string | null {
  const list = KINDS_AFTER.exec(mention.item.sentence.text.slice(mention.end - mention.item.sentence.start));
  if (!list) return null;
  const classes = new Set(
    [...list[1]!.split(/,\s+/), list[2]!].map((word) => KIND_CLASS[singularNoun(word.toLowerCase())] ?? null),
  );
  const [only] = classes;
  return classes.size === 1 && only ? only : null;
}

/** A width, a height or a depth, when the sentence says it (see DIRECTION_AFTER and SIZE_ENDS): a length has no word or "long". */
export function directionOf(mention: NumberMention): string | null {
  const after = mention.item.sentence.text.slice(mention.end - mention.item.sentence.start);
  const said = DIRECTION_AFTER.exec(after)?.[1] ?? /^\s*[a-z]+\s+(high|tall|deep|wide|long)\b/.exec(after)?.[1] ?? null;
  // A length is told with "long" or no word at all; a width, a height and a depth are other measures.
  return said === "long" ? null : said === "tall" ? "high" : said;
}

/** The head noun of the words after a figure's unit when they are a noun phrase it modifies. */
function compoundHead(after: string, money: boolean): string | null {
  // "a 12-year-old girl" is an age, read by find-age-disagreements; a bare count's unit is no compound.
  if (/^-[a-z]+-old\b/.test(after)) return null;
  const rest = HYPHENED_UNIT.exec(after) ? after.replace(HYPHENED_UNIT, "") : money ? after : null;
  if (rest === null) return null;
  const words = WORDS_AFTER.exec(rest)?.[1]?.trim().split(/\s+/) ?? [];
  let head: string | null = null;
  for (const [index, word] of words.entries()) {
    // A verb or an adverb after the noun ends its phrase ("the 95-foot drop killed him").
    if (PHRASE_END.test(word) || (index > 0 && /(?:ed|ly)$/.test(word) && !word.includes("-"))) break;
    head = word.split("-").pop() ?? null;
  }
  return head;
}

/** The noun a measure belongs to, read from the sentence's structure (see measureFrameKey). */
function thingMeasured(mention: NumberMention, money: boolean): string | null {
  const text = mention.item.sentence.text;
  const before = text.slice(0, mention.start - mention.item.sentence.start);
  const written = text.slice(mention.end - mention.item.sentence.start);
  // A sum's currency written after it ("20,000 Swiss francs in costs") is its unit, not its thing.
  const after = money ? written.replace(currencyAfter(mention.unit ?? ""), "") : written;
  const verb = VERB_FOR_BEFORE.exec(before)?.[1];
  const noun =
    compoundHead(after, money) ??
    NOUN_OF_BEFORE.exec(before)?.[1] ??
    SUBJECT_MEASURED_BEFORE.exec(before)?.[1] ??
    (SIZE_ENDS.test(after) ? SUBJECT_IS_BEFORE.exec(before)?.[1] : undefined) ??
    OBJECT_FOR_BEFORE.exec(before)?.[1] ??
    (money ? MONEY_IN_AFTER.exec(after)?.[1] : undefined) ??
    null;
  if (!noun) return verb ? `${verb.toLowerCase()}ing` : null;
  const word = singularNoun(noun.toLowerCase());
  if (RELATIONAL_NOUN.test(word) || TERM_NOUN.test(word) || TIME_NOUN.test(word) || PHRASE_END.test(word)) return null;
  return family(word);
}

/** The currency word after a sum, as its unit names it ("swiss franc" → " Swiss francs"). */
function currencyAfter(unit: string): RegExp {
  return new RegExp(String.raw`^\s+${unit.split(" ").join(String.raw`\s+`)}s?\b`, "i");
}

/**
 * Whether a group of figures of those aboard mixes those carried and everyone aboard with every
 * count of those carried at or below every count of everyone: the crew make up the difference, so
 * the figures agree (a count of passengers above the count of everyone aboard cannot be).
 */
export function partBelowWhole(figures: readonly NumberMention[]): boolean {
  const carried = figures.filter((figure) => CARRIED.test(figure.unit ?? ""));
  const everyone = figures.filter((figure) => !CARRIED.test(figure.unit ?? ""));
  if (carried.length === 0 || everyone.length === 0) return false;
  return Math.max(...carried.map((figure) => figure.value)) <= Math.min(...everyone.map((figure) => figure.value));
}
