import type { Digest } from "@roundup/prompts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "../testing/temporary-database.js";
import { refreshStorySummaries, summarizeStory } from "./refresh-story-summaries.js";
import { listInboxStories } from "./story-pages.js";

const storyCount = 10_000;
const citation = { articleId: "x", chunkId: "x-c0", start: 0, end: 5 };

/** Every 10th story has a digest; every 20th of those flags an unsupported sentence and a disagreement. */
function digestFor(index: number): Digest {
  const flagged = index % 200 === 0;
  return {
    headline: `Digest ${index}`,
    summary: [
      {
        text: "A sentence.",
        citations: [citation],
        verification: flagged
          ? { status: "unsupported", reasons: ["No cited passage"] }
          : { status: "verified", reasons: [] },
      },
    ],
    keyPoints: [],
    timeline: [],
    quotes: [],
    disagreements: flagged
      ? [
          {
            topic: "casualties",
            claims: [
              { value: "10", text: "ten", citations: [citation] },
              { value: "12", text: "twelve", citations: [citation] },
            ],
          },
        ]
      : [],
    sources: [],
    generation: {
      engine: "offline",
      model: null,
      promptId: "p",
      inputHash: "h",
      usage: { inputTokens: 0, outputTokens: 0 },
      costUsd: 0,
      latencyMs: 1,
    },
  };
}

const pad = (index: number) => String(index).padStart(5, "0");

describe.each(testProviders())("inbox with 10,000 stories on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    const { db } = database;
    const base = Date.parse("2024-01-01T00:00:00Z");
    // Digests are written "now", after every story's own update.
    const digestsWrittenAt = new Date();
    const indices = Array.from({ length: storyCount }, (_, index) => index);
    const storyRow = (index: number) => ({
      id: `s${pad(index)}`,
      // Every 100th story is about the Harbor strike, in varying case.
      label:
        index % 100 === 0
          ? `${index % 200 === 0 ? "HARBOR" : "harbor"} strike day ${pad(index)}`
          : `Story ${pad(index)}`,
      updatedAt: new Date(base + index * 60_000),
    });
    const articleRows = (index: number) =>
      Array.from({ length: index % 3 === 0 ? 2 : 1 }, (_, part) => ({
        id: `a${pad(index)}-${part}`,
        contentHash: `h${pad(index)}-${part}`,
        title: index === 4321 ? "Quarry collapse in Ostrava" : `Title ${pad(index)}-${part}`,
        source: part === 0 ? "Ledger" : "Courier",
        originalText: "text",
        text: "text",
        storyId: `s${pad(index)}`,
      }));
    const digestRow = (index: number) =>
      index % 10 === 0
        ? {
            storyId: `s${pad(index)}`,
            content: JSON.stringify(digestFor(index)),
            engine: "offline",
            promptId: "p",
            inputHash: "h",
            status: index % 20 === 0 ? "approved" : "draft",
            updatedAt: digestsWrittenAt,
          }
        : null;
    for (let offset = 0; offset < storyCount; offset += 2000) {
      const slice = indices.slice(offset, offset + 2000);
      // The inbox columns are computed as the queries that write stories compute them, so that
      // 10,000 stories need not be updated one by one afterwards (which took most of this set-up).
      await db.story.createMany({
        data: slice.map((index) => {
          const story = storyRow(index);
          const digest = digestRow(index);
          const articles = articleRows(index).map(({ id, title, source }) => ({
            id,
            title,
            source,
            duplicateOfId: null,
          }));
          return { ...story, ...summarizeStory({ ...story, articles, digest }) };
        }),
      });
      await db.article.createMany({ data: slice.flatMap(articleRows) });
      await db.digest.createMany({ data: slice.flatMap((index) => digestRow(index) ?? []) });
    }
    // Recomputing finds every stored column already right and writes nothing.
    await refreshStorySummaries(
      db,
      indices.map((index) => `s${pad(index)}`),
    );
  }, 120_000);
  afterAll(async () => {
    await database.remove();
  });

  it("pages through all stories in SQL with correct totals", async () => {
    const first = await listInboxStories(database.db, { sort: "label_asc", pageSize: 50 });
    expect(first).toMatchObject({ total: storyCount, page: 1, pageSize: 50, pageCount: 200 });
    expect(first.stories).toHaveLength(50);
    const last = await listInboxStories(database.db, { sort: "label_asc", pageSize: 50, page: 200 });
    expect(last.stories).toHaveLength(50);
    // Label order is the database's collation (binary on SQLite); pages never overlap.
    const firstIds = new Set(first.stories.map((story) => story.id));
    expect(last.stories.some((story) => firstIds.has(story.id))).toBe(false);
    // A page past the end shows the last page, its rows and the total.
    const pastTheEnd = await listInboxStories(database.db, { sort: "label_asc", pageSize: 50, page: 999 });
    expect(pastTheEnd).toMatchObject({ total: storyCount, page: 200, pageCount: 200 });
    expect(pastTheEnd.stories.map((story) => story.id)).toEqual(last.stories.map((story) => story.id));
  });

  it("sorts by last update and by size across pages", async () => {
    const newest = await listInboxStories(database.db, { pageSize: 20 });
    const oldest = await listInboxStories(database.db, { sort: "updated_asc", pageSize: 20, page: 2 });
    // Digests were written now, so their stories count as updated last.
    expect(newest.stories[0]?.status).not.toBeNull();
    const undigested = Array.from({ length: storyCount }, (_, index) => index).filter((index) => index % 10 !== 0);
    expect(oldest.stories.map((story) => story.id)).toEqual(undigested.slice(20, 40).map((index) => `s${pad(index)}`));
    for (const story of oldest.stories) expect(story.status).toBeNull();
    // Newest first matches ordering every story by the later of its own and its digest's update.
    const all = await database.db.story.findMany({
      select: { id: true, updatedAt: true, digest: { select: { updatedAt: true } } },
    });
    const latest = (row: (typeof all)[number]) =>
      Math.max(row.updatedAt.getTime(), row.digest?.updatedAt.getTime() ?? 0);
    // Ties (digests written in the same millisecond) go by id, descending too.
    const expected = all.sort((a, b) => latest(b) - latest(a) || (a.id < b.id ? 1 : -1)).map((row) => row.id);
    for (const page of [1, 3, 20, 25]) {
      const listed = await listInboxStories(database.db, { pageSize: 50, page });
      expect(listed.stories.map((story) => story.id)).toEqual(expected.slice((page - 1) * 50, page * 50));
    }
    const bySize = await listInboxStories(database.db, { sort: "sources_desc", pageSize: 100, page: 34 });
    // 3,334 stories have two articles: page 34 of 100 holds the last 34 of them, then single-article ones.
    expect(bySize.stories.filter((story) => story.articleCount === 2)).toHaveLength(34);
    expect(bySize.stories.slice(34).every((story) => story.articleCount === 1)).toBe(true);
  });

  it("searches label, title and outlet ignoring case, with counts and status filters", async () => {
    const harbor = await listInboxStories(database.db, { query: "Harbor Strike", pageSize: 30 });
    expect(harbor.total).toBe(100);
    expect(harbor.pageCount).toBe(4);
    expect((await listInboxStories(database.db, { query: "harbor", pageSize: 30, page: 4 })).stories).toHaveLength(10);
    expect((await listInboxStories(database.db, { query: "QUARRY" })).stories.map((story) => story.id)).toEqual([
      "s04321",
    ]);
    expect((await listInboxStories(database.db, { query: "courier" })).total).toBe(3334);
    expect((await listInboxStories(database.db, { status: "approved" })).total).toBe(500);
    expect((await listInboxStories(database.db, { status: "none" })).total).toBe(9000);
    expect((await listInboxStories(database.db, { status: "approved", query: "harbor" })).total).toBe(100);
    if (provider === "postgresql") {
      // PostgreSQL finds a rare word through the trigram index (SQLite has none and scans). VACUUM as
      // autovacuum would: rows inserted after the index was made wait in its pending list until then.
      await database.db.$executeRawUnsafe('VACUUM ANALYZE "Story"');
      const plan = await database.db.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(
        `EXPLAIN SELECT COUNT(*) FROM "Story" WHERE "articleCount" > 0 AND "searchText" LIKE '%quarry%' ESCAPE '\\'`,
      );
      expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Story_searchText_trgm_idx");
    }
  });

  it("flags unsupported sentences and disagreements from the digest content", async () => {
    const flagged = await listInboxStories(database.db, { query: "HARBOR strike day 00200" });
    expect(flagged.stories[0]?.flags).toEqual({ unsupportedSentences: 1, disagreements: 1 });
    const clean = await listInboxStories(database.db, { query: "harbor strike day 00100" });
    expect(clean.stories[0]?.flags).toEqual({ unsupportedSentences: 0, disagreements: 0 });
  });
});
