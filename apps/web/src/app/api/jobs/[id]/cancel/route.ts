import { recordAuditEvent } from "@roundup/db";
import { toJobView } from "../../../../../lib/generate-progress";
import { idSchema } from "../../../../../lib/id-schema";
import { getDatabase } from "../../../../../server/db";
import { getJobQueue } from "../../../../../server/job-queue";
import { guardRoute } from "../../../../../server/route-guard";

export const dynamic = "force-dynamic";

/**
 * Cancels a queued or running job: a running attempt is aborted and stores nothing. Answers with the
 * job; 409 when it had already finished (its final state tells what happened instead).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await guardRoute(request, "jobs.cancel", { write: true });
  if (user instanceof Response) return user;
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: "Invalid job id." }, { status: 400 });
  const queue = await getJobQueue();
  const cancelled = await queue.cancel(id.data);
  const job = await queue.get(id.data);
  if (!job) return Response.json({ error: "The job was not found." }, { status: 404 });
  if (cancelled) {
    await recordAuditEvent(getDatabase(), {
      actorId: user.id,
      action: "job.cancelled",
      entity: "job",
      entityId: job.id,
      detail: { name: job.name, attempts: job.attempts },
    });
  }
  return Response.json({ job: toJobView(job) }, { status: cancelled ? 200 : 409 });
}
