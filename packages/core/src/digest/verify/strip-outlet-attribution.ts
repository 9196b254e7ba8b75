import { escapeRegExp } from "../../text/escape-reg-exp.js";

const REPORTED = "(?:said|says|reported|reports|wrote|writes|counted|counts)";

interface Attributions {
  leading: RegExp;
  trailing: RegExp;
  according: RegExp;
}

/** Outlets' attribution patterns, built once per outlet: every reading of every statement is stripped. */
const attributions = new Map<string, Attributions>();
/** A worker sees many stories' outlets: past this many, the patterns are built afresh. */
const MAX_OUTLETS = 1000;

function attributionsOf(outlet: string): Attributions {
  const known = attributions.get(outlet);
  if (known) return known;
  if (attributions.size >= MAX_OUTLETS) attributions.clear();
  const name = `(?:the\\s+)?${escapeRegExp(outlet.replace(/^the\s+/i, ""))}`;
  const built = {
    leading: new RegExp(`^\\s*${name}\\s+${REPORTED}(?:\\s+that)?\\s+`, "iu"),
    trailing: new RegExp(`,\\s*${name}\\s+${REPORTED}\\s*([.!?]?)\\s*$`, "iu"),
    according: new RegExp(`(^|,\\s*)according to ${name}(?:,\\s*|\\s*$)`, "iu"),
  };
  attributions.set(outlet, built);
  return built;
}

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
