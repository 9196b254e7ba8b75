import type { Database } from "@roundup/db";
import type { EnqueueOptions, JobQueue } from "../queue/job-queue.js";
import { digestJobKey, groupJobKey, importSourcesJobKey, ingestJobKey, pollFeedsJobKey } from "./job-keys.js";
import {
  type DigestJobPayload,
  type GroupingEditJobPayload,
  type ImportSourcesJobPayload,
  type IngestJobPayload,
  JOB_KINDS,
  type PollFeedsJobPayload,
  parseJobPayload,
} from "./job-kinds.js";
import {
  digestTimeoutSeconds,
  groupTimeoutSeconds,
  importSourcesTimeoutSeconds,
  ingestTimeoutSeconds,
  JOB_TIMEOUTS,
} from "./job-timeouts.js";

/** Each job's settings; without `timeoutSeconds`, the job kind's bound from `JOB_TIMEOUTS`. */
type Settings = Omit<EnqueueOptions, "key">;

/** Enqueues the ingestion of inputs (then grouping); returns the job id. */
export async function enqueueIngest(
  queue: JobQueue,
  payload: IngestJobPayload,
  options: Settings & { batch?: string } = {},
): Promise<string> {
  const { batch, ...settings } = options;
  return queue.enqueue(JOB_KINDS.ingest.name, parseJobPayload(JOB_KINDS.ingest, payload), {
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
  return queue.enqueue(JOB_KINDS.group.name, parseJobPayload(JOB_KINDS.group, { full }), {
    timeoutSeconds: groupTimeoutSeconds(held),
    ...settings,
    key: await groupJobKey(db, full),
  });
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
  return queue.enqueue(JOB_KINDS.digest.name, parseJobPayload(JOB_KINDS.digest, payload), {
    timeoutSeconds: digestTimeoutSeconds(payload.engine),
    ...settings,
    key: await digestJobKey(db, payload, run),
  });
}

/**
 * Enqueues an editor's grouping edit. `request` names the editor's click (a UUID): the same click sent
 * twice is one job.
 */
export async function enqueueGroupingEdit(
  queue: JobQueue,
  edit: GroupingEditJobPayload,
  request: string,
): Promise<string> {
  return queue.enqueue(JOB_KINDS.groupingEdit.name, parseJobPayload(JOB_KINDS.groupingEdit, edit), {
    timeoutSeconds: JOB_TIMEOUTS.groupingEdit,
    key: `grouping-edit:${request}`,
  });
}

/**
 * Enqueues a poll of the due feeds (only `feedIds` when given), once per `slot` (see pollFeedsJobKey).
 * A poll is not retried: the feed's own backoff decides when it is asked again.
 */
export async function enqueuePollFeeds(
  queue: JobQueue,
  payload: PollFeedsJobPayload,
  options: Settings & { slot: string },
): Promise<string> {
  const { slot, ...settings } = options;
  return queue.enqueue(JOB_KINDS.pollFeeds.name, parseJobPayload(JOB_KINDS.pollFeeds, payload), {
    timeoutSeconds: JOB_TIMEOUTS.pollFeeds,
    maxAttempts: 1,
    ...settings,
    key: pollFeedsJobKey(payload.feedIds, slot),
  });
}

/** Enqueues the import of sources added in the workbench; `run` is one per editor's submit. */
export async function enqueueImportSources(
  queue: JobQueue,
  payload: ImportSourcesJobPayload,
  options: Settings & { run: string },
): Promise<string> {
  const { run, ...settings } = options;
  return queue.enqueue(JOB_KINDS.importSources.name, parseJobPayload(JOB_KINDS.importSources, payload), {
    timeoutSeconds: importSourcesTimeoutSeconds(payload.sources),
    ...settings,
    key: importSourcesJobKey(payload.sources, run),
  });
}
