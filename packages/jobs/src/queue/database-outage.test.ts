import { renameSync } from "node:fs";
import { describeDatabaseUrl } from "@roundup/db";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ManualClock } from "../testing/manual-clock.js";
import { startTcpProxy, type TcpProxy } from "../testing/tcp-proxy.js";
import { isFinished, waitForJob } from "../testing/wait-for-job.js";
import { createJobQueue } from "./create-job-queue.js";
import { DatabaseOutage } from "./database-outage.js";
import type { JobQueue } from "./job-queue.js";

describe("DatabaseOutage", () => {
  it("waits 1 s, then twice as long after each failure up to the cap, and logs once per outage", () => {
    const lines: string[] = [];
    const outage = new DatabaseOutage({ database: "db", fix: "start it", log: (line) => lines.push(line) });
    // One failure alone (a dropped connection replaced at once) is not an outage worth a line.
    expect(outage.failed(new Error("terminating connection due to administrator command"))).toBe(1_000);
    outage.recovered();
    expect(lines).toEqual([]);
    const delays = Array.from({ length: 7 }, () => outage.failed(new Error("connect ECONNREFUSED")));
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/database db is unreachable \(connect ECONNREFUSED\).*start it/);
    outage.recovered();
    outage.recovered();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/reachable again .*7 failed tries/);
    expect(outage.failed(new Error("again"))).toBe(1_000);
    outage.failed(new Error("again"));
    expect(lines).toHaveLength(3);
  });
});

describe("DatabaseOutage while a worker waits to start", () => {
  it("logs one line per step of the backoff and per change of reason, then one when the database answers", () => {
    const lines: string[] = [];
    const outage = new DatabaseOutage({
      database: "postgresql://roundup:***@db:5432/roundup",
      fix: "",
      log: (line) => lines.push(line),
      maxDelayMs: 4_000,
    });
    const delays = Array.from({ length: 6 }, () => outage.waiting("connection refused"));
    expect(delays).toEqual([1_000, 2_000, 4_000, 4_000, 4_000, 4_000]);
    // 1 s, 2 s, 4 s: then the wait stops growing and the same reason is not repeated.
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      "roundup worker: waiting for the database at postgresql://roundup:***@db:5432/roundup (connection refused); retrying in 1 s",
    );
    expect(lines[2]).toMatch(/\(connection refused\); retrying in 4 s, waited \d+ s so far$/);
    outage.waiting("the database system is starting up");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toContain("(the database system is starting up); retrying in 4 s");
    outage.recovered();
    expect(lines).toHaveLength(5);
    expect(lines[4]).toMatch(/database at .* answers after \d+ s \(7 failed tries\); starting$/);
    // Later outages are reported as outages again, not as a wait to start.
    outage.failed(new Error("connect ECONNREFUSED"));
    outage.failed(new Error("connect ECONNREFUSED"));
    expect(lines[5]).toMatch(/is unreachable \(connect ECONNREFUSED\)/);
  });
});

describe.each(testProviders())("a worker whose database goes away on %s", (provider) => {
  let database: TemporaryDatabase | undefined;
  let proxy: TcpProxy | undefined;
  const queues: JobQueue[] = [];
  afterEach(async () => {
    for (const queue of queues.splice(0)) await queue.stop({ graceSeconds: 1 });
    await proxy?.close();
    await database?.remove();
  });

  it("takes no jobs and backs off while it is gone, logs it once, and resumes when it is back", async () => {
    database = await createTemporaryDatabase(provider);
    let workerUrl = database.url;
    let cutOff: () => void;
    let restore: () => void;
    if (provider === "postgresql") {
      // The worker reaches PostgreSQL through a proxy the test cuts, as if the server had stopped.
      const server = new URL(database.url);
      proxy = await startTcpProxy(server.hostname, Number(server.port || 5432));
      server.host = `127.0.0.1:${proxy.port}`;
      workerUrl = server.toString();
      cutOff = () => proxy?.setDown(true);
      restore = () => proxy?.setDown(false);
    } else {
      // The file is moved away (as by `rm` or `mv`) and back.
      const file = database.url.replace(/^file:/, "");
      cutOff = () => renameSync(file, `${file}.away`);
      restore = () => renameSync(`${file}.away`, file);
    }
    const lines: string[] = [];
    // The worker polls, backs off and retries on a clock the test moves: the outage lasts 3 s of
    // that clock however long the machine takes to run it.
    const clock = new ManualClock();
    const worker = await createJobQueue(workerUrl, {
      db: database.db,
      pollIntervalSeconds: 0.5,
      outage: { log: (line) => lines.push(line), firstDelayMs: 500, maxDelayMs: 2_000 },
      clock,
    });
    queues.push(worker);
    // On PostgreSQL jobs are read by another client that still reaches the server; on SQLite
    // through the worker's own open file, which is the one moved away and back.
    const client = provider === "postgresql" ? await createJobQueue(database.url, { supervise: false }) : worker;
    if (client !== worker) queues.push(client);
    const ran: string[] = [];
    await worker.work(
      {
        ping: async (payload) => {
          ran.push(String(payload));
          return "pong";
        },
      },
      { concurrency: 2 },
    );
    // Waiting, the worker holds one timer per slot, one for pruning finished jobs (and PostgreSQL's
    // orphan sweep one more): moving the clock then waiting for that many again lets every try it
    // started finish first.
    const idleTimers = provider === "postgresql" ? 4 : 3;
    const advance = async (ms: number) => {
      for (let moved = 0; moved < ms; moved += 100) {
        clock.advance(100);
        await vi.waitFor(() => expect(clock.pending).toBe(idleTimers), { timeout: 10_000, interval: 5 });
      }
    };
    const first = await client.enqueue("ping", "before", { key: "before" });
    await advance(500);
    expect(await waitForJob(client, first, isFinished)).toMatchObject({ status: "completed", result: "pong" });

    // Enqueued before the cut (SQLite refuses writes to a moved file). The worker polls only when the
    // clock moves; on SQLite enqueueing wakes it, so the job is made due a second later on its clock.
    const runAt = provider === "sqlite" ? { runAt: new Date(clock.now() + 1_000) } : {};
    const during = await client.enqueue("ping", "during", { key: "during", ...runAt });
    await vi.waitFor(() => expect(clock.pending).toBe(idleTimers));
    cutOff();
    const connectionsBefore = proxy?.connections() ?? 0;
    await advance(3_000);
    const connections = (proxy?.connections() ?? 0) - connectionsBefore;
    if (proxy) process.stderr.write(`${provider}: 3 s without the database: ${connections} connection attempts\n`);
    // The probe backs off (0.5, 1, 2 s): a handful of connection attempts.
    if (proxy) expect(connections).toBeLessThanOrEqual(7);
    expect((await client.get(during))?.status).toBe("queued");
    expect(ran).toEqual(["before"]);
    const unreachable = lines.filter((line) => line.includes("unreachable"));
    expect(unreachable).toHaveLength(1);
    expect(unreachable[0]).toContain(describeDatabaseUrl(workerUrl));
    expect(lines).toHaveLength(1);

    restore();
    await advance(1_000);
    expect(await waitForJob(client, during, isFinished)).toMatchObject({ status: "completed", result: "pong" });
    expect(ran).toEqual(["before", "during"]);
    expect(lines).toHaveLength(2);
    // Tries while it was gone, as the recovery line counts them: both slots found it gone at the
    // first poll (0.5 s), then one try at 1.5 s (a 1 s wait) and, 2 s later, the one that succeeded.
    // Polling at full rate, two slots would have tried 12 times in the 3 s.
    const tries = Number(lines[1]?.match(/reachable again after \d+ s \((\d+) failed tries\)/)?.[1]);
    expect(tries).toBe(3);
  }, 60_000);
});
