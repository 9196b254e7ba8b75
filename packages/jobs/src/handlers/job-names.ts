/** The jobs Roundup runs; each is a pg-boss queue on PostgreSQL and a `Job.name` on SQLite. */
export const JOB_NAMES = {
  ingest: "ingest",
  group: "group",
  digest: "digest",
  pollFeeds: "poll-feeds",
  /** An editor's move, merge or split, applied to the stories it touches (payload: GroupingEdit). */
  groupingEdit: "grouping-edit",
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

export interface PollFeedsJobPayload {
  feeds: string[];
}
