import type { JobRecord } from "@roundup/jobs";
import { type JobView, toJobView } from "./generate-progress";

const created = new Date("2026-11-23T10:00:00Z");

/** For tests: a job as the browser receives it, queued unless `overrides` say otherwise. */
export function jobViewFixture(overrides: Partial<JobRecord>): JobView {
  return toJobView({
    id: "j1",
    name: "digest",
    key: "digest:s1",
    payload: { storyId: "s1", engine: "offline" },
    status: "queued",
    attempts: 0,
    maxAttempts: 3,
    progress: null,
    message: null,
    lastError: null,
    timeoutSeconds: 180,
    result: null,
    createdAt: created,
    runAt: created,
    finishedAt: null,
    ...overrides,
  });
}
