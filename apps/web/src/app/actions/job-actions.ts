"use server";

import { recordAuditEvent } from "@roundup/db";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idSchema } from "../../lib/id-schema";
import type { PageError } from "../../lib/page-errors";
import { getDatabase } from "../../server/db";
import { getJobQueue } from "../../server/job-queue";
import { authorize, PermissionError } from "../../server/session";

const retrySchema = z.object({ jobId: idSchema });

function jobsHref(params: { error: PageError } | { notice: string; job: string }): string {
  return `/jobs?${new URLSearchParams(params).toString()}`;
}

/** Puts a dead job back in the queue for one more attempt; the role is checked here, whatever the page showed. */
export async function retryJobAction(formData: FormData): Promise<void> {
  const parsed = retrySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect(jobsHref({ error: "job-invalid" }));
  let user: Awaited<ReturnType<typeof authorize>>;
  try {
    user = await authorize("jobs.retry");
  } catch (error) {
    if (error instanceof PermissionError) {
      if (!error.role) redirect(`/sign-in?next=${encodeURIComponent("/jobs")}`);
      redirect(jobsHref({ error: "not-allowed" }));
    }
    throw error;
  }
  const queue = await getJobQueue();
  const job = await queue.get(parsed.data.jobId);
  if (!job) redirect(jobsHref({ error: "job-not-found" }));
  if (!(await queue.retry(job.id))) redirect(jobsHref({ error: "job-not-dead" }));
  await recordAuditEvent(getDatabase(), {
    actorId: user.id,
    action: "job.retried",
    entity: "job",
    entityId: job.id,
    detail: { name: job.name, attempts: job.attempts, lastError: job.lastError?.slice(0, 500) ?? null },
  });
  redirect(jobsHref({ notice: "retried", job: job.id }));
}
