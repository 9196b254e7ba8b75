/**
 * A prize told by the verb of its winner taking it: "Ingrid Solberg collects £375,000", "the Norwegian
 * pockets £450,000", "Mei Tanaka, who finished second, takes home £240,000". One measure of one
 * person's winnings, whichever verb an outlet uses, and its winner's own: two players' prizes (a
 * runner-up's, last year's champion's) are never rival figures, and a sum with no one named taking it
 * ("Top-ten finishers took home between …") is read as before.
 */
const HEDGE = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|more than|just over|just under|a\s+record)\s+)?`;
const NAME = String.raw`(?:\p{Lu}[\p{L}’'-]+\s+){0,3}\p{Lu}[\p{L}’'-]+`;
/** "Solberg", "Japan's Mei Tanaka", "the Norwegian", "the champion", "she": who took the sum. */
const TAKER = String.raw`(${NAME}|[Tt]he\s+(?:\p{Lu}[\p{L}-]+|champion|winner|victor|runner-up)|[Hh]e|[Ss]he)`;
const TAKES = String.raw`(?:collect(?:s|ed)?|pocket(?:s|ed)?|takes\s+home|took\s+home|taking\s+home|wins|won|bank(?:s|ed)|scoop(?:s|ed)|picks\s+up|picked\s+up|walk(?:s|ed)\s+away\s+with|goes\s+home\s+with|went\s+home\s+with)`;
/** The taker, an aside on them ("Mei Tanaka, who finished a shot behind,"), the verb, then the sum. */
const TAKEN_BEFORE = new RegExp(
  String.raw`(?:^|[,;]\s+|\band\s+)${TAKER}(?:,\s+(?:who|whose)\s+[^,;]+,)?\s+${TAKES}\s+${HEDGE}[$£€]\s*$`,
  "u",
);
/** A name opening the sentence ("Ingrid Solberg won the …"), whom "the Norwegian" and "she" then stand for. */
const OPENING_NAME = /^(?:\p{Lu}[\p{L}’'-]+['’]s\s+)?((?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)\b/u;
/** Capitalised words that open sentences and name no one. */
const NO_NAME = /^(?:The|A|An|He|She|It|They|His|Her|Its|Their|This|That|In|On|At|Last|But|And|Top)$/;

/**
 * Whose prize a sum is (a surname, lower case) when the text before it tells someone taking it home,
 * else null (`before`: the sentence up to the sum).
 */
export function prizeWinner(before: string): string | null {
  const taker = TAKEN_BEFORE.exec(before)?.[1];
  if (!taker) return null;
  if (/^(?:[Tt]he|[Hh]e|[Ss]he)\b/.test(taker)) {
    const opening = OPENING_NAME.exec(before)?.[1];
    if (!opening || NO_NAME.test(opening.split(/\s+/)[0]!)) return null;
    return opening.split(/\s+/).pop()!.toLowerCase();
  }
  const words = taker.split(/\s+/);
  if (NO_NAME.test(words[0]!)) return null;
  return words
    .pop()!
    .replace(/['’]s$/, "")
    .toLowerCase();
}
