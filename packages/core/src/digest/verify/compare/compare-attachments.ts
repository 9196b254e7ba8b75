import { type AnalyzedText, isContentToken, type TextToken } from "../reading/index.js";
import { passageSlice, type SupportContext, type SupportFault } from "./support-fault.js";

/** Two counts of one passage sentence in coordinated phrases: "600 jobs at its Leeds base | and 250 jobs in Glasgow". */
interface Conjuncts {
  first: number;
  second: number;
  /** The conjunction (or comma) between them. */
  boundary: number;
  /** Where the second phrase ends: the next mark, conjunction or the end of the sentence. */
  end: number;
}

const CONJUNCTION = (token: TextToken) => token.pos === "CCONJ" || token.text === "," || token.text === ";";
const MODIFIER_POS = new Set(["DET", "ADJ", "ADV"]);
const PHRASE_END = (token: TextToken) => CONJUNCTION(token) || token.pos === "SCONJ" || /^[:()–—]$/.test(token.text);

/** What a count counts: the word after it, or null when it has none of its own ("and 250 in Glasgow"). */
function unitOf(tokens: readonly TextToken[], count: number): string | null {
  const next = tokens[count + 1];
  if (!next || next.sentence !== tokens[count]!.sentence) return null;
  return ["NOUN", "PROPN", "ADJ", "SYM"].includes(next.pos) || next.key === "%" ? next.key : null;
}

/** Pairs of counts of the sentence that are parallel conjuncts: the same unit, or the second leaving it out. */
function conjunctsOf(tokens: readonly TextToken[], sentence: number): Conjuncts[] {
  const counts: number[] = [];
  tokens.forEach((token, index) => {
    if (token.sentence === sentence && token.pos === "NUM") counts.push(index);
  });
  const pairs: Conjuncts[] = [];
  for (let at = 1; at < counts.length; at += 1) {
    const first = counts[at - 1]!;
    const second = counts[at]!;
    const firstUnit = unitOf(tokens, first);
    const secondUnit = unitOf(tokens, second);
    if (firstUnit === null || (secondUnit !== null && secondUnit !== firstUnit)) continue;
    // The conjunction opening the second phrase, at most two modifiers ("a further") before its count.
    let boundary = -1;
    for (let index = second - 1; index > first && second - index <= 3; index -= 1) {
      if (CONJUNCTION(tokens[index]!)) {
        boundary = index;
        break;
      }
      if (!MODIFIER_POS.has(tokens[index]!.pos)) break;
    }
    if (boundary < 0) continue;
    let end = second + 1;
    while (end < tokens.length && tokens[end]!.sentence === sentence && !PHRASE_END(tokens[end]!)) end += 1;
    pairs.push({ first, second, boundary, end });
  }
  return pairs;
}

function say(passage: AnalyzedText, first: number, last: number): string {
  return passageSlice(passage, first, last);
}

/**
 * Which figure goes with which detail: where a passage sentence gives two counts of the same thing in
 * coordinated phrases ("will cut 600 jobs at its Leeds base and 250 jobs in Glasgow"), a statement
 * must not give one count the other's place, date or detail ("will cut 600 jobs in Glasgow"). The
 * statement's words that follow its count, up to the end of its phrase, are checked against the
 * passage phrase they were found in.
 */
export function compareAttachments(context: SupportContext): SupportFault[] {
  const { statement, passages, alignment } = context;
  const faults: SupportFault[] = [];
  statement.tokens.forEach((token, index) => {
    const link = alignment.links[index];
    if (token.pos !== "NUM" || !link) return;
    const passage = passages[link.passage]!;
    const tokens = passage.tokens;
    const pairs = conjunctsOf(tokens, tokens[link.token]!.sentence).filter(
      (pair) => pair.first === link.token || pair.second === link.token,
    );
    if (pairs.length === 0) return;
    for (let next = index + 1; next < statement.tokens.length; next += 1) {
      const word = statement.tokens[next]!;
      if (PHRASE_END(word)) break;
      const other = alignment.links[next];
      if (!other || other.passage !== link.passage || !isContentToken(word)) continue;
      // What both counts count ("600 jobs … and 250" → "250 jobs") belongs to both.
      if (pairs.some((pair) => word.key === unitOf(tokens, pair.first))) continue;
      const pair = pairs.find((candidate) =>
        candidate.first === link.token
          ? other.token > candidate.boundary && other.token < candidate.end
          : other.token > candidate.first && other.token < candidate.boundary,
      );
      if (!pair) continue;
      const rival = pair.first === link.token ? pair.second : pair.first;
      faults.push({
        kind: "number",
        reason: `the passage gives "${word.text}" to ${say(passage, rival, rival)}, not to ${say(passage, link.token, link.token)} ("${say(passage, pair.first, pair.end - 1)}")`,
      });
      return;
    }
  });
  return faults;
}
