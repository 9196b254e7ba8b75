import { getStoryPage } from "@roundup/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DigestEditForm } from "../../../../components/digest-edit-form";
import { StatusBadge } from "../../../../components/status-badge";
import { numberCitations } from "../../../../lib/citation-markers";
import { numberPassages } from "../../../../lib/story-passages";
import { getDatabase } from "../../../../server/db";
import { can } from "../../../../server/permissions";
import { requireUser } from "../../../../server/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit digest" };

export default async function EditDigestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/stories/${id}/edit`);
  const story = await getStoryPage(getDatabase(), id);
  if (!story) notFound();
  const digest = story.digest;
  const passages = numberPassages(story.articles);
  const labelOf = new Map(passages.map((passage) => [passage.chunkId, passage.label]));
  return (
    <>
      <p>
        <Link href={`/stories/${story.id}`}>← Back to the story</Link>
      </p>
      <h1>Edit digest: {story.label}</h1>
      {!can(user.role, "digest.edit") ? (
        <p className="notice notice-error" role="alert">
          Your role ({user.role}) may not edit digests.
        </p>
      ) : !digest?.content ? (
        <p className="notice notice-error">This story has no valid digest to edit. Generate one first.</p>
      ) : (
        <>
          <p>
            <StatusBadge status={digest.status} /> <span className="muted">version {digest.version}</span>
          </p>
          {digest.status === "approved" || digest.status === "published" ? (
            <p className="notice">Saving a change sends this {digest.status} digest back to draft for a new review.</p>
          ) : null}
          <DigestEditForm
            storyId={story.id}
            digestId={digest.id}
            version={digest.version}
            headline={digest.content.headline}
            passages={passages.map(({ label, articleTitle, preview }) => ({ label, articleTitle, preview }))}
            sentences={(() => {
              const { markerOf } = numberCitations(digest.content);
              return digest.content.summary.map((sentence) => ({
                text: sentence.text,
                passages: [...new Set(sentence.citations.map((citation) => labelOf.get(citation.chunkId) ?? ""))]
                  .filter(Boolean)
                  .join(" "),
                markers: sentence.citations.map((citation) => ({
                  marker: markerOf(citation),
                  chunkId: citation.chunkId,
                })),
              }));
            })()}
          />
        </>
      )}
    </>
  );
}
