import { addFeed, createDatabase, type Database, listFeeds } from "@roundup/db";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestFeedServer, type TestFeedItem, type TestFeedServer } from "../testing/feed-server.js";
import { nextPollTime, pollDueFeeds } from "./poll-feeds.js";

const places = ["Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Quito", "Accra", "Tbilisi", "Perth", "Dakar"];
const subjects = ["a new tram line", "the harbour strike", "flood defences", "a school reform", "the wheat harvest"];

/** A distinct, full-length news item (long enough that its page is not fetched as a teaser's). */
function item(index: number, extra = ""): TestFeedItem {
  const place = places[index % places.length] ?? "Lisbon";
  const subject = subjects[index % subjects.length] ?? "a new tram line";
  return {
    guid: `item-${index}`,
    title: `${place} council votes on ${subject} (${index})`,
    link: `/news/${index}`,
    text: [
      `The city council of ${place} voted on ${subject} on Tuesday evening, item ${index} reports, after a debate that lasted more than six hours and drew hundreds of residents to the chamber.${extra}`,
      `Supporters said the plan would cost ${index + 3} million euros over ${index + 2} years and would be paid for by the regional budget, while opponents asked for an independent review of the figures first.`,
      `The mayor of ${place} said the first works could start in the spring of ${2027 + (index % 3)} if the regional assembly approves the funding in its next session.`,
    ].join("\n\n"),
  };
}

const local = { allowHosts: ["127.0.0.1"], timeoutMs: 5_000 };

describe.each(testProviders())("pollDueFeeds on %s", (provider) => {
  let database: TemporaryDatabase;
  let server: TestFeedServer;
  let clock: Date;
  const now = () => clock;
  const later = (minutes: number) => {
    clock = new Date(clock.getTime() + minutes * 60_000);
  };
  const poll = (db: Database, options: Parameters<typeof pollDueFeeds>[1] = {}) =>
    pollDueFeeds(db, { now, load: local, ...options });
  const feedPaths = () => server.requests.filter((request) => request.path.startsWith("/feeds/"));

  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterAll(async () => {
    await database.remove();
  });
  beforeEach(async () => {
    server = await startTestFeedServer();
    clock = new Date("2026-11-25T10:00:00Z");
    await database.db.feedItem.deleteMany();
    await database.db.feed.deleteMany();
    await database.db.article.deleteMany();
  });
  afterEach(async () => {
    await server.close();
  });

  it("imports a new subscription's items, then an unchanged feed costs one conditional request (a 304) and imports nothing", async () => {
    const { db } = database;
    server.setFeed("wire", [item(0), item(1), item(2)]);
    const { feed } = await addFeed(db, { url: server.url("wire"), everyMinutes: 15, now: clock });
    const first = await poll(db);
    expect(first.feeds).toMatchObject([{ feedId: feed.id, status: "ok", error: null, alreadyStored: 0, failed: [] }]);
    expect(first.feeds[0]?.imported).toHaveLength(3);
    expect(await db.feedItem.count({ where: { feedId: feed.id, articleId: { not: null } } })).toBe(3);

    // Not due yet: nothing is asked.
    later(14);
    expect((await poll(db)).feeds).toEqual([]);
    expect(feedPaths()).toHaveLength(1);

    later(1);
    const articlesBefore = await db.article.count();
    const second = await poll(db);
    expect(second.feeds).toMatchObject([{ status: "unchanged", imported: [], alreadyStored: 0, edited: 0 }]);
    expect(await db.article.count()).toBe(articlesBefore);
    const [, conditional] = feedPaths();
    expect(feedPaths()).toHaveLength(2);
    expect(conditional).toMatchObject({ status: 304 });
    expect(conditional?.ifNoneMatch).toMatch(/^"[0-9a-f]{16}"$/);
    expect(conditional?.ifModifiedSince).toMatch(/GMT$/);
    // No item page was fetched either: the items carried their full text.
    expect(server.requests.every((request) => request.path.startsWith("/feeds/"))).toBe(true);
    expect((await listFeeds(db, clock))[0]).toMatchObject({
      title: "wire",
      lastStatus: "unchanged",
      itemsImported: 3,
      nextPollAt: new Date(clock.getTime() + 15 * 60_000),
    });
  });

  it("imports only the new items of a new version, and an item edited in place is recorded as edited, never a second article", async () => {
    const { db } = database;
    server.setFeed("wire", [item(0), item(1)]);
    await addFeed(db, { url: server.url("wire"), everyMinutes: 5, now: clock });
    const first = await poll(db);
    const [originalId] = first.feeds[0]?.imported ?? [];
    const original = await db.article.findUniqueOrThrow({ where: { id: originalId ?? "" } });

    later(5);
    // item 0 is corrected in place (same guid, new text); item 3 is new.
    server.setFeed("wire", [item(3), item(0, " The vote was later postponed to Thursday."), item(1)]);
    const articlesBefore = await db.article.count();
    const second = await poll(db);
    expect(second.feeds).toMatchObject([{ status: "ok", edited: 1, alreadyStored: 0, failed: [] }]);
    expect(second.feeds[0]?.imported).toHaveLength(1);
    expect(await db.article.count()).toBe(articlesBefore + 1);
    // The edit keeps the stored article as first imported (its passages may be cited by digests).
    expect(await db.article.findUniqueOrThrow({ where: { id: original.id } })).toMatchObject({ text: original.text });
    const edited = await db.feedItem.findFirstOrThrow({ where: { key: "guid:item-0" } });
    expect(edited).toMatchObject({ articleId: original.id });
    expect(edited.editedAt).toEqual(clock);
    expect((await listFeeds(db, clock))[0]).toMatchObject({ itemsImported: 3, itemsEdited: 1 });

    // The same edit seen again is not counted again.
    later(5);
    server.setFeed("wire", [item(4), item(3), item(0, " The vote was later postponed to Thursday."), item(1)]);
    expect((await poll(db)).feeds[0]).toMatchObject({ edited: 0 });
    expect((await listFeeds(db, clock))[0]).toMatchObject({ itemsImported: 4, itemsEdited: 1 });
  });

  it("backs off a feed that starts failing, shows its last error, and recovers", async () => {
    const { db } = database;
    server.setFeed("flaky", [item(5)]);
    await addFeed(db, { url: server.url("flaky"), everyMinutes: 10, now: clock });
    await poll(db);

    server.failFeed("flaky", 503);
    const expectedWaits = [20, 40, 80];
    for (const wait of expectedWaits) {
      const due = (await listFeeds(db, clock))[0]?.nextPollAt ?? clock;
      clock = due;
      const report = await poll(db);
      expect(report.feeds[0]).toMatchObject({ status: "failed", error: "The server answered HTTP 503." });
      expect(report.feeds[0]?.nextPollAt).toBe(new Date(clock.getTime() + wait * 60_000).toISOString());
    }
    expect((await listFeeds(db, clock))[0]).toMatchObject({
      lastStatus: "failed",
      lastError: "The server answered HTTP 503.",
      failures: 3,
    });

    clock = (await listFeeds(db, clock))[0]?.nextPollAt ?? clock;
    server.setFeed("flaky", [item(6), item(5)]);
    const recovered = await poll(db);
    expect(recovered.feeds[0]).toMatchObject({ status: "ok", error: null });
    expect(recovered.feeds[0]?.imported).toHaveLength(1);
    expect((await listFeeds(db, clock))[0]).toMatchObject({
      lastStatus: "ok",
      lastError: null,
      failures: 0,
      nextPollAt: new Date(clock.getTime() + 10 * 60_000),
    });
  });

  it("waits as long as a 429 or 503's Retry-After asks (seconds or an HTTP date), never less than its backoff", async () => {
    const { db } = database;
    server.setFeed("busy", [item(12)]);
    await addFeed(db, { url: server.url("busy"), everyMinutes: 10, now: clock });
    await poll(db);

    // 429 with seconds: 2 hours, longer than the first backoff (20 minutes).
    clock = (await listFeeds(db, clock))[0]?.nextPollAt ?? clock;
    server.failFeed("busy", 429, "7200");
    const limited = await poll(db);
    const askedAt = new Date(clock.getTime() + 2 * 3600_000);
    expect(limited.feeds[0]).toMatchObject({
      status: "failed",
      error: `The server answered HTTP 429. It asked to be polled again no earlier than ${askedAt.toISOString()}.`,
      nextPollAt: askedAt.toISOString(),
    });
    // Not asked before then, however often the poller runs.
    const requestsBefore = feedPaths().length;
    later(119);
    expect((await poll(db)).feeds).toEqual([]);
    expect(feedPaths()).toHaveLength(requestsBefore);

    // 503 with an HTTP date three hours on.
    clock = askedAt;
    const date = new Date(clock.getTime() + 3 * 3600_000);
    server.failFeed("busy", 503, date.toUTCString());
    expect((await poll(db)).feeds[0]?.nextPollAt).toBe(date.toISOString());

    // A Retry-After shorter than the backoff (now 80 minutes, the third failure) does not shorten it.
    clock = date;
    server.failFeed("busy", 503, "60");
    expect((await poll(db)).feeds[0]?.nextPollAt).toBe(new Date(clock.getTime() + 80 * 60_000).toISOString());
  });

  it("fetches a teaser item's page, reports a page that fails per item, and retries it only a few times", async () => {
    const { db } = database;
    const teaser = { ...item(7), text: "Short teaser.", page: item(7).text };
    const broken = { ...item(8), text: "Another teaser.", link: "/news/missing" };
    server.setFeed("teasers", [teaser, broken]);
    await addFeed(db, { url: server.url("teasers"), everyMinutes: 1, now: clock });
    const report = await poll(db);
    expect(report.feeds[0]?.imported).toHaveLength(1);
    expect(report.feeds[0]?.failed).toEqual([
      { input: `${server.base}/news/missing`, error: expect.stringContaining("HTTP 404") },
    ]);
    // The feed changes (a new item) three more times: the broken item is tried twice more, then left alone.
    for (const index of [9, 10, 11]) {
      later(1);
      server.setFeed("teasers", [item(index), teaser, broken]);
      await poll(db);
    }
    expect(server.requests.filter((request) => request.path === "/news/missing")).toHaveLength(3);
    expect(await db.feedItem.findFirst({ where: { key: "guid:item-8" } })).toMatchObject({
      articleId: null,
      failures: 3,
      lastError: expect.stringContaining("HTTP 404"),
    });
  });

  it("refuses what is not a feed, and keeps the SSRF protection of URL ingest", async () => {
    const { db } = database;
    server.setFeed("pages", [{ ...item(7), text: "Teaser.", page: item(7).text }]);
    await addFeed(db, { url: `${server.base}/news/missing`, now: clock });
    await addFeed(db, { url: `${server.base}/news/7`, now: clock });
    const report = await poll(db);
    expect(report.feeds.map((feed) => [feed.status, feed.error])).toEqual([
      ["failed", "The server answered HTTP 404."],
      ["failed", "The address serves text/html, not an RSS, Atom or JSON feed."],
    ]);

    // Without 127.0.0.1 allowed, a feed on it is refused before any request.
    await db.feed.deleteMany();
    const requestsBefore = server.requests.length;
    await addFeed(db, { url: server.url("pages"), now: clock });
    const refused = await pollDueFeeds(db, { now, load: { timeoutMs: 5_000 } });
    expect(refused.feeds.map((feed) => [feed.status, feed.error])).toEqual([
      ["failed", `${server.url("pages")} resolves to 127.0.0.1, a private or reserved address.`],
    ]);
    expect(server.requests.length).toBe(requestsBefore);
  });

  // On PostgreSQL only: two SQLite connections in one process can stall each other (better-sqlite3
  // waits for the other's write lock synchronously, blocking the event loop the other needs), which
  // worker processes of their own never do.
  it.skipIf(provider === "sqlite")(
    "keeps the per-host limit across workers: a host is polled by one worker at a time",
    async () => {
      const { db } = database;
      const slow = await startTestFeedServer({ delayMs: 150 });
      const otherDb = createDatabase(database.url);
      try {
        const names = ["g", "h", "i", "j", "k", "l"];
        for (const [index, name] of names.entries()) slow.setFeed(name, [item(40 + index)]);
        const ids: string[] = [];
        for (const name of names) ids.push((await addFeed(db, { url: slow.url(name), now: clock })).feed.id);
        // Each worker is given three different feeds of the one host, two requests at once allowed per host.
        const polled: string[] = [];
        for (let tick = 0; tick < 10 && polled.length < names.length; tick += 1) {
          const reports = await Promise.all([
            pollDueFeeds(db, { now, load: local, owner: "worker-1", perHost: 2, feedIds: ids.slice(0, 3) }),
            pollDueFeeds(otherDb, { now, load: local, owner: "worker-2", perHost: 2, feedIds: ids.slice(3) }),
          ]);
          polled.push(...reports.flatMap((report) => report.feeds.map((feed) => feed.feedId)));
        }
        expect(polled.sort()).toEqual([...ids].sort());
        // Without the shared limit both workers would have had two requests each in flight at once.
        expect(slow.mostInFlight()).toBeLessThanOrEqual(2);
      } finally {
        await otherDb.$disconnect();
        await slow.close();
      }
    },
  );

  it("with two workers polling the same feeds at once: each feed is fetched by one of them, and no item is imported twice", async () => {
    const { db } = database;
    const slow = await startTestFeedServer({ delayMs: 150 });
    // The second worker's own connection to the same database (SQLite: the same file).
    const otherDb = createDatabase(database.url);
    try {
      const names = ["a", "b", "c", "d", "e", "f"];
      // Neighbouring feeds share an item (the same story syndicated): it must be stored once.
      for (const [index, name] of names.entries())
        slow.setFeed(name, [item(20 + index), item(20 + ((index + 1) % names.length))]);
      for (const name of names) await addFeed(db, { url: slow.url(name), now: clock });
      // Both poll until every feed was polled: one host is polled by one worker at a time, so the
      // other's feeds on it wait for its next tick.
      const reports: Awaited<ReturnType<typeof pollDueFeeds>>["feeds"] = [];
      for (let tick = 0; tick < 10 && reports.length < names.length; tick += 1) {
        const [left, right] = await Promise.all([
          pollDueFeeds(db, { now, load: local, owner: "worker-1", concurrency: 2, perHost: 2 }),
          pollDueFeeds(otherDb, { now, load: local, owner: "worker-2", concurrency: 2, perHost: 2 }),
        ]);
        reports.push(...left.feeds, ...right.feeds);
      }
      const polled = reports.map((feed) => feed.url).sort();
      expect(polled).toEqual(names.map((name) => slow.url(name)).sort());
      for (const name of names) {
        expect(slow.mostInFlight(`/feeds/${name}.xml`)).toBe(1);
        expect(slow.requests.filter((request) => request.path === `/feeds/${name}.xml`)).toHaveLength(1);
      }
      const imported = reports.flatMap((feed) => feed.imported);
      expect(new Set(imported).size).toBe(imported.length);
      expect(imported).toHaveLength(6);
      expect(await db.article.count({ where: { url: { startsWith: slow.base } } })).toBe(6);
      // Every item of every feed points at its one article.
      expect(await db.feedItem.count({ where: { articleId: { not: null } } })).toBe(12);
    } finally {
      await otherDb.$disconnect();
      await slow.close();
    }
  });
});

describe("nextPollTime", () => {
  it("waits the interval after a success and doubles it per failure in a row, up to six hours (or the interval)", () => {
    const at = new Date("2026-11-25T10:00:00Z");
    const minutesAfter = (every: number, failures: number) =>
      (nextPollTime(at, every, failures).getTime() - at.getTime()) / 60_000;
    expect([0, 1, 2, 3, 10].map((failures) => minutesAfter(15, failures))).toEqual([15, 30, 60, 120, 360]);
    expect(minutesAfter(24 * 60, 3)).toBe(24 * 60);
  });
});
