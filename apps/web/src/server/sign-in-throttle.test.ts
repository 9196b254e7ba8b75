import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createSignInThrottle } from "./sign-in-throttle";

const limits = {
  account: { failures: 3, withinSeconds: 60, lockSeconds: 120 },
  address: { failures: 5, withinSeconds: 600, lockSeconds: 900 },
};

describe.each(testProviders())("sign-in throttle on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    // The first run after a migration builds the template database (seconds through the Prisma CLI).
  }, 120_000);
  afterAll(async () => {
    await database.remove();
  });
  afterEach(async () => {
    vi.useRealTimers();
    await database.db.rateLimit.deleteMany();
  });

  it("locks an account after its failures, counted across processes, until the lock ends", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-01T10:00:00Z") });
    // Two throttles share nothing but the database, as two web processes do.
    const first = createSignInThrottle(database.db, limits);
    const second = createSignInThrottle(database.db, limits);
    expect(await first.fail("ada@x.org", "10.0.0.1")).toBe(0);
    expect(await second.fail("ada@x.org", "10.0.0.2")).toBe(0);
    expect(await first.check("ada@x.org", "10.0.0.3")).toBe(0);
    // The third failure, from yet another address, locks the account for everyone.
    expect(await second.fail("ada@x.org", "10.0.0.3")).toBe(120);
    expect(await first.check("ada@x.org", "10.0.0.9")).toBe(120);
    expect(await second.check("bob@x.org", "10.0.0.1")).toBe(0);

    vi.setSystemTime(new Date("2026-12-01T10:01:59Z"));
    expect(await first.check("ada@x.org", "10.0.0.9")).toBe(1);
    vi.setSystemTime(new Date("2026-12-01T10:02:01Z"));
    expect(await first.check("ada@x.org", "10.0.0.9")).toBe(0);
  });

  it("locks an address after failures on any accounts; a success clears the account's count only", async () => {
    const throttle = createSignInThrottle(database.db, limits);
    await throttle.fail("a@x.org", "10.0.0.1");
    await throttle.fail("a@x.org", "10.0.0.1");
    await throttle.reset("a@x.org");
    // a@x.org starts again from zero; the address still holds its two failures.
    expect(await throttle.fail("a@x.org", "10.0.0.1")).toBe(0);
    expect(await throttle.fail("b@x.org", "10.0.0.1")).toBe(0);
    expect(await throttle.fail("c@x.org", "10.0.0.1")).toBe(900);
    expect(await throttle.check("d@x.org", "10.0.0.1")).toBe(900);
    expect(await throttle.check("d@x.org", "10.0.0.2")).toBe(0);
  });

  it("counts every one of many concurrent failures", async () => {
    const throttle = createSignInThrottle(database.db, {
      ...limits,
      account: { failures: 1000, withinSeconds: 60, lockSeconds: 60 },
      address: { failures: 1000, withinSeconds: 60, lockSeconds: 60 },
    });
    await Promise.all(Array.from({ length: 25 }, (_, index) => throttle.fail("e@x.org", `10.0.1.${index}`)));
    const row = await database.db.rateLimit.findUnique({ where: { key: "sign-in-account:e@x.org" } });
    expect(row?.points).toBe(25);
  });
});
