import { buildDigest } from "@roundup/prompts/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "../testing/temporary-database.js";
import { refreshStorySummaries } from "./refresh-story-summaries.js";
import { digestFlags, getStoryPage, listInboxStories, listStoryChoices, parseDigestContent } from "./story-pages.js";

const content = buildDigest({ headline: "Bridge", generation: { promptId: "p" } });

function article(id: string, storyId: string, source: string, duplicateOfId: string | null = null) {
  const text = `The council approved the bridge. Article ${id}.`;
  return {
    id,
    contentHash: `hash-${id}`,
    title: `Title ${id}`,
    source,
    originalText: text,
    text,
    storyId,
    duplicateOfId,
    publishedAt: new Date("2024-01-01T00:00:00Z"),
    chunks: { create: [{ id: `${id}-c0`, index: 0, start: 0, end: 32, text: text.slice(0, 32), tokens: 6 }] },
  };
}

describe.each(testProviders())("story pages on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    const { db } = database;
    await db.story.create({ data: { id: "s1", label: "Bridge vote", updatedAt: new Date("2024-01-01T00:00:00Z") } });
    await db.story.create({ data: { id: "s2", label: "Harbor strike" } });
    await db.story.create({ data: { id: "s3", label: "Quiet story" } });
    // Merged away: no articles left, only its digest history; it is not in the inbox.
    await db.story.create({ data: { id: "s4", label: "Merged story" } });
    await db.article.create({ data: article("a1", "s1", "Ledger") });
    await db.article.create({ data: article("a2", "s1", "Courier", "a1") });
    await db.article.create({ data: article("a3", "s1", "Courier") });
    await db.article.create({ data: article("a4", "s2", "Ledger") });
    await db.article.create({ data: article("a5", "s3", "Herald") });
    await db.digest.create({
      data: {
        storyId: "s1",
        content: JSON.stringify(content),
        engine: "offline",
        promptId: "p",
        inputHash: "h",
        status: "approved",
      },
    });
    await db.digest.create({
      data: { storyId: "s4", content: JSON.stringify(content), engine: "offline", promptId: "p", inputHash: "h" },
    });
    await db.digest.create({
      data: { storyId: "s2", content: "{not json", engine: "offline", promptId: "p", inputHash: "h" },
    });
    // Rows written here directly, not through the queries that keep the inbox columns in step.
    await refreshStorySummaries(db, ["s1", "s2", "s3", "s4"]);
  });
  afterAll(async () => {
    await database.remove();
  });

  it("lists stories with status, independent source count and last update, filtered and paged", async () => {
    const all = await listInboxStories(database.db, { sort: "label_asc" });
    expect(all.stories.map((story) => [story.id, story.status, story.sourceCount, story.articleCount])).toEqual([
      ["s1", "approved", 2, 3],
      ["s2", "draft", 1, 1],
      ["s3", null, 1, 1],
    ]);
    // What each story says now: its digest's headline (none without a digest or with one that does not parse).
    expect(all.stories.map((story) => story.headline)).toEqual([content.headline, null, null]);
    // The digest's update counts as the story's last update.
    expect(all.stories[0]?.lastUpdatedAt.getTime()).toBeGreaterThan(new Date("2024-01-02").getTime());
    expect((await listInboxStories(database.db, { status: "approved" })).stories.map((story) => story.id)).toEqual([
      "s1",
    ]);
    expect((await listInboxStories(database.db, { status: "none" })).stories.map((story) => story.id)).toEqual(["s3"]);
    expect((await listInboxStories(database.db, { query: "harbor" })).stories.map((story) => story.id)).toEqual(["s2"]);
    expect((await listInboxStories(database.db, { query: "HARBOR STR" })).stories.map((story) => story.id)).toEqual([
      "s2",
    ]);
    expect((await listInboxStories(database.db, { query: "herald" })).stories.map((story) => story.id)).toEqual(["s3"]);
    expect((await listInboxStories(database.db, { query: "merged" })).total).toBe(0);
    expect(await listInboxStories(database.db, { query: "merged", page: 3 })).toMatchObject({
      total: 0,
      page: 1,
      pageCount: 1,
      stories: [],
    });
    // Wildcards in a search are literal characters, not patterns.
    expect((await listInboxStories(database.db, { query: "%" })).total).toBe(0);
    expect((await listInboxStories(database.db, { query: "_" })).total).toBe(0);
    expect((await listInboxStories(database.db, { query: "title_a3" })).total).toBe(0);
    expect((await listInboxStories(database.db, { query: "Title a3" })).stories.map((story) => story.id)).toEqual([
      "s1",
    ]);
    const page = await listInboxStories(database.db, { sort: "label_asc", pageSize: 2, page: 2 });
    expect(page).toMatchObject({ total: 3, page: 2, pageCount: 2, stories: [{ id: "s3" }] });
    expect((await listInboxStories(database.db, { sort: "sources_desc" })).stories[0]?.id).toBe("s1");
  });

  it("offers the stories with articles, other than the given one, as move and merge targets", async () => {
    const choices = await listStoryChoices(database.db, { excludeId: "s2" });
    expect(choices.map((choice) => [choice.id, choice.articleCount]).sort()).toEqual([
      ["s1", 3],
      ["s3", 1],
    ]);
    expect((await listStoryChoices(database.db, { query: "HERALD" })).map((choice) => choice.id)).toEqual(["s3"]);
    expect(await listStoryChoices(database.db, { query: "merged" })).toEqual([]);
    expect(await listStoryChoices(database.db, { limit: 1 })).toHaveLength(1);
  });

  it("returns articles with chunks and duplicate marks, and the parsed digest", async () => {
    const page = await getStoryPage(database.db, "s1");
    expect(page?.articles.map((item) => item.id).sort()).toEqual(["a1", "a2", "a3"]);
    expect(page?.articles.find((item) => item.id === "a2")?.duplicateOf).toEqual({ id: "a1", title: "Title a1" });
    expect(page?.articles[0]?.chunks[0]).toMatchObject({ start: 0, end: 32 });
    expect(page?.digest).toMatchObject({ status: "approved", version: 1, content: { headline: "Bridge" } });
    expect((await getStoryPage(database.db, "s2"))?.digest?.content).toBeNull();
    expect(await getStoryPage(database.db, "missing")).toBeNull();
  });

  it("parses only content that matches the digest schema", () => {
    expect(parseDigestContent(JSON.stringify(content))?.headline).toBe("Bridge");
    expect(parseDigestContent(JSON.stringify({ headline: "x" }))).toBeNull();
    expect(parseDigestContent("nope")).toBeNull();
  });

  it("counts an unsupported headline among the flagged statements", () => {
    expect(digestFlags(JSON.stringify(content)).unsupportedSentences).toBe(0);
    const flagged = { ...content, headlineVerification: { status: "unsupported", reasons: ["7 is not cited"] } };
    expect(digestFlags(JSON.stringify(flagged)).unsupportedSentences).toBe(1);
  });
});
