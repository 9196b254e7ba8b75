/**
 * A date or a sum a newsroom writes in more than one way ("14 March" and "March 14th", "£2bn" and
 * "£2 billion"): the same value in another notation is no change of claim, but the alignment reads
 * it as words moved or added. The statement is written in the form its passages use for the same
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

/**
 * The statement with each date and sum written as its passages write the same one, where they write
 * it otherwise ("will close on March 14" against "will close on 14 March"); unchanged when none is.
 */
export function inPassageForms(statement: string, passages: readonly string[]): string {
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
  const passageSums = sumsIn(passageText);
  for (const sum of sumsIn(statement)) {
    const model = passageSums.find((other) => other.key === sum.key);
    if (model && model.text !== sum.text) replacements.push({ start: sum.start, end: sum.end, text: model.text });
  }
  let written = statement;
  for (const replacement of replacements.sort((a, b) => b.start - a.start))
    written = written.slice(0, replacement.start) + replacement.text + written.slice(replacement.end);
  return written;
}
