import { MONTH_NAMES, monthNamed, WEEKDAY_NAMES } from "../../../text/calendar-names.js";
import type { AnalyzedText } from "../reading/index.js";
import { readQuantities } from "../reading/index.js";
import type { SupportContext, SupportFault } from "./support-fault.js";

/** A date or time said in a text, as a comparable key and as written. */
interface DateMention {
  kind: "weekday" | "month" | "day" | "year" | "time";
  key: string;
  text: string;
}

function readDates(analyzed: AnalyzedText): DateMention[] {
  const found: DateMention[] = [];
  const tokens = analyzed.tokens;
  tokens.forEach((token, index) => {
    const lower = token.text.toLowerCase();
    if (WEEKDAY_NAMES.includes(lower)) found.push({ kind: "weekday", key: lower, text: token.text });
    const month = monthNamed(token.text);
    // "may" is a month only with a day or year beside it, or capitalised mid-sentence.
    if (month && (month !== "may" || token.text === "May" || /^\d/.test(tokens[index + 1]?.text ?? ""))) {
      found.push({ kind: "month", key: month, text: token.text });
      const day = tokens[index + 1];
      if (day && /^\d{1,2}(?:st|nd|rd|th)?$/.test(day.text) && Number.parseInt(day.text, 10) <= 31)
        found.push({
          kind: "day",
          key: `${month}-${Number.parseInt(day.text, 10)}`,
          text: analyzed.text.slice(token.start, day.end),
        });
      const before = tokens[index - 1];
      const of = tokens[index - 2];
      if (before?.text.toLowerCase() === "of" && of && /^\d{1,2}(?:st|nd|rd|th)?$/.test(of.text))
        found.push({
          kind: "day",
          key: `${month}-${Number.parseInt(of.text, 10)}`,
          text: analyzed.text.slice(of.start, token.end),
        });
      else if (before && /^\d{1,2}(?:st|nd|rd|th)?$/.test(before.text) && Number.parseInt(before.text, 10) <= 31)
        found.push({
          kind: "day",
          key: `${month}-${Number.parseInt(before.text, 10)}`,
          text: analyzed.text.slice(before.start, token.end),
        });
    }
    const time = /^(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\.?$/i.exec(token.text);
    const nextMeridiem = /^([ap])\.?m\.?$/i.exec(tokens[index + 1]?.text ?? "");
    if (time || (/^\d{1,2}(?::\d\d)?$/.test(token.text) && nextMeridiem)) {
      const [hours, minutes] = token.text.replace(/[ap]\.?m\.?$/i, "").split(":");
      const meridiem = (time?.[3] ?? nextMeridiem?.[1] ?? "").toLowerCase();
      const hour = (Number(hours) % 12) + (meridiem === "p" ? 12 : 0);
      found.push({ kind: "time", key: `${hour}:${minutes ?? "00"}`, text: token.text });
    }
  });
  for (const quantity of readQuantities(analyzed))
    if (quantity.year) found.push({ kind: "year", key: String(quantity.value), text: quantity.text });
  found.push(...weekdaysOfDates(analyzed, found));
  return found;
}

/**
 * The weekday of a full date a text gives ("10 March 2026", "March 10, 2026"): a sentence that says
 * "on Tuesday" for it says what the text says. The year must be written beside the day and month.
 */
function weekdaysOfDates(analyzed: AnalyzedText, found: readonly DateMention[]): DateMention[] {
  const weekdays: DateMention[] = [];
  for (const day of found) {
    if (day.kind !== "day") continue;
    const at = analyzed.text.indexOf(day.text);
    const after = /^,?\s+(\d{4})\b/.exec(analyzed.text.slice(at + day.text.length));
    if (!after) continue;
    const [month, date] = day.key.split("-");
    const when = new Date(Date.UTC(Number(after[1]), MONTH_NAMES.indexOf(month!), Number(date)));
    if (when.getUTCDate() !== Number(date)) continue;
    weekdays.push({
      kind: "weekday",
      key: WEEKDAY_NAMES[when.getUTCDay()]!,
      text: `${day.text}${after[0]}`.trim(),
    });
  }
  return weekdays;
}

const KIND_WORDS: Record<DateMention["kind"], string> = {
  weekday: "day",
  month: "month",
  day: "date",
  year: "year",
  time: "time",
};

/**
 * Days, dates, months, years and times of the statement must be the passages': "Monday" where the
 * passage says "Sunday" is a different claim, however much else matches.
 */
export function compareDates(context: SupportContext): SupportFault[] {
  const cited = context.passages.flatMap((passage) => readDates(passage));
  const faults: SupportFault[] = [];
  const seen = new Set<string>();
  for (const mention of readDates(context.statement)) {
    if (seen.has(`${mention.kind}:${mention.key}`)) continue;
    seen.add(`${mention.kind}:${mention.key}`);
    if (cited.some((other) => other.kind === mention.kind && other.key === mention.key)) continue;
    const rival = cited.find((other) => other.kind === mention.kind);
    faults.push({
      kind: "date",
      reason: rival
        ? `the sentence says ${mention.text}; the cited passage says ${rival.text}`
        : `${KIND_WORDS[mention.kind]} ${mention.text} is not in the cited passage`,
    });
  }
  return faults;
}
