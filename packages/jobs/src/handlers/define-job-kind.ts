import type { z } from "zod";
import type { JobContext } from "../queue/job-queue.js";
import type { JobRuntime } from "./job-runtime.js";

/**
 * A job Roundup runs, declared once: its name (a pg-boss queue on PostgreSQL, a `Job.name` on
 * SQLite), the schema of its payload, and its handler, which receives the payload parsed by that
 * schema (never cast by hand). Each handler is idempotent: a job delivered twice (a retry after a
 * lost worker) writes nothing twice.
 */
export interface JobKindDefinition<Name extends string = string, Payload extends z.ZodType = z.ZodType> {
  readonly name: Name;
  readonly payload: Payload;
  handle(payload: z.infer<Payload>, context: JobContext, runtime: JobRuntime): Promise<unknown>;
}

export function defineJobKind<const Name extends string, Payload extends z.ZodType>(
  kind: JobKindDefinition<Name, Payload>,
): JobKindDefinition<Name, Payload> {
  return kind;
}
