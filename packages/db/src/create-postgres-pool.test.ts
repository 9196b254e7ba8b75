import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase } from "./testing/temporary-database.js";

const serverUrl = process.env.ROUNDUP_TEST_POSTGRES_URL;

function within<T>(milliseconds: number, promise: Promise<T>): Promise<T | "timed out"> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<"timed out">((resolve) => {
      timer = setTimeout(() => resolve("timed out"), milliseconds);
    }),
  ]).finally(() => clearTimeout(timer));
}

describe.skipIf(!serverUrl)("the PostgreSQL pool when a transaction's connection dies", () => {
  let database: TemporaryDatabase;
  let admin: pg.Client;
  beforeAll(async () => {
    database = await createTemporaryDatabase("postgresql");
    admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await database.remove();
  });

  async function transactionWhoseConnectionIsKilled(): Promise<void> {
    await expect(
      database.db.$transaction(async (transaction) => {
        const [row] = await transaction.$queryRaw<Array<{ pid: number }>>`SELECT pg_backend_pid() AS pid`;
        await admin.query("SELECT pg_terminate_backend($1)", [row?.pid]);
        await transaction.$queryRaw`SELECT 1`;
      }),
    ).rejects.toThrow();
  }

  it("keeps serving queries after more such losses than the pool has clients, then disconnects", async () => {
    // pg's pool holds 10 clients: each lost client that was never given back would take one slot.
    for (let attempt = 0; attempt < 12; attempt += 1) await transactionWhoseConnectionIsKilled();
    expect(await within(10_000, database.db.article.count())).toBe(0);
    expect(await within(10_000, database.db.$disconnect())).not.toBe("timed out");
  }, 60_000);
});
