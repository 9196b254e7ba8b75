import { porterStem } from "../../evidence/porter-stem.js";

/**
 * Verbs that tell one event in other words, as a plan and its outcome often do ("is expected to
 * arrive on Wednesday", then "berthed at Falmouth on Wednesday"; "will sentence", then "was jailed"):
 * each family's forms, first its head verb. Only forms with no common other sense in news are listed:
 * "docked", not "dock" ("dock workers"); no "landed" (a contract), no "reached" (a deal).
 */
const FAMILIES: ReadonlyArray<readonly string[]> = [
  ["arrive", "docked", "berthed"],
  ["depart", "sailed"],
  ["sentence", "jailed", "imprisoned"],
  ["release", "freed"],
  ["resign", "resigned", "quit"],
  // A vote is told by what it decided: "is due to vote on Tuesday", then "approved the plan".
  ["vote", "voted", "approved", "rejected"],
];

const FAMILY_OF: ReadonlyMap<string, string> = new Map(
  FAMILIES.flatMap((family) => family.map((word) => [word, porterStem(family[0]!)] as const)),
);

/** A lower-case word's stem, as its event family's when it has one ("berthed" → "arriv"). */
export function eventStem(word: string): string {
  return FAMILY_OF.get(word) ?? porterStem(word);
}
