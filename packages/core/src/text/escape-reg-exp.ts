/** A text written so a regular expression matches it literally ("Harland & Sons (UK)", "St. Ives"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
