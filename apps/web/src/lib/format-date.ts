// Dates are shown in UTC so every editor sees the same day, whatever their machine's zone, and
// written out ("7 Feb 2024, 09:30 UTC") rather than as ISO strings.
const dateTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const dateOnly = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });

export function formatDateTime(date: Date | null | undefined): string {
  if (!date || Number.isNaN(date.getTime())) return "undated";
  return `${dateTime.format(date)} UTC`;
}

export function formatDate(date: Date | null | undefined): string {
  return date && !Number.isNaN(date.getTime()) ? dateOnly.format(date) : "undated";
}

/**
 * A date as sources give it (ISO date-time, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`) for readers:
 * "7 February 2024", "February 2024", "2024"; anything else as it came.
 */
/** A timeline entry's date for readers: "week of 23 November 2026" for a week (its Monday), "Undated" for none. */
export function formatTimelineDate(entry: { date: string | null; precision?: "week" | undefined }): string {
  if (!entry.date) return "Undated";
  return entry.precision === "week" ? `week of ${formatLooseDate(entry.date)}` : formatLooseDate(entry.date);
}

export function formatLooseDate(value: string | null | undefined): string {
  if (!value) return "undated";
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) {
    const date = new Date(`${value}-01T00:00:00Z`);
    return Number.isNaN(date.getTime())
      ? value
      : new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "long", year: "numeric" }).format(date);
  }
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : formatDate(date);
}
