import { writeFileSync } from "node:fs";
import path from "node:path";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobQueue } from "../queue/create-job-queue.js";
import type { JobQueue } from "../queue/job-queue.js";
import { sampleCorpusFolder } from "../sample-corpus.js";
import { ingestIntoDatabase } from "../tasks/ingest-into-database.js";
import { enqueueDigest, enqueueGroup, enqueueIngest } from "./enqueue-jobs.js";
import { groupTimeoutSeconds, ingestTimeoutSeconds, JOB_TIMEOUTS } from "./job-timeouts.js";

describe("job timeouts", () => {
  it("gives a killed worker's offline digest back within minutes, a model's and a batch's longer", () => {
    expect(JOB_TIMEOUTS.offlineDigest).toBeLessThanOrEqual(5 * 60);
    expect(JOB_TIMEOUTS.modelDigest).toBeGreaterThan(JOB_TIMEOUTS.offlineDigest);
    // OpenAI gives a batch up to 24 hours.
    expect(JOB_TIMEOUTS.batchDigest).toBeGreaterThan(24 * 60 * 60);
  });

  it("bounds grouping by the stored articles, with room for the measured 100,000-article run (207 s)", () => {
    expect(groupTimeoutSeconds(0)).toBeLessThanOrEqual(5 * 60);
    expect(groupTimeoutSeconds(100_000)).toBeGreaterThan(3 * 207);
  });

  it("bounds ingestion by its inputs and the size of local files", async () => {
    const url = await ingestTimeoutSeconds(["https://example.com/feed.xml"]);
    const two = await ingestTimeoutSeconds(["https://example.com/a", "https://example.com/b"]);
    expect(two).toBeGreaterThan(url);
    const seeds = await ingestTimeoutSeconds([sampleCorpusFolder]);
    expect(seeds).toBeGreaterThan(url);
    expect(seeds - url).toBeLessThan(5);
  });
});

describe.each(testProviders())("enqueued jobs on %s", (provider) => {
  let database: TemporaryDatabase;
  let queue: JobQueue;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    queue = await createJobQueue(database.url, { db: database.db, supervise: false });
    await ingestIntoDatabase(database.db, [sampleCorpusFolder]);
  });
  afterAll(async () => {
    await queue.stop({ graceSeconds: 0 });
    await database.remove();
  });

  it("carry their kind's timeout, and an explicit one wins", async () => {
    const offline = await enqueueDigest(queue, database.db, { storyId: "s1", engine: "offline" });
    const llm = await enqueueDigest(queue, database.db, { storyId: "s1", engine: "llm" });
    const quick = await enqueueDigest(queue, database.db, { storyId: "s2", engine: "llm" }, { timeoutSeconds: 3 });
    const group = await enqueueGroup(queue, database.db);
    const big = path.join(database.folder, "big.jsonl");
    writeFileSync(big, "x".repeat(12_000_000));
    const ingest = await enqueueIngest(queue, { inputs: [big] });
    const timeouts = await Promise.all(
      [offline, llm, quick, group, ingest].map(async (id) => (await queue.get(id))?.timeoutSeconds),
    );
    expect(timeouts).toEqual([
      JOB_TIMEOUTS.offlineDigest,
      JOB_TIMEOUTS.modelDigest,
      3,
      groupTimeoutSeconds(await database.db.article.count()),
      await ingestTimeoutSeconds([big]),
    ]);
    // 12 MB of files: more than an input's base.
    expect(timeouts[4]).toBeGreaterThan(JOB_TIMEOUTS.ingestBase + JOB_TIMEOUTS.ingestPerInput + 2 * 60);
  });
});
