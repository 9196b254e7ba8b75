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
  pollFeeds: {
    name: "poll-feeds",
    payload: z.object({ feeds: z.array(z.string().min(1)) }),
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
} as const;

export type IngestJobPayload = z.infer<typeof JOB_KINDS.ingest.payload>;
export type GroupJobPayload = z.infer<typeof JOB_KINDS.group.payload>;
export type DigestJobPayload = z.infer<typeof JOB_KINDS.digest.payload>;
export type GroupingEditJobPayload = z.infer<typeof JOB_KINDS.groupingEdit.payload>;
export type PollFeedsJobPayload = z.infer<typeof JOB_KINDS.pollFeeds.payload>;

/** A payload its job's schema refuses: the attempt fails, saying what was wrong. */
export class JobPayloadError extends Error {
  readonly code = "JOB_PAYLOAD_INVALID";
  constructor(job: string, payload: unknown, problems: string) {
    super(`${job} job: invalid payload ${JSON.stringify(payload)}: ${problems}`);
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
