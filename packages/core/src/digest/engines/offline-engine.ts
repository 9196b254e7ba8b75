import type { DigestSentence } from "@roundup/prompts";
import { citationOf } from "../evidence/article-sentences.js";
import type { RankedSentence } from "../evidence/rank-evidence.js";
import { chooseHeadline } from "../select/choose-headline.js";
import { citeHeadline } from "../select/cite-headline.js";
import { orderForReading, selectSentences } from "../select/select-sentences.js";
import { looksLikeInstruction } from "../verify/looks-like-instruction.js";
import type { DigestEngine, DigestRequest, EngineDraft } from "./digest-engine.js";

const OFFLINE_PROMPT_ID = "offline@1";

export interface OfflineEngineOptions {
  /** Most key points to list (sentences not in the summary). Default 5. */
  keyPoints?: number;
}

function toDigestSentence(ranked: RankedSentence): DigestSentence {
  return { text: ranked.item.sentence.text, citations: [citationOf(ranked.item)] };
}

/** The most central title, citing the passages that hold its names and numbers (its own title line first). */
function headlineWithCitations(request: DigestRequest): Pick<EngineDraft, "headline" | "headlineCitations"> {
  const headline = chooseHeadline(request.articles, request.story.label);
  const passages = request.articles.flatMap((article) =>
    article.chunks.flatMap((chunk) =>
      chunk.sentences
        .filter((sentence) => !looksLikeInstruction(sentence.text))
        .map((sentence) => ({ text: sentence.text, citation: citationOf({ article, chunk, sentence }) })),
    ),
  );
  return { headline, headlineCitations: citeHeadline(headline, passages) };
}

/**
 * The default engine, no model: an extractive digest. Summary sentences are chosen by centrality,
 * lead position, corroboration across independent sources and recency, de-duplicated by MMR, put
 * in reading order, and each cites exactly the sentence it copies.
 */
export function createOfflineEngine(options: OfflineEngineOptions = {}): DigestEngine {
  const keyPointLimit = options.keyPoints ?? 5;
  return {
    name: "offline",
    settings(request: DigestRequest) {
      return { promptId: OFFLINE_PROMPT_ID, model: null, parts: [`keyPoints=${keyPointLimit}`] };
    },
    async draft(request: DigestRequest): Promise<EngineDraft> {
      const started = performance.now();
      request.signal?.throwIfAborted();
      // Text addressed to a model ("Ignore previous instructions…") is not news, whatever its score.
      const evidence = request.evidence.filter((candidate) => !looksLikeInstruction(candidate.item.sentence.text));
      const chosen = selectSentences(evidence, { words: request.words, maxSentences: 8, minSentences: 3 });
      const summary = orderForReading(chosen, request.facts.articleOrder).map(toDigestSentence);
      const keyPoints = selectSentences(
        evidence.filter((candidate) => candidate.item.sentence.text.split(/\s+/).length <= 35),
        {
          words: Number.POSITIVE_INFINITY,
          maxSentences: keyPointLimit,
          lambda: 0.6,
          maxSimilarity: 0.35,
          exclude: new Set(chosen),
        },
      ).map(toDigestSentence);
      return {
        ...headlineWithCitations(request),
        summary,
        keyPoints,
        generation: {
          engine: "offline",
          model: null,
          promptId: OFFLINE_PROMPT_ID,
          usage: { inputTokens: 0, outputTokens: 0 },
          costUsd: 0,
          latencyMs: performance.now() - started,
        },
      };
    },
  };
}
