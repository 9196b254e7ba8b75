import type { TextToken } from "../reading/index.js";
import { passageSlice, type SupportContext, type SupportFault, statementSlice } from "./support-fault.js";

// Words that tell which way a figure moved, by key: "up 3%", "3% higher", "rose 3%", "a 3% rise".
const UP = new Set([
  "up",
  "high",
  "rise",
  "increase",
  "climb",
  "gain",
  "grow",
  "growth",
  "jump",
  "raise",
  "soar",
  "surge",
]);
const DOWN = new Set([
  "down",
  "low",
  "fall",
  "drop",
  "decline",
  "decrease",
  "cut",
  "reduce",
  "slump",
  "plunge",
  "shrink",
]);
/** How far from its figure a direction word may stand ("fell by 3%", "3 per cent higher"). */
const REACH = 3;

/**
 * Which ways the words around the figure at `index` say it moved. A word belongs to the nearest
 * figure: none past another number. "up to 40" and "down to" are bounds, not directions.
 */
function directionsAround(tokens: readonly TextToken[], index: number): Set<"up" | "down"> {
  const found = new Set<"up" | "down">();
  const sentence = tokens[index]!.sentence;
  for (const step of [-1, 1]) {
    for (let offset = 1; offset <= REACH; offset += 1) {
      const token = tokens[index + step * offset];
      if (!token || token.sentence !== sentence) break;
      if (token.pos === "NUM" && /^\d/.test(token.text)) break;
      if (token.pos === "PROPN") continue;
      if ((token.key === "up" || token.key === "down") && tokens[index + step * offset + 1]?.key === "to") continue;
      if (UP.has(token.key)) found.add("up");
      if (DOWN.has(token.key)) found.add("down");
    }
  }
  return found;
}

/** The passage's words from the figure's first direction word to the figure, or back, for the reason. */
function around(tokens: readonly TextToken[], index: number): [number, number] {
  let first = index;
  let last = index;
  for (let offset = 1; offset <= REACH; offset += 1) {
    const before = tokens[index - offset];
    const after = tokens[index + offset];
    if (before && before.sentence === tokens[index]!.sentence && (UP.has(before.key) || DOWN.has(before.key)))
      first = index - offset;
    if (after && after.sentence === tokens[index]!.sentence && (UP.has(after.key) || DOWN.has(after.key)))
      last = index + offset;
  }
  // The unit goes with its figure: "up 6.2%", not "up 6.2".
  if (last === index && tokens[index + 1]?.pos === "SYM") last = index + 1;
  return [first, last];
}

/**
 * A figure told as moving the other way than the passage says: "down 3.4% on a year earlier" as
 * "3.4% higher than a year earlier", "rose 0.6%" as "fell 0.6%". The same figure is found in both;
 * the words right around it in each say up or down, one way only, and they disagree. Checked on
 * the figure because a rewrite may tell the direction by a verb, a preposition or a comparative.
 */
export function compareDirections(context: SupportContext): SupportFault[] {
  const { statement, passages, alignment } = context;
  const faults: SupportFault[] = [];
  statement.tokens.forEach((token, index) => {
    const link = alignment.links[index];
    if (!link || token.pos !== "NUM" || !/^\d/.test(token.text)) return;
    const passage = passages[link.passage]!;
    const theirs = directionsAround(passage.tokens, link.token);
    const ours = directionsAround(statement.tokens, index);
    if (theirs.size !== 1 || ours.size !== 1 || [...theirs][0] === [...ours][0]) return;
    const [first, last] = around(passage.tokens, link.token);
    const [ourFirst, ourLast] = around(statement.tokens, index);
    faults.push({
      kind: "number",
      reason: `the passage says "${passageSlice(passage, first, last)}"; the sentence says "${statementSlice(context, ourFirst, ourLast)}"`,
    });
  });
  return faults;
}
