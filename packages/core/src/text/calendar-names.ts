/** The months' names in lower case, January first (index = a Date's getUTCMonth()). */
export const MONTH_NAMES: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Months' abbreviations as news writes them, with or without a full stop ("Sept.", "Oct"). */
const MONTH_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ...MONTH_NAMES.map((name) => [name.slice(0, 3), name] as const),
  ["sept", "september"],
]);

/** A month's full name in lower case from its name or abbreviation ("Oct." → "october"), else null. */
export function monthNamed(word: string): string | null {
  const lower = word.toLowerCase().replace(/\.$/, "");
  if (MONTH_NAMES.includes(lower)) return lower;
  return MONTH_ABBREVIATIONS.get(lower) ?? null;
}

/** The weekdays' names in lower case, Sunday first (index = a Date's getUTCDay()). */
export const WEEKDAY_NAMES: readonly string[] = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];

/** A name with its first letter in capitals ("october" → "October"). */
export function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
