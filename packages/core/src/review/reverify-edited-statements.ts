import type { Citation, Digest } from "@roundup/prompts";
import { verifyDigest } from "../digest/verify/verify-digest.js";
import type { Article } from "../model/index.js";
import { withStatementIds } from "./statement-ids.js";

const signature = (text: string, citations: readonly Citation[]) =>
  JSON.stringify([text, citations.map((citation) => [citation.chunkId, citation.start, citation.end])]);

/**
 * Verifies the statements an edit changed against their cited passages, as a model's output is
 * checked. Statements left as they were in `before` keep what they had (a verification, whichever
 * verifier wrote it, or none), so an edit of one sentence changes nothing else of the digest.
 */
export function reverifyEditedStatements(edited: Digest, articles: readonly Article[], before: Digest): Digest {
  const fresh = verifyDigest(edited, articles);
  const previous = withStatementIds(before);
  const kept = new Set<string>();
  for (const part of ["summary", "keyPoints", "timeline", "quotes"] as const)
    for (const item of previous[part]) kept.add(`${part}:${item.id}:${signature(item.text, item.citations)}`);
  const pick = <T extends { id?: string | undefined; text: string; citations: Citation[] }>(
    part: string,
    items: T[],
    checked: T[],
  ): T[] =>
    items.map((item, index) =>
      kept.has(`${part}:${item.id}:${signature(item.text, item.citations)}`) ? item : (checked[index] ?? item),
    );
  const headlineKept =
    signature(edited.headline, edited.headlineCitations ?? []) ===
    signature(previous.headline, previous.headlineCitations ?? []);
  return {
    ...edited,
    ...(headlineKept || !fresh.headlineVerification ? {} : { headlineVerification: fresh.headlineVerification }),
    summary: pick("summary", edited.summary, fresh.summary),
    keyPoints: pick("keyPoints", edited.keyPoints, fresh.keyPoints),
    timeline: pick("timeline", edited.timeline, fresh.timeline),
    quotes: pick("quotes", edited.quotes, fresh.quotes),
  };
}
