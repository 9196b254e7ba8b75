import type { AnalyzedText, TextToken } from "./reading/index.js";

const RELATIVES = new Set(["who", "which"]);
const COORDINATORS = new Set(["and", "but"]);
const NOMINAL = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const SUBJECT_START = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/** Whether tokens hold a finite verb: a verb, an auxiliary, or a past form the tagger read as an adjective ("blockaded the harbour"). */
function hasVerb(tokens: readonly TextToken[]): boolean {
  return tokens.some(
    (token, index) =>
      token.pos === "VERB" ||
      token.pos === "AUX" ||
      (token.pos === "ADJ" && /ed$/.test(token.key) && tokens[index - 1]?.pos !== "DET"),
  );
}

const sentenceOf = (text: string) => {
  const trimmed = text.trim().replace(/[,;]$/, "");
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? "" : "."}`;
};

/**
 * A non-restrictive relative clause told as a sentence of its own: "The cooperative, which has 230
 * member beekeepers, has been fined …" is "The cooperative has been fined …" and "The cooperative has
 * 230 member beekeepers."; "The deal, signed by Harlow Telecom, will …" holds "The deal was signed by
 * Harlow Telecom." The clause's subject is the noun phrase before its comma.
 */
function splitRelative(statement: AnalyzedText): string[] | null {
  const { text, tokens } = statement;
  for (let index = 1; index < tokens.length - 2; index += 1) {
    if (tokens[index - 1]!.text !== ",") continue;
    // "The deal, signed by Harlow Telecom on Monday, will …": a participle with its agent is a
    // relative clause without "which was".
    const participle = /(?:ed|en|wn)$/.test(tokens[index]!.text) && tokens[index + 1]?.key === "by";
    if (!RELATIVES.has(tokens[index]!.key) && !participle) continue;
    const verb = participle ? tokens[index]! : tokens[index + 1]!;
    if (!participle && verb.pos !== "VERB" && verb.pos !== "AUX") continue;
    // "Ewan Blyth, 51, who …": the age between commas is the name's, and the clause is told of the name.
    const aged = tokens[index - 2]?.pos === "NUM" && tokens[index - 3]?.text === "," && index >= 4;
    const last = aged ? index - 4 : index - 2;
    let start = last + 1;
    // "Greenline's owner Vanterra": a possessive is part of the noun phrase, and so is a hyphenated
    // compound ("the 34-year-old").
    while (
      start > 0 &&
      (NOMINAL.has(tokens[start - 1]!.pos) ||
        /^['’]s?$/.test(tokens[start - 1]!.text) ||
        (tokens[start - 1]!.text === "-" && tokens[start - 1]!.start === tokens[start - 2]?.end))
    )
      start -= 1;
    if (start === last + 1) continue;
    const antecedent = text.slice(tokens[start]!.start, tokens[last]!.end);
    let end = index + 1;
    while (end < tokens.length && tokens[end]!.text !== "," && tokens[end]!.pos !== "PUNCT") end += 1;
    const clause = `${participle ? "was " : ""}${text.slice(verb.start, tokens[end - 1]!.end)}`;
    const closes = tokens[end]?.text === ",";
    const rest = closes ? text.slice(tokens[end]!.end) : text.slice(tokens[end - 1]!.end);
    const main = `${text.slice(0, tokens[index - 1]!.start)}${closes ? " " : ""}${rest.trimStart()}`;
    return [sentenceOf(main), sentenceOf(`${antecedent} ${clause}`)];
  }
  return null;
}

/**
 * Two clauses joined by ", and" or ", but", each with its own subject and verb, told as two
 * sentences: "The Marine Directorate imposed a 30% cut in the herring quota, and fishermen in Kessock
 * blockaded the harbour". A second clause with a pronoun for its subject, or no verb ("…, and his
 * brother"), is not split: it says nothing without the first.
 */
function splitCoordinated(statement: AnalyzedText): string[] | null {
  const { text, tokens } = statement;
  for (let index = 2; index < tokens.length - 3; index += 1) {
    if (!COORDINATORS.has(tokens[index]!.key) || tokens[index - 1]!.text !== ",") continue;
    const subject = tokens[index + 1]!;
    if (!SUBJECT_START.has(subject.pos)) continue;
    const first = tokens.slice(0, index - 1);
    const second = tokens.slice(index + 1);
    if (!hasVerb(first) || !hasVerb(second)) continue;
    return [sentenceOf(text.slice(0, tokens[index - 1]!.start)), sentenceOf(text.slice(subject.start))];
  }
  return null;
}

/**
 * A sentence that joins facts, told as the sentences it joins: a non-restrictive relative clause and
 * clauses coordinated after a comma. A summary sentence often combines facts from two passages of one
 * article; each is then checked on its own, and the sentence is supported when all of them are. Null
 * when the sentence joins nothing this way.
 */
export function splitClauses(statement: AnalyzedText): string[] | null {
  return splitRelative(statement) ?? splitCoordinated(statement);
}
