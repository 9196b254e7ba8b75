import type { Citation, Digest, Verification } from "@roundup/prompts";
import type { Article } from "../../model/index.js";
import { looksLikeInstruction } from "./looks-like-instruction.js";
import { citedText, isVerbatimIn, statementTerms } from "./statement-terms.js";

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
    const cited = citedText(passages.join("\n"));
    if (verbatim) {
      if (!isVerbatimIn(statement.text, cited)) reasons.push("quote is not verbatim in the cited passage");
    } else {
      for (const term of statementTerms(statement.text)) if (!term.foundIn(cited)) reasons.push(term.reason);
    }
  }
  const unique = [...new Set(reasons)];
  return { status: unique.length === 0 ? "verified" : "unsupported", reasons: unique };
}

/**
 * Checks every cited statement of a digest, the headline included, against the articles and
 * records the result on it. Nothing is removed: a statement that fails stays, marked `unsupported`
 * with the reasons, so an editor sees it and decides. A headline stored without citations (before
 * headlines were cited) has nothing to be checked against and stays unverified.
 */
export function verifyDigest(digest: Digest, articles: readonly Article[]): Digest {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const { headlineVerification: _stale, ...rest } = digest;
  return {
    ...rest,
    ...(digest.headlineCitations
      ? {
          headlineVerification: verifyStatement({ text: digest.headline, citations: digest.headlineCitations }, byId),
        }
      : {}),
    summary: digest.summary.map((sentence) => ({ ...sentence, verification: verifyStatement(sentence, byId) })),
    keyPoints: digest.keyPoints.map((sentence) => ({ ...sentence, verification: verifyStatement(sentence, byId) })),
    timeline: digest.timeline.map((entry) => ({ ...entry, verification: verifyStatement(entry, byId) })),
    quotes: digest.quotes.map((quote) => ({ ...quote, verification: verifyStatement(quote, byId, true) })),
  };
}
