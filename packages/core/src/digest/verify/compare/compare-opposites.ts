import { passageSlice, type SupportContext, type SupportFault, statementSlice } from "./support-fault.js";

// Prepositions and particles that turn what they govern round: "signatures against the plan" are
// not "signatures for the plan", "after it failed" is not "before it failed", "down 5%" is not "up 5%".
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["for", "against"],
  ["before", "after"],
  ["above", "below"],
  ["over", "under"],
  ["up", "down"],
  ["to", "from"],
  ["inside", "outside"],
  ["with", "without"],
];
const OPPOSITE = new Map(PAIRS.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));

/**
 * A preposition put where the passage has its opposite: the statement's words on both sides are
 * found on either side of the passage's word, which the alignment leaves out as grammar, right
 * before the statement's next word ("2,000
 * signatures | against | the plan" against "2,000 signatures for the plan").
 */
export function compareOpposites(context: SupportContext): SupportFault[] {
  const { statement, passages, alignment } = context;
  const faults: SupportFault[] = [];
  for (const step of alignment.steps) {
    if (step.kind !== "gap" || step.to - step.from < 2) continue;
    for (let index = step.from + 1; index < step.to; index += 1) {
      const token = statement.tokens[index]!;
      const opposite = OPPOSITE.get(token.key);
      if (!opposite || alignment.links[index] || !["ADP", "ADV", "PART"].includes(token.pos)) continue;
      // In the statement's place: the word the passage has right before the statement's next one.
      const theirs = step.skipped.filter((skipped) => skipped.pos !== "PUNCT").at(-1);
      if (theirs?.key !== opposite || !["ADP", "ADV", "PART"].includes(theirs.pos)) continue;
      // After a longer stretch left out ("£612 million for the year to February, down 9%"), only the
      // words right before the same figure or noun on both sides: "up 9%" against "down 9%".
      const adjacent = index === step.to - 1 && step.skipped.at(-1) === theirs;
      if (step.skipped.length > 3 && !adjacent) continue;
      const link = alignment.links[step.to]!;
      const passage = passages[link.passage]!;
      // Through the noun the preposition governs: "against the plan".
      let end = step.to;
      while (
        ["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(statement.tokens[end]!.pos) &&
        alignment.links[end + 1]?.token === alignment.links[end]!.token + 1 &&
        ["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(statement.tokens[end + 1]!.pos)
      )
        end += 1;
      faults.push({
        kind: "role",
        reason: `the passage says "${passageSlice(passage, passage.tokens.indexOf(theirs), alignment.links[end]!.token)}"; the sentence says "${statementSlice(context, index, end)}"`,
      });
    }
  }
  return faults;
}
