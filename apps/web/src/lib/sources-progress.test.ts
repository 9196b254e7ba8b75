import { describe, expect, it } from "vitest";
import type { JobView } from "./generate-progress";
import { describeSourcesJob } from "./sources-progress";

const job = (fields: Partial<JobView>): JobView => ({
  id: "j1",
  name: "import-sources",
  status: "queued",
  attempts: 0,
  maxAttempts: 3,
  progress: null,
  message: null,
  lastError: null,
  timeoutSeconds: 300,
  result: null,
  createdAt: "2026-11-25T10:00:00.000Z",
  runAt: "2026-11-25T10:00:00.000Z",
  finishedAt: null,
  ...fields,
});

describe("describeSourcesJob", () => {
  it("says what a waiting or running import is doing", () => {
    expect(describeSourcesJob(job({}))).toMatchObject({ phase: "queued", message: expect.stringContaining("Queued") });
    expect(
      describeSourcesJob(job({ status: "active", progress: 0.5, message: "1 of 2 sources: a.txt imported" })),
    ).toEqual({
      phase: "running",
      message: "1 of 2 sources: a.txt imported",
      progress: 0.5,
      lines: [],
    });
    expect(describeSourcesJob(job({ status: "failed", lastError: "database gone" }))).toMatchObject({
      phase: "failed",
      message: "database gone",
    });
  });

  it("gives one line per source: imported with titles, already there, failed with the reason", () => {
    const done = describeSourcesJob(
      job({
        status: "completed",
        result: {
          imported: 2,
          results: [
            {
              kind: "url",
              label: "https://a.example/feed",
              status: "imported",
              articles: [
                { id: "a_1", title: "One" },
                { id: "a_2", title: "Two" },
              ],
              alreadyThere: 1,
              failures: [{ input: "https://a.example/3", reason: "The server answered HTTP 404." }],
              reason: null,
            },
            {
              kind: "text",
              label: "Pasted text: X",
              status: "already there",
              articles: [],
              alreadyThere: 1,
              failures: [],
              reason: null,
            },
            {
              kind: "file",
              label: "photo.png",
              status: "failed",
              articles: [],
              alreadyThere: 0,
              failures: [],
              reason: 'Files of type ".png" are not supported.',
            },
          ],
        },
      }),
    );
    expect(done.message).toBe("Done: 1 imported, 1 already there, 1 failed.");
    expect(done.lines).toEqual([
      {
        label: "https://a.example/feed",
        status: "imported",
        detail:
          "2 new articles: One; Two; 1 already there. 1 part failed: https://a.example/3: The server answered HTTP 404.",
      },
      { label: "Pasted text: X", status: "already there", detail: "Already imported (1 article with the same text)." },
      { label: "photo.png", status: "failed", detail: 'Files of type ".png" are not supported.' },
    ]);
  });

  it("reads a new subscription's first poll", () => {
    const feed = {
      feedId: "f1",
      url: "https://w.example/rss",
      status: "ok",
      error: null,
      imported: ["a_1"],
      alreadyStored: 0,
      edited: 0,
      failed: [],
      nextPollAt: "2026-11-25T10:15:00.000Z",
    };
    expect(describeSourcesJob(job({ status: "completed", result: { imported: 1, feeds: [feed] } })).lines).toEqual([
      { label: "https://w.example/rss", status: "imported", detail: "Subscribed: 1 new article from the feed." },
    ]);
    expect(
      describeSourcesJob(
        job({
          status: "completed",
          result: { feeds: [{ ...feed, status: "failed", error: "HTTP 500", imported: [] }] },
        }),
      ).lines,
    ).toEqual([{ label: "https://w.example/rss", status: "failed", detail: "HTTP 500" }]);
  });
});
