import type { Citation, EvidencePassage, SummarizeFacts } from "@roundup/prompts";
import { countTokens } from "../../chunk/index.js";
import type { Article } from "../../model/index.js";
import { citationOf } from "../evidence/article-sentences.js";
import type { RankedSentence } from "../evidence/rank-evidence.js";
import type { StoryFacts } from "../facts/extract-facts.js";
import { orderForReading } from "../select/summary/index.js";

/** Numbered passages for a prompt, and how each id maps back to an exact citation. */
export interface EvidencePassages {
  passages: EvidencePassage[];
  citations: Map<string, Citation>;
  /** o200k_base tokens of the passage texts. */
  tokens: number;
}

/** Best-ranked sentences first, as many as fit `tokenBudget`, then put back in reading order. */
export function takeWithinBudget(evidence: readonly RankedSentence[], tokenBudget: number): RankedSentence[] {
  const taken: RankedSentence[] = [];
  let used = 0;
  for (const candidate of evidence) {
    const tokens = countTokens(candidate.item.sentence.text) + 8; // + the passage tag
    if (used + tokens > tokenBudget) continue;
    taken.push(candidate);
    used += tokens;
  }
  return taken;
}

/**
 * Numbers the sentences P1…, articles A1…, in reading order. With `newerOf`, a passage whose newer
 * statements on the same matter are among the passages names them (`olderThan`).
 */
export function buildEvidencePassages(
  sentences: readonly RankedSentence[],
  articleOrder: readonly string[],
  newerOf: ReadonlyMap<RankedSentence, readonly RankedSentence[]> = new Map(),
): EvidencePassages {
  const ordered = orderForReading(sentences, articleOrder);
  const articleNumbers = new Map<string, string>();
  const citations = new Map<string, Citation>();
  let tokens = 0;
  const passages = ordered.map((candidate, index): EvidencePassage => {
    const article: Article = candidate.item.article;
    if (!articleNumbers.has(article.id)) articleNumbers.set(article.id, `A${articleNumbers.size + 1}`);
    const id = `P${index + 1}`;
    citations.set(id, citationOf(candidate.item));
    tokens += countTokens(candidate.item.sentence.text);
    return {
      id,
      articleId: articleNumbers.get(article.id)!,
      articleTitle: article.title,
      source: article.source,
      publishedAt: article.publishedAt,
      text: candidate.item.sentence.text,
    };
  });
  const idOf = new Map(ordered.map((candidate, index) => [candidate, `P${index + 1}`]));
  ordered.forEach((candidate, index) => {
    const later = (newerOf.get(candidate) ?? []).flatMap((newer) => idOf.get(newer) ?? []);
    if (later.length > 0) passages[index]!.olderThan = [...new Set(later)];
  });
  return { passages, citations, tokens };
}

/**
 * The computed facts, with their citations turned into the passage ids of this prompt. Capped
 * (10 disagreements, the 15 latest timeline entries) so a long story's facts do not crowd out evidence.
 */
export function factsForPrompt(facts: StoryFacts, citations: ReadonlyMap<string, Citation>): SummarizeFacts {
  const idsOf = (list: readonly Citation[]) =>
    [...citations.entries()]
      .filter(([, citation]) =>
        list.some((other) => other.articleId === citation.articleId && other.start === citation.start),
      )
      .map(([id]) => id);
  return {
    disagreements: facts.disagreements.slice(0, 10).map((disagreement) => ({
      topic: disagreement.topic,
      claims: disagreement.claims.map((claim) => ({
        value: claim.value,
        passageIds: idsOf(claim.citations),
        ...(claim.outlets ? { outlets: claim.outlets } : {}),
        ...(claim.source ? { source: claim.source } : {}),
      })),
    })),
    timeline: facts.timeline.slice(-15).map((entry) => ({
      // A week is told as one, not as its Monday.
      date: entry.date && entry.precision === "week" ? `week of ${entry.date}` : entry.date,
      text: entry.text,
      passageIds: idsOf(entry.citations),
    })),
  };
}
