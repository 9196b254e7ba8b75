import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "../testing/temporary-database.js";
import { listGroupingDecisions, mergeStories, moveArticleToStory, splitStory } from "./grouping-decisions.js";

function article(id: string, storyId: string) {
  const text = `Article ${id} text.`;
  return { id, contentHash: `hash-${id}`, title: `Title ${id}`, originalText: text, text, storyId };
}

describe.each(testProviders())("grouping decisions on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    const { db } = database;
    for (const id of ["s1", "s2", "s3"]) await db.story.create({ data: { id, label: `Story ${id}` } });
    for (const [id, storyId] of [
      ["a1", "s1"],
      ["a2", "s1"],
      ["a3", "s1"],
      ["a4", "s2"],
      ["a5", "s3"],
    ] as const)
      await db.article.create({ data: article(id, storyId) });
  });
  afterAll(async () => {
    await database.remove();
  });

  const storyOf = async (articleId: string) =>
    (await database.db.article.findUnique({ where: { id: articleId }, select: { storyId: true } }))?.storyId;

  it("moves an article and records the move", async () => {
    expect(await moveArticleToStory(database.db, { articleId: "a3", toStory: "s2", actorId: null })).toEqual({
      ok: true,
      value: { fromStory: "s1" },
    });
    expect(await storyOf("a3")).toBe("s2");
    expect(await moveArticleToStory(database.db, { articleId: "a3", toStory: "s2", actorId: null })).toMatchObject({
      ok: false,
    });
    expect(await moveArticleToStory(database.db, { articleId: "a3", toStory: "nope", actorId: null })).toMatchObject({
      ok: false,
    });
  });

  it("merges a story into another and records the merge", async () => {
    expect(await mergeStories(database.db, { fromStory: "s3", intoStory: "s2", actorId: null })).toEqual({
      ok: true,
      value: { movedArticles: 1 },
    });
    expect(await storyOf("a5")).toBe("s2");
    expect(await mergeStories(database.db, { fromStory: "s2", intoStory: "s2", actorId: null })).toMatchObject({
      ok: false,
    });
  });

  it("splits chosen articles into a new story with one decision per article, and refuses an empty remainder", async () => {
    expect(
      await splitStory(database.db, { storyId: "s2", articleIds: ["a4", "a3", "a5"], actorId: null }),
    ).toMatchObject({
      ok: false,
    });
    expect(await splitStory(database.db, { storyId: "s2", articleIds: ["a1"], actorId: null })).toMatchObject({
      ok: false,
    });
    const result = await splitStory(database.db, { storyId: "s2", articleIds: ["a4", "a5"], actorId: null });
    if (!result.ok) throw new Error(result.message);
    expect(await storyOf("a4")).toBe(result.value.newStoryId);
    expect(await storyOf("a5")).toBe(result.value.newStoryId);
    expect(await storyOf("a3")).toBe("s2");
    const decisions = await listGroupingDecisions(database.db);
    expect(
      decisions.map((decision) => [decision.kind, decision.articleId, decision.fromStory, decision.toStory]),
    ).toEqual([
      ["move", "a3", "s1", "s2"],
      ["merge", null, "s3", "s2"],
      ...[
        ["split", "a4", "s2", result.value.newStoryId],
        ["split", "a5", "s2", result.value.newStoryId],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    ]);
  });
});
