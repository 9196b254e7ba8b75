import { z } from "zod";

/** The jobs Roundup runs; each is a pg-boss queue on PostgreSQL and a `Job.name` on SQLite. */
export const JOB_NAMES = {
  ingest: "ingest",
  group: "group",
  digest: "digest",
  pollFeeds: "poll-feeds",
  importSources: "import-sources",
} as const;

export type JobName = (typeof JOB_NAMES)[keyof typeof JOB_NAMES];

export interface IngestJobPayload {
  /** Paths, URLs or feed URLs, as `roundup ingest` takes them. */
  inputs: string[];
  /** Group the stored articles afterwards (enqueues a `group` job). Default true. */
  group?: boolean;
}

export interface GroupJobPayload {
  full?: boolean;
}

export interface DigestJobPayload {
  storyId: string;
  /** Engine name as the CLI knows it: offline, llm. */
  engine: string;
  /** Prompt id@version; the engine's default when missing. */
  prompt?: string;
  /** The model a model engine calls; the worker's default when missing. */
  model?: string;
  /** Write a new revision even when nothing changed since the last digest. */
  force?: boolean;
  /** The user who asked for it: the revision and the audit event are recorded against them. */
  authorId?: string;
}

/** Polls the subscribed feeds that are due (only `feedIds` when given: a new subscription's first poll). */
export const pollFeedsJobPayloadSchema = z.object({ feedIds: z.array(z.string().min(1)).max(1000).optional() });
export type PollFeedsJobPayload = z.infer<typeof pollFeedsJobPayloadSchema>;

/** One source an editor added in the workbench. A file travels in the payload (base64), so any worker can read it. */
export const sourceInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("url"), url: z.string().trim().min(1).max(4000) }),
  z.object({ kind: z.literal("file"), name: z.string().min(1).max(300), content: z.base64() }),
  z.object({ kind: z.literal("text"), title: z.string().max(500).optional(), text: z.string().min(1) }),
]);
export type SourceInput = z.infer<typeof sourceInputSchema>;

/** Imports the sources an editor added (URLs, files, pasted text), reporting a result per source. */
export const importSourcesJobPayloadSchema = z.object({
  sources: z.array(sourceInputSchema).min(1).max(500),
  /** Who added them (kept with the job, for the audit trail). */
  authorId: z.string().optional(),
  /** Group the stored articles afterwards (enqueues a `group` job). Default true. */
  group: z.boolean().optional(),
});
export type ImportSourcesJobPayload = z.infer<typeof importSourcesJobPayloadSchema>;
