import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createOfflineEngine } from "@roundup/core";
import { createDatabase, type Database, migrateDatabase } from "@roundup/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticArticles } from "../../bench/synthetic-articles.js";
import { createJobHandlers } from "../handlers/create-job-handlers.js";
import { enqueueIngest } from "../handlers/enqueue-jobs.js";
import { createJobQueue } from "../queue/create-job-queue.js";
import type { JobQueue } from "../queue/job-queue.js";
import {
  canStartPrivatePostgres,
  type PrivatePostgresServer,
  startPrivatePostgres,
} from "../testing/private-postgres-server.js";

const files = 12;
const perFile = 40;
// Several transactions per file, so the restart can fall between two batches of one job.
const saveBatchSize = 10;

// Needs Debian's PostgreSQL binaries (CI installs them); the server is the test's own, on its own port.
describe.skipIf(!canStartPrivatePostgres())("PostgreSQL restarting during an ingestion", () => {
  let server: PrivatePostgresServer;
  let db: Database;
  let queue: JobQueue;
  let folder: string;
  beforeAll(async () => {
    server = startPrivatePostgres(20_000 + Math.floor(Math.random() * 20_000));
    const admin = createDatabase(server.url);
    await admin.$executeRawUnsafe("CREATE DATABASE roundup");
    await admin.$disconnect();
    const url = server.url.replace(/\/postgres$/, "/roundup");
    migrateDatabase(url);
    db = createDatabase(url);
    queue = await createJobQueue(url, { db, pollIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1 });
    folder = mkdtempSync(path.join(tmpdir(), "roundup-restart-"));
  }, 180_000);
  afterAll(async () => {
    // pg-boss's pool may wait on a dead connection when closing (Prisma's no longer does: see
    // create-postgres-pool.ts); the server is stopped anyway, so give each step a bounded time.
    const bounded = async (label: string, step: Promise<unknown> | undefined) => {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        (step ?? Promise.resolve()).catch(() => undefined),
        new Promise((resolve) => {
          timer = setTimeout(() => {
            process.stderr.write(`postgres-restart cleanup: ${label} still closing after 15 s, going on\n`);
            resolve(undefined);
          }, 15_000);
        }),
      ]);
      clearTimeout(timer);
    };
    await bounded("queue", queue?.stop({ graceSeconds: 1 }));
    await bounded("prisma", db?.$disconnect());
    server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("loses and duplicates no article", async () => {
    const records = syntheticArticles(files * perFile, 20, 11);
    const ids: string[] = [];
    for (let index = 0; index < files; index += 1) {
      const file = path.join(folder, `batch-${index}.jsonl`);
      writeFileSync(
        file,
        records
          .slice(index * perFile, (index + 1) * perFile)
          .map((record) => JSON.stringify(record))
          .join("\n"),
      );
      ids.push(
        await enqueueIngest(
          queue,
          { inputs: [file], group: false },
          { maxAttempts: 20, retryDelaySeconds: 1, timeoutSeconds: 8 },
        ),
      );
    }
    await queue.work(createJobHandlers({ db, createEngine: () => createOfflineEngine(), saveBatchSize }));
    // Restart while a file is being stored (some of its batches in), once some files are in.
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const completed = (await queue.list({ status: "completed" })).length;
      if (completed >= 2 && (await db.article.count()) % perFile !== 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await queue.list({ status: "completed" })).length).toBeLessThan(files);
    server.restart();

    const finished = Date.now() + 150_000;
    let completed = 0;
    while (Date.now() < finished) {
      try {
        completed = (await queue.list({ status: "completed", limit: 100 })).length;
        if (completed === files) break;
      } catch {
        // The pool is reconnecting.
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(completed).toBe(files);
    expect(await db.article.count()).toBe(files * perFile);
    const hashes = await db.article.findMany({ select: { contentHash: true } });
    expect(new Set(hashes.map((row) => row.contentHash)).size).toBe(files * perFile);
    const attempts = (await queue.list({ limit: 100 })).map((job) => job.attempts);
    process.stderr.write(`attempts per batch after the restart: ${attempts.join(" ")}\n`);
  }, 240_000);
});
