import { escapeRegExp } from "../../text/escape-reg-exp.js";
import { oncePerWord } from "../../text/once-per-word.js";

const REPORTED = "(?:said|says|reported|reports|wrote|writes|counted|counts)";

interface Attributions {
  leading: RegExp;
  trailing: RegExp;
  according: RegExp;
}

/** Outlets' attribution patterns, built once per outlet (a worker sees many: bounded): every reading of every statement is stripped. */
const attributionsOf = oncePerWord((outlet: string): Attributions => {
  const name = `(?:the\\s+)?${escapeRegExp(outlet.replace(/^the\s+/i, ""))}`;
  return {
    leading: new RegExp(`^\\s*${name}\\s+${REPORTED}(?:\\s+that)?\\s+`, "iu"),
    trailing: new RegExp(`,\\s*${name}\\s+${REPORTED}\\s*([.!?]?)\\s*$`, "iu"),
    according: new RegExp(`(^|,\\s*)according to ${name}(?:,\\s*|\\s*$)`, "iu"),
  };
}, 1000);

/**
 * The statement without its attribution to one of the cited passages' own outlets ("…, the Harbour
 * Gazette reported.", "According to Reuters, …", "Reuters said that …"): where a cited passage was
 * published is provenance, true of it, not a claim its text must hold. Other attributions stay.
 */
export function stripOutletAttribution(statement: string, outlets: readonly string[]): string {
  let text = statement;
  for (const outlet of outlets) {
    const { leading, trailing, according } = attributionsOf(outlet);
    text = text.replace(leading, "").replace(trailing, "$1").replace(according, "$1");
  }
  text = text.trim();
  // What is left starts a sentence.
  return text === "" ? statement : text.charAt(0).toUpperCase() + text.slice(1);
}
