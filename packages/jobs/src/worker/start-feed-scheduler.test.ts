import { addFeed, claimDueFeeds } from "@roundup/db";
import { createTemporaryDatabase, type TemporaryDatabase } from "@roundup/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobQueue } from "../queue/create-job-queue.js";
import type { JobQueue } from "../queue/job-queue.js";
import { enqueueDuePoll } from "./start-feed-scheduler.js";

describe("enqueueDuePoll (one look of the feed scheduler)", () => {
  let database: TemporaryDatabase;
  let queue: JobQueue;
  beforeAll(async () => {
    database = await createTemporaryDatabase("sqlite");
    queue = await createJobQueue(database.url, { db: database.db, supervise: false });
  });
  afterAll(async () => {
    await queue.stop({ graceSeconds: 0 });
    await database.remove();
  });

  it("enqueues nothing while no feed is due, and one poll per time slot between all workers once one is", async () => {
    const { db } = database;
    const at = new Date("2026-11-25T10:00:00Z");
    const look = (seconds: number) =>
      enqueueDuePoll({ db, queue, everySeconds: 15, now: () => new Date(at.getTime() + seconds * 1000) });
    expect(await look(0)).toBeNull();
    const { feed } = await addFeed(db, { url: "https://wire.example/feed.xml", everyMinutes: 5, now: at });
    // Two workers looking in the same 15 s slot enqueue the same job; the next slot is a new one.
    const first = await look(1);
    expect(first).not.toBeNull();
    expect(await look(14)).toBe(first);
    const next = await look(16);
    expect(next).not.toBe(first);
    expect((await queue.list({ name: "poll-feeds" })).map((job) => job.payload)).toEqual([{}, {}]);
    // A feed being polled (claimed) is not due for anyone else.
    await claimDueFeeds(db, { owner: "w1", now: at, leaseSeconds: 600, feedIds: [feed.id] });
    expect(await look(31)).toBeNull();
  });
});
