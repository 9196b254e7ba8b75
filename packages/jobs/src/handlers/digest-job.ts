import { z } from "zod";
import { digestStories } from "../tasks/digest-stories.js";
import { createJobBatchJournal } from "./create-job-batch-journal.js";
import { defineJobKind } from "./define-job-kind.js";
import { DIGEST_STEP_MESSAGES, reportDigestSteps } from "./report-digest-steps.js";

/** Writes a story's digest (reused while its inputs and prompt are unchanged, unless forced). */
export const digestJob = defineJobKind({
  name: "digest",
  payload: z.object({
    storyId: z.string().min(1),
    /** Engine name as the CLI knows it: offline, llm, batch. */
    engine: z.string().min(1),
    /** Prompt id@version; the engine's default when missing. */
    prompt: z.string().optional(),
    /** The model a model engine calls; the worker's default when missing. */
    model: z.string().optional(),
    /** Write a new revision even when nothing changed since the last digest. */
    force: z.boolean().optional(),
    /** The user who asked for it: the revision and the audit event are recorded against them. */
    authorId: z.string().optional(),
  }),
  async handle({ storyId, engine, prompt, model, force, authorId }, context, runtime) {
    let progress = 0.1;
    const report = (value: number, message: string) => {
      progress = value;
      context.progress(value, message).catch(() => undefined);
    };
    report(progress, DIGEST_STEP_MESSAGES.planning);
    const created = runtime.createEngine(engine, {
      ...(model ? { model } : {}),
      onProgress: (message) => report(progress, message),
      batch: createJobBatchJournal(context, (message) => report(progress, message)),
    });
    const digested = await digestStories(runtime.db, {
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
    const saved = await runtime.db.digest.findUnique({ where: { storyId }, select: { version: true } });
    return { ...result, version: saved?.version ?? null };
  },
});
