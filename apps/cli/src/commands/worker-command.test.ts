import { existsSync } from "node:fs";
import path from "node:path";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { createJobQueue, enqueueIngest, type JobQueue, sampleCorpusFolder } from "@roundup/jobs";
import { isFinished, startTcpProxy, type TcpProxy, unusedPort, waitForJob } from "@roundup/jobs/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../run.js";
import { memoryIo } from "../testing/memory-io.js";

const onPostgres = testProviders().includes("postgresql");

interface RunningWorker {
  stderr: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number>;
  /** Whether `run` has returned. */
  finished: () => boolean;
  /** What SIGINT/SIGTERM are to the process: asks the worker to stop. */
  signal: (name: string) => void;
  /** Resolves once stderr matches `pattern` `count` times. */
  waitFor: (pattern: RegExp, count?: number, timeoutMs?: number) => Promise<void>;
}

/** Runs `roundup worker` in this process, as bin/roundup.js would in its own. */
function startWorker(databaseUrl: string, ...args: string[]): RunningWorker {
  const io = memoryIo({
    ...process.env,
    DATABASE_URL: databaseUrl,
    ROUNDUP_ADMIN_EMAIL: "",
    ROUNDUP_ADMIN_PASSWORD: "",
  });
  let finished = false;
  const exited = run(["worker", ...args], io).finally(() => {
    finished = true;
  });
  return {
    stderr: io.stderrText,
    exited,
    finished: () => finished,
    signal: (name) => io.requestStop(name),
    async waitFor(pattern, count = 1, timeoutMs = 60_000) {
      const global = new RegExp(pattern.source, "g");
      await vi.waitFor(
        () => {
          const seen = (io.stderrText().match(global) ?? []).length;
          if (seen < count) throw new Error(`no ${count} × ${pattern} from the worker:\n${io.stderrText()}`);
        },
        { timeout: timeoutMs, interval: 50 },
      );
    },
  };
}

/** Stops a worker a failed test left running, so it does not outlive its test. */
async function stopWorker(worker: RunningWorker | undefined): Promise<void> {
  if (!worker || worker.finished()) return;
  worker.signal("SIGTERM");
  await worker.exited;
}

describe("roundup worker on a database it cannot use", () => {
  it("exits 2 at once with the reason for a malformed DATABASE_URL", async () => {
    const worker = startWorker("postgresql://postgres:secret@127.0.0.1:99999/roundup");
    expect(await worker.exited).toBe(2);
    expect(worker.stderr()).toContain("DATABASE_URL is not a valid URL");
    expect(worker.stderr()).not.toContain("secret");
    expect(worker.stderr()).not.toContain("waiting");
  });
});

describe.skipIf(!onPostgres)("roundup worker started before its PostgreSQL database", () => {
  let database: TemporaryDatabase | undefined;
  let proxy: TcpProxy | undefined;
  let client: JobQueue | undefined;
  let worker: RunningWorker | undefined;
  afterEach(async () => {
    await stopWorker(worker);
    worker = undefined;
    await client?.stop({ graceSeconds: 0 });
    client = undefined;
    await proxy?.close();
    proxy = undefined;
    await database?.remove();
    database = undefined;
  });

  it("waits while nothing listens on the port, then takes and finishes a job once the database appears", async () => {
    database = await createTemporaryDatabase("postgresql");
    const server = new URL(database.url);
    const port = await unusedPort();
    const workerUrl = new URL(database.url);
    workerUrl.host = `127.0.0.1:${port}`;
    worker = startWorker(workerUrl.toString());
    await worker.waitFor(
      /waiting for the database at .*127\.0\.0\.1:\d+.* \(connection refused\); retrying in \d+ s/,
      2,
    );
    expect(worker.stderr()).not.toContain("taking jobs");

    // Queued meanwhile by another client that reaches the database.
    client = await createJobQueue(database.url, { supervise: false });
    const id = await enqueueIngest(client, { inputs: [sampleCorpusFolder], group: false });
    expect((await client.get(id))?.status).toBe("queued");

    proxy = await startTcpProxy(server.hostname, Number(server.port || 5432), port);
    await worker.waitFor(/answers after \d+ s .*; starting/);
    expect(await waitForJob(client, id, isFinished, 60_000)).toMatchObject({ status: "completed" });
    expect(await database.db.article.count()).toBe(5);

    worker.signal("SIGTERM");
    expect(await worker.exited).toBe(0);
    expect(worker.stderr()).toContain("roundup worker: stopped");
  }, 120_000);

  it("exits 0 at once on SIGTERM while waiting", async () => {
    worker = startWorker(`postgresql://postgres@127.0.0.1:${await unusedPort()}/roundup`);
    await worker.waitFor(/waiting for the database/);
    const waitsBefore = worker.stderr().match(/waiting for the database/g)?.length;
    worker.signal("SIGTERM");
    expect(await worker.exited).toBe(0);
    // At once: the backoff sleep was cut short, so no further attempt was made or announced.
    expect(worker.stderr().match(/waiting for the database/g)?.length).toBe(waitsBefore);
    expect(worker.stderr()).toContain("SIGTERM, stopping");
    expect(worker.stderr()).toContain("stopped before the database answered");
  });

  it("exits 2 at once with the reason when the server refuses the user", async () => {
    const url = new URL(process.env.ROUNDUP_TEST_POSTGRES_URL ?? "");
    url.username = "roundup_no_such_role";
    url.password = "secret";
    worker = startWorker(url.toString());
    expect(await worker.exited).toBe(2);
    expect(worker.stderr()).not.toContain("waiting");
    expect(worker.stderr()).toContain('role "roundup_no_such_role" does not exist');
    expect(worker.stderr()).not.toContain("secret");
  });

  it("gives up with exit 2 after --wait-for-database seconds", async () => {
    const started = Date.now();
    worker = startWorker(`postgresql://postgres@127.0.0.1:${await unusedPort()}/roundup`, "--wait-for-database", "2");
    expect(await worker.exited).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    expect(worker.stderr()).toMatch(/is still unreachable \(connection refused\).*--wait-for-database/);
  });
});

describe("roundup worker on a SQLite file that does not exist yet", () => {
  let scratch: TemporaryDatabase | undefined;
  let worker: RunningWorker | undefined;
  afterEach(async () => {
    await stopWorker(worker);
    await scratch?.remove();
  });

  it("creates and migrates it, takes jobs, and stops on SIGTERM", async () => {
    scratch = await createTemporaryDatabase("sqlite");
    const file = path.join(scratch.folder, "fresh", "roundup.db");
    worker = startWorker(`file:${file}`);
    await worker.waitFor(/taking jobs on sqlite/);
    expect(existsSync(file)).toBe(true);
    expect(worker.stderr()).not.toContain("waiting");
    worker.signal("SIGTERM");
    expect(await worker.exited).toBe(0);
  }, 90_000);
});
