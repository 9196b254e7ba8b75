import { createOfflineEngine } from "@roundup/core";
import { addFeed, listFeeds } from "@roundup/db";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestFeedServer, type TestFeedServer } from "../testing/feed-server.js";
import { runWorker } from "./run-worker.js";

const report = (place: string, detail: string) =>
  [
    `Firefighters in ${place} battled a large forest fire on Sunday that forced the evacuation of three villages, the regional emergency service said.`,
    `${detail} More than 200 firefighters and six water-bombing aircraft were deployed, and the main road to ${place} was closed to traffic.`,
    `The cause of the fire in ${place} was not yet known, officials said, and an investigation would be opened once it was under control.`,
  ].join("\n\n");

describe.each(testProviders())("feeds polled by a running worker on %s", (provider) => {
  let database: TemporaryDatabase;
  let server: TestFeedServer;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    server = await startTestFeedServer();
  });
  afterAll(async () => {
    await server.close();
    await database.remove();
  });

  it("polls a due subscription on its own, stores the new item and groups it into a story", async () => {
    const { db } = database;
    server.setFeed("fires", [
      { guid: "f1", title: "Forest fire near Evora", link: "/fires/1", text: report("Evora", "Winds were strong.") },
    ]);
    await addFeed(db, { url: server.url("fires"), everyMinutes: 60 });
    const stop = new AbortController();
    const running = runWorker({
      databaseUrl: database.url,
      db,
      signal: stop.signal,
      createEngine: () => createOfflineEngine(),
      load: { allowHosts: ["127.0.0.1"] },
      feedCheckSeconds: 1,
      queue: { pollIntervalSeconds: 0.5 },
      graceSeconds: 5,
    });
    try {
      const inStory = async (title: string) =>
        (await db.article.findFirst({ where: { title, storyId: { not: null } }, select: { storyId: true } }))?.storyId;
      const firstStory = await vi.waitFor(
        async () => {
          const storyId = await inStory("Forest fire near Evora");
          if (!storyId) throw new Error("not grouped yet");
          return storyId;
        },
        { timeout: 30_000, interval: 200 },
      );

      // A new item on the feed, and the feed due again (as it is an hour later): it joins the story.
      server.setFeed("fires", [
        {
          guid: "f2",
          title: "Evora fire: villages evacuated",
          link: "/fires/2",
          text: report("Evora", "Three villages were emptied overnight."),
        },
        { guid: "f1", title: "Forest fire near Evora", link: "/fires/1", text: report("Evora", "Winds were strong.") },
      ]);
      await db.feed.updateMany({ data: { nextPollAt: new Date() } });
      const secondStory = await vi.waitFor(
        async () => {
          const storyId = await inStory("Evora fire: villages evacuated");
          if (!storyId) throw new Error("not grouped yet");
          return storyId;
        },
        { timeout: 30_000, interval: 200 },
      );
      expect(secondStory).toBe(firstStory);
      expect((await listFeeds(db))[0]).toMatchObject({ lastStatus: "ok", itemsImported: 2, lastError: null });
    } finally {
      stop.abort();
      await running;
    }
  });
});
