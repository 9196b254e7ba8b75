import { createLlmEngine, createModelFromConfig, createOfflineEngine, type DigestEngine } from "@roundup/core";
import { loadStories } from "@roundup/db";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createJobQueue } from "../queue/create-job-queue.js";
import type { JobContext, JobHandlers, JobQueue } from "../queue/job-queue.js";
import { sampleCorpusFolder } from "../sample-corpus.js";
import { startFakeModelServer } from "../testing/fake-model-server.js";
import { jobContext } from "../testing/job-context.js";
import { ManualClock } from "../testing/manual-clock.js";
import { isFinished, waitForJob } from "../testing/wait-for-job.js";
import { createJobHandlers } from "./create-job-handlers.js";
import { enqueueDigest, enqueueIngest } from "./enqueue-jobs.js";
import { JOB_NAMES } from "./job-kinds.js";
import { DIGEST_STEP_MESSAGES } from "./report-digest-steps.js";

const context = (id: string) => jobContext(id, "digest");

describe.each(testProviders())("job handlers on %s", (provider) => {
  let database: TemporaryDatabase;
  let queue: JobQueue;
  let storyId: string;
  const clock = new ManualClock();
  let llm: DigestEngine = createOfflineEngine();
  const createEngine = (name: string) => (name.startsWith("llm") ? llm : createOfflineEngine());
  /** Each attempt the queue ran, by job id, settled once its handler has returned or thrown. */
  const attempts = new Map<string, Promise<unknown>>();
  const tracked = (handlers: JobHandlers): JobHandlers =>
    Object.fromEntries(
      Object.entries(handlers).map(([name, handler]) => [
        name,
        (payload: unknown, context: JobContext) => {
          const attempt = handler(payload, context);
          attempts.set(
            context.id,
            attempt.catch(() => undefined),
          );
          return attempt;
        },
      ]),
    );

  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    // Timeouts, retries' polls and leases run on a clock the tests move (a new job wakes the workers).
    queue = await createJobQueue(database.url, { db: database.db, pollIntervalSeconds: 0.5, clock });
    await queue.work(tracked(createJobHandlers({ db: database.db, createEngine, queue })), { concurrency: 2 });
    // Ingest through the queue: the ingest job enqueues the group job.
    const id = await enqueueIngest(queue, { inputs: [sampleCorpusFolder] });
    const ingested = await waitForJob(queue, id, isFinished);
    expect(ingested).toMatchObject({ status: "completed", result: { imported: 5 } });
    const [group] = await queue.list({ name: JOB_NAMES.group });
    await waitForJob(queue, group?.id ?? "", isFinished);
    const stories = await loadStories(database.db);
    expect(stories).toHaveLength(1);
    storyId = stories[0]?.id ?? "";
  });
  afterAll(async () => {
    await queue.stop({ graceSeconds: 1 });
    await database.remove();
  });

  it("makes one digest and one revision when a digest job is delivered twice, even at once", async () => {
    const handlers = createJobHandlers({ db: database.db, createEngine });
    const payload = { storyId, engine: "offline" };
    const deliveries = await Promise.allSettled([
      handlers.digest?.(payload, context("a")),
      handlers.digest?.(payload, context("b")),
    ]);
    // A delivery that lost the race fails (and its job is retried); it never writes a second digest.
    expect(deliveries.some((delivery) => delivery.status === "fulfilled")).toBe(true);
    const again = await handlers.digest?.(payload, context("c"));
    expect(again).toMatchObject({ status: "reused" });
    expect(await database.db.digest.count()).toBe(1);
    expect(await database.db.digestRevision.count()).toBe(1);

    // Enqueued twice with the same inputs and prompt: one job.
    const first = await enqueueDigest(queue, database.db, payload);
    const second = await enqueueDigest(queue, database.db, payload);
    expect(second).toBe(first);
    expect(await waitForJob(queue, first, isFinished)).toMatchObject({
      status: "completed",
      result: { status: "reused" },
    });
    expect(await database.db.digestRevision.count()).toBe(1);
    await database.db.digest.deleteMany();
  });

  it("generates with the payload's model, force and author, reporting its steps, and audits it as the author's", async () => {
    const editor = await database.db.user.create({
      data: { email: `edna-${provider}@example.test`, name: "Edna", passwordHash: "-", role: "editor" },
    });
    const asked: Array<{ name: string; model: string | undefined }> = [];
    const messages: string[] = [];
    const handlers = createJobHandlers({
      db: database.db,
      createEngine: (name, options) => {
        asked.push({ name, model: options.model });
        options.onProgress("Rate limited by the provider, retrying");
        return createOfflineEngine();
      },
    });
    const reporting: JobContext = {
      ...context("authored"),
      progress: async (_value, message) => {
        if (message) messages.push(message);
      },
    };
    const payload = { storyId, engine: "llm", model: "tiny-model", authorId: editor.id };
    expect(await handlers.digest?.(payload, reporting)).toMatchObject({ status: "created", version: 1 });
    expect(asked).toEqual([{ name: "llm", model: "tiny-model" }]);
    expect(messages).toEqual([
      DIGEST_STEP_MESSAGES.planning,
      "Rate limited by the provider, retrying",
      DIGEST_STEP_MESSAGES.drafting("offline"),
      DIGEST_STEP_MESSAGES.verifying,
    ]);
    // Unchanged: reused, unless forced.
    expect(await handlers.digest?.(payload, reporting)).toMatchObject({ status: "reused" });
    expect(await handlers.digest?.({ ...payload, force: true }, reporting)).toMatchObject({
      status: "regenerated",
      version: 2,
    });
    const revisions = await database.db.digestRevision.findMany({ select: { authorId: true } });
    expect(revisions.map((revision) => revision.authorId)).toEqual([editor.id, editor.id]);
    const audits = await database.db.auditEvent.findMany({
      where: { action: "digest.generated" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((audit) => [audit.actorId, JSON.parse(audit.detail ?? "{}").model])).toEqual([
      [editor.id, "tiny-model"],
      [editor.id, "tiny-model"],
    ]);
    await database.db.auditEvent.deleteMany();
    await database.db.digest.deleteMany();
  });

  it("stores no digest from a digest job cancelled while its engine drafts", async () => {
    let drafting = false;
    let finishDraft = () => {};
    const offline = createOfflineEngine();
    // An engine that ignores the signal and finishes its draft anyway: still nothing is stored.
    llm = {
      name: "llm-slow",
      settings: (request) => offline.settings(request),
      draft: async (request) => {
        drafting = true;
        await new Promise<void>((resolve) => {
          finishDraft = resolve;
        });
        return offline.draft(request);
      },
    };
    try {
      const id = await enqueueDigest(queue, database.db, { storyId, engine: "llm-slow", force: true });
      await expect.poll(() => drafting, { timeout: 10_000 }).toBe(true);
      expect(await queue.cancel(id)).toBe(true);
      expect(await waitForJob(queue, id, isFinished)).toMatchObject({ status: "cancelled" });
      // The draft comes back after the cancel; the attempt then ends without storing it.
      finishDraft();
      await attempts.get(id);
      expect(await database.db.digest.count()).toBe(0);
      expect(await database.db.digestRevision.count()).toBe(0);
    } finally {
      // A failure before the draft came back must not leave it running: stopping the queue waits for
      // it, and the grace runs on the manual clock.
      finishDraft();
      llm = createOfflineEngine();
    }
  });

  describe.each([
    ["429", 429],
    ["500", 500],
    ["a hang", 0],
  ])("an LLM provider that answers with %s", (_label, status) => {
    let server: Awaited<ReturnType<typeof startFakeModelServer>>;
    afterEach(async () => {
      await server.close();
      llm = createOfflineEngine();
    });

    it("retries the job, then fails it visibly, leaving no digest behind", async () => {
      server = await startFakeModelServer((_request, _body, response) => {
        if (status === 0) return; // never answers
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: { message: status === 429 ? "Rate limit reached" : "Internal error" } }));
      });
      llm = createLlmEngine({
        model: createModelFromConfig({
          provider: "openai-compatible",
          baseURL: server.url,
          apiKey: "test",
          model: "fake",
        }),
        maxRetries: 0,
        timeoutMs: 30_000,
      });
      const timeoutSeconds = 600;
      const id = await enqueueDigest(
        queue,
        database.db,
        // A distinct engine name per case, so each case is its own job (same key = same job).
        { storyId, engine: `llm-${status}`, prompt: "summarize@1" },
        { maxAttempts: 2, retryDelaySeconds: 0, timeoutSeconds },
      );
      // The clock moves a poll at a time (the retry is due at once), and past the attempt's timeout
      // only once a hung request has reached the provider: planning is never what runs out of time.
      let cut = 0;
      const failed = await vi.waitFor(
        async () => {
          const hung = status === 0 && server.requests() > cut;
          if (hung) cut += 1;
          clock.advance(hung ? timeoutSeconds * 1000 : 500);
          const job = await queue.get(id);
          expect(job?.status).toBe("failed");
          return job as NonNullable<typeof job>;
        },
        { timeout: 40_000, interval: 100 },
      );
      expect(failed.status).toBe("failed");
      expect(failed.attempts).toBe(2);
      expect(failed.lastError).toBeTruthy();
      if (status === 0) expect(failed.lastError).toMatch(/timed out|abort|exceeded/i);
      else expect(failed.lastError).toMatch(status === 429 ? /rate limit|429/i : /internal error|500/i);
      expect(server.requests()).toBeGreaterThanOrEqual(2);
      expect(await database.db.digest.count()).toBe(0);
      expect(await database.db.digestRevision.count()).toBe(0);
      expect((await queue.list({ status: "failed" })).map((job) => job.id)).toContain(id);
    });
  });
});
