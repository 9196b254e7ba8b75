import type { DigestEngine, LoadOptions } from "@roundup/core";
import type { Database } from "@roundup/db";
import type { JobQueue } from "../queue/job-queue.js";
import type { ResidentStoryIndex } from "../tasks/resident-story-index.js";
import type { StoredFingerprints } from "../tasks/stored-fingerprints.js";
import type { BatchJournal } from "./create-job-batch-journal.js";

export interface CreateEngineOptions {
  /** The model a model engine should call (the payload's choice); the engine's default when missing. */
  model?: string;
  /** Tells the job's watchers what the engine is doing, e.g. that the provider rate-limits it. */
  onProgress: (message: string) => void;
  /** For the batch engine: keeps its batch ids with the job, so a retried job resumes its batch. */
  batch: BatchJournal;
}

export interface JobHandlerDependencies {
  db: Database;
  /** Builds the digest engine a job names (the CLI passes its `createEngine`). */
  createEngine: (name: string, options: CreateEngineOptions) => DigestEngine;
  /** Where follow-up jobs go (an ingest, an import or a feed poll that stored articles enqueues a group). */
  queue?: JobQueue;
  load?: LoadOptions;
  /** Articles an ingest job stores per transaction (see `ingestIntoDatabase`). */
  saveBatchSize?: number;
  /**
   * Days without a new article after which the group job closes a story (default 30); also the days
   * back that ingestion's near-duplicate index covers (see `StoredFingerprints`).
   */
  groupWindowDays?: number;
}

/** What every job handler of one process shares: its dependencies and the state kept between jobs. */
export interface JobRuntime extends Omit<JobHandlerDependencies, "queue"> {
  /** Kept between ingest jobs, so each loads only the window's articles stored since the last one. */
  fingerprints: StoredFingerprints;
  /** Kept between group jobs, so each reads only its new articles while nothing else moved any. */
  resident: ResidentStoryIndex;
  /** Enqueues grouping after articles were stored (nothing when the handlers have no queue). */
  enqueueGroup: () => Promise<void>;
}
