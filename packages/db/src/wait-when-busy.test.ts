import { afterEach, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "./create-database.js";
import { createTemporaryDatabase, type TemporaryDatabase } from "./testing/temporary-database.js";

// A SQLite file locked by another connection: the waiting client must keep its process serving. The
// lock's holder here is in the same process and lets go on a timer, which only fires if the wait
// leaves the event loop free (a busy timeout inside the driver would sleep through it, for a minute).
describe("a SQLite write that meets another connection's write lock", () => {
  let database: TemporaryDatabase | undefined;
  const clients: Database[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.$disconnect();
    await database?.remove();
  });

  /** Holds the file's write lock from a second connection until `release` (a transaction that wrote). */
  async function holdWriteLock(url: string): Promise<{ release: () => void; done: Promise<unknown> }> {
    const holder = createDatabase(url);
    clients.push(holder);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const done = holder.$transaction(
      async (tx) => {
        await tx.$executeRaw`UPDATE "Story" SET "label" = 'held' WHERE "id" = 's1'`;
        locked();
        await released;
      },
      { timeout: 120_000 },
    );
    await holding;
    return { release, done };
  }

  it.each(["statement", "transaction"] as const)(
    "waits for it without blocking the process, then writes (a %s)",
    async (form) => {
      database = await createTemporaryDatabase("sqlite");
      await database.db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
      await database.db.story.create({ data: { id: "s1", label: "before" } });
      const lock = await holdWriteLock(database.url);
      // Would wait a minute per statement: long past this test's own timeout.
      const writer = createDatabase(database.url, { timeoutMs: 60_000, retries: 100 });
      clients.push(writer);
      const update = { where: { id: "s1" }, data: { label: "written" } };
      const write =
        form === "statement" ? writer.story.update(update) : writer.$transaction((tx) => tx.story.update(update));
      let releasedFirst = false;
      setTimeout(() => {
        releasedFirst = true;
        lock.release();
      }, 200);
      await write;
      await lock.done;
      expect(releasedFirst).toBe(true);
      // The holder's write committed first, the waiting one after it.
      expect((await database.db.story.findUniqueOrThrow({ where: { id: "s1" } })).label).toBe("written");
    },
    20_000,
  );
});
