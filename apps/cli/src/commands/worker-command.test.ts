import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { createJobQueue, enqueueIngest, type JobQueue, sampleCorpusFolder } from "@roundup/jobs";
import { isFinished, startTcpProxy, type TcpProxy, unusedPort, waitForJob } from "@roundup/jobs/testing";
import { afterEach, describe, expect, it } from "vitest";

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../bin/roundup.js");
const onPostgres = testProviders().includes("postgresql");

interface RunningWorker {
  child: ChildProcess;
  stderr: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Resolves once stderr matches `pattern` `count` times. */
  waitFor: (pattern: RegExp, count?: number, timeoutMs?: number) => Promise<void>;
}

function startWorker(databaseUrl: string, ...args: string[]): RunningWorker {
  const child = spawn(process.execPath, [bin, "worker", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, ROUNDUP_ADMIN_EMAIL: "", ROUNDUP_ADMIN_PASSWORD: "" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    stderr: () => stderr,
    exited,
    async waitFor(pattern, count = 1, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      const global = new RegExp(pattern.source, "g");
      while ((stderr.match(global) ?? []).length < count) {
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`no ${count} × ${pattern} from the worker (exit ${child.exitCode}):\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

describe("roundup worker on a database it cannot use", () => {
  it("exits 2 at once with the reason for a malformed DATABASE_URL", async () => {
    const started = Date.now();
    const worker = startWorker("postgresql://postgres:secret@127.0.0.1:99999/roundup");
    expect(await worker.exited).toBe(2);
    expect(Date.now() - started).toBeLessThan(15_000);
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
    worker?.child.kill("SIGKILL");
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
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await client.get(id))?.status).toBe("queued");

    proxy = await startTcpProxy(server.hostname, Number(server.port || 5432), port);
    await worker.waitFor(/answers after \d+ s .*; starting/);
    expect(await waitForJob(client, id, isFinished, 60_000)).toMatchObject({ status: "completed" });
    expect(await database.db.article.count()).toBe(5);

    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(0);
    expect(worker.stderr()).toContain("roundup worker: stopped");
  }, 120_000);

  it("exits 0 at once on SIGTERM while waiting", async () => {
    worker = startWorker(`postgresql://postgres@127.0.0.1:${await unusedPort()}/roundup`);
    await worker.waitFor(/waiting for the database/);
    const signalled = Date.now();
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(2_000);
    expect(worker.stderr()).toContain("SIGTERM, stopping");
    expect(worker.stderr()).toContain("stopped before the database answered");
  });

  it("exits 2 at once with the reason when the server refuses the user", async () => {
    const url = new URL(process.env.ROUNDUP_TEST_POSTGRES_URL ?? "");
    url.username = "roundup_no_such_role";
    url.password = "secret";
    const started = Date.now();
    worker = startWorker(url.toString());
    expect(await worker.exited).toBe(2);
    expect(Date.now() - started).toBeLessThan(15_000);
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
    worker?.child.kill("SIGKILL");
    await scratch?.remove();
  });

  it("creates and migrates it, takes jobs, and stops on SIGTERM", async () => {
    scratch = await createTemporaryDatabase("sqlite");
    const file = path.join(scratch.folder, "fresh", "roundup.db");
    worker = startWorker(`file:${file}`);
    await worker.waitFor(/taking jobs on sqlite/);
    expect(existsSync(file)).toBe(true);
    expect(worker.stderr()).not.toContain("waiting");
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(0);
  }, 90_000);
});
