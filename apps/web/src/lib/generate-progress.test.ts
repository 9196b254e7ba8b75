import { describe, expect, it } from "vitest";
import { appendProgress, describeDigestJob } from "./generate-progress";
import { jobViewFixture } from "./job-view-fixture";
import { isSameOrigin } from "./same-origin";

const job = jobViewFixture;

describe("a digest job in the editor's words", () => {
  it("is queued, then running with the worker's message and progress", () => {
    expect(describeDigestJob(job({}))).toEqual({
      step: "queued",
      message: "Queued: waiting for a worker to take the job",
    });
    expect(
      describeDigestJob(job({ status: "active", attempts: 1, progress: 0.3, message: "Drafting with the llm engine" })),
    ).toEqual({ step: "running", message: "Drafting with the llm engine", progress: 0.3 });
    expect(
      describeDigestJob(job({ status: "active", attempts: 1, message: "Rate limited by the provider, retrying" })),
    ).toMatchObject({ message: "Rate limited by the provider, retrying" });
  });

  it("says which attempt failed and why while it waits to be retried, and gives the plain error when dead", () => {
    const error = "The provider refused the key (401): check OPENAI_API_KEY.";
    expect(describeDigestJob(job({ status: "queued", attempts: 1, lastError: error }))).toEqual({
      step: "retrying",
      message: `Attempt 1 of 3 failed: ${error}. Retrying shortly.`,
    });
    expect(describeDigestJob(job({ status: "failed", attempts: 3, lastError: error }))).toEqual({
      step: "error",
      message: error,
    });
  });

  it("ends saved with the new version, reused, or cancelled", () => {
    expect(
      describeDigestJob(
        job({ status: "completed", result: { status: "regenerated", version: 4, sentences: 6, unsupported: 1 } }),
      ),
    ).toEqual({ step: "saved", version: 4, message: "Saved version 4: 6 sentences, 1 unsupported." });
    expect(describeDigestJob(job({ status: "completed", result: { status: "reused" } })).step).toBe("reused");
    expect(describeDigestJob(job({ status: "cancelled", lastError: "cancelled" }))).toEqual({
      step: "cancelled",
      message: "Cancelled: nothing was saved.",
    });
  });

  it("serialises dates for the browser", () => {
    const finished = new Date("2026-11-23T10:01:00Z");
    expect(job({ finishedAt: finished })).toMatchObject({
      createdAt: "2026-11-23T10:00:00.000Z",
      finishedAt: "2026-11-23T10:01:00.000Z",
    });
  });
});

describe("progress shown while polling", () => {
  it("adds a new state, and replaces the last one when only its progress moved", () => {
    const queued = { step: "queued", message: "Queued" } as const;
    const drafting = { step: "running", message: "Drafting", progress: 0.3 } as const;
    let shown = appendProgress([], queued);
    shown = appendProgress(shown, queued);
    shown = appendProgress(shown, drafting);
    shown = appendProgress(shown, { ...drafting, progress: 0.5 });
    expect(shown).toEqual([queued, { ...drafting, progress: 0.5 }]);
  });
});

describe("same-origin check", () => {
  it("accepts a request whose Origin matches its Host and refuses the rest", () => {
    expect(isSameOrigin(new Headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(true);
    expect(isSameOrigin(new Headers({ origin: "https://evil.example", host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSameOrigin(new Headers({ origin: "null", host: "127.0.0.1:3000" }))).toBe(false);
  });
});
