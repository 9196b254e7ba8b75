/** Dates are shown in UTC so every editor sees the same day, whatever their machine's zone. */
export function formatDateTime(date: Date | null | undefined): string {
  if (!date) return "undated";
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
