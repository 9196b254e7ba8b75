import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { lookAlikeEventsPath } from "@roundup/core/testing";
import { createTemporaryDatabase, type TemporaryDatabase } from "@roundup/db/testing";
import { sampleCorpusFolder } from "@roundup/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./testing/memory-io.js";

describe("the roundup command", () => {
  let database: TemporaryDatabase;
  const run = (...args: string[]) =>
    runCli(args, { ...process.env, DATABASE_URL: database.url, ROUNDUP_ADMIN_EMAIL: "", ROUNDUP_ADMIN_PASSWORD: "" });

  beforeAll(async () => {
    database = await createTemporaryDatabase("sqlite");
  });
  afterAll(async () => {
    await database.remove();
  });

  it("lists its commands", async () => {
    const result = await run("--help");
    expect(result.status).toBe(0);
    for (const command of ["setup", "ingest", "articles", "group", "digest", "eval", "worker", "jobs", "feeds"])
      expect(result.stdout).toContain(command);
  });

  it("ingests with --json, reports a bad input by name, and exits non-zero", async () => {
    const empty = path.join(database.folder, "empty.md");
    writeFileSync(empty, "   \n");
    const result = await run("ingest", sampleCorpusFolder, empty, "--json");
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      imported: Array<{
        id: string;
        title: string;
        source: string | null;
        publishedAt: string | null;
        duplicateOf: string | null;
        chunks: number;
      }>;
      skipped: unknown[];
      failed: Array<{ input: string; error: string }>;
    };
    expect(report.imported).toHaveLength(5);
    expect(Object.keys(report.imported[0] ?? {}).sort()).toEqual([
      "chunks",
      "duplicateOf",
      "id",
      "input",
      "publishedAt",
      "source",
      "title",
    ]);
    expect(report.failed).toEqual([
      { input: empty, error: expect.stringContaining("empty"), reason: expect.stringContaining("only whitespace") },
    ]);
  });

  it("groups the seeds into one story and writes a cited digest for it", async () => {
    const stories = JSON.parse((await run("stories", "--json")).stdout) as Array<{ id: string; articleIds: string[] }>;
    expect(stories).toHaveLength(1);
    expect(stories[0]?.articleIds).toHaveLength(5);
    const digest = await run("digest", "--all", "--json");
    expect(digest.status).toBe(0);
    const report = JSON.parse(digest.stdout) as {
      results: Array<{ status: string; sentences: number; unsupported: number }>;
    };
    expect(report.results).toEqual([expect.objectContaining({ status: "created", unsupported: 0 })]);
    expect(report.results[0]?.sentences).toBeGreaterThanOrEqual(3);
    // Unchanged inputs and prompt: the stored digest is reused.
    const again = JSON.parse((await run("digest", "--all", "--json")).stdout) as { results: Array<{ status: string }> };
    expect(again.results[0]?.status).toBe("reused");
  });

  it("evaluates a corpus without the database: B-cubed, digests with citations, and --out predictions", async () => {
    const corpus = path.join(database.folder, "corpus.jsonl");
    const lines = readFileSync(lookAlikeEventsPath, "utf8")
      .split("\n")
      .filter((line) => /"story": ?"(quake|ceo)-/.test(line));
    writeFileSync(corpus, `${lines.join("\n")}\n`);
    const references = path.join(database.folder, "references.jsonl");
    writeFileSync(
      references,
      `${JSON.stringify({ story: "quake-peru-2009", summaries: ["An earthquake killed 14 people in southern Peru."] })}\n`,
    );
    const out = path.join(database.folder, "predictions.json");
    const result = await run("eval", corpus, "--references", references, "--words", "50", "--out", out, "--json");
    expect(result.status).toBe(0);
    const figures = JSON.parse(result.stdout) as {
      articles: number;
      bcubed: { precision: number; recall: number; f1: number };
      digests: {
        stories: number;
        storiesWithReferences: number;
        citedSentenceShare: number;
        rouge: { rouge1: { f1: number } };
      };
    };
    expect(figures.articles).toBe(lines.length);
    expect(figures.bcubed.f1).toBeGreaterThan(0.5);
    expect(figures.digests.storiesWithReferences).toBe(1);
    expect(figures.digests.citedSentenceShare).toBe(1);
    expect(figures.digests.rouge.rouge1.f1).toBeGreaterThan(0);
    const predictions = JSON.parse(readFileSync(out, "utf8")) as {
      stories: Array<{ id: string; articleIds: string[] }>;
      digests: Array<{
        story: string;
        text: string;
        sentences: Array<{ text: string; citations: Array<{ articleId: string }> }>;
      }>;
    };
    const ids = new Set(lines.map((line) => (JSON.parse(line) as { id: string }).id));
    expect(predictions.stories.flatMap((story) => story.articleIds).sort()).toEqual([...ids].sort());
    expect(predictions.digests.length).toBe(figures.digests.stories);
    for (const digest of predictions.digests) {
      expect(digest.text.split(/\s+/).length).toBeLessThanOrEqual(50);
      for (const sentence of digest.sentences)
        for (const citation of sentence.citations) expect(ids.has(citation.articleId)).toBe(true);
    }
  });

  it("refuses the llm engine plainly when no provider is configured", async () => {
    const result = await runCli(["digest", "--all", "--engine", "llm"], {
      ...process.env,
      DATABASE_URL: database.url,
      OPENAI_API_KEY: "",
      OPENAI_BASE_URL: "",
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/OPENAI_API_KEY/);
  });
});
