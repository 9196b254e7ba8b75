import { isRoundupError } from "@roundup/core";
import { recordAuditEvent } from "@roundup/db";
import { enqueueImportSources, subscribeToFeed } from "@roundup/jobs";
import { toJobView } from "../../../lib/generate-progress";
import { parseSourcesForm } from "../../../lib/sources-form";
import { getDatabase } from "../../../server/db";
import { getJobQueue } from "../../../server/job-queue";
import { can } from "../../../server/permissions";
import { guardRoute } from "../../../server/route-guard";

export const dynamic = "force-dynamic";

/**
 * Adds sources from the workbench: pasted URLs, uploaded files or pasted text become an
 * `import-sources` job; a feed becomes a subscription whose first poll is a `poll-feeds` job. The
 * request only validates and enqueues (fetching and parsing run in the job) and answers 202 with
 * the job, which the page follows at /api/jobs/<id>.
 */
export async function POST(request: Request): Promise<Response> {
  const user = await guardRoute(request, "sources.add", { write: true });
  if (user instanceof Response) return user;
  const form = await request.formData().catch(() => null);
  const submission = await parseSourcesForm(form);
  if (submission.kind === "error") return Response.json({ error: submission.error }, { status: 400 });
  const db = getDatabase();
  const queue = await getJobQueue();
  let jobId: string;
  if (submission.kind === "feed") {
    if (!can(user.role, "feeds.manage"))
      return Response.json({ error: `Your role (${user.role}) may not manage feed subscriptions.` }, { status: 403 });
    try {
      ({ jobId } = await subscribeToFeed(db, queue, {
        url: submission.url,
        everyMinutes: submission.everyMinutes,
        actorId: user.id,
      }));
    } catch (error) {
      if (isRoundupError(error)) return Response.json({ error: error.describe() }, { status: 400 });
      throw error;
    }
  } else {
    const run = form?.get("run");
    jobId = await enqueueImportSources(
      queue,
      { sources: submission.sources, authorId: user.id },
      { run: typeof run === "string" && /^[\w-]{1,100}$/.test(run) ? run : crypto.randomUUID() },
    );
    await recordAuditEvent(db, {
      actorId: user.id,
      action: "sources.added",
      entity: "job",
      entityId: jobId,
      detail: {
        sources: submission.sources.map((source) =>
          source.kind === "url" ? source.url : source.kind === "file" ? `file ${source.name}` : "pasted text",
        ),
      },
    });
  }
  const job = await queue.get(jobId);
  if (!job) return Response.json({ error: "The job was enqueued but cannot be read back." }, { status: 500 });
  return Response.json({ job: toJobView(job) }, { status: 202, headers: { "cache-control": "no-store" } });
}
