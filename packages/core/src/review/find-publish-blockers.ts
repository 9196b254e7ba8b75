import type { Digest } from "@roundup/prompts";
import { listStatements, type StatementPart, statementLabel } from "./digest-statements.js";
import { withStatementIds } from "./statement-ids.js";

export interface PublishBlocker {
  part: StatementPart;
  id: string;
  /** "Headline", "Summary sentence 2", … */
  label: string;
  text: string;
  reasons: string[];
}

/**
 * What keeps a digest from being approved or published: each statement the verifier could not
 * support that a reviewer has not accepted with a reason. Fixing it (a verified edit), removing it
 * or accepting it clears it.
 */
export function findPublishBlockers(digest: Digest): PublishBlocker[] {
  return listStatements(withStatementIds(digest))
    .filter((statement) => statement.verification?.status === "unsupported" && !statement.acceptance)
    .map((statement) => ({
      part: statement.part,
      id: statement.id,
      label: statementLabel(statement.part, statement.position),
      text: statement.text,
      reasons: statement.verification?.reasons ?? [],
    }));
}
