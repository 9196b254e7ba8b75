import { z } from "zod";
import type { JobContext, JobHandler } from "../queue/job-queue.js";

const storyOrArticleId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w-]+$/);

/** An editor's grouping edit, as the web app enqueues it. */
const groupingEditPayload = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("move"),
    articleId: storyOrArticleId,
    toStory: storyOrArticleId,
    actorId: storyOrArticleId,
  }),
  z.object({
    kind: z.literal("merge"),
    fromStory: storyOrArticleId,
    intoStory: storyOrArticleId,
    actorId: storyOrArticleId,
  }),
  // The new story's id is chosen when the edit is asked for, so a retried job makes no second story.
  z.object({
    kind: z.literal("split"),
    storyId: storyOrArticleId,
    articleIds: z.array(storyOrArticleId).min(1).max(500),
    newStoryId: storyOrArticleId,
    actorId: storyOrArticleId,
  }),
]);

/** One source an editor added in the workbench. A file travels in the payload (base64), so any worker can read it. */
export const sourceInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("url"), url: z.string().trim().min(1).max(4000) }),
  z.object({ kind: z.literal("file"), name: z.string().min(1).max(300), content: z.base64() }),
  z.object({ kind: z.literal("text"), title: z.string().max(500).optional(), text: z.string().min(1) }),
]);
export type SourceInput = z.infer<typeof sourceInputSchema>;

/**
 * The jobs Roundup runs, each declared once: its name (a pg-boss queue on PostgreSQL, a `Job.name`
 * on SQLite) and the schema of its payload. Enqueueing validates against the schema, and each
 * handler receives its payload parsed by it (see `defineJobHandler`), never cast by hand.
 */
export const JOB_KINDS = {
  ingest: {
    name: "ingest",
    payload: z.object({
      /** Paths, URLs or feed URLs, as `roundup ingest` takes them. */
      inputs: z.array(z.string().min(1)).min(1),
      /** Group the stored articles afterwards (enqueues a `group` job). Default true. */
      group: z.boolean().optional(),
    }),
  },
  group: {
    name: "group",
    payload: z.object({ full: z.boolean().optional() }),
  },
  digest: {
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
  },
  /** An editor's move, merge or split, applied to the stories it touches. */
  groupingEdit: {
    name: "grouping-edit",
    payload: groupingEditPayload,
  },
  /** Polls the subscribed feeds that are due (only `feedIds` when given: a new subscription's first poll). */
  pollFeeds: {
    name: "poll-feeds",
    payload: z.object({ feedIds: z.array(z.string().min(1)).max(1000).optional() }),
  },
  /** Imports the sources an editor added (URLs, files, pasted text), reporting a result per source. */
  importSources: {
    name: "import-sources",
    payload: z.object({
      sources: z.array(sourceInputSchema).min(1).max(500),
      /** Who added them (kept with the job, for the audit trail). */
      authorId: z.string().optional(),
      /** Group the stored articles afterwards (enqueues a `group` job). Default true. */
      group: z.boolean().optional(),
    }),
  },
} as const satisfies Record<string, { name: string; payload: z.ZodType }>;

export type JobKind = (typeof JOB_KINDS)[keyof typeof JOB_KINDS];
export type JobName = JobKind["name"];

/** The job names, for lists and filters. */
export const JOB_NAMES = {
  ingest: JOB_KINDS.ingest.name,
  group: JOB_KINDS.group.name,
  digest: JOB_KINDS.digest.name,
  groupingEdit: JOB_KINDS.groupingEdit.name,
  pollFeeds: JOB_KINDS.pollFeeds.name,
  importSources: JOB_KINDS.importSources.name,
} as const;

export type IngestJobPayload = z.infer<typeof JOB_KINDS.ingest.payload>;
export type GroupJobPayload = z.infer<typeof JOB_KINDS.group.payload>;
export type DigestJobPayload = z.infer<typeof JOB_KINDS.digest.payload>;
export type GroupingEditJobPayload = z.infer<typeof JOB_KINDS.groupingEdit.payload>;
export type PollFeedsJobPayload = z.infer<typeof JOB_KINDS.pollFeeds.payload>;
export type ImportSourcesJobPayload = z.infer<typeof JOB_KINDS.importSources.payload>;

/** A payload its job's schema refuses: the attempt fails, saying what was wrong. */
export class JobPayloadError extends Error {
  readonly code = "JOB_PAYLOAD_INVALID";
  constructor(job: string, payload: unknown, problems: string) {
    // A payload can carry whole files (import-sources): the message quotes only its start.
    const shown = JSON.stringify(payload) ?? String(payload);
    super(`${job} job: invalid payload ${shown.length > 300 ? `${shown.slice(0, 300)}…` : shown}: ${problems}`);
    this.name = "JobPayloadError";
  }
}

/** Checks a payload against its job's schema; throws JobPayloadError naming each problem. */
export function parseJobPayload<Kind extends JobKind>(kind: Kind, payload: unknown): z.infer<Kind["payload"]> {
  const parsed = kind.payload.safeParse(payload);
  if (parsed.success) return parsed.data as z.infer<Kind["payload"]>;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "payload"}: ${issue.message}`);
  throw new JobPayloadError(kind.name, payload, problems.join("; "));
}

/** A queue handler for `kind` whose body receives the payload parsed by the kind's schema. */
export function defineJobHandler<Kind extends JobKind>(
  kind: Kind,
  run: (payload: z.infer<Kind["payload"]>, context: JobContext) => Promise<unknown>,
): JobHandler {
  return (payload, context) => run(parseJobPayload(kind, payload), context);
}
