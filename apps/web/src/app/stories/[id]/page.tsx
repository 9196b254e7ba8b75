import { getStoryPage } from "@roundup/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticlePassages } from "../../../components/article-passages";
import { CoverageChart } from "../../../components/coverage-chart";
import { DigestView } from "../../../components/digest-view";
import { ReviewPanel } from "../../../components/review-panel";
import { StatusBadge } from "../../../components/status-badge";
import { numberCitations } from "../../../lib/citation-markers";
import { formatDateTime } from "../../../lib/format-date";
import { getDatabase } from "../../../server/db";
import { can } from "../../../server/permissions";
import { requireUser } from "../../../server/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Story" };

const notices: Record<string, string> = {
  saved: "Your edit was saved as a new revision.",
  submitted: "The digest was submitted for review.",
  approved: "The digest was approved.",
  rejected: "The digest was rejected; the editor sees your reason.",
  published: "The digest was published.",
  regenerated: "The digest was regenerated; the previous text is in the revision history.",
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
  const story = await getStoryPage(getDatabase(), id);
  if (!story) notFound();
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
      {notice ? (
        <p className="notice notice-ok" role="status">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
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
          {!digest ? (
            <p>
              No digest yet. Generate one with <code>roundup digest</code>.
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
          {story.articles.map((article) => (
            <ArticlePassages key={article.id} article={article} cited={numbering?.spans ?? []} />
          ))}
        </section>
      </div>
    </>
  );
}
