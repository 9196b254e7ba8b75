import { type Article, generateDigest, prepareArticle } from "@roundup/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "../testing/temporary-database.js";
import { findArticlesByContentHash, listArticleIdsSince, loadArticles, saveArticles } from "./articles.js";

function article(index: number, duplicateOf: string | null = null): Article {
  const prepared = prepareArticle({
    input: `article-${index}.txt`,
    title: `Council vote ${index}`,
    originalText: `The council voted ${index} times on the bridge. Work starts in spring ${2000 + index} and takes two years.\n\nA second paragraph, number ${index}, about the budget of the bridge.`,
    publishedAt: "2024-03-01T10:00:00Z",
  });
  return { ...prepared, duplicateOf };
}

describe.each(testProviders())("saveArticles on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeEach(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterEach(async () => {
    await database.remove();
  });

  it("stores a batch with its chunks and links inside it, in one go", async () => {
    const first = article(1);
    const copy = article(2, first.id);
    const results = await saveArticles(database.db, [first, copy, article(3)]);
    expect(results).toEqual([
      { status: "imported", id: first.id },
      { status: "imported", id: copy.id },
      { status: "imported", id: article(3).id },
    ]);
    const stored = await loadArticles(database.db);
    expect(stored).toHaveLength(3);
    expect(stored.find((row) => row.id === copy.id)?.duplicateOf).toBe(first.id);
    for (const row of stored) {
      expect(row.chunks.length).toBeGreaterThan(0);
      for (const chunk of row.chunks) expect(row.text.slice(chunk.start, chunk.end)).toBe(chunk.text);
    }
  });

  it("reports content already stored, or given twice, as existing and stores it once", async () => {
    await saveArticles(database.db, [article(1)]);
    const results = await saveArticles(database.db, [article(1), article(2), article(2)]);
    expect(results.map((result) => result.status)).toEqual(["exists", "imported", "exists"]);
    expect(results[2]).toEqual({ status: "exists", id: article(2).id });
    expect(await database.db.article.count()).toBe(2);
  });

  it("keeps the rest of a batch when one article cannot be stored, and reports that one", async () => {
    const clash = article(2);
    // Another row holds the id the article needs: its batch insert fails, then it alone fails.
    await database.db.article.create({
      data: { id: clash.id, contentHash: "another-hash", title: "Other", originalText: "x", text: "x" },
    });
    const results = await saveArticles(database.db, [article(1), clash, article(3, clash.id), article(4)]);
    expect(results.map((result) => result.status)).toEqual(["imported", "failed", "imported", "imported"]);
    expect(await database.db.article.count()).toBe(4);
    // The article that linked to the unstored one is stored without the link.
    const linked = await database.db.article.findUnique({ where: { id: article(3).id } });
    expect(linked?.duplicateOfId).toBeNull();
  });

  it("stores each article once when two batches of the same articles race", async () => {
    const batch = [1, 2, 3, 4, 5, 6].map((index) => article(index));
    const [left, right] = await Promise.all([saveArticles(database.db, batch), saveArticles(database.db, batch)]);
    expect(await database.db.article.count()).toBe(6);
    expect(await database.db.chunk.count()).toBe(batch.reduce((sum, item) => sum + item.chunks.length, 0));
    for (const index of batch.keys()) {
      const statuses = [left?.[index]?.status, right?.[index]?.status].sort();
      expect(statuses).toEqual(["exists", "imported"]);
    }
  });

  it("loads articles and their chunks in pages, so no query outgrows PostgreSQL's 65,535 parameters", async () => {
    const articles = Array.from({ length: 7 }, (_, index) => article(index + 10));
    await saveArticles(database.db, articles);
    const whole = await loadArticles(database.db);
    expect(whole).toHaveLength(7);
    // Pages of 2 (articles, chunk lookups, id lists) give exactly what one page gives.
    expect(await loadArticles(database.db, undefined, { pageSize: 2 })).toEqual(whole);
    const some = [articles[5]!.id, articles[1]!.id, articles[3]!.id];
    const chosen = await loadArticles(database.db, some, { pageSize: 2 });
    expect(chosen).toEqual(whole.filter((row) => some.includes(row.id)));
    for (const row of chosen) {
      const original = articles.find((candidate) => candidate.id === row.id)!;
      expect(row.chunks.map((chunk) => [chunk.id, chunk.text, chunk.tokens])).toEqual(
        original.chunks.map((chunk) => [chunk.id, chunk.text, chunk.tokens]),
      );
    }
  });
});

describe.each(testProviders())("article lookups for de-duplication on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeEach(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterEach(async () => {
    await database.remove();
  });

  it("finds stored articles by content hash, only those asked for", async () => {
    const [first, second] = [article(1), article(2)];
    await saveArticles(database.db, [first, second, article(3)]);
    const found = await findArticlesByContentHash(database.db, [first.contentHash, second.contentHash, "not-stored"]);
    expect(found).toEqual(
      new Map([
        [first.contentHash, first.id],
        [second.contentHash, second.id],
      ]),
    );
  });

  it("lists the articles since a time, by publication time or else by when they were stored", async () => {
    const at = (iso: string) => new Date(iso);
    const dated = (index: number, publishedAt: string | null, importedAt: string) => ({
      id: `article-${index}`,
      contentHash: `hash-${index}`,
      title: `Article ${index}`,
      originalText: "x",
      text: "x",
      publishedAt: publishedAt ? at(publishedAt) : null,
      importedAt: at(importedAt),
    });
    await database.db.article.createMany({
      data: [
        dated(1, "2026-03-10T00:00:00Z", "2026-03-10T00:00:00Z"), // inside
        dated(2, "2026-01-01T00:00:00Z", "2026-03-10T00:00:00Z"), // published before, stored after: outside
        dated(3, null, "2026-03-09T00:00:00Z"), // undated, stored inside
        dated(4, null, "2026-02-01T00:00:00Z"), // undated, stored before
      ],
    });
    const ids = await listArticleIdsSince(database.db, at("2026-03-01T00:00:00Z"));
    expect(ids.sort()).toEqual(["article-1", "article-3"]);
  });
});

describe.each(testProviders())("a story read back from %s", (provider) => {
  let database: TemporaryDatabase;
  beforeEach(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterEach(async () => {
    await database.remove();
  });

  it("keeps each stamp's offset, so its digest counts the same days as the story ingest read", async () => {
    // 06:00 on Tuesday on the publisher's clock is 20:00 UTC on Monday: its "yesterday" is Monday,
    // which the stored instant alone would make Sunday.
    const story = [
      prepareArticle({
        input: "harbour.txt",
        source: "Harbour Herald",
        title: "Council approves ferry budget",
        originalText:
          "The council approved the ferry budget yesterday after a long debate. Fares will rise by 4% from July, the council said.",
        publishedAt: "2026-03-03T06:00:00.000+10:00",
      }),
      prepareArticle({
        input: "courier.txt",
        source: "Evening Courier",
        title: "Ferry fares to rise",
        originalText:
          "Ferry fares will rise by 4% from July after the council approved its budget on Monday, officials said.",
        publishedAt: "2026-03-03T09:00:00.000Z",
      }),
    ];
    await saveArticles(database.db, story);
    const stored = await loadArticles(database.db);
    expect(stored.map((article) => article.publishedAt).sort()).toEqual(
      story.map((article) => article.publishedAt).sort(),
    );
    const timeline = async (articles: readonly Article[]) =>
      (
        await generateDigest({
          story: { id: "s", label: "Ferry budget", articleIds: [], startAt: null, endAt: null },
          articles,
        })
      ).timeline.map((entry) => [entry.date, entry.text]);
    const told = await timeline(story);
    expect(told.map(([date]) => date)).toContain("2026-03-02");
    expect((await timeline(stored)).sort()).toEqual(told.sort());
  });
});
