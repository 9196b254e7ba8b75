import { escapeRegExp } from "../../text/escape-reg-exp.js";

const REPORTED = "(?:said|says|reported|reports|wrote|writes|counted|counts)";

/**
 * The statement without its attribution to one of the cited passages' own outlets ("…, the Harbour
 * Gazette reported.", "According to Reuters, …", "Reuters said that …"): where a cited passage was
 * published is provenance, true of it, not a claim its text must hold. Other attributions stay.
 */
export function stripOutletAttribution(statement: string, outlets: readonly string[]): string {
  let text = statement;
  for (const outlet of outlets) {
    const name = `(?:the\\s+)?${escapeRegExp(outlet.replace(/^the\s+/i, ""))}`;
    text = text
      .replace(new RegExp(`^\\s*${name}\\s+${REPORTED}(?:\\s+that)?\\s+`, "iu"), "")
      .replace(new RegExp(`,\\s*${name}\\s+${REPORTED}\\s*([.!?]?)\\s*$`, "iu"), "$1")
      .replace(new RegExp(`(^|,\\s*)according to ${name}(?:,\\s*|\\s*$)`, "iu"), "$1");
  }
  text = text.trim();
  // What is left starts a sentence.
  return text === "" ? statement : text.charAt(0).toUpperCase() + text.slice(1);
}
