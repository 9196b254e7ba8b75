import type { Acceptance, Digest } from "@roundup/prompts";
import { RoundupError } from "../errors/index.js";
import { headlineId } from "./digest-statements.js";
import { withStatementIds } from "./statement-ids.js";

/**
 * Records a reviewer's acceptance of one unsupported statement (by id; `headline` for the
 * headline). Only an unsupported statement can be accepted, and only with a written reason.
 */
export function acceptStatement(stored: Digest, statementId: string, acceptance: Acceptance): Digest {
  const reason = acceptance.reason.replace(/\s+/g, " ").trim();
  if (reason === "")
    throw new RoundupError("EDIT_INVALID", "an acceptance needs a reason", {
      input: statementId,
      fix: "write why the statement may be published although no cited passage supports it",
    });
  const accepted = { ...acceptance, reason };
  const digest = withStatementIds(stored);
  const notUnsupported = () =>
    new RoundupError("EDIT_INVALID", "is not an unsupported statement of this digest", {
      input: statementId,
      fix: "reload the page: the statement may have been edited or verified since",
    });
  if (statementId === headlineId) {
    if (digest.headlineVerification?.status !== "unsupported") throw notUnsupported();
    return { ...digest, headlineAcceptance: accepted };
  }
  let found = false;
  const accept = <T extends { id?: string | undefined; verification?: { status: string } | undefined }>(
    items: T[],
  ): T[] =>
    items.map((item) => {
      if (item.id !== statementId || item.verification?.status !== "unsupported") return item;
      found = true;
      return { ...item, acceptance: accepted };
    });
  const result = {
    ...digest,
    summary: accept(digest.summary),
    keyPoints: accept(digest.keyPoints),
    timeline: accept(digest.timeline),
    quotes: accept(digest.quotes),
  };
  if (!found) throw notUnsupported();
  return result;
}
