import { existsSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import path from "node:path";
import { type Database, openDatabase } from "@roundup/db";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ManualClock } from "../testing/manual-clock.js";
import {
  canStartPrivatePostgres,
  type PrivatePostgresServer,
  startPrivatePostgres,
} from "../testing/private-postgres-server.js";
import { startTcpProxy, type TcpProxy, unusedPort } from "../testing/tcp-proxy.js";
import { DatabaseStartError } from "./database-start-error.js";
import { openWhenDatabaseReachable } from "./open-when-database-reachable.js";

const onPostgres = testProviders().includes("postgresql");
const backoff = { firstDelayMs: 200, maxDelayMs: 800 };

/** Resolves once `lines` holds `count` lines. */
async function untilLines(lines: string[], count: number, timeoutMs = 20_000): Promise<void> {
  await vi.waitFor(() => expect(lines.length, lines.join("\n")).toBeGreaterThanOrEqual(count), {
    timeout: timeoutMs,
    interval: 50,
  });
}

/** Longer than any test may run: a try that ends sooner was ended by the abort, not by its own timeout. */
const probeTimeoutMs = 10 * 60_000;

async function rejection(promise: Promise<unknown>): Promise<DatabaseStartError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatabaseStartError);
  return error as DatabaseStartError;
}

describe.skipIf(!onPostgres)("a worker started before its PostgreSQL database", () => {
  let database: TemporaryDatabase | undefined;
  let proxy: TcpProxy | undefined;
  let opened: Database | null = null;
  afterEach(async () => {
    await opened?.$disconnect();
    opened = null;
    await proxy?.close();
    proxy = undefined;
    await database?.remove();
    database = undefined;
  });

  it("waits while nothing listens on the port, saying so, and opens the database once it appears there", async () => {
    database = await createTemporaryDatabase("postgresql");
    const server = new URL(database.url);
    const port = await unusedPort();
    const workerUrl = new URL(database.url);
    workerUrl.host = `127.0.0.1:${port}`;
    const lines: string[] = [];
    let opens = 0;
    const opening = openWhenDatabaseReachable(
      workerUrl.toString(),
      async () => {
        opens += 1;
        return openDatabase(workerUrl.toString());
      },
      { signal: new AbortController().signal, outage: { ...backoff, log: (line) => lines.push(line) } },
    );
    // 200, 400, 800 ms: one line per step (that none follows while the wait and the reason stay the
    // same is DatabaseOutage's test).
    await untilLines(lines, 3);
    expect(opens).toBe(0);
    expect(lines[0]).toBe(
      `roundup worker: waiting for the database at ${workerUrl.toString().replace(/\?.*$/, "")} (connection refused); retrying in 0.2 s`,
    );
    expect(lines[2]).toContain("retrying in 0.8 s");

    proxy = await startTcpProxy(server.hostname, Number(server.port || 5432), port);
    opened = await opening;
    expect(opens).toBe(1);
    expect(await opened?.article.count()).toBe(0);
    expect(lines.at(-1)).toMatch(/answers after \d+ s \(\d+ failed tries\); starting$/);
    expect(lines.filter((line) => line.includes("retrying in 0.8 s"))).toHaveLength(1);
  }, 60_000);

  it("keeps waiting while the server resets connections, and stops at once when aborted", async () => {
    database = await createTemporaryDatabase("postgresql");
    const server = new URL(database.url);
    proxy = await startTcpProxy(server.hostname, Number(server.port || 5432));
    proxy.setDown(true);
    const workerUrl = new URL(database.url);
    workerUrl.host = `127.0.0.1:${proxy.port}`;
    const lines: string[] = [];
    const stop = new AbortController();
    // After its first try the worker waits longer than this test may run: only the abort can end that.
    const opening = openWhenDatabaseReachable(workerUrl.toString(), async () => "opened", {
      signal: stop.signal,
      outage: { firstDelayMs: probeTimeoutMs, maxDelayMs: probeTimeoutMs, log: (line) => lines.push(line) },
    });
    await untilLines(lines, 1);
    expect(lines[0]).toMatch(/\((connection reset|Connection terminated unexpectedly)\)/);
    stop.abort();
    expect(await opening).toBeNull();
  });

  it("gives up after the wait it was allowed, naming the reason", async () => {
    const url = `postgresql://postgres:secret@127.0.0.1:${await unusedPort()}/roundup`;
    const lines: string[] = [];
    // The wait runs on a clock the test moves, 0.1 s at a time once the worker is waiting again.
    const clock = new ManualClock();
    let settled = false;
    const failing = rejection(
      openWhenDatabaseReachable(url, async () => "opened", {
        signal: new AbortController().signal,
        maxWaitSeconds: 1,
        outage: { ...backoff, log: (line) => lines.push(line) },
        clock,
      }),
    ).finally(() => {
      settled = true;
    });
    let waited = 0;
    while (true) {
      await vi.waitFor(() => expect(settled || clock.pending === 1).toBe(true), { interval: 5 });
      if (settled) break;
      clock.advance(100);
      waited += 100;
    }
    // Tries at 0, 0.2 and 0.6 s (the backoff), and the last one on the deadline, not after it.
    expect(waited).toBe(1_000);
    const error = await failing;
    expect(error.code).toBe("DATABASE_WAIT_EXPIRED");
    expect(error.message).toBe(
      `the database at postgresql://postgres:***@127.0.0.1:${new URL(url).port}/roundup is still unreachable (connection refused): ` +
        "start PostgreSQL or fix its address, or allow a longer wait (--wait-for-database)",
    );
    expect(lines.join("\n")).not.toContain("secret");
  });

  it("fails at once for a user the server does not know and for a database that does not exist", async () => {
    const server = new URL(process.env.ROUNDUP_TEST_POSTGRES_URL ?? "");
    const noRole = new URL(server);
    noRole.username = "roundup_no_such_role";
    noRole.password = "";
    const lines: string[] = [];
    const options = { signal: new AbortController().signal, outage: { log: (line: string) => lines.push(line) } };
    let opens = 0;
    const open = async () => {
      opens += 1;
      return "opened";
    };
    const role = await rejection(openWhenDatabaseReachable(noRole.toString(), open, options));
    expect(role.code).toBe("DATABASE_UNUSABLE");
    expect(role.reason).toBe('role "roundup_no_such_role" does not exist');
    expect(role.fix).toContain("create the role roundup_no_such_role");

    const noDatabase = new URL(server);
    noDatabase.pathname = "/roundup_no_such_database";
    const missing = await rejection(openWhenDatabaseReachable(noDatabase.toString(), open, options));
    expect(missing.reason).toBe('database "roundup_no_such_database" does not exist');
    expect(missing.fix).toContain("createdb roundup_no_such_database");
    // At once: no waiting line, no second try.
    expect(opens).toBe(0);
    expect(lines).toEqual([]);
  });
});

describe.skipIf(!canStartPrivatePostgres())("a worker started with a wrong password", () => {
  let server: PrivatePostgresServer | undefined;
  afterEach(() => server?.stop());

  it("fails at once with the server's reason and without the password", async () => {
    server = startPrivatePostgres(20_000 + Math.floor(Math.random() * 20_000), { password: "right one" });
    const wrong = new URL(server.url);
    wrong.password = "wrong-secret";
    const lines: string[] = [];
    const error = await rejection(
      openWhenDatabaseReachable(wrong.toString(), async () => "opened", {
        signal: new AbortController().signal,
        outage: { log: (line) => lines.push(line) },
      }),
    );
    // At once: no waiting line.
    expect(lines).toEqual([]);
    expect(error.code).toBe("DATABASE_UNUSABLE");
    expect(error.message).toBe(
      `cannot use the database at postgresql://postgres:***@${wrong.host}/postgres ` +
        '(password authentication failed for user "postgres"): correct the password of postgres in DATABASE_URL',
    );
    // The right password opens it.
    expect(
      await openWhenDatabaseReachable(server.url, async () => "opened", { signal: new AbortController().signal }),
    ).toBe("opened");
  }, 60_000);
});

describe("a worker started on a database that cannot be reached or used", () => {
  it("stops at once when aborted while a server accepts the connection and never answers", async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      const stop = new AbortController();
      let connected = false;
      silent.on("connection", () => {
        connected = true;
      });
      const opening = openWhenDatabaseReachable(
        `postgresql://postgres@127.0.0.1:${port}/roundup`,
        async () => "opened",
        { signal: stop.signal, probeTimeoutMs },
      );
      // The try now waits for an answer that never comes, for longer than this test may run:
      // only the abort can end it.
      await vi.waitFor(() => expect(connected).toBe(true));
      stop.abort();
      expect(await opening).toBeNull();
    } finally {
      silent.close();
    }
  });

  it("fails at once for a malformed PostgreSQL URL", async () => {
    const error = await rejection(
      openWhenDatabaseReachable("postgresql://postgres@127.0.0.1:99999/roundup", async () => "opened", {
        signal: new AbortController().signal,
      }),
    );
    expect(error.code).toBe("DATABASE_UNUSABLE");
    expect(error.message).toBe(
      "cannot use the database at (unparsable PostgreSQL URL) (DATABASE_URL is not a valid URL): correct DATABASE_URL",
    );
  });

  it("counts a host name that does not resolve (yet) as worth waiting for", async () => {
    const error = await rejection(
      openWhenDatabaseReachable(
        "postgresql://postgres@roundup-no-such-host.invalid:5432/roundup",
        async () => "opened",
        {
          signal: new AbortController().signal,
          maxWaitSeconds: 0,
          outage: { log: () => undefined },
        },
      ),
    );
    expect(error.code).toBe("DATABASE_WAIT_EXPIRED");
    // Without a resolver the lookup fails instead of finding no such name: both are waited for.
    expect(error.reason).toMatch(/^host name (not found|lookup failed)$/);
  });

  it("waits for a Unix socket that is not there yet (a URL with no host name is valid)", async () => {
    const error = await rejection(
      openWhenDatabaseReachable("postgresql:///roundup?host=/nonexistent-roundup-socket-dir", async () => "opened", {
        signal: new AbortController().signal,
        maxWaitSeconds: 0,
        outage: { log: () => undefined },
      }),
    );
    expect(error.code).toBe("DATABASE_WAIT_EXPIRED");
    expect(error.reason).toBe("no server socket");
  });

  it("on SQLite opens a missing file at once, which creates and migrates it", async () => {
    const scratch = await createTemporaryDatabase("sqlite");
    const file = path.join(scratch.folder, "new", "roundup.db");
    try {
      const lines: string[] = [];
      const db = await openWhenDatabaseReachable(`file:${file}`, () => openDatabase(`file:${file}`), {
        signal: new AbortController().signal,
        outage: { log: (line) => lines.push(line) },
      });
      expect(existsSync(file)).toBe(true);
      expect(await db?.job.count()).toBe(0);
      await db?.$disconnect();
      expect(lines).toEqual([]);
    } finally {
      await scratch.remove();
    }
  }, 60_000);
});
