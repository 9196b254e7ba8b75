import { type AnalyzedText, isContentToken, synonymKeys, type TextToken } from "../reading/index.js";
import { type SupportContext, type SupportFault, statementSlice } from "./support-fault.js";

const RELATIVE = new Set(["who", "whose", "which"]);
/** How many content words of a relative clause identify it ("which | flies to 38 destinations"), and how few may ("which | opened in 1954"). */
const CLAUSE_WORDS = 3;
const FEWEST_WORDS = 2;

/**
 * The name a relative pronoun at `index` hangs from, all its words ("Harrowgate Books, | which"), or
 * with `nouns` a noun too ("the mill, | which"); null for anything else.
 */
function hostName(tokens: readonly TextToken[], index: number, nouns = false): TextToken[] | null {
  let at = index - 1;
  if (tokens[at]?.text === ",") at -= 1;
  const last = tokens[at];
  if (nouns && last?.pos === "NOUN" && last.sentence === tokens[index]!.sentence) return [last];
  const name: TextToken[] = [];
  while (at >= 0 && tokens[at]!.pos === "PROPN" && tokens[at]!.sentence === tokens[index]!.sentence) {
    name.unshift(tokens[at]!);
    at -= 1;
  }
  return name.length > 0 ? name : null;
}

/** Whether two names share a word: "Harrowgate" is "Harrowgate Books" shortened. */
const sameName = (a: readonly TextToken[], b: readonly TextToken[]) =>
  a.some((word) => b.some((other) => other.key === word.key));
const written = (name: readonly TextToken[]) => name.map((word) => word.text).join(" ");

/** The first content words of the relative clause opened at `index`, up to the next mark. */
function clauseWords(tokens: readonly TextToken[], index: number): TextToken[] {
  const words: TextToken[] = [];
  for (let at = index + 1; at < tokens.length && words.length < CLAUSE_WORDS; at += 1) {
    const token = tokens[at]!;
    if (token.sentence !== tokens[index]!.sentence || token.pos === "PUNCT") break;
    if (isContentToken(token)) words.push(token);
  }
  return words;
}

const same = (a: TextToken, b: TextToken) => a.key === b.key || a.root === b.root || synonymKeys(a.key).includes(b.key);

/** The names the passages hang the statement's relative clause from: each passage relative clause with all its words. */
function hostsOf(passages: readonly AnalyzedText[], words: readonly TextToken[]): TextToken[][] {
  const hosts: TextToken[][] = [];
  for (const passage of passages)
    passage.tokens.forEach((token, index) => {
      if (!RELATIVE.has(token.key)) return;
      const host = hostName(passage.tokens, index, true);
      if (!host) return;
      const theirs = clauseWords(passage.tokens, index);
      if (theirs.length >= words.length && words.every((word) => theirs.some((other) => same(word, other))))
        hosts.push(host);
    });
  return hosts;
}

/**
 * A relative clause hung on another name than the passages hang it on: "Coastair, which flies to 38
 * destinations" where the passage says "Skyvale, which flies to 38 destinations" of the buyer. A
 * clause after a name and a comma says what it says of that name; when the passages have the same
 * clause (its first content words) only after other names, the statement has moved a detail between
 * two parties of the story ("Unite North, which opened in 1954" where the mill did). A clause the
 * passages do not have in that form is left to the alignment.
 */
export function compareRelativeHosts(context: SupportContext): SupportFault[] {
  const { statement, passages } = context;
  const faults: SupportFault[] = [];
  statement.tokens.forEach((token, index) => {
    if (!RELATIVE.has(token.key)) return;
    const own = hostName(statement.tokens, index);
    if (!own) return;
    const words = clauseWords(statement.tokens, index);
    if (words.length < FEWEST_WORDS) return;
    const hosts = hostsOf(passages, words);
    if (hosts.length === 0 || hosts.some((host) => sameName(host, own))) return;
    // A noun host ("the firm, which") may be the statement's name described; it is another party
    // only when the statement names it apart ("Unite North, which opened in 1954, … at the Fenmoor
    // mill" where the mill opened in 1954).
    const elsewhere = statement.tokens.filter((other) => !own.includes(other) && other.pos === "NOUN");
    const other = hosts.find((host) => host[0]!.pos === "PROPN" || elsewhere.some((word) => same(word, host[0]!)));
    if (!other) return;
    faults.push({
      kind: "added",
      reason: `says "${statementSlice(context, index, statement.tokens.indexOf(words.at(-1)!))}…" of ${written(own)}; the passage says it of ${written(other)}`,
    });
  });
  return faults;
}
