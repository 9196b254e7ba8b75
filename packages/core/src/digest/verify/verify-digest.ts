import type { Citation, Digest, Verification } from "@roundup/prompts";
import type { Article } from "../../model/index.js";
import { checkSupport, type StatementKind } from "./check-support.js";
import { looksLikeInstructionOf } from "./looks-like-instruction.js";

interface Checked {
  text: string;
  citations: Citation[];
  /** Passage ids a model cited that it was never given. */
  unknownCitations?: string[];
  /** What code found wrong in how a model used its passages (an earlier report told as current). */
  modelFaults?: string[];
}

export interface VerifyStatementOptions {
  kind?: StatementKind;
  /** For a quote: who the digest says said it. */
  speaker?: string | null;
}

/**
 * For a quote, the paragraph around the cited span: the speaker is often named just before it. A
 * quotation running on past its chunk is cited in the chunk it opens in (findQuotes): the context
 * reaches its closing mark in the paragraph.
 */
function quoteContext(article: Article, citation: Citation): string {
  const lineStart = article.text.lastIndexOf("\n", citation.start - 1) + 1;
  const lineEnd = article.text.indexOf("\n", citation.end);
  const cited = article.text.slice(citation.start, citation.end);
  const mark =
    cited.lastIndexOf("“") > cited.lastIndexOf("”") ? "”" : (cited.split('"').length - 1) % 2 === 1 ? '"' : "";
  const close = mark ? article.text.indexOf(mark, citation.end) : -1;
  const end = Math.min(lineEnd < 0 ? article.text.length : lineEnd, Math.max(close, citation.end) + 120);
  return article.text.slice(Math.max(lineStart, citation.start - 160), end);
}

/**
 * Checks one cited statement against its passages: the citations exist and their spans lie inside
 * the cited chunk, no cited passage reads as instructions to a model, and the passages support what
 * the statement asserts (checkSupport: numbers, dates, negation, who did what, quotes, wording).
 * What code found wrong in how a model used its passages (`modelFaults`) flags it too.
 * A quote must be verbatim and its speaker the passage's.
 */
export function verifyStatement(
  statement: Checked,
  articles: ReadonlyMap<string, Article>,
  options: VerifyStatementOptions = {},
): Verification {
  const kind = options.kind ?? "sentence";
  const reasons: string[] = [];
  if (statement.citations.length === 0 && !statement.unknownCitations?.length) reasons.push("no citation");
  for (const id of statement.unknownCitations ?? [])
    reasons.push(`cites passage ${id}, which the model was never given`);
  reasons.push(...(statement.modelFaults ?? []));
  const passages: string[] = [];
  const outlets = new Set<string>();
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
    if (looksLikeInstructionOf(articles)(passage))
      reasons.push("cited passage reads as instructions to a model (possible prompt injection), not as news");
    passages.push(kind === "quote" ? quoteContext(article, citation) : passage);
    if (article.source?.trim()) outlets.add(article.source.trim());
  }
  let score: number | undefined;
  if (passages.length > 0) {
    const check = checkSupport(statement.text, passages, {
      kind,
      speaker: options.speaker ?? null,
      outlets: [...outlets],
    });
    score = check.score;
    reasons.push(...check.reasons);
  }
  const unique = [...new Set(reasons)];
  const status = unique.length === 0 ? "verified" : "unsupported";
  return {
    status,
    reasons: unique,
    // A statement whose citations are broken has no support, whatever its words.
    ...(score === undefined ? {} : { score: status === "verified" ? score : Math.min(score, 0.49) }),
  };
}

/**
 * Checks every cited statement of a digest against the articles and records the result on it: the
 * headline, summary, key points, timeline, quotes and each side of a disagreement. Nothing is
 * removed: a statement that fails stays, marked `unsupported` with the reasons, so an editor sees it
 * and decides. A headline stored without citations (before headlines were cited) has nothing to be
 * checked against and stays unverified.
 */
export function verifyDigest(digest: Digest, articles: readonly Article[]): Digest {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const { headlineVerification: _stale, ...rest } = digest;
  return {
    ...rest,
    ...(digest.headlineCitations
      ? {
          headlineVerification: verifyStatement(
            {
              text: digest.headline,
              citations: digest.headlineCitations,
              unknownCitations: digest.headlineUnknownCitations,
              modelFaults: digest.headlineModelFaults,
            },
            byId,
            { kind: "headline" },
          ),
        }
      : {}),
    summary: digest.summary.map((sentence) => ({ ...sentence, verification: verifyStatement(sentence, byId) })),
    keyPoints: digest.keyPoints.map((sentence) => ({ ...sentence, verification: verifyStatement(sentence, byId) })),
    timeline: digest.timeline.map((entry) => ({ ...entry, verification: verifyStatement(entry, byId) })),
    quotes: digest.quotes.map((quote) => ({
      ...quote,
      verification: verifyStatement(quote, byId, { kind: "quote", speaker: quote.speaker }),
    })),
    disagreements: digest.disagreements.map((disagreement) => ({
      ...disagreement,
      claims: disagreement.claims.map((claim) => ({ ...claim, verification: verifyStatement(claim, byId) })),
    })),
  };
}
