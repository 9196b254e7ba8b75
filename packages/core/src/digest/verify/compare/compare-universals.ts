import { passageSlice, type SupportContext, type SupportFault } from "./support-fault.js";

const UNIVERSALS = new Set(["all", "every", "each", "any", "entire", "whole"]);
// Words that open a restriction right after a noun: "vehicles over 7.5 tonnes", "staff who joined
// before 2010", "homes with solar panels".
const RESTRICTIONS = new Set([
  "over",
  "under",
  "above",
  "below",
  "aged",
  "weighing",
  "with",
  "without",
  "who",
  "that",
  "which",
  "earning",
  "older",
  "younger",
  "more",
  "less",
]);
/** How far after its noun a restriction may end. */
const RESTRICTION_REACH = 5;

/**
 * "All vehicles" where the passage says "vehicles over 7.5 tonnes": the sentence makes a rule for
 * every one of a group the passage restricts, and leaves the restriction out. Only where the passage
 * sentence says no "all" or "every" of its own.
 */
export function compareUniversals(context: SupportContext): SupportFault[] {
  const { statement, passages, alignment } = context;
  const faults: SupportFault[] = [];
  statement.tokens.forEach((token, index) => {
    if (token.key !== "all" && token.key !== "every") return;
    let noun = index + 1;
    if (statement.tokens[noun]?.key === "the") noun += 1;
    while (statement.tokens[noun]?.pos === "ADJ") noun += 1;
    if (statement.tokens[noun]?.pos !== "NOUN") return;
    const link = alignment.links[noun];
    if (!link) return;
    const tokens = passages[link.passage]!.tokens;
    const sentence = tokens[link.token]!.sentence;
    if (tokens.some((other) => other.sentence === sentence && UNIVERSALS.has(other.key))) return;
    const restriction = tokens[link.token + 1];
    if (!restriction || restriction.sentence !== sentence || !RESTRICTIONS.has(restriction.key)) return;
    // The sentence keeps the restriction ("all vehicles over 7.5 tonnes"): nothing is widened.
    if (alignment.links.some((other) => other?.passage === link.passage && other.token === link.token + 1)) return;
    let end = link.token + 1;
    while (end + 1 < tokens.length && end - link.token < RESTRICTION_REACH && tokens[end + 1]!.sentence === sentence) {
      if (tokens[end + 1]!.pos === "PUNCT" || tokens[end + 1]!.pos === "VERB" || tokens[end + 1]!.pos === "AUX") break;
      end += 1;
    }
    faults.push({
      kind: "modality",
      reason: `the sentence says "${token.text} ${statement.tokens[noun]!.text}"; the passage says only "${passageSlice(passages[link.passage]!, link.token, end)}"`,
    });
  });
  return faults;
}
