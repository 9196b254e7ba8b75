import type { Digest } from "@roundup/prompts";
import { verifyDigest } from "../digest/verify/verify-digest.js";
import type { Article } from "../model/index.js";

/**
 * Verifies the statements an edit changed (they carry no verification after applyDigestEdit) against
 * their cited passages, as a model's output is checked; statements left as they were keep the
 * verification they had, whichever verifier wrote it.
 */
export function reverifyEditedStatements(edited: Digest, articles: readonly Article[]): Digest {
  const fresh = verifyDigest(edited, articles);
  const pick = <T extends { verification?: unknown }>(kept: T[], checked: T[]): T[] =>
    kept.map((item, index) => (item.verification ? item : (checked[index] ?? item)));
  return {
    ...edited,
    ...(edited.headlineVerification || !fresh.headlineVerification
      ? {}
      : { headlineVerification: fresh.headlineVerification }),
    summary: pick(edited.summary, fresh.summary),
    keyPoints: pick(edited.keyPoints, fresh.keyPoints),
    timeline: pick(edited.timeline, fresh.timeline),
    quotes: pick(edited.quotes, fresh.quotes),
  };
}
