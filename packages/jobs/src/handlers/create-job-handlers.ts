import type { DigestEngine, LoadOptions } from "@roundup/core";
import { type Database, recordAuditEvent } from "@roundup/db";
import type { JobHandlers, JobQueue } from "../queue/job-queue.js";
import { digestStories } from "../tasks/digest-stories.js";
import { groupIntoStories } from "../tasks/group-into-stories.js";
import { ingestIntoDatabase } from "../tasks/ingest-into-database.js";
import { ResidentStoryIndex } from "../tasks/resident-story-index.js";
import { StoredFingerprints } from "../tasks/stored-fingerprints.js";
import { type BatchJournal, createJobBatchJournal } from "./create-job-batch-journal.js";
import { enqueueGroup, enqueueIngest } from "./enqueue-jobs.js";
import {
  type DigestJobPayload,
  type GroupJobPayload,
  type IngestJobPayload,
  JOB_NAMES,
  type PollFeedsJobPayload,
} from "./job-names.js";
import { DIGEST_STEP_MESSAGES, reportDigestSteps } from "./report-digest-steps.js";

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
  /** Where follow-up jobs go (an ingest enqueues a group, a feed poll enqueues ingests). */
  queue?: JobQueue;
  load?: LoadOptions;
  /** Articles an ingest job stores per transaction (see `ingestIntoDatabase`). */
  saveBatchSize?: number;
  /** Days without a new article after which the group job closes a story (default 30). */
  groupWindowDays?: number;
}

export class JobPayloadError extends Error {
  readonly code = "JOB_PAYLOAD_INVALID";
  constructor(job: string, payload: unknown, fix: string) {
    super(`${job} job: invalid payload ${JSON.stringify(payload)}: ${fix}`);
  }
}

function stringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/**
 * The handlers for Roundup's jobs. Each is idempotent: ingestion stores an article once (by content
 * hash), grouping keeps story ids, and a digest is reused when its inputs and prompt are unchanged,
 * so a job delivered twice (a retry after a lost worker) writes nothing twice.
 */
export function createJobHandlers(dependencies: JobHandlerDependencies): JobHandlers {
  const { db, queue } = dependencies;
  // Kept between ingest jobs, so each loads only the articles stored since the last one.
  const fingerprints = new StoredFingerprints();
  // Kept between group jobs, so each reads only its new articles while nothing else moved any.
  const resident = new ResidentStoryIndex();
  return {
    async [JOB_NAMES.ingest](payload, context) {
      const { inputs, group = true } = (payload ?? {}) as Partial<IngestJobPayload>;
      if (!stringList(inputs) || inputs.length === 0)
        throw new JobPayloadError("ingest", payload, "give { inputs: string[] } with at least one input");
      let handled = 0;
      const report = await ingestIntoDatabase(db, inputs, {
        ...(dependencies.load ? { load: dependencies.load } : {}),
        ...(dependencies.saveBatchSize ? { saveBatchSize: dependencies.saveBatchSize } : {}),
        fingerprints,
        onInput: () => {
          handled += 1;
          context.progress(handled / inputs.length).catch(() => undefined);
        },
      });
      // A storage failure (the database restarting) is retried: what was stored is skipped next time.
      const unsaved = report.failed.filter((item) => item.stage === "save");
      if (unsaved.length > 0)
        throw new Error(`could not store ${unsaved.length} article(s): ${unsaved[0]?.error.split("\n").at(-1)}`);
      // Every input failing is most likely transient (a feed or the network down): retry the job.
      if (report.failed.length > 0 && report.imported.length === 0 && report.skipped.length === 0)
        throw new Error(`ingest failed for every input: ${report.failed.map((item) => item.error).join("; ")}`);
      if (group && queue && report.imported.length > 0) await enqueueGroup(queue, db);
      return {
        imported: report.imported.length,
        skipped: report.skipped.length,
        failed: report.failed,
      };
    },

    async [JOB_NAMES.group](payload) {
      const { full = false } = (payload ?? {}) as GroupJobPayload;
      const report = await groupIntoStories(db, {
        full,
        resident,
        ...(dependencies.groupWindowDays ? { windowDays: dependencies.groupWindowDays } : {}),
      });
      return {
        stories: report.stories.length,
        closed: report.closed,
        held: report.held,
        rebuilt: report.rebuilt,
        seconds: report.seconds,
      };
    },

    async [JOB_NAMES.digest](payload, context) {
      const { storyId, engine, prompt, model, force, authorId } = (payload ?? {}) as Partial<DigestJobPayload>;
      if (typeof storyId !== "string" || typeof engine !== "string")
        throw new JobPayloadError("digest", payload, "give { storyId, engine, prompt?, model?, force?, authorId? }");
      let progress = 0.1;
      const report = (value: number, message: string) => {
        progress = value;
        context.progress(value, message).catch(() => undefined);
      };
      report(progress, DIGEST_STEP_MESSAGES.planning);
      const created = dependencies.createEngine(engine, {
        ...(model ? { model } : {}),
        onProgress: (message) => report(progress, message),
        batch: createJobBatchJournal(context, (message) => report(progress, message)),
      });
      const digested = await digestStories(db, {
        engine: reportDigestSteps(created, report),
        storyId,
        ...(prompt ? { prompt } : {}),
        force: force === true,
        authorId: authorId ?? null,
        signal: context.signal,
      });
      const failure = digested.failed[0];
      // digestStories reports a story's failure instead of throwing; a job must throw to be retried.
      if (failure) throw new Error(failure.error);
      const result = digested.results[0];
      if (!result || result.status === "reused") return result ?? null;
      const saved = await db.digest.findUnique({ where: { storyId }, select: { id: true, version: true } });
      if (saved && authorId)
        await recordAuditEvent(db, {
          actorId: authorId,
          action: "digest.generated",
          entity: "digest",
          entityId: saved.id,
          detail: {
            storyId,
            engine,
            model: model ?? null,
            prompt: prompt ?? null,
            version: saved.version,
            force: force === true,
          },
        });
      return { ...result, version: saved?.version ?? null };
    },

    async [JOB_NAMES.pollFeeds](payload) {
      const { feeds } = (payload ?? {}) as Partial<PollFeedsJobPayload>;
      if (!stringList(feeds)) throw new JobPayloadError("poll-feeds", payload, "give { feeds: string[] }");
      if (!queue) throw new Error("poll-feeds needs a queue to enqueue the feeds' ingestion on");
      const ids = [];
      for (const feed of feeds) ids.push(await enqueueIngest(queue, { inputs: [feed] }));
      return { enqueued: ids };
    },
  };
}
