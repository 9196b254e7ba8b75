import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadArticles } from "@roundup/db";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleCorpusFolder } from "../sample-corpus.js";
import { ingestIntoDatabase } from "./ingest-into-database.js";

describe.each(testProviders())("ingestIntoDatabase on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterAll(async () => {
    await database.remove();
  });

  it("stores the five seeds, links the rewrite 001 to 000, and nothing else", async () => {
    const report = await ingestIntoDatabase(database.db, [sampleCorpusFolder]);
    expect(report.failed).toEqual([]);
    expect(report.imported).toHaveLength(5);
    const articles = await loadArticles(database.db);
    const byFile = new Map(articles.map((article) => [path.basename(article.file ?? ""), article]));
    const original = byFile.get("000_8707b4ad2ec9a16f.txt");
    const rewrite = byFile.get("001_a5e68ea2d93fdf5a.txt");
    expect(rewrite?.duplicateOf).toBe(original?.id);
    expect(articles.filter((article) => article.duplicateOf !== null)).toHaveLength(1);
    // Chunks round-trip with exact offsets into the cleaned text.
    for (const article of articles) {
      for (const chunk of article.chunks) expect(article.text.slice(chunk.start, chunk.end)).toBe(chunk.text);
    }
  });

  it("adds nothing when the same articles are imported again", async () => {
    const report = await ingestIntoDatabase(database.db, [sampleCorpusFolder]);
    expect(report.imported).toEqual([]);
    expect(report.skipped).toHaveLength(5);
    expect(await database.db.article.count()).toBe(5);
  });

  it("reports each bad input by name and keeps going with the rest", async () => {
    const empty = path.join(database.folder, "empty.txt");
    const binary = path.join(database.folder, "image.txt");
    const good = path.join(database.folder, "good.txt");
    writeFileSync(empty, "");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    writeFileSync(
      good,
      "Council approves new bridge\n\nThe city council approved a new bridge over the river on Tuesday after a long debate. Construction starts next spring and should take two years.\n",
    );
    const report = await ingestIntoDatabase(database.db, [
      empty,
      binary,
      path.join(database.folder, "missing.txt"),
      good,
    ]);
    expect(report.imported.map((item) => item.title)).toEqual(["Council approves new bridge"]);
    expect(report.failed.map((item) => item.input).sort()).toEqual(
      [binary, empty, path.join(database.folder, "missing.txt")].sort(),
    );
    for (const failure of report.failed) expect(failure.error).toContain(failure.input);
    expect(await database.db.article.count()).toBe(6);
  });

  it("takes the earlier instant as the original whatever offset its stamp keeps", async () => {
    // 08:00 on the publisher's clock at +10:00 is 22:00 UTC the day before: earlier than the rewrite's
    // 23:00 UTC, though its text sorts after it.
    const page = (file: string, stamp: string) => {
      const [title, ...body] = readFileSync(path.join(sampleCorpusFolder, file), "utf8").trim().split("\n");
      const paragraphs = body.filter((line) => line.trim() !== "").map((line) => `<p>${line}</p>`);
      return `<html><head><title>${title}</title><meta property="article:published_time" content="${stamp}"></head><body><article>${paragraphs.join("")}</article></body></html>`;
    };
    const original = path.join(database.folder, "original.html");
    const rewrite = path.join(database.folder, "rewrite.html");
    writeFileSync(original, page("000_8707b4ad2ec9a16f.txt", "2031-03-03T08:00:00+10:00"));
    writeFileSync(rewrite, page("001_a5e68ea2d93fdf5a.txt", "2031-03-02T23:00:00Z"));
    const fresh = await createTemporaryDatabase(provider);
    try {
      const report = await ingestIntoDatabase(fresh.db, [rewrite, original]);
      expect(report.failed).toEqual([]);
      const articles = await loadArticles(fresh.db);
      const byFile = new Map(articles.map((article) => [path.basename(article.file ?? ""), article]));
      expect(byFile.get("rewrite.html")?.duplicateOf).toBe(byFile.get("original.html")?.id);
    } finally {
      await fresh.remove();
    }
  });

  it("counts progress per input as given: a folder of five files is one step of two, never 7/3", async () => {
    const file = path.join(database.folder, "one-more.txt");
    writeFileSync(
      file,
      "Ferry service resumes\n\nThe island ferry resumed its service on Monday after two weeks of repairs to the harbour, the operator said.\n",
    );
    const steps: Array<[string, number, number]> = [];
    const loaded: string[] = [];
    const report = await ingestIntoDatabase(database.db, [sampleCorpusFolder, file], {
      onInput: (input, done, total) => steps.push([input, done, total]),
      onLoaded: (input) => loaded.push(input),
    });
    expect(steps).toEqual([
      [sampleCorpusFolder, 1, 2],
      [file, 2, 2],
    ]);
    expect(loaded.filter((input) => input.endsWith(".txt"))).toHaveLength(6);
    // Already stored articles name the article they are.
    expect(report.skipped.every((item) => item.articleId.startsWith("a_"))).toBe(true);
    expect(report.imported.map((item) => item.input)).toEqual([file]);
  });
});
