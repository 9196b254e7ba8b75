import type { ArticleSentence } from "../evidence/article-sentences.js";

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
}

const NUMBER =
  /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion|thousand))?(?![\p{L}\p{N}]|[.,]\d)/gu;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const QUALIFIER =
  /(about|around|approximately|nearly|almost|roughly|at least|more than|over|less than|fewer than|up to|some)\s+$/i;

/** Event words, most specific first: the first one found near the number names the quantity. */
const EVENTS: ReadonlyArray<readonly [string, RegExp]> = [
  ["killed", /\b(killed|dead|died|deaths?|death toll)\b/i],
  ["injured", /\b(injured|wounded)\b/i],
  ["kidnapped", /\b(kidnapped|abducted|taken (?:hostage|captive|prisoner)|seized)\b/i],
  ["released", /\b(released?|freed|free|exchanged?|swap)\b/i],
  ["displaced", /\b(displaced|fled|evacuated)\b/i],
  ["arrested", /\b(arrested|detained|interrogated)\b/i],
  ["held", /\b(held|holding|captive|remain)\b/i],
];

const WINDOW = /\b(previous|past|last)\s+(24 hours|day|days|night|week)\b|\bovernight\b|\bin 24 hours\b/i;
const RUNNING = /\b(since|so far|to date|in total|subsequent|cumulative|toll has risen)\b/i;
const UNIT_SKIP = /^(?:more|other|of|percent|per|years?|days?|months?|weeks?|hours?|minutes?|times?|am|pm|a\.m|p\.m)$/i;
const MONTHS =
  /(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$/;

function singular(word: string): string {
  const lower = word.toLowerCase();
  if (lower === "people" || lower === "persons") return "people";
  if (lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith("s") && !lower.endsWith("ss")) return lower.slice(0, -1);
  return lower;
}

/** Counts of things in the sentences: years, days of the month and percentages are left out. */
export function findNumberMentions(items: readonly ArticleSentence[]): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const item of items) {
    const text = item.sentence.text;
    for (const match of text.matchAll(NUMBER)) {
      const raw = match[1]!;
      const index = match.index ?? 0;
      const before = text.slice(0, index);
      const after = text.slice(index + match[0].length);
      // Dates ("October 7", "May 31, 2024"), years and ordinals are not counts.
      if (MONTHS.test(before) || /^(st|nd|rd|th)\b/i.test(after) || /^\s*(percent|%)/i.test(after)) continue;
      if (/^\d{4}$/.test(raw) && Number(raw) >= 1900 && Number(raw) <= 2100) continue;
      if (/^-\w/.test(after)) continue; // "45-day phase", "six-week": an adjective, not a count
      const value = Number(raw.replace(/,/g, "")) * (match[2] ? (SCALE[match[2].toLowerCase()] ?? 1) : 1);
      const unitMatch = /^\s+(?:[a-z-]+\s+){0,2}?([A-Za-z]+)/.exec(after);
      const directNoun = /^\s+([A-Za-z]+)/.exec(after)?.[1] ?? null;
      let unit: string | null = null;
      const isVerbForm =
        directNoun !== null && /(?:ed|en)$/i.test(directNoun) && !/^(children|women|men|citizens?)$/i.test(directNoun);
      if (
        directNoun &&
        !isVerbForm &&
        !UNIT_SKIP.test(directNoun) &&
        !/^(of|who|whom|which|that|and|or|to|in|on|at|were|was|have|has|had|will|would)$/i.test(directNoun)
      ) {
        unit = singular(
          /^(people|hostages?|prisoners?|palestinians?|israelis?|civilians?|soldiers?|children|women)$/i.test(
            directNoun,
          )
            ? directNoun
            : (unitMatch?.[1] ?? directNoun),
        );
      }
      // The clause around the number: from the previous clause break to the next one.
      const clauseStart = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":"), 0);
      const clauseEnd = after.search(/[;:]|,\s+(?:according|officials|the [a-z]+ said)/i);
      const clause = `${before.slice(clauseStart)} ${raw} ${clauseEnd >= 0 ? after.slice(0, clauseEnd) : after}`;
      const afterClause = clauseEnd >= 0 ? after.slice(0, clauseEnd) : after;
      let event: string | null = null;
      let eventIndex = -1;
      // Prefer the nearest event word after the number, up to the next comma ("1,139 people were
      // killed"); "held" only when nothing more specific is there ("35 hostages held … will be released").
      const eventWindow = afterClause.split(",")[0] ?? "";
      for (const [name, pattern] of EVENTS) {
        const found = pattern.exec(eventWindow);
        if (!found) continue;
        const better = eventIndex === -1 || event === "held" || (name !== "held" && found.index < eventIndex);
        if (better) {
          event = name;
          eventIndex = found.index;
        }
      }
      if (!event) {
        for (const [name, pattern] of EVENTS) {
          if (pattern.test(before.slice(-60))) {
            event = name;
            break;
          }
        }
      }
      const kind: QuantityKind = WINDOW.test(clause)
        ? "window"
        : RUNNING.test(afterClause) || RUNNING.test(before.slice(-40))
          ? "running"
          : "fixed";
      const scopeMatch =
        eventIndex >= 0 ? /\b(?:in|on|during|since)\b[^,;]*/i.exec(eventWindow.slice(eventIndex)) : null;
      const start = item.sentence.start + index;
      mentions.push({
        item,
        raw: match[2] ? `${raw} ${match[2]}` : raw,
        value,
        start,
        end: start + match[0].length,
        qualifier: QUALIFIER.exec(before)?.[1]?.toLowerCase() ?? null,
        unit,
        event,
        kind,
        scope: scopeMatch ? scopeMatch[0].replace(/[.\s]+$/, "").trim() : "",
      });
    }
  }
  return mentions;
}
