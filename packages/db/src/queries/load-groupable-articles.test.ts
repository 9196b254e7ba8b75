import { fileURLToPath } from "node:url";
import { type Article, linkNearDuplicates, loadInputs, prepareArticle } from "@roundup/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "../testing/temporary-database.js";
import { loadArticles, saveArticles } from "./articles.js";
import { loadGroupableArticles } from "./load-groupable-articles.js";

const seedsFolder = fileURLToPath(new URL("../../../../samples/seeds", import.meta.url));

/** The seeds (undated, 001 a near-duplicate of 000) and dated articles, some on the same instant. */
async function storedMix(): Promise<Article[]> {
  const seeds: Article[] = [];
  for await (const result of loadInputs([seedsFolder]))
    if ("drafts" in result) for (const draft of result.drafts) seeds.push(prepareArticle(draft));
  const dated = [
    "2024-03-02T08:00:00Z",
    "2024-03-01T10:00:00Z",
    "2024-03-01T10:00:00Z",
    "2024-03-01T10:00:00Z",
    "2024-02-28T23:00:00Z",
  ].map((publishedAt, index) =>
    prepareArticle({
      input: `dated-${index}.txt`,
      title: `Council vote ${index}`,
      originalText: `The council voted ${index} times on the bridge. Work starts in spring ${2000 + index}.\n\nA second paragraph about the budget, number ${index}.`,
      publishedAt,
    }),
  );
  return linkNearDuplicates([...seeds, ...dated]);
}

describe.each(testProviders())("loadGroupableArticles on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeEach(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterEach(async () => {
    await database.remove();
  });

  it("returns what grouping needs of every article, in the order and with the values of loadArticles", async () => {
    const articles = await storedMix();
    await saveArticles(database.db, articles);
    // Import times against id order, two articles per instant: among articles published together
    // (or undated), import time orders them, then the id.
    const byIdDescending = articles.map((article) => article.id).sort((a, b) => b.localeCompare(a));
    for (const [rank, id] of byIdDescending.entries()) {
      const importedAt = new Date(Date.UTC(2024, 5, 1, 0, 0, Math.floor(rank / 2)));
      await database.db.article.update({ where: { id }, data: { importedAt } });
    }
    const story = await database.db.story.create({ data: { label: "Bridge" } });
    await database.db.article.updateMany({
      where: { id: { in: [articles[1]?.id ?? "", articles[7]?.id ?? ""] } },
      data: { storyId: story.id },
    });

    const full = await loadArticles(database.db);
    const importedAt = new Map(
      (await database.db.article.findMany({ select: { id: true, importedAt: true } })).map((row) => [
        row.id,
        row.importedAt.toISOString(),
      ]),
    );
    const expected = full.map((article) => ({
      id: article.id,
      title: article.title,
      text: article.text,
      publishedAt: article.publishedAt,
      duplicateOf: article.duplicateOf,
      storyId: article.storyId,
      receivedAt: importedAt.get(article.id),
    }));
    // The data exercises every field and an order that is neither input nor id order.
    expect(expected).toHaveLength(10);
    expect(expected.filter((article) => article.duplicateOf)).toHaveLength(1);
    expect(expected.filter((article) => article.storyId === story.id)).toHaveLength(2);
    expect(expected.filter((article) => article.publishedAt === null)).toHaveLength(5);
    expect(expected.map((article) => article.id)).not.toEqual([...expected.map((article) => article.id)].sort());

    expect(await loadGroupableArticles(database.db)).toEqual(expected);
    // Pages of 3 ids give exactly what one page gives.
    expect(await loadGroupableArticles(database.db, { pageSize: 3 })).toEqual(expected);
  });

  it("with openStoriesOnly, leaves out the articles of closed stories and keeps open and ungrouped ones", async () => {
    const articles = await storedMix();
    await saveArticles(database.db, articles);
    const open = await database.db.story.create({ data: { label: "Open" } });
    const closed = await database.db.story.create({ data: { label: "Closed", closedAt: new Date() } });
    const ids = articles.map((article) => article.id);
    await database.db.article.updateMany({ where: { id: { in: ids.slice(0, 3) } }, data: { storyId: open.id } });
    await database.db.article.updateMany({ where: { id: { in: ids.slice(3, 7) } }, data: { storyId: closed.id } });

    const windowed = await loadGroupableArticles(database.db, { openStoriesOnly: true, pageSize: 2 });
    expect(new Set(windowed.map((article) => article.id))).toEqual(new Set([...ids.slice(0, 3), ...ids.slice(7)]));
    // The same rows, in the same order, as the whole load gives for them.
    const everything = await loadGroupableArticles(database.db);
    expect(windowed).toEqual(everything.filter((article) => article.storyId !== closed.id));
  });

  it("returns nothing from an empty database", async () => {
    expect(await loadGroupableArticles(database.db)).toEqual([]);
  });
});
