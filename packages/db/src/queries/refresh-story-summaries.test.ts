import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildDigest } from "@roundup/prompts/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../create-database.js";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "../testing/temporary-database.js";
import { decideDigest, saveDigestEdit } from "./digest-review.js";
import { saveGeneratedDigest } from "./digests.js";
import { mergeStories, moveArticleToStory, splitStory } from "./grouping-decisions.js";
import {
  refreshStaleStorySummaries,
  refreshStorySummaries,
  storySummaryVersion,
  summarizeStory,
} from "./refresh-story-summaries.js";
import { loadStories, saveStories } from "./stories.js";
import { upsertUser } from "./users.js";

const prismaFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma");

function article(id: string, source: string | null, duplicateOfId: string | null = null) {
  const text = `Article ${id} text.`;
  return { id, contentHash: `hash-${id}`, title: `Title ${id}`, source, originalText: text, text, duplicateOfId };
}

/** Each story's stored inbox columns next to the values computed afresh from its articles and digest. */
async function storedAndExpected(db: Database) {
  const rows = await db.story.findMany({
    orderBy: { id: "asc" },
    include: {
      articles: { select: { id: true, title: true, source: true, duplicateOfId: true } },
      digest: { select: { status: true, updatedAt: true, content: true } },
    },
  });
  // Search text is compared as a set of lines: the order of a story's articles is not part of it.
  const lines = (text: string) => text.split("\n").sort();
  return rows.map((row) => {
    const expected = summarizeStory(row);
    return {
      stored: [row.id, row.articleCount, row.sourceCount, row.lastActivityAt.toISOString(), row.digestStatus],
      expected: [
        row.id,
        expected.articleCount,
        expected.sourceCount,
        expected.lastActivityAt.toISOString(),
        expected.digestStatus,
      ],
      storedFlags: [row.unsupportedCount, row.disagreementCount, row.newArticleCount, row.headline, row.summaryVersion],
      expectedFlags: [
        expected.unsupportedCount,
        expected.disagreementCount,
        expected.newArticleCount,
        expected.headline,
        expected.summaryVersion,
      ],
      storedSearch: lines(row.searchText),
      expectedSearch: lines(expected.searchText),
    };
  });
}

/** `withFlags: false` leaves out what only code computes (the digest flags and the version). */
async function expectInStep(db: Database, { withFlags = true } = {}) {
  for (const row of await storedAndExpected(db)) {
    expect(row.stored).toEqual(row.expected);
    expect(row.storedSearch).toEqual(row.expectedSearch);
    if (withFlags) expect(row.storedFlags).toEqual(row.expectedFlags);
  }
}

/** A digest with one unsupported statement and one disagreement, as the verifier stores it. */
const flaggedDigest = buildDigest({
  headline: "Harbor",
  summary: [
    {
      text: "The strike ended.",
      citations: [{ articleId: "a4", chunkId: "a4-c0", start: 0, end: 10 }],
      verification: { status: "unsupported", reasons: ["No cited passage says so."] },
    },
  ],
  disagreements: [
    {
      topic: "strikers",
      claims: [
        { value: "300", text: "300 struck", citations: [{ articleId: "a4", chunkId: "a4-c0", start: 0, end: 10 }] },
        { value: "500", text: "500 struck", citations: [{ articleId: "a5", chunkId: "a5-c0", start: 0, end: 10 }] },
      ],
    },
  ],
});

describe("summarizeStory", () => {
  const base = { label: "Bridge VOTE", updatedAt: new Date("2024-01-01T00:00:00Z") };
  it("counts independent outlets: near-duplicates and repeated outlets (in any case or spacing) once", () => {
    const summary = summarizeStory({
      ...base,
      articles: [
        { id: "a1", title: "One", source: "Ledger", duplicateOfId: null },
        { id: "a2", title: "Two", source: " ledger ", duplicateOfId: null },
        { id: "a3", title: "Three", source: "Courier", duplicateOfId: "a1" },
        { id: "a4", title: "Four", source: null, duplicateOfId: null },
        { id: "a5", title: "Five", source: "", duplicateOfId: null },
      ],
      digest: null,
    });
    expect(summary).toMatchObject({ articleCount: 5, sourceCount: 3, digestStatus: null });
    expect(summary.searchText).toBe("bridge vote\none\nledger\ntwo\n ledger \nthree\ncourier\nfour\n\nfive\n");
  });

  it("takes the later of the story's and its digest's update as the last activity", () => {
    const later = new Date("2024-03-01T00:00:00Z");
    const digest = { status: "approved", updatedAt: later, content: "{}" };
    expect(summarizeStory({ ...base, articles: [], digest }).lastActivityAt).toEqual(later);
    const earlier = { status: "draft", updatedAt: new Date("2023-01-01T00:00:00Z"), content: "{}" };
    expect(summarizeStory({ ...base, articles: [], digest: earlier })).toMatchObject({
      lastActivityAt: base.updatedAt,
      digestStatus: "draft",
    });
  });

  it("counts the digest's unsupported statements and disagreements, and none for content that does not parse", () => {
    const digest = { status: "draft", updatedAt: base.updatedAt, content: JSON.stringify(flaggedDigest) };
    expect(summarizeStory({ ...base, articles: [], digest })).toMatchObject({
      unsupportedCount: 1,
      disagreementCount: 1,
      summaryVersion: storySummaryVersion,
    });
    const broken = { ...digest, content: "{not json" };
    expect(summarizeStory({ ...base, articles: [], digest: broken })).toMatchObject({
      unsupportedCount: 0,
      disagreementCount: 0,
    });
  });

  it("keeps the digest's headline, what the story says now", () => {
    const digest = { status: "draft", updatedAt: base.updatedAt, content: JSON.stringify(flaggedDigest) };
    const summary = summarizeStory({ ...base, articles: [], digest });
    expect(summary.headline).toBe("Harbor");
    expect(summarizeStory({ ...base, articles: [], digest: null }).headline).toBeNull();
    expect(summarizeStory({ ...base, articles: [], digest: { ...digest, content: "{not json" } }).headline).toBeNull();
  });
});

describe("summarizeStory: articles new since the digest", () => {
  const articles = ["a1", "a2", "a3"].map((id) => ({ id, title: id, source: null, duplicateOfId: null }));
  const written = (ids: string[]) =>
    JSON.stringify(
      buildDigest({
        sources: ids.map((articleId) => ({
          articleId,
          title: articleId,
          source: null,
          url: null,
          publishedAt: null,
          independent: true,
          duplicateOf: null,
        })),
      }),
    );
  const story = (content: string | null) => ({
    label: "Quake",
    updatedAt: new Date("2024-01-01T00:00:00Z"),
    articles,
    digest: content === null ? null : { status: "approved", updatedAt: new Date("2024-01-01T00:00:00Z"), content },
  });

  it("counts the story's articles its digest was not written from, and none without a digest", () => {
    expect(summarizeStory(story(written(["a1", "a2", "a3"]))).newArticleCount).toBe(0);
    expect(summarizeStory(story(written(["a1"]))).newArticleCount).toBe(2);
    // An article moved out since is not "new": only the story's articles count.
    expect(summarizeStory(story(written(["a1", "a2", "a3", "gone"]))).newArticleCount).toBe(0);
    expect(summarizeStory(story(null)).newArticleCount).toBe(0);
    expect(summarizeStory(story("{not json")).newArticleCount).toBe(3);
  });
});

describe.each(testProviders())("inbox columns on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    const { db } = database;
    await db.article.createMany({
      data: [
        article("a1", "Ledger"),
        article("a2", "Courier", "a1"),
        article("a3", "Courier"),
        article("a4", "Herald"),
        article("a5", null),
      ],
    });
  });
  afterAll(async () => {
    await database.remove();
  });

  it("stays in step through grouping, editors' moves, merges and splits, and the digest workflow", async () => {
    const { db } = database;
    await saveStories(db, [
      { id: "s1", label: "Bridge vote", articleIds: ["a1", "a2", "a3"], startAt: null, endAt: null },
      { id: "s2", label: "Harbor strike", articleIds: ["a4", "a5"], startAt: null, endAt: null },
    ]);
    await expectInStep(db);
    expect(await db.story.findUnique({ where: { id: "s1" } })).toMatchObject({ articleCount: 3, sourceCount: 2 });

    // A regroup that moves a3 out of s1 refreshes s1 too, though s1 is not in the new grouping.
    await saveStories(db, [{ id: "s3", label: "Courier story", articleIds: ["a3"], startAt: null, endAt: null }]);
    await expectInStep(db);
    expect(await db.story.findUnique({ where: { id: "s1" } })).toMatchObject({ articleCount: 2, sourceCount: 1 });

    await moveArticleToStory(db, { articleId: "a4", toStory: "s1", actorId: null });
    await expectInStep(db);
    await mergeStories(db, { fromStory: "s3", intoStory: "s2", actorId: null });
    await expectInStep(db);
    expect(await db.story.findUnique({ where: { id: "s3" } })).toMatchObject({ articleCount: 0, sourceCount: 0 });
    await splitStory(db, { storyId: "s1", articleIds: ["a4"], actorId: null });
    await expectInStep(db);

    const saved = await saveGeneratedDigest(db, "s2", flaggedDigest);
    await expectInStep(db);
    expect(await db.story.findUnique({ where: { id: "s2" } })).toMatchObject({
      digestStatus: "draft",
      unsupportedCount: 1,
      disagreementCount: 1,
    });
    const editor = await upsertUser(db, { email: "e@x.org", name: "Ed", password: "p", role: "editor" });
    const edited = await saveDigestEdit(db, {
      digestId: saved.digestId,
      expectedVersion: saved.version,
      content: buildDigest({ headline: "Harbor, edited" }),
      authorId: editor.id,
    });
    if (!edited.ok) throw new Error(`edit refused: ${edited.reason}`);
    await expectInStep(db);
    // The edit removed the flagged statement and the disagreement.
    expect(await db.story.findUnique({ where: { id: "s2" } })).toMatchObject({
      unsupportedCount: 0,
      disagreementCount: 0,
    });
    await decideDigest(db, {
      digestId: saved.digestId,
      expectedVersion: edited.digest.version,
      decision: "submitted",
      actorId: editor.id,
    });
    await expectInStep(db);
    expect(await db.story.findUnique({ where: { id: "s2" } })).toMatchObject({ digestStatus: "in_review" });
  });

  it("writes nothing for a regroup that changes nothing, and only the stories an article leaves and joins", async () => {
    const { db } = database;
    const grouping = (await loadStories(db)).filter((story) => story.articleIds.length > 0);
    const updates = async () =>
      Object.fromEntries(
        (await db.story.findMany({ where: { articleCount: { gt: 0 } }, select: { id: true, updatedAt: true } })).map(
          (row) => [row.id, row.updatedAt.getTime()],
        ),
      );
    const before = await updates();
    await saveStories(db, grouping);
    expect(await updates()).toEqual(before);

    // One article moves from the biggest story to another: those two change, the rest stay as they were.
    const [from, to, ...rest] = [...grouping].sort((a, b) => b.articleIds.length - a.articleIds.length);
    if (!from || !to) throw new Error("the fixture needs two stories");
    const moving = from.articleIds[0] ?? "";
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveStories(db, [
      { ...from, articleIds: from.articleIds.slice(1) },
      { ...to, articleIds: [...to.articleIds, moving] },
      ...rest,
    ]);
    const after = await updates();
    expect(after[from.id]).toBeGreaterThan(before[from.id] ?? Number.POSITIVE_INFINITY);
    expect(after[to.id]).toBeGreaterThan(before[to.id] ?? Number.POSITIVE_INFINITY);
    for (const story of rest) expect(after[story.id]).toBe(before[story.id]);
    await expectInStep(db);
  });

  it("counts an article grouped into a digested story as new since its digest, until a digest is written from it", async () => {
    const { db } = database;
    await db.article.createMany({ data: [article("b1", "Ledger"), article("b2", "Herald")] });
    await saveStories(db, [{ id: "s9", label: "Quake", articleIds: ["b1"], startAt: null, endAt: null }]);
    const fromArticles = (ids: string[]) =>
      buildDigest({
        sources: ids.map((articleId) => ({
          articleId,
          title: articleId,
          source: null,
          url: null,
          publishedAt: null,
          independent: true,
          duplicateOf: null,
        })),
      });
    await saveGeneratedDigest(db, "s9", fromArticles(["b1"]));
    const newCount = async () => (await db.story.findUniqueOrThrow({ where: { id: "s9" } })).newArticleCount;
    expect(await newCount()).toBe(0);
    await saveStories(db, [{ id: "s9", label: "Quake", articleIds: ["b1", "b2"], startAt: null, endAt: null }]);
    expect(await newCount()).toBe(1);
    await expectInStep(db);
    await saveGeneratedDigest(db, "s9", fromArticles(["b1", "b2"]), { force: true });
    expect(await newCount()).toBe(0);
  });

  it("keeps the story's own update time when refreshing", async () => {
    const { db } = database;
    const before = await db.story.findUniqueOrThrow({ where: { id: "s1" } });
    await refreshStorySummaries(db, ["s1", "no-such-story", null]);
    expect((await db.story.findUniqueOrThrow({ where: { id: "s1" } })).updatedAt).toEqual(before.updatedAt);
  });

  it("backfills existing stories in the migration with the values the code computes", async () => {
    const { db } = database;
    // A flagged digest again, so the flags the backfill leaves to code are not zero.
    await db.digest.updateMany({ where: { storyId: "s2" }, data: { content: JSON.stringify(flaggedDigest) } });
    await db.story.updateMany({
      data: {
        articleCount: 0,
        sourceCount: 0,
        lastActivityAt: new Date(0),
        digestStatus: "stale",
        searchText: "",
        unsupportedCount: 0,
        disagreementCount: 0,
        newArticleCount: 0,
        summaryVersion: 0,
      },
    });
    const migration = readFileSync(
      path.join(
        prismaFolder,
        ...(provider === "postgresql" ? ["postgresql"] : []),
        "migrations",
        "20261124000000_story_summaries",
        "migration.sql",
      ),
      "utf8",
    );
    const backfill = migration.slice(
      migration.indexOf('UPDATE "Story"'),
      migration.indexOf(";", migration.indexOf('UPDATE "Story"')),
    );
    expect(backfill).toContain("searchText");
    await db.$executeRawUnsafe(backfill);
    await expectInStep(db, { withFlags: false });
    // Opening the database then recomputes every story the backfill left at version 0.
    expect(await refreshStaleStorySummaries(db)).toBe(await db.story.count());
    await expectInStep(db);
    expect(await db.story.findUnique({ where: { id: "s2" } })).toMatchObject({ unsupportedCount: 1 });
    expect(await refreshStaleStorySummaries(db)).toBe(0);
  });
});
