import { STOPWORDS } from "../evidence/word-tokens.js";

/** Capitalised words a sentence may start with without naming anything. */
const SENTENCE_STARTERS = new Set([
  "however",
  "meanwhile",
  "still",
  "later",
  "earlier",
  "officials",
  "talks",
  "negotiators",
  "according",
  "despite",
  "although",
  "while",
  "since",
  "after",
  "before",
  "both",
  "several",
  "many",
  "some",
  "most",
  "sources",
  "reports",
]);

function normalizeQuotes(text: string): string {
  return text
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, " ");
}

function wordsOf(text: string): Set<string> {
  return new Set(
    (
      normalizeQuotes(text)
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? []
    ).map(String),
  );
}

function numbersOf(text: string): string[] {
  return (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((raw) => raw.replace(/,(?=\d{3}\b)/g, "").replace(/[,.]$/, ""));
}

/** Words inside quotation marks in a sentence. */
function quotedSpans(text: string): string[] {
  const spans: string[] = [];
  for (const match of text.matchAll(/“([^“”]+)”|"([^"]+)"/g)) spans.push((match[1] ?? match[2] ?? "").trim());
  return spans.filter((span) => span.length > 0);
}

/** Capitalised words that are not just the first word of the sentence: names, places, organisations. */
function entitiesOf(text: string): string[] {
  const withoutQuotes = text.replace(/“[^“”]*”|"[^"]*"/g, " ");
  const tokens = [...withoutQuotes.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu)];
  const entities: string[] = [];
  tokens.forEach((match, index) => {
    const word = match[0].replace(/[’']s$/u, "").replace(/[.’'-]+$/u, "");
    if (!/^\p{Lu}/u.test(word) || word === "I") return;
    const lower = word.toLowerCase();
    const sentenceStart =
      index === 0 ||
      /[.!?:]\s*$/.test(
        withoutQuotes
          .slice(0, match.index ?? 0)
          .trimEnd()
          .slice(-1),
      );
    if (sentenceStart && (STOPWORDS.has(lower) || SENTENCE_STARTERS.has(lower))) return;
    entities.push(word);
  });
  return entities;
}

/** Cited text prepared for checking: normalised, with its words and numbers. */
export interface CitedText {
  normalized: string;
  words: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
}

export function citedText(text: string): CitedText {
  return { normalized: normalizeQuotes(text), words: wordsOf(text), numbers: new Set(numbersOf(text)) };
}

/** One thing a statement claims that its cited passages must contain; `reason` says what is missing. */
export interface StatementTerm {
  kind: "number" | "name" | "quote";
  /** As the statement wrote it. */
  text: string;
  reason: string;
  foundIn(cited: CitedText): boolean;
}

/**
 * What must appear in the cited passages for a statement to be supported: every number, every
 * capitalised name (each part of it), and every phrase in quotation marks, verbatim.
 */
export function statementTerms(text: string): StatementTerm[] {
  const terms: StatementTerm[] = [];
  const written = new Map<string, string>();
  for (const raw of text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []) {
    const [number] = numbersOf(raw);
    if (number && !written.has(number)) written.set(number, raw.replace(/[,.]$/, ""));
  }
  for (const [number, raw] of written) {
    // The reason quotes the number as the statement wrote it ("1,893", not "1893").
    terms.push({
      kind: "number",
      text: raw,
      reason: `number ${raw} is not in the cited passage`,
      foundIn: (cited) => cited.numbers.has(number),
    });
  }
  for (const entity of new Set(entitiesOf(text))) {
    const parts = entity
      .toLowerCase()
      .split(/[-.’']/)
      .filter((part) => part.length > 1);
    terms.push({
      kind: "name",
      text: entity,
      reason: `name "${entity}" is not in the cited passage`,
      foundIn: (cited) => parts.every((part) => cited.words.has(part)),
    });
  }
  for (const quoted of new Set(quotedSpans(text))) {
    const normalized = normalizeQuotes(quoted);
    terms.push({
      kind: "quote",
      text: quoted,
      reason: `quoted words "${quoted}" are not verbatim in the cited passage`,
      foundIn: (cited) => cited.normalized.includes(normalized),
    });
  }
  return terms;
}
