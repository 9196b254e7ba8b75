import type { JobHandler, JobHandlers } from "../queue/job-queue.js";
import { ResidentStoryIndex } from "../tasks/resident-story-index.js";
import { StoredFingerprints } from "../tasks/stored-fingerprints.js";
import type { JobKindDefinition } from "./define-job-kind.js";
import { enqueueGroup } from "./enqueue-jobs.js";
import { JOB_KINDS, parseJobPayload } from "./job-kinds.js";
import type { JobHandlerDependencies, JobRuntime } from "./job-runtime.js";

/** The queue handler of one job kind: the payload parsed by the kind's schema, then its handler. */
function handlerFor(kind: JobKindDefinition, runtime: JobRuntime): JobHandler {
  return (payload, context) => kind.handle(parseJobPayload(kind, payload), context, runtime);
}

/**
 * The handlers for Roundup's jobs (each kind in its own file, see job-kinds.ts). Each is idempotent:
 * ingestion stores an article once (by content hash), grouping keeps story ids, and a digest is
 * reused when its inputs and prompt are unchanged, so a job delivered twice (a retry after a lost
 * worker) writes nothing twice.
 */
export function createJobHandlers(dependencies: JobHandlerDependencies): JobHandlers {
  const { queue, ...rest } = dependencies;
  const runtime: JobRuntime = {
    ...rest,
    // Holds the grouping window's articles, so its memory follows the window, as grouping's does.
    fingerprints: new StoredFingerprints({ windowDays: dependencies.groupWindowDays }),
    resident: new ResidentStoryIndex(),
    enqueueGroup: async () => {
      if (queue) await enqueueGroup(queue, dependencies.db);
    },
  };
  const kinds: JobKindDefinition[] = Object.values(JOB_KINDS);
  return Object.fromEntries(kinds.map((kind) => [kind.name, handlerFor(kind, runtime)]));
}
