import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { syntheticNews } from "@roundup/core/testing";
import { withGroupingLock } from "@roundup/db";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type GroupReport, groupIntoStories } from "./group-into-stories.js";
import { ingestIntoDatabase } from "./ingest-into-database.js";

const groupProcess = fileURLToPath(new URL("../testing/group-process.ts", import.meta.url));
const run = promisify(execFile);

/** A few weeks of synthetic news, as a corpus file: many stories, some of them alike. */
function writeNews(folder: string, articles: number): string {
  const lines = [...syntheticNews({ articles, days: 20, seed: 5 })].flatMap((day) =>
    day.articles.map((article) =>
      JSON.stringify({
        id: article.id,
        title: article.title,
        text: article.text,
        publishedAt: article.publishedAt,
        source: `Outlet ${article.id.length % 4}`,
      }),
    ),
  );
  const file = path.join(folder, "news.jsonl");
  writeFileSync(file, lines.join("\n"));
  return file;
}

async function expectEachArticleInOneStory(database: TemporaryDatabase, reports: GroupReport[]) {
  const articles = await database.db.article.findMany({ select: { id: true, storyId: true } });
  // Nothing lost: every article is in a story that exists, and each story's stored count is its articles'.
  expect(articles.filter((article) => !article.storyId)).toEqual([]);
  const stories = await database.db.story.findMany({ select: { id: true, articleCount: true } });
  const counts = new Map<string, number>();
  for (const article of articles)
    counts.set(article.storyId as string, (counts.get(article.storyId as string) ?? 0) + 1);
  expect(new Set(counts.keys())).toEqual(
    new Set(stories.filter((story) => story.articleCount > 0).map((story) => story.id)),
  );
  for (const story of stories) expect(story.articleCount).toBe(counts.get(story.id) ?? 0);
  // Placed once: the runs together placed exactly the stored articles, none twice.
  expect(reports.reduce((sum, report) => sum + report.placed, 0)).toBe(articles.length);
}

describe.each(testProviders())("grouping runs at once on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeEach(async () => {
    database = await createTemporaryDatabase(provider);
    await ingestIntoDatabase(database.db, [writeNews(database.folder, 120)]);
  });
  afterEach(async () => {
    await database.remove();
  });

  it("in one process take turns: each article is placed once", async () => {
    const reports = await Promise.all([1, 2, 3].map(() => groupIntoStories(database.db, { full: false })));
    await expectEachArticleInOneStory(database, reports);
  });
});

describe.runIf(testProviders().includes("postgresql"))("grouping workers sharing a PostgreSQL database", () => {
  let database: TemporaryDatabase;
  beforeEach(async () => {
    database = await createTemporaryDatabase("postgresql");
  });
  afterEach(async () => {
    await database.remove();
  });

  const groupInProcess = async () => {
    const { stdout } = await run(process.execPath, [
      "--conditions=@roundup/source",
      "--import",
      "tsx",
      groupProcess,
      database.url,
    ]);
    return JSON.parse(stdout) as GroupReport;
  };

  it("wait for each other on the grouping lock and place each article once", async () => {
    await ingestIntoDatabase(database.db, [writeNews(database.folder, 120)]);
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // This test holds the lock, so both worker processes have started and are waiting on it.
    const holding = withGroupingLock(database.db, () => held);
    const workers = [groupInProcess(), groupInProcess()];
    await vi.waitFor(
      async () => {
        const waiting = await database.db.$queryRawUnsafe<Array<{ count: bigint }>>(
          "SELECT count(*) AS count FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        );
        expect(Number(waiting[0]?.count)).toBe(2);
      },
      { timeout: 60_000, interval: 200 },
    );
    expect(await database.db.article.count({ where: { storyId: { not: null } } })).toBe(0);
    release();
    await holding;
    const reports = await Promise.all(workers);
    await expectEachArticleInOneStory(database, reports);
    // One of them placed everything; the other found nothing left to place.
    const stored = await database.db.article.count();
    expect(reports.map((report) => report.placed).sort((a, b) => a - b)).toEqual([0, stored]);
  });

  it("started together while articles keep arriving, leave every article in exactly one story", async () => {
    await ingestIntoDatabase(database.db, [writeNews(database.folder, 120)]);
    const late = path.join(database.folder, "late.jsonl");
    writeFileSync(
      late,
      [...syntheticNews({ articles: 60, days: 5, seed: 9 })]
        .flatMap((day) => day.articles.map((article) => JSON.stringify({ ...article, source: "Late Wire" })))
        .join("\n"),
    );
    const arriving = ingestIntoDatabase(database.db, [late]);
    const reports = await Promise.all([groupInProcess(), groupInProcess(), arriving.then(groupInProcess)]);
    await expectEachArticleInOneStory(database, reports);
  });
});
