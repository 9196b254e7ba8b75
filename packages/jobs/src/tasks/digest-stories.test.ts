import { createOfflineEngine, type DigestEngine } from "@roundup/core";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleCorpusFolder } from "../sample-corpus.js";
import { digestStories } from "./digest-stories.js";
import { groupIntoStories } from "./group-into-stories.js";
import { ingestIntoDatabase } from "./ingest-into-database.js";

/** The offline engine, counting how often it is asked to draft. */
function countingEngine(): DigestEngine & { drafts: number } {
  const inner = createOfflineEngine();
  const engine = {
    name: inner.name,
    drafts: 0,
    settings: inner.settings.bind(inner),
    async draft(request: Parameters<DigestEngine["draft"]>[0]) {
      engine.drafts += 1;
      return inner.draft(request);
    },
  };
  return engine;
}

describe.each(testProviders())("digestStories on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    await ingestIntoDatabase(database.db, [sampleCorpusFolder]);
    await groupIntoStories(database.db, { full: true });
  });
  afterAll(async () => {
    await database.remove();
  });

  it("writes a verified digest for the seeds' story, then reuses it without drafting again", async () => {
    const engine = countingEngine();
    const first = await digestStories(database.db, { engine, all: true });
    expect(first.failed).toEqual([]);
    expect(first.results).toEqual([expect.objectContaining({ status: "created", unsupported: 0 })]);
    expect(engine.drafts).toBe(1);

    const second = await digestStories(database.db, { engine, all: true });
    expect(second.results).toEqual([
      expect.objectContaining({ status: "reused", sentences: first.results[0]?.sentences }),
    ]);
    expect(engine.drafts).toBe(1);

    const forced = await digestStories(database.db, { engine, all: true, force: true });
    expect(forced.results[0]?.status).toBe("regenerated");
    expect(engine.drafts).toBe(2);
    expect(await database.db.digestRevision.count()).toBe(2);
  });

  it("hands an engine that drafts many at once (the batch engine) every story in one call", async () => {
    const inner = createOfflineEngine();
    const calls: number[] = [];
    const many: DigestEngine = {
      name: "many",
      settings: (request) => inner.settings(request),
      draft: async () => {
        throw new Error("drafted one by one");
      },
      draftMany: async (requests) => {
        calls.push(requests.length);
        return Promise.all(requests.map((request) => inner.draft(request)));
      },
    };
    const report = await digestStories(database.db, { engine: many, all: true, force: true });
    expect(report.failed).toEqual([]);
    expect(report.results).toEqual([expect.objectContaining({ status: "regenerated", unsupported: 0 })]);
    expect(calls).toEqual([1]);

    const expired: DigestEngine = {
      ...many,
      draftMany: async () => {
        throw new Error("batch batch-9 ended expired");
      },
    };
    const failed = await digestStories(database.db, { engine: expired, all: true, force: true });
    expect(failed.results).toEqual([]);
    expect(failed.failed).toEqual([{ storyId: report.results[0]?.storyId, error: expect.stringContaining("expired") }]);
  });

  it("stops a run cancelled mid-draft and stores nothing from it", async () => {
    const before = await database.db.digestRevision.count();
    const inner = createOfflineEngine();
    let drafting = false;
    const slow: DigestEngine = {
      name: "slow",
      settings: (request) => inner.settings(request),
      // Never drafts by itself: only the run's cancellation ends the call, as a model call honouring its signal.
      draft: (request) =>
        new Promise((_resolve, reject) => {
          drafting = true;
          request.signal?.addEventListener("abort", () => reject(request.signal?.reason));
        }),
    };
    const controller = new AbortController();
    const run = digestStories(database.db, { engine: slow, all: true, force: true, signal: controller.signal });
    await expect.poll(() => drafting).toBe(true);
    controller.abort();
    const report = await run;
    expect(report.results).toEqual([]);
    expect(report.failed).toHaveLength(1);
    expect(await database.db.digestRevision.count()).toBe(before);
  });

  it("names a story that does not exist", async () => {
    await expect(digestStories(database.db, { engine: createOfflineEngine(), storyId: "s_missing" })).rejects.toThrow(
      /s_missing/,
    );
  });
});
