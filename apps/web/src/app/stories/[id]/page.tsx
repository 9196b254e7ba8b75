import { getStoryPage, listStoryChoices } from "@roundup/db";
import { listPrompts } from "@roundup/prompts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticlePassages } from "../../../components/article-passages";
import { CoverageChart } from "../../../components/coverage-chart";
import { DigestView } from "../../../components/digest-view";
import { GeneratePanel } from "../../../components/generate-panel";
import { GroupingControls } from "../../../components/grouping-controls";
import { PageNotices } from "../../../components/page-notices";
import { ReviewPanel } from "../../../components/review-panel";
import { StatusBadge } from "../../../components/status-badge";
import { numberCitations } from "../../../lib/citation-markers";
import { formatDateTime } from "../../../lib/format-date";
import { getDatabase } from "../../../server/db";
import { modelProviderInfo } from "../../../server/model-provider";
import { can } from "../../../server/permissions";
import { requireUser } from "../../../server/session";
import { reopenStoryAction } from "../../actions/reopen-story-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Story" };

const notices: Record<string, string> = {
  saved: "Your edit was saved as a new revision.",
  submitted: "The digest was submitted for review.",
  approved: "The digest was approved.",
  rejected: "The digest was rejected; the editor sees your reason.",
  published: "The digest was published.",
  regenerated: "The digest was regenerated; the previous text is in the revision history.",
  moved: "The article was moved to this story. The move is recorded: later regroups keep it here.",
  merged: "The stories were merged into this one, which keeps its digest. Later regroups keep them together.",
  split: "The articles were split off into this new story. Later regroups keep them apart.",
  reopened: "The story was reopened: new articles about it can join it again.",
};

export default async function StoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requireUser(`/stories/${id}`);
  const db = getDatabase();
  const story = await getStoryPage(db, id);
  if (!story) notFound();
  const canRegroup = can(user.role, "story.regroup") && story.articles.length > 0;
  const choices = canRegroup ? await listStoryChoices(db, { excludeId: story.id, limit: 200 }) : [];
  const provider = can(user.role, "digest.regenerate") ? modelProviderInfo() : null;
  const digest = story.digest;
  const numbering = digest?.content ? numberCitations(digest.content) : null;
  const notice = typeof query.notice === "string" ? notices[query.notice] : undefined;
  const error = typeof query.error === "string" ? query.error.slice(0, 300) : undefined;
  return (
    <>
      <p>
        <Link href="/">← Inbox</Link>
      </p>
      <h1>{story.label}</h1>
      <PageNotices notice={notice} error={error} />
      {story.closedAt ? (
        <form action={reopenStoryAction} className="notice" data-testid="story-closed">
          Closed on {formatDateTime(story.closedAt)}: no article reached it for a while, so new articles start new
          stories.{" "}
          {can(user.role, "story.regroup") ? (
            <>
              <input type="hidden" name="storyId" value={story.id} />
              <button type="submit">Reopen</button>
            </>
          ) : null}
        </form>
      ) : null}
      {story.articles.length === 0 ? (
        <p className="notice" data-testid="story-empty">
          This story has no articles any more (they were merged or moved into other stories). Its digest is kept for the
          record.
        </p>
      ) : null}
      <div className="story-layout">
        <section className="digest panel" aria-labelledby="digest-title">
          <h2 id="digest-title" className="digest-meta">
            Digest {digest ? <StatusBadge status={digest.status} /> : null}
            {digest ? <span className="muted">version {digest.version}</span> : null}
          </h2>
          {digest ? (
            <ReviewPanel
              user={user}
              storyId={story.id}
              digestId={digest.id}
              version={digest.version}
              status={digest.status}
            />
          ) : null}
          {provider && story.articles.length > 0 ? (
            <GeneratePanel
              storyId={story.id}
              providerConfigured={provider.configured}
              defaultModel={provider.defaultModel}
              prompts={listPrompts().map((prompt) => ({ id: prompt.id, description: prompt.description }))}
            />
          ) : null}
          {!digest ? (
            <p>
              No digest yet. Generate one above or with <code>roundup digest</code>.
            </p>
          ) : !digest.content || !numbering ? (
            <p className="notice notice-error">The stored digest does not match the digest schema; regenerate it.</p>
          ) : (
            <>
              <p className="muted">Updated {formatDateTime(digest.updatedAt)}</p>
              {digest.rejectionComment ? (
                <p className="notice notice-error" data-testid="rejection-comment">
                  Rejected: {digest.rejectionComment}
                </p>
              ) : null}
              <DigestView digest={digest.content} markerOf={numbering.markerOf} />
              {can(user.role, "digest.export") && (digest.status === "approved" || digest.status === "published") ? (
                <p>
                  Export: <a href={`/api/stories/${story.id}/export?format=markdown`}>Markdown</a> ·{" "}
                  <a href={`/api/stories/${story.id}/export?format=json`}>JSON</a> ·{" "}
                  <a href={`/api/stories/${story.id}/export?format=html`}>HTML</a>
                </p>
              ) : null}
            </>
          )}
        </section>
        <section className="articles" aria-labelledby="articles-title">
          <h2 id="articles-title">Sources ({story.articles.length})</h2>
          <CoverageChart articles={story.articles} />
          {canRegroup ? (
            <GroupingControls
              storyId={story.id}
              articles={story.articles.map((article) => ({
                id: article.id,
                title: article.title,
                source: article.source,
              }))}
              choices={choices}
            />
          ) : null}
          {story.articles.map((article) => (
            <ArticlePassages key={article.id} article={article} cited={numbering?.spans ?? []} />
          ))}
        </section>
      </div>
    </>
  );
}
