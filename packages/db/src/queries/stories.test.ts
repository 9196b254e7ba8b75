import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "../testing/temporary-database.js";
import { digestVersionOf } from "./digests.js";
import { storyExists, storyOfArticle } from "./stories.js";

describe.each(testProviders())("story lookups on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    await database.db.story.create({ data: { id: "s1", label: "A story" } });
    await database.db.article.create({
      data: { id: "a1", contentHash: "h1", title: "T", originalText: "x", text: "x", storyId: "s1" },
    });
    await database.db.article.create({
      data: { id: "a2", contentHash: "h2", title: "T", originalText: "y", text: "y" },
    });
  });
  afterAll(async () => {
    await database.remove();
  });

  it("says whether a story exists and which story an article is in", async () => {
    expect(await storyExists(database.db, "s1")).toBe(true);
    expect(await storyExists(database.db, "s_missing")).toBe(false);
    expect(await storyOfArticle(database.db, "a1")).toBe("s1");
    expect(await storyOfArticle(database.db, "a2")).toBeNull();
    expect(await storyOfArticle(database.db, "a_missing")).toBeNull();
  });

  it("gives a story's digest version, 0 before its first digest", async () => {
    expect(await digestVersionOf(database.db, "s1")).toBe(0);
    await database.db.digest.create({
      data: { storyId: "s1", content: "{}", engine: "offline", promptId: "p", inputHash: "h", version: 3 },
    });
    expect(await digestVersionOf(database.db, "s1")).toBe(3);
  });
});
