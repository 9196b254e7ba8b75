import type { Article } from "../../../model/index.js";
import { outletOf } from "../corroboration/index.js";
import type { NumberMention } from "../figures/index.js";
import { CHANGE_ROLE, occasionOf, otherOccasions, prepositionRoleOf } from "./aligned-figures.js";
import { measureClassOf } from "./measure-class-pairs.js";

/**
 * The role a figure fills in its story as far as its own reading tells it: what it measures (see
 * measureClassOf: a sum in one currency, a dimension and its direction, a count of one noun), in what
 * frame, of whose, over what span. Null for a figure of no unit or a share.
 */
function roleOf(mention: NumberMention): string | null {
  const what = measureClassOf(mention);
  if (!what) return null;
  return `${what}|${mention.frame}|${mention.subject ?? ""}|${mention.owner ?? ""}|${mention.period ?? ""}`;
}

/**
 * A figure tied to a moment of something still going on ("by Wednesday", "at first", "at the height of
 * the fire", "so far"): a running figure, of that moment only.
 */
const MOMENT_OF_PROCESS =
  /\b(?:(?:by|until|as of)\s+(?:late\s+|early\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|this|last|that)\b|\d|noon|midnight|nightfall|dawn|morning|afternoon|evening|the time|then)|at first|initially|at (?:the|its) (?:height|peak)|at one (?:point|stage)|so far|to date)\b/i;

/** A figure next to another figure and its unit ("3 minutes 48.71 seconds"): one part of a compound measure. */
const COMPOUND_BEFORE = /\d\s*\p{L}+\s+(?:and\s+)?$/u;
const COMPOUND_AFTER = /^\s*\p{L}+\s+(?:and\s+)?\d/u;

/**
 * "Three men identified as gang members and a woman were arrested": a count joined to another part
 * before its verb is one part of what the clause counts, not the count.
 */
const JOINED_PART_AFTER =
  /^(?:(?!\b(?:were|was|are|is|have|has|had)\b)[^,;:.])*?\band\s+(?:a|an|one|another|two|three|four|five|\d+)\s+\p{L}+[^,;:.]*?\b(?:were|was|are|is|have|has|had)\b/iu;

/** Whether a figure is told plainly of the story's moment: no change, no forecast, no move of a price. */
function plain(mention: NumberMention): boolean {
  const text = mention.item.sentence.text;
  const at = mention.start - mention.item.sentence.start;
  return (
    !COMPOUND_BEFORE.test(text.slice(0, at)) &&
    !COMPOUND_AFTER.test(text.slice(mention.end - mention.item.sentence.start)) &&
    !JOINED_PART_AFTER.test(text.slice(mention.end - mention.item.sentence.start)) &&
    !mention.subject &&
    !mention.market &&
    !MOMENT_OF_PROCESS.test(text) &&
    !CHANGE_ROLE.test(prepositionRoleOf(mention) ?? "")
  );
}

/**
 * Whether two counts are told of two acts ("bought 2,400 parcels", "handed out 3,200"): whatever the
 * outlets gave once, what one act counts is no rival of another's. A measure (a length, a span, a sum)
 * is of its thing whatever verb carries it.
 */
function twoActs(a: NumberMention, b: NumberMention): boolean {
  return Boolean(measureClassOf(a)?.startsWith("count:") && a.event && b.event && a.event !== b.event);
}

/** Whether a bound and a figure beyond it agree ("more than 150" and 200; "up to 35" and 20). */
function withinBound(a: NumberMention, b: NumberMention): boolean {
  const holds = (bound: NumberMention, other: NumberMention) => {
    const qualifier = bound.qualifier?.toLowerCase() ?? "";
    if (/^(?:more than|over|above|at least|as many as)$/.test(qualifier)) return other.value > bound.value;
    if (/^(?:up to|under|below|less than|fewer than|at most|no more than)$/.test(qualifier))
      return other.value < bound.value;
    return false;
  };
  return holds(a, b) || holds(b, a);
}

/** Roles an outlet must give figures of for one of them told once to tell one quantity. */
const MIN_ROLES = 3;

export interface LonePair {
  a: NumberMention;
  b: NumberMention;
}

/**
 * Figures two independent outlets each give as the only figure of one role in all they wrote
 * (one value, however often repeated): an outlet that tells one length, one sum in pounds, one count
 * of passengers tells one quantity by it, so two outlets' lone figures of a role are candidates for
 * one quantity. An outlet giving two values of a role tells two things by it and none of its figures
 * is taken. The caller's guards (moment, place, ratio) decide which of them disagree.
 */
export function loneFigurePairs(
  mentions: readonly NumberMention[],
  /** Every figure of the story, those already set aside included: they count against a lone value. */
  all: readonly NumberMention[],
  articles: readonly Article[],
): LonePair[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const values = new Map<string, Set<number>>();
  for (const mention of all) {
    const role = roleOf(mention);
    if (!role) continue;
    const key = `${outletOf(mention.item.article, byId).key}\u0000${role}`;
    const set = values.get(key) ?? new Set<number>();
    set.add(mention.value);
    if (mention.range) {
      set.add(mention.range.low);
      set.add(mention.range.high);
    }
    values.set(key, set);
  }
  // An outlet's lone figure of a role is evidence only where it told figures of other roles too.
  const roles = new Map<string, number>();
  for (const key of values.keys()) {
    const outlet = key.split("\u0000")[0]!;
    roles.set(outlet, (roles.get(outlet) ?? 0) + 1);
  }
  // The first usable mention of each outlet's lone value, by role.
  const byRole = new Map<string, Map<string, NumberMention>>();
  for (const mention of mentions) {
    // An offer, a demand or a plan changes as talks go on: one outlet's lone offer may be an earlier
    // round than another's ("offered 640 pence", "an improved offer of 700 pence").
    if (mention.kind !== "fixed" || mention.range || mention.frame !== "reported") continue;
    const role = roleOf(mention);
    if (!role) continue;
    const outlet = outletOf(mention.item.article, byId).key;
    if (values.get(`${outlet}\u0000${role}`)?.size !== 1 || (roles.get(outlet) ?? 0) < MIN_ROLES) continue;
    const outlets = byRole.get(role) ?? new Map<string, NumberMention>();
    if (!outlets.has(outlet)) outlets.set(outlet, mention);
    byRole.set(role, outlets);
  }
  // A role some outlet gives two values of is told of two things in the story: no role of one quantity.
  const split = new Set<string>();
  for (const [key, set] of values) if (set.size > 1) split.add(key.split("\u0000")[1]!);
  const pairs: LonePair[] = [];
  for (const [role, outlets] of byRole) {
    if (split.has(role)) continue;
    const lone = [...outlets.values()];
    for (const [index, a] of lone.entries())
      for (const b of lone.slice(index + 1))
        if (
          a.value !== b.value &&
          plain(a) &&
          plain(b) &&
          !occasionOf(a.item.sentence.text).foreseen &&
          !otherOccasions(occasionOf(a.item.sentence.text), occasionOf(b.item.sentence.text)) &&
          !withinBound(a, b) &&
          !twoActs(a, b)
        )
          pairs.push({ a, b });
  }
  return pairs;
}
