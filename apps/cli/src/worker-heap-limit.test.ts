import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createTemporaryDatabase, type TemporaryDatabase } from "@roundup/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { builtCommand } from "./testing/built-command.js";

interface StartedWorker {
  process: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

// The heap cap is taken by V8 only when a process starts, so only the command as shipped, in a
// process of its own, shows whether the worker runs under it.
describe("roundup worker's heap cap (the built command)", () => {
  let database: TemporaryDatabase;
  let worker: StartedWorker | undefined;
  beforeAll(async () => {
    database = await createTemporaryDatabase("sqlite");
  });
  afterEach(async () => {
    if (worker && worker.process.exitCode === null && worker.process.signalCode === null) {
      worker.process.kill("SIGTERM");
      await worker.exited;
    }
    worker = undefined;
  });
  afterAll(async () => {
    await database.remove();
  });

  function startWorker(settings: Record<string, string>): StartedWorker {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: `file:${path.join(database.folder, "worker.db")}`,
      ...settings,
    };
    if (!("NODE_OPTIONS" in settings)) delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [builtCommand(), "worker", "--grace", "5"], { env });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    return { process: child, stderr: () => stderr, exited };
  }

  /** The pid and heap limit the worker reports once it takes jobs. */
  async function readyLine(started: StartedWorker): Promise<{ pid: number; heapMegabytes: number }> {
    const match = await vi.waitFor(
      () => {
        const found = /roundup worker: (\d+) taking jobs on sqlite .*heap limit (\d+) MB/.exec(started.stderr());
        if (!found) throw new Error(`the worker is not ready:\n${started.stderr()}`);
        return found;
      },
      { timeout: 60_000, interval: 100 },
    );
    return { pid: Number(match[1]), heapMegabytes: Number(match[2]) };
  }

  it("starts itself again under the default cap, and a Ctrl-C stops it gracefully through the relay", async () => {
    worker = startWorker({});
    const ready = await readyLine(worker);
    // 1,024 MB of old generation plus V8's young generation.
    expect(ready.heapMegabytes).toBeGreaterThanOrEqual(1024);
    expect(ready.heapMegabytes).toBeLessThan(1200);
    expect(ready.pid).not.toBe(worker.process.pid);
    worker.process.kill("SIGINT");
    expect(await worker.exited).toBe(0);
    expect(worker.stderr()).toContain("roundup worker: stopped");
    // One stop request reached it, not two (a second one means "exit now").
    expect(worker.stderr()).not.toContain("again, exiting now");
  }, 120_000);

  it("stops gracefully once when a service manager sends SIGTERM to the relaying process and the worker at once", async () => {
    worker = startWorker({});
    const ready = await readyLine(worker);
    expect(ready.pid).not.toBe(worker.process.pid);
    // What systemd's default KillMode does: every process of the unit gets the signal. The worker's
    // copy is handled first here, so the relayed one surely comes as a second signal.
    process.kill(ready.pid, "SIGTERM");
    await vi.waitFor(() => expect(worker?.stderr()).toContain("roundup worker: SIGTERM"), { timeout: 10_000 });
    worker.process.kill("SIGTERM");
    expect(await worker.exited).toBe(0);
    expect(worker.stderr()).toContain("roundup worker: stopped");
    expect(worker.stderr()).not.toContain("again, exiting now");
  }, 120_000);

  it("takes ROUNDUP_WORKER_HEAP_MB, keeps a cap set in NODE_OPTIONS, and leaves V8's limit when off", async () => {
    worker = startWorker({ ROUNDUP_WORKER_HEAP_MB: "512" });
    const set = await readyLine(worker);
    expect(set.heapMegabytes).toBeGreaterThanOrEqual(512);
    expect(set.heapMegabytes).toBeLessThan(650);
    worker.process.kill("SIGTERM");
    expect(await worker.exited).toBe(0);

    worker = startWorker({ ROUNDUP_WORKER_HEAP_MB: "512", NODE_OPTIONS: "--max-old-space-size=700" });
    const user = await readyLine(worker);
    expect(user.heapMegabytes).toBeGreaterThanOrEqual(700);
    expect(user.heapMegabytes).toBeLessThan(800);
    // Nothing to add: it ran in the process that was started.
    expect(user.pid).toBe(worker.process.pid);
    worker.process.kill("SIGTERM");
    expect(await worker.exited).toBe(0);

    worker = startWorker({ ROUNDUP_WORKER_HEAP_MB: "off" });
    const off = await readyLine(worker);
    expect(off.pid).toBe(worker.process.pid);
    expect(off.heapMegabytes).toBeGreaterThan(1200);
  }, 180_000);

  it("refuses a bad ROUNDUP_WORKER_HEAP_MB with the reason, before starting anything", async () => {
    worker = startWorker({ ROUNDUP_WORKER_HEAP_MB: "1GB" });
    expect(await worker.exited).toBe(2);
    expect(worker.stderr()).toContain("ROUNDUP_WORKER_HEAP_MB must be a whole number of megabytes");
  });
});
