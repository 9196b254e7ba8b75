/**
 * What a ballot's share was cast on, read after its side ("against the company's remuneration report",
 * "against the re-election of the chairman", "against him"): at one meeting several resolutions are
 * voted on, and the shares against each are different figures. A vote against a person is a vote
 * against their (re-)election. Undefined when the words name no such thing (one ballot, one question).
 */
const BALLOT_OBJECT =
  /^\s+(?:(?:the|a|its|their|his|her)\s+)?(?:(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*['’]s?\s+|[a-z]+['’]s\s+)?(?:[a-z-]+\s+){0,2}?(report|re-election|election|resolution|motion|him|her)\b/u;

export function ballotObjectOf(afterSide: string): string | undefined {
  const head = BALLOT_OBJECT.exec(afterSide)?.[1];
  if (!head) return undefined;
  return /^(?:re-election|election|him|her)$/.test(head) ? "re-election" : head;
}
