import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type BatchEngineOptions, RoundupError } from "@roundup/core";
import { defaultDatabaseFile } from "@roundup/db";
import { z } from "zod";

const pendingWorkSchema = z.object({
  /** In round order: the digests, then (if any) the repair batch. */
  batchIds: z.array(z.string().min(1)).min(1),
  model: z.string(),
  stories: z.array(z.string()),
  submittedAt: z.string(),
});

const batchStateSchema = z.object({
  version: z.literal(1),
  /** By work id (a hash of the batch's requests): batches submitted and not yet collected. */
  pending: z.record(z.string(), pendingWorkSchema),
});

export type BatchState = z.infer<typeof batchStateSchema>;

/**
 * Where pending batch ids are kept: ROUNDUP_BATCH_STATE, else beside the SQLite database file
 * (one state per database), else (PostgreSQL) in the repository's .data folder.
 */
export function batchStatePath(configured: string | undefined, databaseUrl: string): string {
  if (configured) return path.resolve(configured);
  if (databaseUrl.startsWith("file:")) return `${databaseUrl.slice("file:".length)}.batches.json`;
  return path.join(path.dirname(defaultDatabaseFile), "batches.json");
}

/** The state file, validated; a missing file is an empty state. */
export function readBatchState(file: string): BatchState {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { version: 1, pending: {} };
    throw error;
  }
  let parsed: ReturnType<typeof batchStateSchema.safeParse>;
  try {
    parsed = batchStateSchema.safeParse(JSON.parse(text));
  } catch (cause) {
    parsed = { success: false, error: cause as z.ZodError } as ReturnType<typeof batchStateSchema.safeParse>;
  }
  if (!parsed.success) {
    throw new RoundupError("CONFIG_INVALID", `the batch state file ${file} is not valid: ${parsed.error.message}`, {
      input: file,
      fix: "repair it, or delete it (its pending batches are then submitted again)",
    });
  }
  return parsed.data;
}

/** Written whole to a temporary file and renamed, so a crash never leaves half a file. */
function writeBatchState(file: string, state: BatchState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}

type JournalOptions = Pick<BatchEngineOptions, "resume" | "onSubmitted" | "onResumed" | "onSettled">;

/**
 * The batch engine's callbacks backed by the state file: a submitted batch is recorded before
 * the run waits for it, a later run with the same requests resumes it, and a collected (or
 * failed) batch is forgotten. `say` reports each step to the person running the command.
 */
export function createBatchJournal(file: string, model: string, say: (line: string) => void): JournalOptions {
  const update = (change: (state: BatchState) => void) => {
    const state = readBatchState(file);
    change(state);
    writeBatchState(file, state);
  };
  return {
    resume: (workId) => readBatchState(file).pending[workId]?.batchIds,
    onSubmitted: (submission) => {
      update((state) => {
        const earlier = state.pending[submission.workId]?.batchIds.slice(0, submission.round - 1) ?? [];
        state.pending[submission.workId] = {
          batchIds: [...earlier, submission.batchId],
          model,
          stories: submission.requests.map((request) => request.storyId),
          submittedAt: new Date().toISOString(),
        };
      });
      say(
        `submitted batch ${submission.batchId} for ${submission.requests.length} ${submission.requests.length === 1 ? "story" : "stories"}; if this run stops, the same command resumes it (state in ${file})`,
      );
    },
    onResumed: (submission) => {
      say(`resuming batch ${submission.batchId} submitted earlier, instead of submitting a new one`);
    },
    onSettled: (workId) => {
      update((state) => {
        delete state.pending[workId];
      });
    },
  };
}
