import type { AnalyzedText, TextToken } from "../reading/index.js";
import { synonymKeys } from "../reading/index.js";
import { passageSlice, type SupportContext, type SupportFault } from "./support-fault.js";

// Words that measure rather than name what a figure counts ("27-year-old son", "20 metres", "£14
// million"): what is counted is the noun after them, if any.
const MEASURES = new Set([
  "year",
  "month",
  "week",
  "day",
  "hour",
  "minute",
  "second",
  "old",
  "metre",
  "meter",
  "kilometre",
  "kilometer",
  "mile",
  "foot",
  "feet",
  "inch",
  "tonne",
  "ton",
  "kilogram",
  "pound",
  "percent",
  "cent",
  "per",
  "point",
  "time",
  "hundred",
  "thousand",
  "million",
  "billion",
  "trillion",
  "dozen",
]);
// A figure whose noun is left to the reader ("30 others", "12 more") counts what the sentence named before.
const ELLIPTIC = new Set(["other", "more", "further", "another", "additional", "extra", "new"]);
/** How many words after a figure its noun phrase may run ("2,100 outpatient appointments", "27-year-old son"). */
const PHRASE_REACH = 5;

/**
 * The words of the noun phrase a figure counts or describes, measures left out: "40 British growers"
 * → grower, british; "27-year-old son" → son. Null when the figure counts nothing it names ("who is
 * 54,", "by 12%", "18 March", "30 others").
 */
function countedWords(tokens: readonly TextToken[], figure: number): TextToken[] | null {
  const words: TextToken[] = [];
  for (let index = figure + 1; index < tokens.length && index - figure <= PHRASE_REACH; index += 1) {
    const token = tokens[index]!;
    if (token.sentence !== tokens[figure]!.sentence) break;
    if (token.text === "-") continue;
    if (token.pos !== "NOUN" && token.pos !== "ADJ" && token.pos !== "PROPN") break;
    if (ELLIPTIC.has(token.key)) return null;
    if (!MEASURES.has(token.key) && !MEASURES.has(token.text.toLowerCase())) words.push(token);
  }
  // A phrase of names alone is a date or a place ("18 March", "12 Downing Street"), not a count.
  return words.some((word) => word.pos === "NOUN") ? words : null;
}

const sameWord = (a: TextToken, b: TextToken) =>
  a.key === b.key || a.root === b.root || synonymKeys(a.key).includes(b.key);

/**
 * A figure given to another thing than the passages give it to: "more than 40 member farms" where 40
 * counts the supermarket's growers and the cooperative's farms are 85, "a 27-year-old climber broke
 * his leg" where the 27-year-old is the son and the climbers are two. Wherever the passages give the
 * figure, it counts something the statement's noun phrase does not name, and the statement's noun
 * is one the passages count with another figure: the figure has moved between two things of the
 * story. A noun the passages never count ("200 objections" for "200 people had written … opposing")
 * is a rewording, left to the alignment; so is a figure the passages also give without a noun ("the
 * man, who is 54"), which may be anyone's.
 */
export function compareCountedNouns(context: SupportContext): SupportFault[] {
  const { statement, passages } = context;
  const faults: SupportFault[] = [];
  statement.tokens.forEach((token, index) => {
    if (token.pos !== "NUM" || !/^\d/.test(token.key)) return;
    const counted = countedWords(statement.tokens, index);
    if (!counted) return;
    const head = counted.filter((word) => word.pos === "NOUN").at(-1)!;
    const occurrences: Array<{ passage: AnalyzedText; figure: number; words: TextToken[] | null }> = [];
    for (const passage of passages)
      passage.tokens.forEach((candidate, at) => {
        if (candidate.pos === "NUM" && candidate.key === token.key)
          occurrences.push({ passage, figure: at, words: countedWords(passage.tokens, at) });
      });
    if (occurrences.length === 0 || occurrences.some((occurrence) => occurrence.words === null)) return;
    const named = occurrences.some((occurrence) =>
      occurrence.words!.some((word) => counted.some((mine) => sameWord(word, mine))),
    );
    if (named) return;
    const countedElsewhere = passages.some((passage) =>
      passage.tokens.some(
        (other, at) =>
          other.pos === "NUM" &&
          other.key !== token.key &&
          (countedWords(passage.tokens, at) ?? []).some((word) => word.pos === "NOUN" && sameWord(word, head)),
      ),
    );
    if (!countedElsewhere) return;
    const first = occurrences[0]!;
    const end = first.passage.tokens.indexOf(first.words!.at(-1)!, first.figure);
    faults.push({
      kind: "number",
      reason: `the passages give ${token.text} to "${passageSlice(first.passage, first.figure, end)}", not to the ${head.text}`,
    });
  });
  return faults;
}
