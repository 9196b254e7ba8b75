import { writeFileSync } from "node:fs";
import path from "node:path";
import { LABOUR_DISPUTE_DRAFTS } from "@roundup/core/testing";
import { createTemporaryDatabase, type TemporaryDatabase } from "@roundup/db/testing";
import { digestSchema } from "@roundup/prompts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../testing/memory-io.js";

describe("roundup show and roundup digest --json", () => {
  let database: TemporaryDatabase;
  let storyId = "";
  const run = (...args: string[]) =>
    runCli(args, { ...process.env, DATABASE_URL: database.url, ROUNDUP_ADMIN_EMAIL: "", ROUNDUP_ADMIN_PASSWORD: "" });

  beforeAll(async () => {
    database = await createTemporaryDatabase("sqlite");
    const corpus = path.join(database.folder, "labour.jsonl");
    const records = LABOUR_DISPUTE_DRAFTS.map((draft) =>
      JSON.stringify({
        id: draft.externalId,
        title: draft.title,
        text: draft.originalText,
        source: draft.source,
        url: draft.url,
        publishedAt: draft.publishedAt,
      }),
    );
    writeFileSync(corpus, `${records.join("\n")}\n`);
    for (const args of [["ingest", corpus], ["group"]]) {
      const result = await run(...args);
      expect(result.status, result.stderr).toBe(0);
    }
    const stories = JSON.parse((await run("stories", "--json")).stdout) as Array<{ id: string }>;
    expect(stories).toHaveLength(1);
    storyId = stories[0]!.id;
  }, 120_000);
  afterAll(async () => {
    await database.remove();
  });

  it("prints each digest's full content beside its status", async () => {
    const result = await run("digest", "--story", storyId, "--json");
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {
      results: Array<{ storyId: string; status: string; reviewStatus: string; version: number; digest: unknown }>;
    };
    expect(report.results).toHaveLength(1);
    expect(report.results[0]).toMatchObject({ storyId, status: "created", reviewStatus: "draft", version: 1 });
    const digest = digestSchema.parse(report.results[0]!.digest);
    expect(digest.summary.every((sentence) => sentence.corroboration !== undefined)).toBe(true);
  });

  it("shows the digest as text with numbered citations, corroboration, quotes and the disagreement", async () => {
    const result = await run("show", storyId);
    expect(result.status, result.stderr).toBe(0);
    const text = result.stdout;
    expect(text).toMatch(/^SUMMARY$/m);
    expect(text).toMatch(/^ {2}1\. .+ \[\d+\] {2}\(\d outlets?\)$/m);
    expect(text).toMatch(/\(partial quote\)/);
    expect(text).toMatch(/^ {4}about 3,200 — Harbour Gazette \[\d+\]$/m);
    expect(text).toMatch(/^ {4}3,800 — Coastal Post \[\d+\]$/m);
    expect(text).toMatch(/^ {2}2026-03-09 {2}About 3,200 dockworkers walked out/m);
    // Every footnote marker used has its citation, with outlet, title, date and the passage itself.
    const used = new Set([...text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])));
    const listed = text.slice(text.indexOf("\nCITATIONS\n"));
    for (const number of used)
      expect(listed).toMatch(
        new RegExp(`^ {2}\\[${number}\\] (Harbour Gazette|Coastal Post|Daily Ledger), “.+”, 2026-03-1\\d$`, "m"),
      );
    expect(listed).toContain("“About 3,200 dockworkers walked out at the Port of Calder on Monday");
  });

  it("names a missing story and says what to run", async () => {
    const missing = await run("show", "s_missing");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("story s_missing not found: list them with `roundup stories`");
  });
});
