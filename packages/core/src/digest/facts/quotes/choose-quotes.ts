import type { Quote } from "@roundup/prompts";
import type { Article } from "../../../model/index.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { buildTermVectors, cosineSimilarity } from "../../evidence/term-vectors.js";
import type { QuoteMention } from "./find-quotes.js";

/** A fragment worked into the writer's sentence tells less than the speaker's own sentences: it counts for half. */
const PARTIAL_WEIGHT = 0.5;

/**
 * The quotes worth showing: attributed, at least five words, from an original (not a rewrite),
 * one per speaker, most central first, a speaker's whole sentences before a fragment of theirs; a
 * fragment is marked partial.
 */
export function chooseQuotes(
  quotes: readonly QuoteMention[],
  articles: readonly Article[],
  evidence: readonly RankedSentence[],
  limit = 5,
): Quote[] {
  const present = new Set(articles.map((article) => article.id));
  const candidates = quotes.filter(
    (quote) =>
      quote.speaker !== null &&
      quote.text.trim().split(/\s+/).length >= 5 &&
      !(quote.article.duplicateOf && present.has(quote.article.duplicateOf)),
  );
  if (candidates.length === 0) return [];
  const top = evidence.slice(0, 10).map((item) => item.item.sentence.text);
  const { vectors } = buildTermVectors([...candidates.map((quote) => quote.text), ...top]);
  const scored = candidates.map((quote, index) => ({
    quote,
    score:
      vectors.slice(candidates.length).reduce((sum, vector) => sum + cosineSimilarity(vectors[index]!, vector), 0) *
      (quote.partial ? PARTIAL_WEIGHT : 1),
  }));
  scored.sort((a, b) => b.score - a.score);
  const speakers: string[] = [];
  // One person: the same name, or a surname alone and the full name it ends ("Lloyd", "Owen Lloyd");
  // two people of one surname ("Carys Lloyd", "Owen Lloyd") are two speakers.
  const samePerson = (a: string, b: string) =>
    a === b || (!a.includes(" ") && b.endsWith(` ${a}`)) || (!b.includes(" ") && a.endsWith(` ${b}`));
  const chosen: Quote[] = [];
  for (const { quote } of scored) {
    const speakerKey = (quote.speaker ?? "").toLowerCase();
    if (speakers.some((speaker) => samePerson(speaker, speakerKey))) continue;
    speakers.push(speakerKey);
    chosen.push({
      speaker: quote.speaker,
      text: quote.text.replace(/[,]$/, ""),
      citations: [quote.citation],
      ...(quote.partial ? { partial: true } : {}),
    });
    if (chosen.length >= limit) break;
  }
  return chosen;
}
