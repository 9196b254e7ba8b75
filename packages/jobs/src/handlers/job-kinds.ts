import type { z } from "zod";
import { digestJob } from "./digest-job.js";
import { groupJob } from "./group-job.js";
import { groupingEditJob } from "./grouping-edit-job.js";
import { importSourcesJob } from "./import-sources-job.js";
import { ingestJob } from "./ingest-job.js";
import { pollFeedsJob } from "./poll-feeds-job.js";

export type { SourceInput } from "./import-sources-job.js";
export { sourceInputSchema } from "./import-sources-job.js";

/**
 * The jobs Roundup runs, each declared once in its own file with its payload schema and handler
 * (see `defineJobKind`). Enqueueing validates against the schema, and each handler receives its
 * payload parsed by it.
 */
export const JOB_KINDS = {
  ingest: ingestJob,
  group: groupJob,
  digest: digestJob,
  groupingEdit: groupingEditJob,
  pollFeeds: pollFeedsJob,
  importSources: importSourcesJob,
} as const;

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
export type { GroupingEditJobPayload } from "./grouping-edit-job.js";
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
export function parseJobPayload<Payload extends z.ZodType>(
  kind: { name: string; payload: Payload },
  payload: unknown,
): z.infer<Payload> {
  const parsed = kind.payload.safeParse(payload);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "payload"}: ${issue.message}`);
  throw new JobPayloadError(kind.name, payload, problems.join("; "));
}
