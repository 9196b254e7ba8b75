import { createBatchEngine } from "@roundup/core";
import { answerFromPrompt, fakeBatchApi, startFakeServer } from "@roundup/core/testing";
import { loadStories } from "@roundup/db";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import OpenAI from "openai";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createJobQueue } from "../queue/create-job-queue.js";
import type { JobQueue } from "../queue/job-queue.js";
import { sampleCorpusFolder } from "../sample-corpus.js";
import { groupIntoStories } from "../tasks/group-into-stories.js";
import { ingestIntoDatabase } from "../tasks/ingest-into-database.js";
import { ManualClock } from "../testing/manual-clock.js";
import { isFinished, waitForJob } from "../testing/wait-for-job.js";
import { createJobHandlers } from "./create-job-handlers.js";
import { enqueueDigest } from "./enqueue-jobs.js";

describe.each(testProviders())("a batch digest job retried on %s", (provider) => {
  let database: TemporaryDatabase | undefined;
  let server: Awaited<ReturnType<typeof startFakeServer>> | undefined;
  let queue: JobQueue | undefined;
  /** The batch stays in progress at the provider while this holds. */
  let holding = true;
  afterEach(async () => {
    // Stopping waits for the running attempt, whose grace runs on the test's manual clock: after a
    // failure mid-job nobody moves it, so the batch is let go first and the attempt ends by itself.
    holding = false;
    await queue?.stop({ graceSeconds: 1 });
    await server?.close();
    await database?.remove();
  });

  it("collects the batch its first attempt submitted instead of submitting another", async () => {
    database = await createTemporaryDatabase(provider);
    await ingestIntoDatabase(database.db, [sampleCorpusFolder]);
    await groupIntoStories(database.db, { full: true });
    const storyId = (await loadStories(database.db))[0]?.id ?? "";
    // The batch stays in progress at the provider until released, past the first attempt's timeout.
    holding = true;
    const fake = await startFakeServer(
      fakeBatchApi({ answer: (user) => answerFromPrompt(user), holding: () => holding }),
    );
    server = fake;
    // The attempt's timeout runs on a clock the test moves once the batch is submitted and kept.
    const clock = new ManualClock();
    queue = await createJobQueue(database.url, { db: database.db, pollIntervalSeconds: 0.5, clock });
    const messages: string[] = [];
    await queue.work(
      createJobHandlers({
        db: database.db,
        createEngine: (_name, options) =>
          createBatchEngine({
            client: new OpenAI({ apiKey: "test-key", baseURL: `${fake.url}/v1`, maxRetries: 0 }),
            model: "gpt-4o-mini",
            pollIntervalMs: 100,
            ...options.batch,
            onResumed: async (submission) => {
              messages.push(`resumed ${submission.batchId}`);
              await options.batch.onResumed?.(submission);
            },
          }),
      }),
    );
    const posts = (path: string) =>
      fake.requests.filter((request) => request.method === "POST" && request.path === `/v1${path}`).length;
    const timeoutSeconds = 60;
    const id = await enqueueDigest(
      queue,
      database.db,
      { storyId, engine: "batch" },
      { timeoutSeconds, retryDelaySeconds: 0, maxAttempts: 3 },
    );
    // The first attempt submits its batch and keeps its id with the job, then times out waiting.
    await vi.waitFor(
      async () => expect((await database?.db.job.findUnique({ where: { id } }))?.payload).toContain("batch-1"),
      {
        timeout: 30_000,
      },
    );
    clock.advance(timeoutSeconds * 1000);
    // The retry is due at once; the worker looks for it at its next poll.
    await vi.waitFor(
      async () => {
        clock.advance(500);
        expect(await queue?.get(id)).toMatchObject({ attempts: 2, status: "active" });
      },
      { timeout: 30_000, interval: 100 },
    );
    holding = false;
    const done = await waitForJob(queue, id, isFinished, 30_000);
    expect(done).toMatchObject({ status: "completed", attempts: 2, result: { status: "created" } });
    expect(posts("/batches")).toBe(1);
    expect(posts("/files")).toBe(1);
    expect(messages).toEqual(["resumed batch-1"]);
    expect(await database.db.digest.count()).toBe(1);
  }, 90_000);
});
