import type { BatchEngineOptions } from "@roundup/core";
import { z } from "zod";
import type { JobContext } from "../queue/job-queue.js";

/** The batch engine's callbacks that keep its submitted batches somewhere a later run finds them. */
export type BatchJournal = Pick<BatchEngineOptions, "resume" | "onSubmitted" | "onResumed" | "onSettled">;

/** What a digest job keeps with `JobContext.save` while its batch runs at the provider. */
const keptBatchSchema = z.object({
  /** The batch engine's work id: the same stories, evidence, prompt and model. */
  workId: z.string().min(1),
  /** In round order: the digests, then (if any) the repair batch. */
  batchIds: z.array(z.string().min(1)).min(1),
});

/**
 * The job's own record as the batch engine's journal (as `roundup digest --engine batch` keeps a
 * state file): a submitted batch id is saved with the job before the attempt waits, so an attempt
 * retried after its worker died or timed out collects that batch instead of paying for a new one.
 * `say` tells the job's watchers what happened.
 */
export function createJobBatchJournal(context: Pick<JobContext, "saved" | "save">, say: (message: string) => void) {
  const parsed = keptBatchSchema.safeParse(context.saved);
  let kept = parsed.success ? parsed.data : null;
  return {
    resume: (workId) => (kept?.workId === workId ? kept.batchIds : undefined),
    async onSubmitted(submission) {
      const earlier = kept?.workId === submission.workId ? kept.batchIds.slice(0, submission.round - 1) : [];
      kept = { workId: submission.workId, batchIds: [...earlier, submission.batchId] };
      await context.save(kept);
      say(`Batch ${submission.batchId} submitted; waiting for the provider`);
    },
    onResumed(submission) {
      say(`Resuming batch ${submission.batchId}, submitted by an earlier attempt`);
    },
    async onSettled() {
      kept = null;
      await context.save(null);
    },
  } satisfies BatchJournal;
}
