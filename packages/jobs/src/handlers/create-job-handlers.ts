import type { DigestEngine, LoadOptions } from "@roundup/core";
import type { Database } from "@roundup/db";
import type { JobHandlers, JobQueue } from "../queue/job-queue.js";
import { applyGroupingEdit } from "../tasks/apply-grouping-edit.js";
import { digestStories } from "../tasks/digest-stories.js";
import { groupIntoStories } from "../tasks/group-into-stories.js";
import { importSources } from "../tasks/import-sources.js";
import { ingestIntoDatabase } from "../tasks/ingest-into-database.js";
import { pollDueFeeds } from "../tasks/poll-feeds.js";
import { ResidentStoryIndex } from "../tasks/resident-story-index.js";
import { StoredFingerprints } from "../tasks/stored-fingerprints.js";
import { type BatchJournal, createJobBatchJournal } from "./create-job-batch-journal.js";
import { enqueueGroup } from "./enqueue-jobs.js";
import { defineJobHandler, JOB_KINDS } from "./job-kinds.js";
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

/**
 * The handlers for Roundup's jobs. Each is idempotent: ingestion stores an article once (by content
 * hash), grouping keeps story ids, and a digest is reused when its inputs and prompt are unchanged,
 * so a job delivered twice (a retry after a lost worker) writes nothing twice.
 */
export function createJobHandlers(dependencies: JobHandlerDependencies): JobHandlers {
  const { db, queue } = dependencies;
  // Kept between ingest jobs, so each loads only the articles stored since the last one; it holds the
  // grouping window's articles, so its memory follows the window, as grouping's does.
  const fingerprints = new StoredFingerprints(
    dependencies.groupWindowDays ? { windowDays: dependencies.groupWindowDays } : {},
  );
  // Kept between group jobs, so each reads only its new articles while nothing else moved any.
  const resident = new ResidentStoryIndex();
  return {
    [JOB_KINDS.ingest.name]: defineJobHandler(JOB_KINDS.ingest, async ({ inputs, group = true }, context) => {
      const handled = 0;
      const report = await ingestIntoDatabase(db, inputs, {
        ...(dependencies.load ? { load: dependencies.load } : {}),
        ...(dependencies.saveBatchSize ? { saveBatchSize: dependencies.saveBatchSize } : {}),
        fingerprints,
        onInput: (_input, done, total) => {
          context.progress(done / total).catch(() => undefined);
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
    }),

    [JOB_KINDS.group.name]: defineJobHandler(JOB_KINDS.group, async ({ full = false }) => {
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
    }),

    [JOB_KINDS.groupingEdit.name]: defineJobHandler(JOB_KINDS.groupingEdit, async (edit, context) =>
      applyGroupingEdit(db, edit, (value, message) => {
        context.progress(value, message).catch(() => undefined);
      }),
    ),

    [JOB_KINDS.digest.name]: defineJobHandler(JOB_KINDS.digest, async (payload, context) => {
      const { storyId, engine, prompt, model, force, authorId } = payload;
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
        auditDetail: { engine, model: model ?? null, prompt: prompt ?? null },
        signal: context.signal,
      });
      const failure = digested.failed[0];
      // digestStories reports a story's failure instead of throwing; a job must throw to be retried.
      if (failure) throw new Error(failure.error);
      const result = digested.results[0];
      if (!result || result.status === "reused") return result ?? null;
      // The revision and its audit event (for an editor's request) were written in one transaction.
      const saved = await db.digest.findUnique({ where: { storyId }, select: { version: true } });
      return { ...result, version: saved?.version ?? null };
    }),

    [JOB_KINDS.pollFeeds.name]: defineJobHandler(JOB_KINDS.pollFeeds, async ({ feedIds }, context) => {
      const report = await pollDueFeeds(db, {
        load: { ...dependencies.load, signal: context.signal },
        fingerprints,
        ...(feedIds ? { feedIds } : {}),
        onFeed: (feed, done, total) => {
          context
            .progress(done / total, `${done} of ${total} feeds: ${feed.url} ${feed.status}`)
            .catch(() => undefined);
        },
      });
      const imported = report.feeds.reduce((total, feed) => total + feed.imported.length, 0);
      if (queue && imported > 0) await enqueueGroup(queue, db);
      return { imported, feeds: report.feeds };
    }),

    [JOB_KINDS.importSources.name]: defineJobHandler(
      JOB_KINDS.importSources,
      async ({ sources, group = true }, context) => {
        context.progress(0, `0 of ${sources.length} sources`).catch(() => undefined);
        const report = await importSources(db, sources, {
          ...(dependencies.load ? { load: dependencies.load } : {}),
          fingerprints,
          signal: context.signal,
          onSource: (result, done, total) => {
            context
              .progress(done / total, `${done} of ${total} sources: ${result.label} ${result.status}`)
              .catch(() => undefined);
          },
        });
        if (group && queue && report.imported > 0) await enqueueGroup(queue, db);
        return report;
      },
    ),
  };
}
