import type { JobRecord } from "@roundup/jobs";
import { describe, expect, it } from "vitest";
import { toJobView } from "./generate-progress";
import { describeGroupingJob } from "./grouping-progress";

const created = new Date("2026-12-01T10:00:00Z");

function job(overrides: Partial<JobRecord>) {
  return toJobView({
    id: "j1",
    name: "grouping-edit",
    key: "grouping-edit:r1",
    payload: null,
    status: "queued",
    attempts: 0,
    maxAttempts: 3,
    progress: null,
    message: null,
    lastError: null,
    timeoutSeconds: 120,
    result: null,
    createdAt: created,
    runAt: created,
    finishedAt: null,
    ...overrides,
  });
}

describe("a grouping-edit job in the editor's words", () => {
  it("is queued, running with the worker's step, retried with the error", () => {
    expect(describeGroupingJob(job({}))).toMatchObject({ step: "queued" });
    expect(describeGroupingJob(job({ status: "active", message: "Saving the edit" }))).toEqual({
      step: "running",
      message: "Saving the edit",
    });
    expect(describeGroupingJob(job({ attempts: 1, lastError: "database is locked" })).message).toContain(
      "database is locked",
    );
  });

  it("ends on the story to show next, or with the reason it was refused or failed", () => {
    const done = job({ status: "completed", result: { status: "applied", storyId: "s2", message: null } });
    expect(describeGroupingJob(done)).toEqual({ step: "done", message: "Done.", storyId: "s2" });
    const again = job({ status: "completed", result: { status: "unchanged", storyId: "s2", message: "x" } });
    expect(describeGroupingJob(again)).toMatchObject({ step: "done", storyId: "s2" });
    const refused = job({
      status: "completed",
      result: { status: "refused", storyId: null, message: "A story cannot be merged into itself." },
    });
    expect(describeGroupingJob(refused)).toEqual({ step: "error", message: "A story cannot be merged into itself." });
    expect(describeGroupingJob(job({ status: "failed", lastError: "boom" }))).toEqual({
      step: "error",
      message: "boom",
    });
  });
});
