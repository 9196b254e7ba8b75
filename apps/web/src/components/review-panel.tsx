import type { DigestStatus, PublicUser } from "@roundup/db";
import { decideDigestAction, regenerateDigestAction } from "../app/actions/digest-actions";
import { can } from "../server/permissions";

interface Props {
  user: PublicUser;
  storyId: string;
  digestId: string;
  version: number;
  status: DigestStatus;
}

function DecisionButton(props: Props & { decision: string; label: string; className?: string }) {
  return (
    <form action={decideDigestAction}>
      <input type="hidden" name="storyId" value={props.storyId} />
      <input type="hidden" name="digestId" value={props.digestId} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="decision" value={props.decision} />
      <button type="submit" className={props.className}>
        {props.label}
      </button>
    </form>
  );
}

/** The actions the signed-in user's role allows in the digest's current status. */
export function ReviewPanel(props: Props) {
  const { user, status } = props;
  const canSubmit = can(user.role, "digest.submit") && (status === "draft" || status === "rejected");
  const canApprove = can(user.role, "digest.approve") && (status === "draft" || status === "in_review");
  const canReject =
    can(user.role, "digest.reject") && (status === "draft" || status === "in_review" || status === "approved");
  const canPublish = can(user.role, "digest.publish") && status === "approved";
  const canEdit = can(user.role, "digest.edit");
  return (
    <section className="panel" aria-labelledby="review-title" data-testid="review-panel">
      <h2 id="review-title">Review</h2>
      <div className="decision-forms">
        {canEdit ? (
          <a className="button button-secondary" href={`/stories/${props.storyId}/edit`}>
            Edit digest
          </a>
        ) : null}
        {canSubmit ? <DecisionButton {...props} decision="submitted" label="Submit for review" /> : null}
        {canApprove ? <DecisionButton {...props} decision="approved" label="Approve" /> : null}
        {canPublish ? <DecisionButton {...props} decision="published" label="Publish" /> : null}
        {canReject ? (
          <form action={decideDigestAction}>
            <input type="hidden" name="storyId" value={props.storyId} />
            <input type="hidden" name="digestId" value={props.digestId} />
            <input type="hidden" name="version" value={props.version} />
            <input type="hidden" name="decision" value="rejected" />
            <div className="stack">
              <label htmlFor="reject-comment">Reason for rejecting</label>
              <input id="reject-comment" name="comment" required maxLength={2000} />
            </div>
            <button type="submit" className="button-danger">
              Reject
            </button>
          </form>
        ) : null}
        {can(user.role, "digest.regenerate") ? (
          <form action={regenerateDigestAction}>
            <input type="hidden" name="storyId" value={props.storyId} />
            <input type="hidden" name="version" value={props.version} />
            <button
              type="submit"
              className="button-secondary"
              title="Replaces the text; the current one stays in the history"
            >
              Regenerate (offline)
            </button>
          </form>
        ) : null}
        <a href={`/stories/${props.storyId}/history`}>Revision history</a>
      </div>
      {!canSubmit && !canApprove && !canReject && !canPublish && !canEdit ? (
        <p className="muted">
          Your role ({user.role}) has no action on a {status.replace("_", " ")} digest.
        </p>
      ) : null}
    </section>
  );
}
