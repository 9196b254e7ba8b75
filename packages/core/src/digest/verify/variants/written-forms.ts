import { escapeRegExp } from "../../../text/escape-reg-exp.js";
import { numberWordValue } from "../reading/index.js";

/**
 * What a newsroom writes in more than one way: a date ("14 March", "March 14th"), a sum ("£2bn",
 * "£2 billion"), a count, a percentage, an initialism, a clock time, an age, a person's second
 * reference ("Mr Reyes" for "Tom Reyes"). The same value in another notation is no change of claim,
 * but the alignment reads it as words moved or added. The statement is written in the form its passages use for the same
 * value before it is checked; a different value is left as written, for the comparisons to catch.
 */

const MONTH =
  "(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(?:,?\\s+(\\d{4}))?";
// "14 March", "14th of March 2025", and "March 14", "March 14th, 2025".
const DAY_FIRST = new RegExp(`\\b(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])${YEAR}`, "giu");
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+${DAY}(?![\\p{L}\\d])${YEAR}`, "giu");

interface Written {
  start: number;
  end: number;
  text: string;
  key: string;
}

interface DateWritten extends Written {
  order: "day-month" | "month-day";
  day: string;
  month: string;
  year: string | null;
}

const monthKey = (month: string) => month.toLowerCase().slice(0, 3);

function datesIn(text: string): DateWritten[] {
  const found: DateWritten[] = [];
  for (const match of text.matchAll(DAY_FIRST)) {
    const [whole, day, month, year] = match;
    if (Number(day) < 1 || Number(day) > 31) continue;
    // The month as written, with its day's suffix left to the order that carries it.
    found.push({
      start: match.index,
      end: match.index + whole.length,
      text: whole,
      key: `${Number(day)} ${monthKey(month!)}`,
      order: "day-month",
      day: whole.match(/\d{1,2}(?:st|nd|rd|th)?/)![0],
      month: month!,
      year: year ?? null,
    });
  }
  for (const match of text.matchAll(MONTH_FIRST)) {
    const [whole, month, day, year] = match;
    if (Number(day) < 1 || Number(day) > 31) continue;
    if (found.some((date) => date.start < match.index + whole.length && match.index < date.end)) continue;
    found.push({
      start: match.index,
      end: match.index + whole.length,
      text: whole,
      key: `${Number(day)} ${monthKey(month!)}`,
      order: "month-day",
      day: whole.match(/\d{1,2}(?:st|nd|rd|th)?/)![0],
      month: month!,
      year: year ?? null,
    });
  }
  return found;
}

/** The statement's date in the passage date's order, spelling and day suffix, with the statement's own year. */
function dateLike(date: DateWritten, model: DateWritten): string {
  const month = model.text.match(new RegExp(MONTH, "iu"))![0];
  if (model.order === "day-month") return `${model.day} ${month}${date.year ? ` ${date.year}` : ""}`;
  return `${month} ${model.day}${date.year ? `, ${date.year}` : ""}`;
}

// "£2bn", "$3.5 million", "€40m": a currency's "m" and "k" are magnitudes; bare, only "bn" and "billion" are.
const SUM =
  /(?:([£$€])\s?(\d+(?:[.,]\d+)?)\s?(bn|billion|tn|trillion|mn|m|million|k|thousand)|\b(\d+(?:\.\d+)?)\s?(bn|billion|tn|trillion))(?![\p{L}])/giu;
const MAGNITUDE: Record<string, string> = {
  bn: "b",
  billion: "b",
  tn: "t",
  trillion: "t",
  mn: "m",
  m: "m",
  million: "m",
  k: "k",
  thousand: "k",
};

function sumsIn(text: string): Written[] {
  return [...text.matchAll(SUM)].map((match) => {
    const [whole, currency, amount, unit, bareAmount, bareUnit] = match;
    const number = Number((amount ?? bareAmount)!.replace(",", "."));
    return {
      start: match.index,
      end: match.index + whole.length,
      text: whole,
      key: `${currency ?? ""}${number}${MAGNITUDE[(unit ?? bareUnit)!.toLowerCase()]}`,
    };
  });
}

const found = (text: string, pattern: RegExp, key: (match: RegExpExecArray) => string | null): Written[] =>
  [...text.matchAll(pattern)].flatMap((match) => {
    const value = key(match);
    return value === null
      ? []
      : [{ start: match.index, end: match.index + match[0].length, text: match[0], key: value }];
  });

// "1.2 million" and "1,200,000": a count in words of magnitude and in digits, by value.
const LARGE = /\b(\d+(?:\.\d+)?)\s(million|billion)\b|\b\d{1,3}(?:,\d{3}){2,}(?![\d,])/giu;
const largeNumbersIn = (text: string) =>
  found(text, LARGE, (match) =>
    match[1]
      ? `${Math.round(Number(match[1]) * (match[2]!.toLowerCase() === "million" ? 1e6 : 1e9))}`
      : match[0].replace(/,/g, ""),
  );

// "5.2%", "5.2 percent", "5.2 per cent" (not "percentage points", a different measure).
const PERCENT = /\b(\d+(?:\.\d+)?)(?:\s?%|\s+per\s?cent\b)(?!\s+points?\b)/giu;
const percentsIn = (text: string) => found(text, PERCENT, (match) => `${Number(match[1])}%`);

// "U.S." and "US", "U.N." and "UN": an initialism with and without its full stops. Undotted, only in
// capitals ("us" is a pronoun).
const INITIALISM = /(?<![\p{L}.])(?:((?:\p{L}\.){2,})|(\p{Lu}{2,4})(?![\p{L}.]))/gu;
const initialismsIn = (text: string) =>
  found(text, INITIALISM, (match) => (match[1] ?? match[2]!).replace(/\./g, "").toLowerCase());

// "3pm", "3 p.m.", "3:00 pm", "15:00": the same minute of the day.
const CLOCK = /\b(\d{1,2})(?:[:.](\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)|\b(\d{1,2}):(\d{2})\b(?!\s?(?:am|pm|a\.m|p\.m))/giu;
const timesIn = (text: string) =>
  found(text, CLOCK, (match) => {
    const [, hour12, minute12, half, hour24, minute24] = match;
    let hour = Number(hour12 ?? hour24);
    const minute = Number(minute12 ?? minute24 ?? 0);
    if (half) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (half.toLowerCase().startsWith("p") ? 12 : 0);
    }
    return hour > 23 || minute > 59 ? null : `${hour}:${minute}`;
  });

// "a man aged 25" and "a 25-year-old man": the same person's age, by noun and years.
const AGED = /\b(an?|the)\s+(\p{L}+),?\s+aged\s+(\d{1,3})\b|\b(an?|the)\s+(\d{1,3})-year-old\s+(\p{L}+)/giu;
const agesIn = (text: string) =>
  found(text, AGED, (match) => `${(match[2] ?? match[6])!.toLowerCase()} ${Number(match[3] ?? match[5])}`);

// "Sixty-three" and "63", "twelve" and "12": a count from two to ninety-nine in words and in digits
// ("one" is left alone: it is as often a pronoun). Digits inside a decimal, a thousands group, a clock
// time or a score are not a count of their own.
const TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine";
const ALONE_WORDS =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const COUNT_WORDS = new RegExp(
  `\\b(?:(?:${TENS_WORDS})(?:[-\\s](?:${UNIT_WORDS}))?|(?:${ALONE_WORDS}))\\b(?![-–]\\d)`,
  "giu",
);
const COUNT_DIGITS = /(?<![\d.,:£$€-])\b([1-9]\d?)\b(?![.,:]\d|\s?[-–]\s?\d|%)/gu;
const countsIn = (text: string) => [
  // "sixty three" as "sixty-three", the form numberWordValue reads.
  ...found(text, COUNT_WORDS, (match) => `${numberWordValue(match[0].replace(/\s+/, "-"))}`),
  ...found(text, COUNT_DIGITS, (match) => (Number(match[1]) >= 2 ? match[1]! : null)),
];

// "a decade" and "ten years", "a fortnight" and "two weeks", "a century" and "100 years": a span
// told by its name and by its count.
const SPAN =
  /\b(?:(?:a|one)\s+(decade|fortnight|century)|(ten|10)\s+years|(two|2)\s+weeks|(a\s+hundred|one\s+hundred|100)\s+years)\b/giu;
const SPAN_KEYS: Record<string, string> = { decade: "10y", fortnight: "2w", century: "100y" };
const spansIn = (text: string) =>
  found(text, SPAN, (match) =>
    match[1] ? SPAN_KEYS[match[1].toLowerCase()]! : match[2] ? "10y" : match[3] ? "2w" : "100y",
  );

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

/**
 * "On Tuesday" as "on 10 March 2026" where the passages name no weekday of that name but give one
 * full date, with its year, that falls on it: the day an event happened, told as its weekday.
 */
function weekdaysAsDates(
  statement: string,
  passageText: string,
  passageDates: readonly DateWritten[],
): Array<{ start: number; end: number; text: string }> {
  return [...statement.matchAll(WEEKDAY)].flatMap((match) => {
    if (passageText.includes(match[0])) return [];
    const onThatDay = passageDates.filter((date) => {
      if (date.year === null) return false;
      const month = MONTH_KEYS.indexOf(monthKey(date.month));
      const when = new Date(Date.UTC(Number(date.year), month, Number.parseInt(date.day, 10)));
      return month >= 0 && WEEKDAYS[(when.getUTCDay() + 6) % 7] === match[0].toLowerCase();
    });
    const texts = new Set(onThatDay.map((date) => date.text.replace(/^the\s+/i, "")));
    if (texts.size !== 1) return [];
    return [{ start: match.index, end: match.index + match[0].length, text: [...texts][0]! }];
  });
}
const MONTH_KEYS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// "Mr Reyes", the newsroom's second reference to the "Tom Reyes" its passages name.
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu;

/** "Mr Reyes" as "Tom Reyes" where the passages name one person of that surname, and never so. */
function namedAsPassages(statement: string, passageText: string): Array<{ start: number; end: number; text: string }> {
  return [...statement.matchAll(HONORIFIC)].flatMap((match) => {
    const surname = match[1]!;
    if (passageText.includes(match[0])) return [];
    const escaped = escapeRegExp(surname);
    const firsts = new Set(
      [...passageText.matchAll(new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+)\\s+${escaped}\\b`, "gu"))]
        .map((other) => other[1]!)
        .filter((first) => !/^(?:Mr|Mrs|Ms|Miss|Mx)$/.test(first)),
    );
    if (firsts.size !== 1) return [];
    return [{ start: match.index, end: match.index + match[0].length, text: `${[...firsts][0]} ${surname}` }];
  });
}

/**
 * The statement with each date, sum, large count, percentage, initialism, clock time, age, span and small
 * count written as its
 * passages write the same one, where they write it otherwise ("will close on March 14" against "will
 * close on 14 March"); unchanged when none is.
 */
export function inPassageForms(statement: string, passages: readonly string[]): string {
  // A copy is in the passages' notation already (an offline digest's sentences all are).
  if (passages.some((passage) => passage.includes(statement))) return statement;
  const passageText = passages.join("\n");
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  const passageDates = datesIn(passageText);
  for (const date of datesIn(statement)) {
    const model = passageDates.find(
      (other) => other.key === date.key && (date.year === null || other.year === date.year),
    );
    if (!model) continue;
    const text = model.year === date.year ? model.text.replace(/^the\s+/i, "") : dateLike(date, model);
    if (text !== date.text) replacements.push({ start: date.start, end: date.end, text });
  }
  for (const notation of [sumsIn, largeNumbersIn, percentsIn, initialismsIn, timesIn, agesIn, spansIn, countsIn]) {
    const models = notation(passageText);
    for (const written of notation(statement)) {
      // Left as written where the passages write it so too ("three" beside another "3").
      if (models.some((other) => other.text.toLowerCase() === written.text.toLowerCase())) continue;
      const model = models.find((other) => other.key === written.key);
      const overlaps = replacements.some((other) => other.start < written.end && written.start < other.end);
      if (model && model.text !== written.text && !overlaps)
        replacements.push({ start: written.start, end: written.end, text: model.text });
    }
  }
  for (const day of weekdaysAsDates(statement, passageText, passageDates))
    if (!replacements.some((other) => other.start < day.end && day.start < other.end)) replacements.push(day);
  for (const name of namedAsPassages(statement, passageText))
    if (!replacements.some((other) => other.start < name.end && name.start < other.end)) replacements.push(name);
  let written = statement;
  for (const replacement of replacements.sort((a, b) => b.start - a.start))
    written = written.slice(0, replacement.start) + replacement.text + written.slice(replacement.end);
  return written;
}
