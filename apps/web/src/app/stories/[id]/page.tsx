import { findPublishBlockers } from "@roundup/core";
import { getStoryPage, listStoryChoices } from "@roundup/db";
import { listPrompts } from "@roundup/prompts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticlePassages } from "../../../components/article-passages";
import { CoverageChart } from "../../../components/coverage-chart";
import { DigestToolbar } from "../../../components/digest-toolbar";
import { DigestView } from "../../../components/digest-view";
import { GeneratePanel } from "../../../components/generate-panel";
import { GroupingControls } from "../../../components/grouping-controls";
import { JobFollower } from "../../../components/job-follower";
import { NewArticlesNotice } from "../../../components/new-articles-notice";
import { PageNotices } from "../../../components/page-notices";
import { PublishBlockers } from "../../../components/publish-blockers";
import { numberCitations } from "../../../lib/citation-markers";
import { storyFigureSources } from "../../../lib/figure-sources";
import { formatDateTime } from "../../../lib/format-date";
import { idSchema } from "../../../lib/id-schema";
import { pageErrorMessage } from "../../../lib/page-errors";
import { getDatabase } from "../../../server/db";
import { modelProviderInfo } from "../../../server/model-provider";
import { can } from "../../../server/permissions";
import { requireUser } from "../../../server/session";
import { reopenStoryAction } from "../../actions/reopen-story-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Story" };

const notices: Record<string, string> = {
  saved: "Your edit was saved as a new revision.",
  edit_merged: "Your edit was merged with changes saved meanwhile (to other statements) and saved as a new revision.",
  submitted: "The digest was submitted for review.",
  approved: "The digest was approved.",
  rejected: "The digest was rejected; the editor sees your reason.",
  published: "The digest was published: this version is now the public page, the feed entry and the export.",
  accepted: "The statement was accepted with your reason; it is kept in the history and the audit trail.",
  regenerated: "The digest was regenerated as a new draft; the previous text is in the revision history.",
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
  const content = digest?.content ?? null;
  const numbering = content ? numberCitations(content) : null;
  const blockers = content ? findPublishBlockers(content) : [];
  const notice = typeof query.notice === "string" ? notices[query.notice] : undefined;
  const job = idSchema.safeParse(query.job);
  return (
    <>
      <div className="story-head">
        <Link href="/">← Inbox</Link>
        <h1>{story.label}</h1>
      </div>
      {digest ? (
        <DigestToolbar
          user={user}
          storyId={story.id}
          digestId={digest.id}
          version={digest.version}
          status={digest.status}
          blocked={blockers.length}
          publishedRevision={digest.publishedRevision}
          exportable={digest.publishedRevision !== null || digest.status === "approved"}
        />
      ) : null}
      <PageNotices notice={notice} error={pageErrorMessage(query.error)} />
      {job.success && digest ? <JobFollower jobId={job.data} storyId={story.id} /> : null}
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
      <div className="workbench">
        <section className="digest-column" aria-label="Digest">
          {digest ? (
            <NewArticlesNotice storyId={story.id} count={story.newArticleCount} canRegenerate={provider !== null} />
          ) : null}
          {digest && digest.publishedRevision !== null && digest.status !== "published" ? (
            <p className="notice" data-testid="live-notice">
              Readers see revision {digest.publishedRevision}, published {formatDateTime(digest.publishedAt)}, until
              this {digest.status.replace("_", " ")} version is published.
            </p>
          ) : null}
          {digest?.rejectionComment ? (
            <p className="notice notice-error" data-testid="rejection-comment">
              Rejected: {digest.rejectionComment}
            </p>
          ) : null}
          {!digest ? (
            <p className="panel">
              No digest yet. Generate one below or with <code>roundup digest</code>.
            </p>
          ) : !content || !numbering ? (
            <p className="notice notice-error">The stored digest does not match the digest schema; regenerate it.</p>
          ) : (
            <article className="panel digest-panel">
              <DigestView
                digest={content}
                markerOf={numbering.markerOf}
                figureSourceOf={storyFigureSources(story.articles)}
              />
              <p className="muted">Updated {formatDateTime(digest.updatedAt)}</p>
            </article>
          )}
          {digest && content ? (
            <PublishBlockers
              storyId={story.id}
              digestId={digest.id}
              version={digest.version}
              blockers={blockers}
              canAccept={can(user.role, "digest.accept")}
              canEdit={can(user.role, "digest.edit")}
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
        </section>
        <section className="sources-column articles" aria-labelledby="articles-title">
          <h2 id="articles-title">Sources ({story.articles.length})</h2>
          {story.articles.map((article) => (
            <ArticlePassages key={article.id} article={article} cited={numbering?.spans ?? []} />
          ))}
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
        </section>
      </div>
    </>
  );
}
