import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "../testing/temporary-database.js";
import { listAuditEvents } from "./audit.js";
import {
  addFeed,
  claimDueFeeds,
  findFeedItems,
  hasDueFeeds,
  listFeeds,
  makeFeedDue,
  normalizeFeedUrl,
  recordFeedPoll,
  releaseFeeds,
  removeFeed,
} from "./feeds.js";
import { upsertUser } from "./users.js";

const start = new Date("2026-11-25T10:00:00.000Z");
const minutes = (count: number) => new Date(start.getTime() + count * 60_000);

describe("normalizeFeedUrl", () => {
  it("keeps http(s) addresses without their fragment and refuses the rest with the reason", () => {
    expect(normalizeFeedUrl(" https://Wire.example/feed.xml#top ")).toBe("https://wire.example/feed.xml");
    expect(() => normalizeFeedUrl("file:///etc/passwd")).toThrow(/Only http and https/);
    expect(() => normalizeFeedUrl("not a url")).toThrow(/Not a valid URL/);
    expect(() => normalizeFeedUrl("https://user:secret@wire.example/feed")).toThrow(/user name or password/);
  });
});

describe.each(testProviders())("feed subscriptions on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterAll(async () => {
    await database.remove();
  });

  it("subscribes once per address, due at once, and refuses an interval out of range", async () => {
    const { db } = database;
    const first = await addFeed(db, { url: "https://wire.example/feed.xml", everyMinutes: 30, now: start });
    expect(first).toMatchObject({ created: true, feed: { everyMinutes: 30, nextPollAt: start, lastStatus: null } });
    const again = await addFeed(db, { url: "https://wire.example/feed.xml#x", everyMinutes: 5, now: start });
    expect(again).toMatchObject({ created: false, feed: { id: first.feed.id, everyMinutes: 5 } });
    await expect(addFeed(db, { url: "https://wire.example/other", everyMinutes: 0 })).rejects.toThrow(/every 1 to/);
    expect((await listFeeds(db)).map((feed) => feed.url)).toEqual(["https://wire.example/feed.xml"]);
    expect(await hasDueFeeds(db, start)).toBe(true);
  });

  it("writes a subscription and its audit row in one transaction, or neither", async () => {
    const { db } = database;
    const editor = await upsertUser(db, { email: "feeds@x.org", name: "Fay", password: "p", role: "editor" });
    const url = "https://audited.example/feed.xml";
    const first = await addFeed(db, { url, everyMinutes: 20, createdById: editor.id, audit: { actorId: editor.id } });
    await addFeed(db, { url, everyMinutes: 40, createdById: editor.id, audit: { actorId: editor.id } });
    const events = await listAuditEvents(db, { entity: "feed", entityId: first.feed.id });
    expect(events.map((event) => [event.action, event.actor?.id, event.detail?.everyMinutes])).toEqual(
      expect.arrayContaining([
        ["feed.subscribed", editor.id, 20],
        ["feed.updated", editor.id, 40],
      ]),
    );
    expect(events).toHaveLength(2);

    // An audit row that cannot be written (its actor does not exist) leaves no subscription, and no
    // changed interval on an existing one.
    await expect(
      addFeed(db, { url: "https://unaudited.example/rss", audit: { actorId: "no-such-user" } }),
    ).rejects.toThrow();
    await expect(addFeed(db, { url, everyMinutes: 90, audit: { actorId: "no-such-user" } })).rejects.toThrow();
    const feeds = await listFeeds(db);
    expect(feeds.map((feed) => feed.url)).not.toContain("https://unaudited.example/rss");
    expect(feeds.find((feed) => feed.url === url)?.everyMinutes).toBe(40);

    // Unsubscribing likewise: the feed stays when its audit row cannot be written.
    await expect(removeFeed(db, first.feed.id, { audit: { actorId: "no-such-user" } })).rejects.toThrow();
    expect((await listFeeds(db)).some((feed) => feed.id === first.feed.id)).toBe(true);
    expect(await removeFeed(db, first.feed.id, { audit: { actorId: editor.id } })).toMatchObject({ url });
    const after = await listAuditEvents(db, { entity: "feed", entityId: first.feed.id });
    expect(after.map((event) => event.action)).toContain("feed.unsubscribed");
  });

  it("lets exactly one of several workers claim a due feed, until it records its poll or its lease runs out", async () => {
    const { db } = database;
    const { feed } = await addFeed(db, { url: "https://herald.example/rss", now: start });
    const claims = await Promise.all(
      ["w1", "w2", "w3", "w4"].map((owner) => claimDueFeeds(db, { owner, now: start, leaseSeconds: 60 })),
    );
    const owners = claims.flatMap((claimed, index) =>
      claimed.filter((item) => item.id === feed.id).map(() => `w${index + 1}`),
    );
    expect(owners).toHaveLength(1);
    expect(await hasDueFeeds(db, start)).toBe(false);
    expect(await claimDueFeeds(db, { owner: "w9", now: minutes(0.5), leaseSeconds: 60 })).toEqual([]);
    // A worker that died holding the feeds loses them when the lease runs out.
    const takenOver = await claimDueFeeds(db, { owner: "w9", now: minutes(2), leaseSeconds: 60 });
    expect(takenOver.map((item) => item.url).sort()).toEqual([
      "https://herald.example/rss",
      "https://wire.example/feed.xml",
    ]);
    // The late owner's record does not touch the feed's state any more; the new owner's does.
    await recordFeedPoll(db, feed.id, owners[0] ?? "", {
      status: "failed",
      error: "late",
      polledAt: minutes(2),
      nextPollAt: minutes(99),
    });
    expect((await listFeeds(db, minutes(2))).find((item) => item.id === feed.id)).toMatchObject({
      lastError: null,
      polling: true,
    });
    for (const claimed of takenOver)
      await recordFeedPoll(db, claimed.id, "w9", {
        status: "ok",
        polledAt: minutes(2),
        nextPollAt: minutes(17),
        validators: { etag: '"v1"', lastModified: null },
        title: "Herald",
        imported: 1,
        items: [{ key: "guid:1", hash: "h1", articleId: null, error: "HTTP 404" }],
      });
    const after = (await listFeeds(db)).find((item) => item.id === feed.id);
    expect(after).toMatchObject({
      lastStatus: "ok",
      lastPolledAt: minutes(2),
      nextPollAt: minutes(17),
      itemsImported: 1,
      title: "Herald",
      polling: false,
    });
    expect(await hasDueFeeds(db, minutes(16))).toBe(false);
    expect(await hasDueFeeds(db, minutes(17))).toBe(true);
    // "Poll now" makes a waiting feed due; a feed being polled is left to its poller.
    expect(await makeFeedDue(db, feed.id, minutes(3))).toBe(true);
    expect((await listFeeds(db, minutes(3))).find((item) => item.id === feed.id)?.nextPollAt).toEqual(minutes(3));
    await claimDueFeeds(db, { owner: "w5", now: minutes(3), leaseSeconds: 60, feedIds: [feed.id] });
    expect(await makeFeedDue(db, feed.id, minutes(3.5))).toBe(false);
    expect(await makeFeedDue(db, "no-such-feed", minutes(3.5))).toBe(false);
    await recordFeedPoll(db, feed.id, "w5", { status: "unchanged", polledAt: minutes(3.5), nextPollAt: minutes(17) });
    const [claimedAgain] = await claimDueFeeds(db, {
      owner: "w1",
      now: minutes(17),
      leaseSeconds: 60,
      feedIds: [feed.id],
    });
    expect(claimedAgain).toMatchObject({ id: feed.id, etag: '"v1"', failures: 0 });
  });

  it("lets one worker at a time poll a host: its first feed's lease is the host's lock, due or not, until released", async () => {
    const { db } = database;
    const at = minutes(500);
    // The lock is the host's first feed, here one that is not due.
    const { feed: lock } = await addFeed(db, { url: "https://lock.example/first", now: minutes(600) });
    const { feed: one } = await addFeed(db, { url: "https://lock.example/one", now: at });
    const { feed: two } = await addFeed(db, { url: "http://lock.example/two", now: at });
    const { feed: elsewhere } = await addFeed(db, { url: "https://other.example/feed", now: at });
    const ids = [one.id, two.id, elsewhere.id];
    const first = await claimDueFeeds(db, { owner: "h1", now: at, leaseSeconds: 60, feedIds: [one.id] });
    expect(first.map((feed) => feed.id)).toEqual([one.id]);
    // Another worker gets none of that host's feeds (http or https), only the other host's.
    const second = await claimDueFeeds(db, { owner: "h2", now: at, leaseSeconds: 60, feedIds: ids });
    expect(second.map((feed) => feed.id)).toEqual([elsewhere.id]);
    expect(await db.feed.findUniqueOrThrow({ where: { id: lock.id } })).toMatchObject({ leaseOwner: "h1" });
    await releaseFeeds(db, "h1");
    await releaseFeeds(db, "h2");
    const third = await claimDueFeeds(db, { owner: "h2", now: at, leaseSeconds: 60, feedIds: ids });
    expect(third.map((feed) => feed.id).sort()).toEqual(ids.sort());
    // A lock left by a worker that died runs out with its lease.
    expect(await claimDueFeeds(db, { owner: "h3", now: minutes(502), leaseSeconds: 60, feedIds: ids })).toHaveLength(3);
    await db.feed.deleteMany({ where: { id: { in: [lock.id, ...ids] } } });
  });

  it("keeps item records by key: a failure counts up, an import clears it, an edit is stamped; counters and backoff follow", async () => {
    const { db } = database;
    const [feed] = (await listFeeds(db)).filter((item) => item.url === "https://herald.example/rss");
    if (!feed) throw new Error("the feed of the test before is missing");
    expect(await findFeedItems(db, feed.id, ["guid:1", "guid:2"])).toEqual(
      new Map([["guid:1", { hash: "h1", articleId: null, failures: 1 }]]),
    );
    await db.article.create({
      data: { id: "a1", contentHash: "c1", title: "One", originalText: "One.", text: "One." },
    });
    await recordFeedPoll(db, feed.id, "w1", {
      status: "failed",
      error: "The server answered HTTP 500.",
      polledAt: minutes(17),
      nextPollAt: minutes(47),
      items: [
        { key: "guid:1", hash: "h1", articleId: "a1" },
        { key: "guid:2", hash: "h2", articleId: null, error: "timeout" },
      ],
    });
    await recordFeedPoll(db, feed.id, "w1", {
      status: "failed",
      error: "The server answered HTTP 500.",
      polledAt: minutes(47),
      nextPollAt: minutes(107),
      items: [{ key: "guid:1", hash: "h1-edited", articleId: null, edited: true }],
    });
    const items = await findFeedItems(db, feed.id, ["guid:1", "guid:2"]);
    expect(items.get("guid:1")).toEqual({ hash: "h1-edited", articleId: "a1", failures: 1 });
    expect(items.get("guid:2")).toEqual({ hash: "h2", articleId: null, failures: 1 });
    // w1's first record (it held the feed since the last test) released it; its second, without a
    // lease, wrote the item but not the feed's own state.
    expect((await listFeeds(db)).find((item) => item.id === feed.id)).toMatchObject({
      failures: 1,
      itemsEdited: 0,
      nextPollAt: minutes(47),
    });

    const [claimed] = await claimDueFeeds(db, { owner: "w2", now: minutes(200), leaseSeconds: 60, feedIds: [feed.id] });
    expect(claimed?.id).toBe(feed.id);
    await recordFeedPoll(db, feed.id, "w2", {
      status: "failed",
      error: "The server answered HTTP 500.",
      polledAt: minutes(200),
      nextPollAt: minutes(230),
      items: [{ key: "guid:1", hash: "h1-edited-again", articleId: null, edited: true }],
    });
    expect((await listFeeds(db)).find((item) => item.id === feed.id)).toMatchObject({
      lastStatus: "failed",
      lastError: "The server answered HTTP 500.",
      failures: 2,
      itemsEdited: 1,
    });
    expect(await removeFeed(db, feed.id)).toMatchObject({ id: feed.id });
    expect(await removeFeed(db, feed.id)).toBeNull();
    expect(await db.feedItem.count({ where: { feedId: feed.id } })).toBe(0);
    // The articles a feed brought stay.
    expect(await db.article.count({ where: { id: "a1" } })).toBe(1);
  });
});
