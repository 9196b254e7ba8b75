import type { Database } from "@roundup/db";
import type { EnqueueOptions, JobQueue } from "../queue/job-queue.js";
import { digestJobKey, groupJobKey, ingestJobKey } from "./job-keys.js";
import { type DigestJobPayload, type IngestJobPayload, JOB_NAMES } from "./job-names.js";
import { digestTimeoutSeconds, groupTimeoutSeconds, ingestTimeoutSeconds } from "./job-timeouts.js";

/** Each job's settings; without `timeoutSeconds`, the job kind's bound from `JOB_TIMEOUTS`. */
type Settings = Omit<EnqueueOptions, "key">;

/** Enqueues the ingestion of inputs (then grouping); returns the job id. */
export async function enqueueIngest(
  queue: JobQueue,
  payload: IngestJobPayload,
  options: Settings & { batch?: string } = {},
): Promise<string> {
  const { batch, ...settings } = options;
  return queue.enqueue(JOB_NAMES.ingest, payload, {
    timeoutSeconds: await ingestTimeoutSeconds(payload.inputs),
    ...settings,
    key: ingestJobKey(payload.inputs, batch),
  });
}

/**
 * Enqueues grouping of the stored articles; the same articles and decisions are grouped once. Its
 * timeout follows what the job holds: the articles of open stories and the ungrouped ones.
 */
export async function enqueueGroup(
  queue: JobQueue,
  db: Database,
  options: Settings & { full?: boolean } = {},
): Promise<string> {
  const { full = false, ...settings } = options;
  const held = await db.article.count({ where: { OR: [{ storyId: null }, { story: { closedAt: null } }] } });
  return queue.enqueue(
    JOB_NAMES.group,
    { full },
    { timeoutSeconds: groupTimeoutSeconds(held), ...settings, key: await groupJobKey(db, full) },
  );
}

/**
 * Enqueues a story's digest, keyed by its articles' hashes and the prompt version (and `run`, when
 * given: see digestJobKey).
 */
export async function enqueueDigest(
  queue: JobQueue,
  db: Database,
  payload: DigestJobPayload,
  options: Settings & { run?: string } = {},
) {
  const { run, ...settings } = options;
  return queue.enqueue(JOB_NAMES.digest, payload, {
    timeoutSeconds: digestTimeoutSeconds(payload.engine),
    ...settings,
    key: await digestJobKey(db, payload, run),
  });
}
