import { listAuditEvents, listFeeds, upsertUser } from "@roundup/db";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobQueue } from "../queue/create-job-queue.js";
import type { JobQueue } from "../queue/job-queue.js";
import { subscribeToFeed } from "./subscribe-to-feed.js";

describe.each(testProviders())("subscribeToFeed on %s", (provider) => {
  let database: TemporaryDatabase;
  let queue: JobQueue;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    queue = await createJobQueue(database.url, { db: database.db, supervise: false });
  });
  afterAll(async () => {
    await queue.stop({ graceSeconds: 0 });
    await database.remove();
  });

  it("stores the subscription with its audit row and queues its first poll; again, it updates the interval", async () => {
    const { db } = database;
    const editor = await upsertUser(db, { email: "desk@x.org", name: "Desk", password: "p", role: "editor" });
    const first = await subscribeToFeed(db, queue, {
      url: "https://wire.example/rss",
      everyMinutes: 10,
      actorId: editor.id,
    });
    expect(first).toMatchObject({ created: true, feed: { url: "https://wire.example/rss", everyMinutes: 10 } });
    const again = await subscribeToFeed(db, queue, {
      url: "https://wire.example/rss",
      everyMinutes: 30,
      actorId: editor.id,
    });
    expect(again).toMatchObject({ created: false, feed: { id: first.feed.id, everyMinutes: 30 } });
    expect(again.jobId).not.toBe(first.jobId);

    const polls = await Promise.all([queue.get(first.jobId), queue.get(again.jobId)]);
    expect(polls.map((job) => [job?.name, job?.status, job?.payload])).toEqual([
      ["poll-feeds", "queued", { feedIds: [first.feed.id] }],
      ["poll-feeds", "queued", { feedIds: [first.feed.id] }],
    ]);
    const events = await listAuditEvents(db, { entity: "feed", entityId: first.feed.id });
    expect(events.map((event) => [event.action, event.actor?.id]).sort()).toEqual([
      ["feed.subscribed", editor.id],
      ["feed.updated", editor.id],
    ]);
    expect((await db.feed.findUnique({ where: { id: first.feed.id } }))?.createdById).toBe(editor.id);
  });

  it("refuses a bad address with the reason and stores and queues nothing", async () => {
    const { db } = database;
    const editor = await upsertUser(db, { email: "desk2@x.org", name: "Desk Two", password: "p", role: "editor" });
    const queued = (await queue.list({ name: "poll-feeds" })).length;
    await expect(subscribeToFeed(db, queue, { url: "ftp://wire.example/rss", actorId: editor.id })).rejects.toThrow(
      /Only http and https/,
    );
    expect((await listFeeds(db)).map((feed) => feed.url)).not.toContain("ftp://wire.example/rss");
    expect(await queue.list({ name: "poll-feeds" })).toHaveLength(queued);
  });
});
