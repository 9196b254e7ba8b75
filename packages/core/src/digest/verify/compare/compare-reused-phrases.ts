import { isContentToken } from "../reading/index.js";
import { passageSlice, type SupportContext, type SupportFault, statementSlice } from "./support-fault.js";

/**
 * One phrase of the passage given to two things: "had been hiding in Spain but … based himself in
 * Spain" from "had been hiding in Spain, but … based himself in the Netherlands". The alignment may
 * move a phrase back to where the passage has it, so the second "in Spain" is found on the same
 * words as the first; a preposition and its word found twice on the same passage words are a
 * detail the passage states once, of the first. A name repeated as a subject ("Hume … and Hume")
 * has no preposition and is not one.
 */
export function compareReusedPhrases(context: SupportContext): SupportFault[] {
  const { statement, passages, alignment } = context;
  const faults: SupportFault[] = [];
  const seen = new Map<string, number>();
  statement.tokens.forEach((token, index) => {
    const link = alignment.links[index];
    const before = alignment.links[index - 1];
    if (!link || !before || !isContentToken(token) || statement.tokens[index - 1]!.pos !== "ADP") return;
    const key = `${link.passage}:${before.token}:${link.token}`;
    if (!seen.has(key)) {
      seen.set(key, index);
      return;
    }
    const from = Math.max(0, before.token - 1);
    faults.push({
      kind: "added",
      reason: `says "${statementSlice(context, index - 1, index)}" of two things; the passage says it once ("${passageSlice(passages[link.passage]!, from, link.token)}")`,
    });
  });
  return faults;
}
