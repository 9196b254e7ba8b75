/**
 * Feed polling figures on a local feed server (127.0.0.1) and a throwaway SQLite database:
 *
 * 1. Requests per poll of unchanged feeds: `--feeds` subscriptions (each with `--items` items, half of
 *    them teasers whose pages are fetched) are polled once, then polled again unchanged; every request
 *    the server answers is counted, with its status and bytes.
 * 2. Latency: the standard worker runs in this process (as the web server runs it: the handlers and
 *    the feed scheduler, looking every 15 s), the feeds are polled every `--every` minutes, and
 *    `--samples` new items are published at random moments; for each, the time until its article
 *    is stored and placed in its story.
 *
 *   npx tsx bench/feed-polling.ts [--feeds 20] [--items 10] [--every 1] [--samples 5]
 */
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createOfflineEngine } from "@roundup/core";
import { addFeed, createDatabase, listFeeds } from "@roundup/db";
import { createTemporaryDatabase } from "@roundup/db/testing";
import { pollDueFeeds } from "../src/tasks/poll-feeds.js";
import { startTestFeedServer, type TestFeedItem } from "../src/testing/feed-server.js";
import { runWorker } from "../src/worker/run-worker.js";

const { values } = parseArgs({
  options: {
    feeds: { type: "string", default: "20" },
    items: { type: "string", default: "10" },
    every: { type: "string", default: "1" },
    samples: { type: "string", default: "5" },
  },
});
const feedCount = Number(values.feeds);
const itemCount = Number(values.items);
const everyMinutes = Number(values.every);
const samples = Number(values.samples);

const towns = ["Arvel", "Brisk", "Corran", "Dunmore", "Elsby", "Farrow", "Glenn", "Harlow", "Ivel", "Jarrow"];
const events = ["a bridge collapse", "a port strike", "a hospital fire", "a bank merger", "a mayoral election"];

/** The `index`-th item of feed `feed`: a distinct event report, half of them teasers with a page. */
function newsItem(feed: number, index: number): TestFeedItem {
  const town = towns[(feed + index) % towns.length] ?? "Arvel";
  const event = events[(feed * 7 + index) % events.length] ?? "a port strike";
  const text = [
    `Officials in ${town} gave new details on ${event} on Monday, in report ${feed}-${index}, saying ${index + 2} people had been questioned.`,
    `Residents of ${town} gathered outside the town hall as the council met for ${index + 3} hours, and the regional government promised an inquiry within ${feed + 4} weeks.`,
    `The ${town} council said it would publish its findings on ${event} by the end of the month, and that a public meeting would follow.`,
    `Opposition members in ${town} called for the session to be broadcast, and local businesses said they would wait for the inquiry before commenting.`,
  ].join("\n\n");
  const teaser = index % 2 === 1;
  return {
    guid: `f${feed}-i${index}`,
    title: `${town}: the latest on ${event} (${feed}-${index})`,
    link: `/news/f${feed}-i${index}`,
    text: teaser ? `${text.slice(0, 120)}…` : text,
    ...(teaser ? { page: text } : {}),
  };
}

const database = await createTemporaryDatabase("sqlite");
const server = await startTestFeedServer();
const db = database.db;
const load = { allowHosts: ["127.0.0.1"] };
let clock = new Date();
const now = () => clock;

// 1. Requests per poll of unchanged feeds.
const items = new Map<number, TestFeedItem[]>();
for (let feed = 0; feed < feedCount; feed++) {
  items.set(
    feed,
    Array.from({ length: itemCount }, (_, index) => newsItem(feed, index)),
  );
  server.setFeed(`feed-${feed}`, items.get(feed) ?? []);
  await addFeed(db, { url: server.url(`feed-${feed}`), everyMinutes, now: clock });
}
const requestsOf = async (poll: () => Promise<unknown>) => {
  const before = server.requests.length;
  const started = performance.now();
  await poll();
  const seconds = (performance.now() - started) / 1000;
  const answered = server.requests.slice(before);
  const byStatus: Record<string, number> = {};
  for (const request of answered) byStatus[request.status] = (byStatus[request.status] ?? 0) + 1;
  return { requests: answered.length, byStatus, seconds: Number(seconds.toFixed(2)) };
};
const first = await requestsOf(() => pollDueFeeds(db, { now, load }));
clock = new Date(clock.getTime() + everyMinutes * 60_000);
const unchanged = await requestsOf(() => pollDueFeeds(db, { now, load }));
const articles = await db.article.count();
process.stdout.write(
  `${JSON.stringify({
    figure: "requests per poll",
    feeds: feedCount,
    itemsPerFeed: itemCount,
    firstPoll: first,
    unchangedPoll: { ...unchanged, perFeed: unchanged.requests / feedCount },
    articlesStored: articles,
  })}\n`,
);

// 2. Latency from a new item on a feed to its article in its story, with the worker in this process.
await db.feedItem.deleteMany();
await db.feed.deleteMany();
server.setFeed("latency", []);
const { feed: latencyFeed } = await addFeed(db, { url: server.url("latency"), everyMinutes });
const stop = new AbortController();
// The worker reads and writes through its own client, as the web server does.
const workerDb = createDatabase(database.url);
const worker = runWorker({
  databaseUrl: database.url,
  db: workerDb,
  signal: stop.signal,
  createEngine: () => createOfflineEngine(),
  load,
  graceSeconds: 5,
});
const published: TestFeedItem[] = [];
const results: Array<{ seconds: number; afterPollSeconds: number }> = [];
for (let sample = 0; sample < samples; sample++) {
  // A random moment within the feed's interval.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * everyMinutes * 60_000));
  // An even index: the item carries its full text, as most wire feeds do.
  const item = newsItem(100 + sample, 2 * sample);
  published.unshift(item);
  server.setFeed("latency", published);
  const publishedAt = performance.now();
  const requestsBefore = server.requests.length;
  for (const deadline = publishedAt + 10 * everyMinutes * 60_000; ; ) {
    if (performance.now() > deadline) throw new Error(`item ${item.guid} was not grouped within 10 intervals`);
    const stored = await db.article.findFirst({ where: { title: item.title }, select: { storyId: true } });
    if (stored?.storyId) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // The poll that read the new version: the first 200 for the feed since the item was published.
  const polledAt =
    server.requests
      .slice(requestsBefore)
      .find((request) => request.path === "/feeds/latency.xml" && request.status === 200)?.at ?? publishedAt;
  const done = performance.now();
  results.push({
    seconds: Number(((done - publishedAt) / 1000).toFixed(2)),
    afterPollSeconds: Number(((done - polledAt) / 1000).toFixed(2)),
  });
}
stop.abort();
await worker;
await workerDb.$disconnect();
const sorted = (list: number[]) => [...list].sort((left, right) => left - right);
const total = sorted(results.map((result) => result.seconds));
const pipeline = sorted(results.map((result) => result.afterPollSeconds));
const feedState = (await listFeeds(db)).find((feed) => feed.id === latencyFeed.id);
process.stdout.write(
  `${JSON.stringify({
    figure: "new item to article in its story",
    everyMinutes,
    schedulerLookSeconds: 15,
    samples: results,
    totalSeconds: { min: total[0], median: total[Math.floor(total.length / 2)], max: total.at(-1) },
    fromFetchSeconds: { min: pipeline[0], median: pipeline[Math.floor(pipeline.length / 2)], max: pipeline.at(-1) },
    itemsImported: feedState?.itemsImported,
    loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
  })}\n`,
);
await server.close();
await database.remove();
rmSync(database.folder, { recursive: true, force: true });
