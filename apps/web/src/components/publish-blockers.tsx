import type { PublishBlocker } from "@roundup/core";
import { acceptStatementAction } from "../app/actions/digest-actions";

interface Props {
  storyId: string;
  digestId: string;
  version: number;
  blockers: PublishBlocker[];
  /** Reviewers may accept a statement with a reason; everyone sees what blocks. */
  canAccept: boolean;
  canEdit: boolean;
}

/**
 * What keeps the digest from being approved or published: each unsupported statement with the
 * verifier's reasons, a link to fix it in the editor and, for reviewers, acceptance with a reason.
 */
export function PublishBlockers({ storyId, digestId, version, blockers, canAccept, canEdit }: Props) {
  if (blockers.length === 0) return null;
  return (
    <section className="blockers notice notice-error" aria-labelledby="blockers-title" data-testid="publish-blockers">
      <h2 id="blockers-title">
        Publishing is blocked: {blockers.length} unsupported {blockers.length === 1 ? "statement" : "statements"}
      </h2>
      <p>
        Fix or remove {blockers.length === 1 ? "it" : "each one"} in the editor, or a reviewer accepts it with a written
        reason.
      </p>
      <ol>
        {blockers.map((blocker) => (
          <li key={blocker.id} data-testid="blocker" data-statement-id={blocker.id}>
            <strong>{blocker.label}:</strong> “{blocker.text}”{" "}
            <span className="muted">{blocker.reasons.join("; ") || "no cited passage supports it"}</span>
            <div className="row blocker-actions">
              {canEdit ? (
                <a className="button button-secondary" href={`/stories/${storyId}/edit#statement-${blocker.id}`}>
                  Fix in the editor
                </a>
              ) : null}
              {canAccept ? (
                <form action={acceptStatementAction} className="row">
                  <input type="hidden" name="storyId" value={storyId} />
                  <input type="hidden" name="digestId" value={digestId} />
                  <input type="hidden" name="version" value={version} />
                  <input type="hidden" name="statementId" value={blocker.id} />
                  <div>
                    <label htmlFor={`accept-${blocker.id}`}>Reason to publish it as it is</label>
                    <input id={`accept-${blocker.id}`} name="reason" required maxLength={1000} />
                  </div>
                  <button type="submit" className="button-secondary">
                    Accept
                  </button>
                </form>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
