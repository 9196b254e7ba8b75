import type { DigestStatus, PublicUser } from "@roundup/db";
import { decideDigestAction, regenerateDigestAction } from "../app/actions/digest-actions";
import { can } from "../server/permissions";
import { StatusBadge } from "./status-badge";

interface Props {
  user: PublicUser;
  storyId: string;
  digestId: string;
  version: number;
  status: DigestStatus;
  /** Unsupported statements nobody accepted: approving and publishing wait for them. */
  blocked: number;
  /** The revision readers see, when one is published. */
  publishedRevision: number | null;
  exportable: boolean;
}

function DecisionButton(props: Props & { decision: string; label: string; disabledReason?: string | undefined }) {
  return (
    <form action={decideDigestAction}>
      <input type="hidden" name="storyId" value={props.storyId} />
      <input type="hidden" name="digestId" value={props.digestId} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="decision" value={props.decision} />
      <button
        type="submit"
        disabled={Boolean(props.disabledReason)}
        title={props.disabledReason}
        aria-describedby={props.disabledReason ? "blockers-title" : undefined}
      >
        {props.label}
      </button>
    </form>
  );
}

/**
 * The digest's actions in one bar above it: what the signed-in user's role allows in the digest's
 * status. Approve and Publish are disabled while statements block them (the server refuses anyway).
 */
export function DigestToolbar(props: Props) {
  const { user, status } = props;
  const canSubmit = can(user.role, "digest.submit") && (status === "draft" || status === "rejected");
  const canApprove = can(user.role, "digest.approve") && (status === "draft" || status === "in_review");
  const canReject =
    can(user.role, "digest.reject") && (status === "draft" || status === "in_review" || status === "approved");
  const canPublish = can(user.role, "digest.publish") && status === "approved";
  const canEdit = can(user.role, "digest.edit");
  const blockedReason =
    props.blocked > 0
      ? `${props.blocked} unsupported ${props.blocked === 1 ? "statement blocks" : "statements block"} this: fix, remove or accept ${props.blocked === 1 ? "it" : "them"} first`
      : undefined;
  return (
    <div className="toolbar" role="toolbar" aria-label="Digest actions" data-testid="digest-toolbar">
      <span className="toolbar-status" id="digest-title">
        <StatusBadge status={status} /> <span className="muted">version {props.version}</span>
        {props.blocked > 0 ? (
          <a className="blocked-link" href="#blockers-title" data-testid="blocked-link">
            {props.blocked} {props.blocked === 1 ? "statement blocks" : "statements block"} publishing
          </a>
        ) : null}
        {props.publishedRevision !== null ? (
          <a className="live-link" href={`/published/${props.storyId}`} data-testid="live-link">
            {status === "published" ? "Live" : `Live: revision ${props.publishedRevision}`}
          </a>
        ) : null}
      </span>
      {canEdit ? (
        <a className="button" href={`/stories/${props.storyId}/edit`}>
          Edit digest
        </a>
      ) : null}
      {canSubmit ? <DecisionButton {...props} decision="submitted" label="Submit for review" /> : null}
      {canApprove ? (
        <DecisionButton {...props} decision="approved" label="Approve" disabledReason={blockedReason} />
      ) : null}
      {canPublish ? (
        <DecisionButton {...props} decision="published" label="Publish" disabledReason={blockedReason} />
      ) : null}
      {canReject ? (
        <details className="toolbar-menu">
          <summary className="button button-secondary">Reject…</summary>
          <form action={decideDigestAction} className="stack menu-panel">
            <input type="hidden" name="storyId" value={props.storyId} />
            <input type="hidden" name="digestId" value={props.digestId} />
            <input type="hidden" name="version" value={props.version} />
            <input type="hidden" name="decision" value="rejected" />
            <label htmlFor="reject-comment">Reason for rejecting</label>
            <input id="reject-comment" name="comment" required maxLength={2000} />
            <button type="submit" className="button-danger">
              Reject
            </button>
          </form>
        </details>
      ) : null}
      {can(user.role, "digest.regenerate") ? (
        <form action={regenerateDigestAction}>
          <input type="hidden" name="storyId" value={props.storyId} />
          <input type="hidden" name="version" value={props.version} />
          <button
            type="submit"
            className="button-secondary"
            title="Writes a new draft in the background; the current text stays in the history and a published version stays live"
          >
            Regenerate (offline)
          </button>
        </form>
      ) : null}
      <a className="button button-secondary" href={`/stories/${props.storyId}/history`}>
        History
      </a>
      {props.exportable && can(user.role, "digest.export") ? (
        <details className="toolbar-menu">
          <summary className="button button-secondary">Export…</summary>
          <div className="stack menu-panel">
            <a href={`/api/stories/${props.storyId}/export?format=markdown`}>Markdown</a>
            <a href={`/api/stories/${props.storyId}/export?format=json`}>JSON</a>
            <a href={`/api/stories/${props.storyId}/export?format=html`}>HTML</a>
          </div>
        </details>
      ) : null}
    </div>
  );
}
