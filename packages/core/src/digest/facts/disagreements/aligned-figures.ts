import type { Article } from "../../../model/index.js";
import { oncePerText } from "../../../text/once-per-text.js";
import type { ArticleSentence } from "../../evidence/article-sentences.js";
import { STOPWORDS } from "../../evidence/word-tokens.js";
import { isLexiconWord, stemOf } from "../../verify/reading/index.js";
import { synonymFamilies } from "../acts/index.js";
import { outletOf } from "../corroboration/index.js";
import { isLengthUnit, isMoneyUnit, type NumberMention } from "../figures/index.js";

/**
 * Share of two sentences' content (weighted by how rare each word is in the story) they must have in
 * common to be read as one fact told twice: outlets retelling a fact keep its names, its act and the
 * thing counted, and change the wording around them.
 */
const PARAPHRASE_SHARE = 0.35;
/**
 * Less shared content is enough (down to this share) where the figures' own words agree closely
 * (CLOSE_SLOT): the evidence of one fact told twice is the sentences' and the slots' together.
 */
const LOOSE_PARAPHRASE_SHARE = 0.2;
const CLOSE_SLOT = 0.5;
/** Words either side of a figure read as its slot (the noun it counts, the verb or preposition before it). */
const SLOT_WORDS = 4;
/** Share of the words beside two figures they must have in common to fill one slot. */
const SLOT_SHARE = 0.25;

const { family } = synonymFamilies(stemOf);
/** A word as compared: stemmed (a plural's "s" off however short: "pens", "pen"), read through the act families. */
const termOf = (word: string) => {
  const stemmed = stemOf(word.toLowerCase().replace(/['’]s?$/, ""));
  return family(stemmed.length > 3 && /[^s]s$/.test(stemmed) ? stemmed.slice(0, -1) : stemmed);
};
/** Words that hedge a figure ("nearly 580,000"): no word of its slot. */
const HEDGE =
  /^(?:about|around|nearly|almost|roughly|approximately|some|more|fewer|less|than|over|under|least|up|just|only|estimated)$/;

/** What kind of measure a figure is: figures of two kinds never fill one slot. */
function measureOf(mention: NumberMention): string | null {
  const unit = mention.unit;
  if (!unit) return null;
  if (isMoneyUnit(unit)) return `money ${unit}`;
  if (isLengthUnit(unit)) return "length";
  if (unit === "percent" || unit === "percentage point") return unit;
  if (/^(?:second|minute|hour|day|week|month|year)s?$/.test(unit)) return "duration";
  if (/^(?:mph|kph|km\/h|knot)$/.test(unit)) return "speed";
  if (/^(?:celsius|fahrenheit|degree)$/.test(unit)) return "temperature";
  return "count";
}

interface Word {
  term: string;
  start: number;
  end: number;
  name: boolean;
}

/** A sentence's content words (stemmed, read through the act families) with their offsets. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/[\p{L}][\p{L}’'-]*/gu)) {
    const lower = match[0].toLowerCase();
    if (STOPWORDS.has(lower) || HEDGE.test(lower) || lower.length < 2) continue;
    // A capitalised word is a name after another word; opening the sentence (or a dateline), when it
    // owns something ("Labour's plan") or is no English word ("Northmart").
    const opening = match.index === 0 || /[.!?:—–-]\s*$/.test(text.slice(0, match.index));
    const name =
      /^\p{Lu}/u.test(match[0]) && (!opening || /['’]s$/.test(match[0]) || !isLexiconWord(lower.replace(/['’]s$/, "")));
    words.push({ term: termOf(lower), start: match.index, end: match.index + match[0].length, name });
  }
  return words;
}

const CLAUSE_BREAK = /[,;:()—–\d]|\b(?:and|or|when|while|as|after|before|because|since|where|until|but)\b/i;

interface Slot {
  mention: NumberMention;
  measure: string;
  /** The noun the figure counts, as a term. */
  counted: string;
  /** Content terms of the figure's clause near it. */
  near: Set<string>;
  /** Words the counted noun's phrase holds ("food" of "2,400 food parcels"): the thing counted, no word of the slot. */
  thing: Set<string>;
  /** A dimension's word after its unit ("deep", "high", "long", "from"), or what a hyphened measure is of ("a 40-tonne crane"). */
  tail: string | null;
  /** The figure's act, as the word right before it or after the noun it counts tells it ("bought", "were postponed"), if any. */
  head: string | null;
  /** A range's end or one of two figures offered ("20 or 30 beats"): one claim, never a rival of a figure in it. */
  loose: boolean;
  terms: Set<string>;
  names: Set<string>;
}

function slotOf(mention: NumberMention, words: readonly Word[]): Slot | null {
  const measure = measureOf(mention);
  // A move of a named thing ("the Dow plunged 1,100 points") is read when its outlet looked: moves
  // are compared by their own rules (see NumberMention.market), never by their sentences' words.
  if (!measure || mention.subject || mention.market) return null;
  const text = mention.item.sentence.text;
  const at = mention.start - mention.item.sentence.start;
  const end = mention.end - mention.item.sentence.start;
  // The figure's own phrase: up to a comma, a bracket, a word that opens another clause or another
  // figure ("landed 178 punches to just 30 for Rahman": Rahman is the 30's).
  const before = words.filter((word) => word.end <= at && !CLAUSE_BREAK.test(text.slice(word.end, at)));
  const after = words.filter((word) => word.start >= end && !CLAUSE_BREAK.test(text.slice(end, word.start)));
  // A measure's unit as written ("40mph", "600 yards", "25,000 cubic metres") is no word of its slot:
  // every figure of that measure has it.
  const unitWords = measure === "count" ? 0 : after[0] && /^\s*-?\s*$/.test(text.slice(end, after[0].start)) ? 1 : 0;
  const ownUnit = unitWords === 1 && UNIT_MODIFIER.test(after[0]?.term ?? "") ? 2 : unitWords;
  // The noun counted, by the last word of the unit ("insulin pen" ends in "pen").
  const countedAt = after.findIndex((word) => word.term === termOf(mention.unit?.split(" ").at(-1) ?? ""));
  const thing = new Set(
    measure === "count" && countedAt >= 0 ? after.slice(0, countedAt + 1).map((word) => word.term) : [],
  );
  // A measure written on to its thing ("a 40-tonne crane", "the 600-yard zone") is of that thing.
  const hyphened = /^-\p{L}/u.test(text.slice(end));
  const unitEnd = hyphened ? (after[0]?.end ?? end) : ownUnit > 0 ? (after[ownUnit - 1]?.end ?? end) : end;
  const tail =
    measure === "count" && !hyphened
      ? null
      : (/^[\s-]*([\p{L}]+)/u.exec(text.slice(unitEnd))?.[1]?.toLowerCase() ?? null);
  const near = new Set(
    [...before.slice(-SLOT_WORDS), ...after.slice(ownUnit, ownUnit + SLOT_WORDS)].map((word) => word.term),
  );
  return {
    mention,
    measure,
    counted: termOf(mention.unit ?? ""),
    near,
    // Its act: the word before it, else (for a count) the word after the thing counted ("2,400 parcels
    // were handed out"); a verb of saying is none ("the director says nine wolves").
    head:
      [before.at(-1), measure === "count" && countedAt >= 0 ? after[countedAt + 1] : undefined]
        .map((word) => word?.term ?? null)
        .find((term) => term !== null && !SAYING.test(term)) ?? null,
    thing,
    tail: tail && !/^(?:of|in|on|at|and|or|the|a|an)$/.test(tail) ? termOf(tail) : null,
    // A whole its part is told of ("1,200 of its 2,600 drivers") is what the thing has, no count of the act.
    loose: mention.range !== undefined || /\bof\s+(?:its|their|the|his|her)\s+$/i.test(text.slice(0, at)),
    terms: new Set(words.map((word) => word.term)),
    names: new Set(words.filter((word) => word.name).map((word) => word.term)),
  };
}

const SAYING = /^(?:say|said|tell|told|report|according|put|estimat)$/;
const UNIT_MODIFIER = /^(?:cubic|square|nautical|metric)$/;

/** Weighted share of content two sentences have in common (Dice over the story's rarity weights). */
function sharedContent(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: (term: string) => number): number {
  let shared = 0;
  let total = 0;
  for (const term of a) {
    total += weight(term);
    if (b.has(term)) shared += 2 * weight(term);
  }
  for (const term of b) total += weight(term);
  return total === 0 ? 0 : shared / total;
}

/**
 * What a figure is to its clause by the preposition right before it: the amount of a change ("by"),
 * where it started ("from"), the level a change reached ("to"), a level as someone puts it ("at").
 */
export function prepositionRoleOf(mention: NumberMention): string | null {
  const text = mention.item.sentence.text.slice(0, mention.start - mention.item.sentence.start);
  const word =
    /\b(by|from|to|at)\s+(?:(?:about|around|roughly|nearly|almost|some|just|only|over|under|more than|less than|fewer than|up to)\s+)?[$£€]?\s*$/i.exec(
      text,
    )?.[1];
  return word ? word.toLowerCase() : null;
}

/** Roles that tell a change ("widened to 1,500 yards", "risen to 64", "cut by 19%", "from 4%"), not a figure as put. */
export const CHANGE_ROLE = /^(?:by|from|to)$/;

/**
 * How well two figures fill one slot: null for two measures, two counted nouns or a change against a
 * plain figure; else the share of the words beside them both have (Dice), when they share one word
 * besides the counted noun and at least SLOT_SHARE of them.
 */
function slotMatch(a: Slot, b: Slot): number | null {
  if (a.measure !== b.measure) return null;
  if (a.measure === "count" && a.counted !== b.counted) return null;
  // Whose figure it is, what span and whom charges are brought against, where the sentence says so.
  const [x, y] = [a.mention, b.mention];
  if (x.owner !== y.owner || x.period !== y.period || (x.defendant && y.defendant && x.defendant !== y.defendant))
    return null;
  const [roleA, roleB] = [prepositionRoleOf(a.mention), prepositionRoleOf(b.mention)];
  // A change's figure fills only the same role of a change: a level reached is of a later moment
  // than a figure told plainly, a change's amount is no level.
  if (roleA !== roleB && (CHANGE_ROLE.test(roleA ?? "") || CHANGE_ROLE.test(roleB ?? ""))) return null;
  // Two acts ("bought 2,400 parcels", "handed out 3,200"; "450 operations were postponed", "600 … cancelled").
  if (a.head && b.head && a.head !== b.head) return null;
  // Two dimensions ("8 metres from", "12 metres deep"), or a measure of another thing ("a 40-tonne crane").
  if (a.tail !== b.tail && !(a.tail && b.near.has(a.tail)) && !(b.tail && a.near.has(b.tail))) return null;
  // The words beside the figures, the noun counted among them: most of them shared, and one besides the noun.
  let shared = 0;
  let besides = 0;
  for (const term of a.near) {
    if (!b.near.has(term)) continue;
    shared += 1;
    if (!a.thing.has(term) && !b.thing.has(term) && !(a.measure === "count" && term === a.counted)) besides += 1;
  }
  const overlap = (2 * shared) / (a.near.size + b.near.size);
  return besides > 0 && overlap >= SLOT_SHARE ? overlap : null;
}

/** Whether both sentences name someone or somewhere and none of the names is shared: other subjects. */
function otherNames(a: Slot, b: Slot): boolean {
  if (a.names.size === 0 || b.names.size === 0) return false;
  for (const name of a.names) if (b.names.has(name)) return false;
  return true;
}

const YEAR = /\b(?:19|20)\d\d\b/g;
const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
/** A figure foreseen, not found: a forecast or an expectation is no rival of the count made. */
const FORESEEN =
  /\b(?:forecast(?:s|ing)?|predict(?:s|ed|ing)?|expect(?:s|ed|ing)?|projected|could|would|will|may|might)\b/i;

/**
 * Whether two sentences tell other occasions whatever their words share: other years or other days
 * named (a past event's, a span of other days), or one foresees what the other reports.
 */
export function otherOccasions(a: Occasion, b: Occasion): boolean {
  return differ(a.years, b.years, true) || differ(a.weekdays, b.weekdays, false) || a.foreseen !== b.foreseen;
}

/**
 * Whether two sentences' years (year: true) or weekdays differ, one naming none differing only in years.
 * Made once, not per pair: it runs for every pair of sentences.
 */
function differ(first: ReadonlySet<string>, second: ReadonlySet<string>, year: boolean): boolean {
  if (first.size === 0 || second.size === 0) return first.size !== second.size && year;
  if (first.size !== second.size) return true;
  for (const value of first) if (!second.has(value)) return true;
  return false;
}

/** What otherOccasions compares of a sentence, read once: the years and weekdays it names, and whether it foresees. */
export interface Occasion {
  years: ReadonlySet<string>;
  weekdays: ReadonlySet<string>;
  foreseen: boolean;
}

export function occasionOf(text: string): Occasion {
  return {
    years: new Set(text.match(YEAR) ?? []),
    weekdays: new Set(text.match(WEEKDAY) ?? []),
    foreseen: FORESEEN.test(text),
  };
}

interface AlignedPair {
  a: NumberMention;
  b: NumberMention;
  share: number;
  slot: number;
}

/**
 * For each sentence (by index), the later sentences that can share LOOSE_PARAPHRASE_SHARE of content
 * with it, in order: sharedContent is 2S / (Wa + Wb) for a shared weight S, and S <= Wb, so a pair
 * reaching the share t has S >= t * Wa / (2 - t). Sentence a's rarest terms whose weight passes what
 * is left under that bound (its prefix) must then hold a shared term, so only sentences holding one of
 * them are candidates: the same pairs as trying every pair, without the quadratic cost on long stories.
 */
function partnersSharingRareContent(
  termSets: ReadonlyArray<ReadonlySet<string>>,
  totals: readonly number[],
  weight: (term: string) => number,
): number[][] {
  const holders = new Map<string, number[]>();
  for (const [index, terms] of termSets.entries())
    for (const term of terms) {
      const list = holders.get(term);
      if (list) list.push(index);
      else holders.set(term, [index]);
    }
  const share = LOOSE_PARAPHRASE_SHARE;
  return termSets.map((terms, index) => {
    // A hair under the bound, so that rounding never drops a pair at the share itself.
    const bound = ((share * totals[index]!) / (2 - share)) * 0.999;
    const byRarity = [...terms].sort((x, y) => weight(y) - weight(x) || (x < y ? -1 : x > y ? 1 : 0));
    let rest = totals[index]!;
    const partners = new Set<number>();
    for (const term of byRarity) {
      // The terms left weigh less than the bound: no pair can reach the share through them alone.
      if (rest < bound) break;
      for (const other of holders.get(term)!) if (other > index) partners.add(other);
      rest -= weight(term);
    }
    return [...partners].sort((x, y) => x - y);
  });
}

/**
 * Figures of independent outlets that fill one slot of sentences telling one fact: the sentences
 * share most of their content (names, the act, the thing counted) and tell no other occasion, and
 * each figure is the other's best match in that sentence by measure and by the words beside it (a
 * figure the other sentence gives too takes its slot). Whatever else makes two figures no rivals
 * (frames, places, moments, parts of wholes, ratios) is left to the caller.
 */
export function alignedFigures(mentions: readonly NumberMention[], articles: readonly Article[]): AlignedPair[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const wordsIn = new Map<ArticleSentence, Word[]>();
  // Rewrites repeat sentences: each distinct text's words are read once (shared, never changed).
  const wordsOfText = oncePerText(wordsOf);
  for (const mention of mentions)
    if (!wordsIn.has(mention.item)) wordsIn.set(mention.item, wordsOfText(mention.item.sentence.text));
  // How rare each term is among the story's sentences with figures: shared rare words tell one fact.
  const frequency = new Map<string, number>();
  for (const words of wordsIn.values())
    for (const term of new Set(words.map((word) => word.term))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const count = wordsIn.size;
  // Each term's weight computed once: every candidate pair weighs its sentences' terms again.
  const weights = new Map<string, number>();
  const weight = (term: string) => {
    let known = weights.get(term);
    if (known === undefined) {
      known = Math.log((count + 1) / (frequency.get(term) ?? 1));
      weights.set(term, known);
    }
    return known;
  };
  const bySentence = new Map<ArticleSentence, Slot[]>();
  for (const mention of mentions) {
    const slot = slotOf(mention, wordsIn.get(mention.item) ?? []);
    if (slot) bySentence.set(mention.item, [...(bySentence.get(mention.item) ?? []), slot]);
  }
  const sentences = [...bySentence.entries()];
  // Read once per sentence, not per pair: its outlet, and its content's weight.
  const outlets = sentences.map(([item]) => outletOf(item.article, byId).key);
  const occasions = sentences.map(([item]) => occasionOf(item.sentence.text));
  const totals = sentences.map(([, slots]) => {
    let total = 0;
    for (const term of slots[0]!.terms) total += weight(term);
    return total;
  });
  const candidates = partnersSharingRareContent(
    sentences.map(([, slots]) => slots[0]!.terms),
    totals,
    weight,
  );
  const pairs: AlignedPair[] = [];
  // Figures two outlets give alike in one slot: an outlet that gave the other's figure there too
  // revised its own or agreed, and is no rival of it.
  const agreed: Array<[NumberMention, NumberMention]> = [];
  for (const [index, [, slotsA]] of sentences.entries()) {
    for (const other of candidates[index]!) {
      const slotsB = sentences[other]![1];
      if (outlets[index] === outlets[other]) continue;
      const [a0, b0] = [slotsA[0]!, slotsB[0]!];
      if (otherNames(a0, b0) || otherOccasions(occasions[index]!, occasions[other]!)) continue;
      const share = sharedContent(a0.terms, b0.terms, weight);
      if (share < LOOSE_PARAPHRASE_SHARE) continue;
      // Each figure to its best slot in the other sentence, best matches first, once each.
      const matches = slotsA
        .flatMap((a) => slotsB.map((b) => ({ a, b, score: slotMatch(a, b) })))
        .filter(
          (match): match is { a: Slot; b: Slot; score: number } =>
            match.score !== null && (share >= PARAPHRASE_SHARE || match.score >= CLOSE_SLOT),
        )
        .sort(
          (x, y) =>
            y.score - x.score ||
            Number(y.a.mention.value === y.b.mention.value) - Number(x.a.mention.value === x.b.mention.value),
        );
      const used = new Set<Slot>();
      for (const { a, b, score } of matches) {
        if (used.has(a) || used.has(b)) continue;
        used.add(a);
        used.add(b);
        if (a.loose || b.loose) continue;
        if (a.mention.value === b.mention.value) agreed.push([a.mention, b.mention]);
        else pairs.push({ a: a.mention, b: b.mention, share, slot: score });
      }
    }
  }
  const outlet = (mention: NumberMention) => outletOf(mention.item.article, byId).key;
  // The outlets that gave each figure alike, indexed once: every pair asks it of both its figures.
  const agreedBy = new Map<NumberMention, Set<string>>();
  const agree = (figure: NumberMention, other: NumberMention) => {
    const outlets = agreedBy.get(figure);
    if (outlets) outlets.add(outlet(other));
    else agreedBy.set(figure, new Set([outlet(other)]));
  };
  for (const [x, y] of agreed) {
    agree(x, y);
    agree(y, x);
  }
  const gave = (from: NumberMention, figure: NumberMention) => agreedBy.get(figure)?.has(outlet(from)) === true;
  return pairs.filter(({ a, b }) => !gave(a, b) && !gave(b, a));
}
