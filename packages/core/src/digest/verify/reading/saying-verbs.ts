/**
 * The verbs of saying the support check's rules share, by their dictionary form ("told" as the tagger
 * leaves it): a rule that reads who said what adds its own ("vow" for a promise reported, "accord" for
 * "according to").
 */
export const SAYING_VERBS: readonly string[] = [
  "say",
  "tell",
  "told",
  "announce",
  "add",
  "state",
  "warn",
  "insist",
  "claim",
];
