/**
 * What a group is paid, told by its verb before the sum: "The average resident doctor earns", "Junior
 * nurses earn an average of", "Bus drivers are paid about". The group (its last two words, singular) is
 * whose pay it is: two outlets' sums for one group can disagree, two groups' sums never.
 */
const EARNS_BEFORE =
  /(?:^|[^\p{L}])(?:(?:the|an?)\s+)?(?:average\s+)?((?:\p{L}+\s+)?\p{L}+?)(?:s)?\s+(?:earns?|earned|earning|(?:is|are|were|was|get|gets)\s+paid|take(?:s)?\s+home)\s+(?:(?:an\s+average\s+of|on\s+average|about|around|roughly|nearly|almost|some|more\s+than|less\s+than|just\s+over|just\s+under)\s+)?[$£€]?\s*$/iu;
/** Words that are no group's name: pronouns and quantifiers ("they earn", "most earn"). */
const NO_GROUP = /^(?:he|she|it|they|we|you|who|which|that|those|these|one|many|most|some|all)$/i;

/** The group whose pay a sum after `before` is, singular and lowercase ("resident doctor"), or null. */
export function payOfGroup(before: string): string | null {
  const match = EARNS_BEFORE.exec(before);
  if (!match) return null;
  // A capital inside the sentence makes a name ("Chief Executive Daniel Roper was paid"): a person's
  // pay (pay-received.ts), no group's; only the sentence's first word may be capitalised.
  const opening = before.trimStart().startsWith(match[1]!);
  const written = match[1]!.split(/\s+/);
  if (written.some((word, index) => /^\p{Lu}/u.test(word) && !(index === 0 && opening))) return null;
  const words = match[1]!.toLowerCase().split(/\s+/);
  const head = words.at(-1)!;
  if (NO_GROUP.test(head)) return null;
  // "the average resident doctor" and "Resident doctors" name one group; a lone function word before it does not.
  return words.filter((word) => !/^(?:average|the|an?|and|of)$/.test(word)).join(" ") || null;
}
