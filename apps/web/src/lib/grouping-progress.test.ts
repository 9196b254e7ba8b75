import { describe, expect, it } from "vitest";
import { describeGroupingJob } from "./grouping-progress";
import { jobViewFixture } from "./job-view-fixture";

const job = (overrides: Parameters<typeof jobViewFixture>[0]) =>
  jobViewFixture({ name: "grouping-edit", key: "grouping-edit:r1", payload: null, ...overrides });

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
