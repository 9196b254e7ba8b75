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
