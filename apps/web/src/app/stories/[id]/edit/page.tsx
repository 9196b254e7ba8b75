import { listStatements, toDigestEdit } from "@roundup/core";
import { getStoryPage } from "@roundup/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DigestEditForm, type StoredCheck } from "../../../../components/digest-edit-form";
import { StatusBadge } from "../../../../components/status-badge";
import { listCitablePassages } from "../../../../lib/story-passages";
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
  const initial = digest?.content ? toDigestEdit(digest.content) : null;
  const checks: Record<string, StoredCheck> = {};
  if (digest?.content && initial) {
    // Statement ids as the form has them (derived where the stored digest has none).
    const ids = new Map<string, string>([["headline", "headline"]]);
    for (const part of ["summary", "keyPoints", "timeline", "quotes"] as const)
      digest.content[part].forEach((item, index) => {
        ids.set(`${part}:${index}`, initial[part][index]?.id ?? "");
      });
    for (const statement of listStatements(digest.content)) {
      const formId =
        statement.part === "headline" ? "headline" : ids.get(`${statement.part}:${statement.position - 1}`);
      if (!formId) continue;
      checks[formId] = {
        unsupported: statement.verification?.status === "unsupported",
        reasons: statement.verification?.reasons ?? [],
        acceptedBy: statement.acceptance ? `${statement.acceptance.byName}: ${statement.acceptance.reason}` : null,
      };
    }
  }
  return (
    <>
      <div className="story-head">
        <Link href={`/stories/${story.id}`}>← Back to the story</Link>
        <h1>Edit digest: {story.label}</h1>
      </div>
      {!can(user.role, "digest.edit") ? (
        <p className="notice notice-error" role="alert">
          Your role ({user.role}) may not edit digests.
        </p>
      ) : !digest || !initial ? (
        <p className="notice notice-error">This story has no valid digest to edit. Generate one first.</p>
      ) : (
        <>
          <p className="toolbar-status">
            <StatusBadge status={digest.status} /> <span className="muted">version {digest.version}</span>
            {digest.status === "approved" || digest.status === "published" ? (
              <span className="muted">
                {" "}
                · Saving a change makes a new draft for review
                {digest.status === "published"
                  ? "; the published version stays live until a newer one is published"
                  : ""}
                .
              </span>
            ) : null}
          </p>
          <DigestEditForm
            storyId={story.id}
            digestId={digest.id}
            version={digest.version}
            initial={initial}
            checks={checks}
            passages={listCitablePassages(story.articles)}
            articles={story.articles}
          />
        </>
      )}
    </>
  );
}
