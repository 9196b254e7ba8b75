export type { BatchJournal } from "./handlers/create-job-batch-journal.js";
export { createJobBatchJournal } from "./handlers/create-job-batch-journal.js";
export { createJobHandlers } from "./handlers/create-job-handlers.js";
export type { JobKindDefinition } from "./handlers/define-job-kind.js";
export {
  enqueueDigest,
  enqueueGroup,
  enqueueGroupingEdit,
  enqueueImportSources,
  enqueueIngest,
  enqueuePollFeeds,
} from "./handlers/enqueue-jobs.js";
export {
  digestJobKey,
  groupJobKey,
  importSourcesJobKey,
  ingestJobKey,
  pollFeedsJobKey,
} from "./handlers/job-keys.js";
export type {
  DigestJobPayload,
  GroupJobPayload,
  ImportSourcesJobPayload,
  IngestJobPayload,
  JobKind,
  JobName,
  PollFeedsJobPayload,
  SourceInput,
} from "./handlers/job-kinds.js";
export {
  JOB_KINDS,
  JOB_NAMES,
  JobPayloadError,
  parseJobPayload,
  sourceInputSchema,
} from "./handlers/job-kinds.js";
export type { CreateEngineOptions, JobHandlerDependencies } from "./handlers/job-runtime.js";
export {
  digestTimeoutSeconds,
  groupTimeoutSeconds,
  importSourcesTimeoutSeconds,
  ingestTimeoutSeconds,
  JOB_TIMEOUTS,
} from "./handlers/job-timeouts.js";
export { DIGEST_STEP_MESSAGES } from "./handlers/report-digest-steps.js";
export type { CreateJobQueueOptions } from "./queue/create-job-queue.js";
export { createJobQueue } from "./queue/create-job-queue.js";
export type {
  EnqueueOptions,
  JobContext,
  JobHandler,
  JobHandlers,
  JobQueue,
  JobRecord,
  JobStatus,
  ListJobsOptions,
  WorkOptions,
} from "./queue/job-queue.js";
export { JobCancelledError, jobStatuses } from "./queue/job-queue.js";
export type { PgBossJobQueueOptions } from "./queue/pg-boss-job-queue.js";
export type { SqliteJobQueueOptions } from "./queue/sqlite-job-queue.js";
export { sampleCorpusFolder } from "./sample-corpus.js";
export type { GroupingEdit, GroupingEditReport } from "./tasks/apply-grouping-edit.js";
export { applyGroupingEdit } from "./tasks/apply-grouping-edit.js";
export type { DigestStoriesOptions, DigestStoriesReport } from "./tasks/digest-stories.js";
export { digestStories } from "./tasks/digest-stories.js";
export type { GroupIntoStoriesOptions, GroupReport } from "./tasks/group-into-stories.js";
export { groupIntoStories } from "./tasks/group-into-stories.js";
export type { ImportSourcesOptions, ImportSourcesReport, SourceResult } from "./tasks/import-sources.js";
export { importSources } from "./tasks/import-sources.js";
export type { IngestIntoDatabaseOptions, IngestLoadedOptions, IngestReport } from "./tasks/ingest-into-database.js";
export { ingestIntoDatabase, ingestLoaded } from "./tasks/ingest-into-database.js";
export type { FeedPollReport, PollFeedsOptions, PollFeedsReport } from "./tasks/poll-feeds.js";
export { nextPollTime, pollDueFeeds } from "./tasks/poll-feeds.js";
export { ResidentStoryIndex } from "./tasks/resident-story-index.js";
export type { FingerprintView } from "./tasks/stored-fingerprints.js";
export { StoredFingerprints, type StoredFingerprintsOptions } from "./tasks/stored-fingerprints.js";
export type { SubscribeToFeedInput } from "./tasks/subscribe-to-feed.js";
export { subscribeToFeed } from "./tasks/subscribe-to-feed.js";
export { DatabaseStartError } from "./worker/database-start-error.js";
export type { OpenWhenDatabaseReachableOptions } from "./worker/open-when-database-reachable.js";
export { openWhenDatabaseReachable } from "./worker/open-when-database-reachable.js";
export type { RunWorkerOptions } from "./worker/run-worker.js";
export { runWorker } from "./worker/run-worker.js";
export type { FeedSchedulerOptions } from "./worker/start-feed-scheduler.js";
export { startFeedScheduler } from "./worker/start-feed-scheduler.js";
