import type { Citation, Digest, Verification } from "@roundup/prompts";
import type { Article } from "../model/index.js";
import { looksLikeInstruction } from "./looks-like-instruction.js";
import { STOPWORDS } from "./word-tokens.js";

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

interface Checked {
  text: string;
  citations: Citation[];
}

/**
 * Checks one cited statement against its passages: the citations exist and their spans lie inside
 * the cited chunk; every number, capitalised name and quoted phrase of the statement appears in
 * the cited text. `verbatim` requires the whole text to appear (for quotes).
 */
export function verifyStatement(
  statement: Checked,
  articles: ReadonlyMap<string, Article>,
  verbatim = false,
): Verification {
  const reasons: string[] = [];
  if (statement.citations.length === 0) reasons.push("no citation");
  const passages: string[] = [];
  for (const citation of statement.citations) {
    const article = articles.get(citation.articleId);
    if (!article) {
      reasons.push(`cites unknown article ${citation.articleId}`);
      continue;
    }
    const chunk = article.chunks.find((candidate) => candidate.id === citation.chunkId);
    if (!chunk) {
      reasons.push(`cites unknown chunk ${citation.chunkId} of article ${citation.articleId}`);
      continue;
    }
    if (!(citation.start < citation.end && citation.start >= chunk.start && citation.end <= chunk.end)) {
      reasons.push(
        `span ${citation.start}-${citation.end} lies outside chunk ${chunk.id} (${chunk.start}-${chunk.end})`,
      );
      continue;
    }
    const passage = article.text.slice(citation.start, citation.end);
    if (looksLikeInstruction(passage))
      reasons.push("cited passage reads as instructions to a model (possible prompt injection), not as news");
    passages.push(passage);
  }
  if (passages.length > 0) {
    const cited = passages.join("\n");
    const citedNormalized = normalizeQuotes(cited);
    const citedWords = wordsOf(cited);
    const citedNumbers = new Set(numbersOf(cited));
    if (verbatim) {
      if (!citedNormalized.includes(normalizeQuotes(statement.text).trim()))
        reasons.push("quote is not verbatim in the cited passage");
    } else {
      for (const number of numbersOf(statement.text)) {
        if (!citedNumbers.has(number)) reasons.push(`number ${number} is not in the cited passage`);
      }
      for (const entity of entitiesOf(statement.text)) {
        const parts = entity
          .toLowerCase()
          .split(/[-.’']/)
          .filter((part) => part.length > 1);
        const missing = parts.filter((part) => !citedWords.has(part));
        if (missing.length > 0) reasons.push(`name "${entity}" is not in the cited passage`);
      }
      for (const quoted of quotedSpans(statement.text)) {
        if (!citedNormalized.includes(normalizeQuotes(quoted)))
          reasons.push(`quoted words "${quoted}" are not verbatim in the cited passage`);
      }
    }
  }
  const unique = [...new Set(reasons)];
  return { status: unique.length === 0 ? "verified" : "unsupported", reasons: unique };
}

/**
 * Checks every cited statement of a digest against the articles and records the result on it.
 * Nothing is removed: a statement that fails stays, marked `unsupported` with the reasons, so an
 * editor sees it and decides.
 */
export function verifyDigest(digest: Digest, articles: readonly Article[]): Digest {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return {
    ...digest,
    summary: digest.summary.map((sentence) => ({ ...sentence, verification: verifyStatement(sentence, byId) })),
    keyPoints: digest.keyPoints.map((sentence) => ({ ...sentence, verification: verifyStatement(sentence, byId) })),
    timeline: digest.timeline.map((entry) => ({ ...entry, verification: verifyStatement(entry, byId) })),
    quotes: digest.quotes.map((quote) => ({ ...quote, verification: verifyStatement(quote, byId, true) })),
  };
}
