import { escapeRegExp } from "../../../text/escape-reg-exp.js";
import type { AnalyzedText } from "../reading/index.js";

const AGE_BEFORE = /\b(\d{1,3})-year-old\s+/g;
const NOUN_PHRASE = new Set(["ADJ", "NOUN", "PROPN"]);

/**
 * The statement with an age told before a name as the passages tell it, after the name: "the
 * 34-year-old grandmaster Viktor Saar was suspended" read as "the grandmaster Viktor Saar, 34, was
 * suspended", "Alpbahn's 47-year-old technical director, Lena Moser, said" as "… Lena Moser, 47,
 * said", where a passage has the name followed by that age ("Viktor Saar, 34,"). The age stays the
 * statement's: a wrong one reads as wrong as before. One variant per age.
 */
export function ageVariants(statement: AnalyzedText, passages: readonly AnalyzedText[]): string[] {
  const { text, tokens } = statement;
  const variants: string[] = [];
  for (const match of text.matchAll(AGE_BEFORE)) {
    const age = match[1]!;
    const end = match.index + match[0].length;
    let next = tokens.findIndex((token) => token.start >= end);
    if (next < 0) continue;
    while (tokens[next + 1] && NOUN_PHRASE.has(tokens[next]!.pos) && NOUN_PHRASE.has(tokens[next + 1]!.pos)) next += 1;
    if (!NOUN_PHRASE.has(tokens[next]!.pos)) continue;
    // "technical director, Lena Moser, said": the age goes after the name in apposition.
    if (tokens[next]!.pos === "NOUN" && tokens[next + 1]?.text === "," && tokens[next + 2]?.pos === "PROPN") {
      next += 2;
      while (tokens[next + 1]?.pos === "PROPN") next += 1;
    }
    const name = tokens[next]!;
    if (name.pos !== "PROPN") continue;
    const aged = new RegExp(`\\b${escapeRegExp(name.text)}, ${age}\\b`);
    if (!passages.some((passage) => aged.test(passage.text))) continue;
    const comma = tokens[next + 1]?.text === "," || tokens[next + 1] === undefined ? "" : ",";
    variants.push(`${text.slice(0, match.index)}${text.slice(end, name.end)}, ${age}${comma}${text.slice(name.end)}`);
  }
  return variants;
}
