import { resolveNames } from "@roundup/db";
import type { JobStatus } from "@roundup/jobs";
import type { Metadata } from "next";
import Link from "next/link";
import { PageNotices } from "../../components/page-notices";
import { formatDateTime } from "../../lib/format-date";
import { jobFilters, jobStatusLabel, orderJobsForReview, parseJobFilter, statusOfFilter } from "../../lib/job-list";
import { pageErrorMessage } from "../../lib/page-errors";
import { getDatabase } from "../../server/db";
import { getJobQueue } from "../../server/job-queue";
import { can } from "../../server/permissions";
import { requireUser } from "../../server/session";
import { retryJobAction } from "../actions/job-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Jobs" };

const limit = 100;

/** The digest badges' colours, reused: dead is red, done green, waiting amber. */
const badgeClass: Record<JobStatus, string> = {
  failed: "status-rejected",
  completed: "status-approved",
  queued: "status-in_review",
  active: "status-published",
  cancelled: "status-draft",
};

const jobTitles: Record<string, string> = {
  digest: "Digest",
  group: "Grouping of the stored articles",
  ingest: "Import of articles",
  "poll-feeds": "Feed check",
};

function jobTitle(name: string): string {
  return jobTitles[name] ?? name.replace(/[-_]/g, " ");
}

function authorOf(payload: unknown): string | null {
  const authorId = (payload as { authorId?: unknown } | null)?.authorId;
  return typeof authorId === "string" ? authorId : null;
}

function storyOf(payload: unknown): string | null {
  const storyId = (payload as { storyId?: unknown } | null)?.storyId;
  return typeof storyId === "string" ? storyId : null;
}

export default async function JobsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/jobs");
  if (!can(user.role, "jobs.read")) return <p className="notice notice-error">Your role may not see the jobs.</p>;
  const query = await searchParams;
  const filter = parseJobFilter(query.status);
  const status = statusOfFilter(filter);
  const queue = await getJobQueue();
  const jobs = status
    ? await queue.list({ status, limit })
    : orderJobsForReview([...(await queue.list({ status: "failed", limit })), ...(await queue.list({ limit }))]);
  const mayRetry = can(user.role, "jobs.retry");
  const names = await resolveNames(getDatabase(), {
    storyIds: jobs.flatMap((job) => storyOf(job.payload) ?? []),
    userIds: jobs.flatMap((job) => authorOf(job.payload) ?? []),
  });
  const error = pageErrorMessage(query.error);
  return (
    <>
      <h1>Jobs</h1>
      <PageNotices
        notice={query.notice === "retried" ? "The job is back in the queue for one more attempt." : undefined}
        error={error}
      />
      <p className="muted">
        Ingestion, grouping and digests run as jobs on {queue.provider}. A job that failed its last attempt is dead: it
        waits here, with its error, until someone retries it.
      </p>
      <nav aria-label="Job status" className="row">
        {jobFilters.map((name) =>
          name === filter ? (
            <strong key={name} aria-current="page">
              {name}
            </strong>
          ) : (
            <Link key={name} href={name === "all" ? "/jobs" : `/jobs?status=${name}`}>
              {name}
            </Link>
          ),
        )}
      </nav>
      {jobs.length === 0 ? (
        <p data-testid="jobs-empty">No jobs{filter === "all" ? "" : ` that are ${filter}`}.</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="jobs">
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Progress</th>
                <th scope="col">Last error</th>
                <th scope="col">Created</th>
                <th scope="col">Finished</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => {
                const storyId = storyOf(job.payload);
                return (
                  <tr key={job.id} data-job-id={job.id} data-status={job.status}>
                    <td>
                      {jobTitle(job.name)}
                      {storyId ? (
                        <>
                          {" of "}
                          <Link href={`/stories/${encodeURIComponent(storyId)}`}>
                            {names[storyId] ?? "a story that no longer exists"}
                          </Link>
                        </>
                      ) : null}
                      {authorOf(job.payload) ? (
                        <div className="muted">asked by {names[authorOf(job.payload) ?? ""] ?? "a former user"}</div>
                      ) : null}
                    </td>
                    <td>
                      <span className={`status ${badgeClass[job.status]}`}>{jobStatusLabel(job.status)}</span>
                    </td>
                    <td>
                      {job.attempts}/{job.maxAttempts}
                    </td>
                    <td>
                      {job.progress === null ? "" : `${Math.round(job.progress * 100)}%`}
                      {job.message ? <div className="muted">{job.message}</div> : null}
                    </td>
                    <td>
                      {/* Rendered as text: an error can quote whatever a feed or a model sent. */}
                      {job.lastError ? <pre className="job-error">{job.lastError}</pre> : null}
                    </td>
                    <td>{formatDateTime(job.createdAt)}</td>
                    <td>{job.finishedAt ? formatDateTime(job.finishedAt) : ""}</td>
                    <td>
                      {mayRetry && job.status === "failed" ? (
                        <form action={retryJobAction}>
                          <input type="hidden" name="jobId" value={job.id} />
                          <button type="submit">Retry</button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
