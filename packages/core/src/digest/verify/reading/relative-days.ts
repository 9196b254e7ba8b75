import { capitalised, MONTH_NAMES, WEEKDAY_NAMES } from "../../../text/calendar-names.js";

const WEEKDAYS = WEEKDAY_NAMES.map(capitalised);
const MONTHS = MONTH_NAMES.map(capitalised);
const WEEKDAY = `(${WEEKDAYS.join("|")})`;
const MONTH = `(${MONTHS.join("|")})`;
// "KELSBY, Monday 2 February —", "HOLBECK, Thursday —": a dateline, the day the article is written.
const DATELINE = new RegExp(
  String.raw`^\s*\p{Lu}[\p{Lu} .'’-]*, ${WEEKDAY}(?: (\d{1,2}) ${MONTH})?(?:,? \d{4})? [—–-]`,
  "u",
);
// "on Wednesday 14 October": a weekday with its date, which dates the other weekdays near it.
const DATED_WEEKDAY = new RegExp(String.raw`\b${WEEKDAY},? (\d{1,2}) ${MONTH}\b`, "u");
const RELATIVE = /\b(yesterday|today|this morning|this afternoon|last night|tonight)\b/giu;
const BARE_WEEKDAY = new RegExp(String.raw`\b${WEEKDAY}\b(?!,? \d)`, "gu");
// A weekday after these in its sentence is ahead of the article's day, not behind it.
const FUTURE = /\b(?:will|would|should|shall|is due|are due|to be|is to|are to|expected|next)\b[^.]*$/u;

export interface DayReplacement {
  start: number;
  end: number;
  text: string;
}

interface Anchor {
  weekday: number;
  /** Its date, when the passage gives one: month 0–11. */
  date: { day: number; month: number } | null;
}

/** The day `offset` days from the anchor, as a weekday and, when the anchor is dated, its date ("Sunday 1 February"). */
function dayFrom(anchor: Anchor, offset: number): string {
  const weekday = WEEKDAYS[(((anchor.weekday + offset) % 7) + 7) % 7]!;
  if (!anchor.date) return weekday;
  // The year is not known; a common year only errs at the end of a leap February.
  const date = new Date(Date.UTC(2025, anchor.date.month, anchor.date.day + offset));
  return `${weekday} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}

/**
 * Days a passage tells relative to the day it was written, written out as that day: in an article
 * datelined "KELSBY, Monday 2 February —", "yesterday" is "on Sunday 1 February" and "this morning"
 * "on Monday morning"; in one that says "on Wednesday 14 October", a bare "on Monday" is Monday 12
 * October (the one before, or the one after when the sentence looks ahead: "will appear on Friday").
 * An editor restates a report's days so; a statement that says "on Sunday" or "on 12 October" then
 * meets the passage's words, and one that says "on Saturday" meets a day it contradicts. Nothing
 * without a dateline or a dated weekday: a report's "yesterday" has no day of its own.
 */
export function relativeDays(text: string): DayReplacement[] {
  const replacements: DayReplacement[] = [];
  const dateline = DATELINE.exec(text);
  const dated = DATED_WEEKDAY.exec(text);
  const anchorOf = (weekday: string, day: string | undefined, month: string | undefined): Anchor => ({
    weekday: WEEKDAYS.indexOf(weekday),
    date: day && month ? { day: Number(day), month: MONTHS.indexOf(month) } : null,
  });
  if (dateline) {
    const anchor = anchorOf(dateline[1]!, dateline[2], dateline[3]);
    for (const match of text.matchAll(RELATIVE)) {
      if (match.index < dateline[0].length) continue;
      const word = match[0].toLowerCase();
      // A part of a day is told by its weekday alone ("on Monday morning"), a whole day with its date.
      const weekdayOnly = { ...anchor, date: null };
      const day =
        word === "yesterday"
          ? dayFrom(anchor, -1)
          : word === "last night"
            ? `${dayFrom(weekdayOnly, -1)} night`
            : word === "today"
              ? dayFrom(anchor, 0)
              : `${dayFrom(weekdayOnly, 0)} ${word.replace(/^(?:this|to)/, "").trim() || "night"}`;
      // "by this morning" keeps its preposition: "by Monday morning".
      const preposition = /\b(?:by|since|until|till|from|before|after|on|of)\s+$/iu.test(text.slice(0, match.index));
      // "Yesterday was the wettest day": a subject, not a time.
      const subject = /^\s*(?:was|is|had|has|saw|brought)\b/u.test(text.slice(match.index + match[0].length));
      const on = preposition || subject ? "" : /^\p{Lu}/u.test(match[0]) ? "On " : "on ";
      replacements.push({ start: match.index, end: match.index + match[0].length, text: `${on}${day}` });
    }
  }
  const anchorMatch = dateline?.[2] ? dateline : dated;
  if (anchorMatch) {
    const anchor = anchorOf(anchorMatch[1]!, anchorMatch[2], anchorMatch[3]);
    for (const match of text.matchAll(BARE_WEEKDAY)) {
      if (match.index >= anchorMatch.index && match.index < anchorMatch.index + anchorMatch[0].length) continue;
      const weekday = WEEKDAYS.indexOf(match[1]!);
      const sentenceStart = Math.max(0, text.lastIndexOf(". ", match.index) + 1);
      const ahead = FUTURE.test(text.slice(sentenceStart, match.index));
      const offset = ahead ? (weekday - anchor.weekday + 7) % 7 : -((anchor.weekday - weekday + 7) % 7);
      const end = match.index + match[0].length;
      replacements.push({ start: end, end, text: ` ${dayFrom(anchor, offset).replace(/^\S+ /, "")}` });
    }
  }
  return replacements.filter((replacement) => !/^ \p{L}+$/u.test(replacement.text));
}
