import { getStoryPage, listDigestRevisions } from "@roundup/db";
import { diffArrays } from "diff";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { digestToLines } from "../../../../lib/digest-lines";
import { formatDateTime } from "../../../../lib/format-date";
import { keyed } from "../../../../lib/keyed";
import { getDatabase } from "../../../../server/db";
import { requireUser } from "../../../../server/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Revision history" };

function revisionNumber(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  const number = Number(text);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  await requireUser(`/stories/${id}/history`);
  const db = getDatabase();
  const story = await getStoryPage(db, id);
  if (!story) notFound();
  const revisions = story.digest ? await listDigestRevisions(db, story.digest.id) : [];
  const newest = revisions[0];
  const toNumber = revisionNumber(query.to) ?? newest?.number;
  const fromNumber = revisionNumber(query.from) ?? revisions[1]?.number ?? toNumber;
  const from = revisions.find((revision) => revision.number === fromNumber);
  const to = revisions.find((revision) => revision.number === toNumber);
  const diff =
    from && to
      ? diffArrays(
          from.content ? digestToLines(from.content) : [from.rawContent],
          to.content ? digestToLines(to.content) : [to.rawContent],
        ).flatMap((change) =>
          change.value.map((text) => ({ kind: change.added ? "added" : change.removed ? "removed" : "same", text })),
        )
      : [];
  const live = story.digest?.publishedRevision ?? null;
  return (
    <>
      <p>
        <Link href={`/stories/${story.id}`}>← Back to the story</Link>
      </p>
      <h1>Revision history: {story.label}</h1>
      {live !== null ? (
        <p className="notice" data-testid="live-revision">
          Revision {live} is live: it is what the <a href={`/published/${story.id}`}>public page</a>, the feed and the
          exports show until a newer version is published.
        </p>
      ) : (
        <p className="muted">No version is published yet.</p>
      )}
      {revisions.length === 0 ? (
        <p className="panel">No revisions yet.</p>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Action</th>
                  <th scope="col">Status after</th>
                  <th scope="col">By</th>
                  <th scope="col">When</th>
                  <th scope="col">Comment</th>
                </tr>
              </thead>
              <tbody>
                {revisions.map((revision) => (
                  <tr
                    key={revision.id}
                    data-revision={revision.number}
                    data-live={revision.number === live ? "true" : undefined}
                    className={revision.number === live ? "revision-live" : undefined}
                  >
                    <td>
                      {revision.number}
                      {revision.number === live ? <span className="status status-published"> live</span> : null}
                    </td>
                    <td>{revision.action}</td>
                    <td>{revision.status}</td>
                    <td>{revision.author?.name ?? "system"}</td>
                    <td>{formatDateTime(revision.createdAt)}</td>
                    <td>{revision.comment ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Compare two revisions</h2>
          <form method="get" className="row">
            <div>
              <label htmlFor="from">From revision</label>
              <select id="from" name="from" defaultValue={String(fromNumber ?? "")}>
                {revisions.map((revision) => (
                  <option key={revision.id} value={revision.number}>
                    {revision.number} ({revision.action})
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="to">To revision</label>
              <select id="to" name="to" defaultValue={String(toNumber ?? "")}>
                {revisions.map((revision) => (
                  <option key={revision.id} value={revision.number}>
                    {revision.number} ({revision.action})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">Compare</button>
          </form>
          {from && to ? (
            <>
              <p className="muted">
                Changes from revision {from.number} to revision {to.number}
                {diff.every((line) => line.kind === "same") ? ": the text is identical." : ":"}
              </p>
              <div className="diff" data-testid="diff">
                {keyed(diff, "line").map(({ item: line, key }) =>
                  line.kind === "added" ? (
                    <ins key={key}>{line.text}</ins>
                  ) : line.kind === "removed" ? (
                    <del key={key}>{line.text}</del>
                  ) : (
                    <span key={key}>{line.text}</span>
                  ),
                )}
              </div>
            </>
          ) : null}
        </>
      )}
    </>
  );
}
