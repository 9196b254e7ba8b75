import { writeFileSync } from "node:fs";
import path from "node:path";
import { LABOUR_DISPUTE_DRAFTS } from "@roundup/core/testing";
import { createTemporaryDatabase, type TemporaryDatabase } from "@roundup/db/testing";
import { digestSchema } from "@roundup/prompts";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { runCli } from "../testing/memory-io.js";

/** The command line over a test database, with no admin account to create. */
const cliOn =
  (database: TemporaryDatabase) =>
  (...args: string[]) =>
    runCli(args, { ...process.env, DATABASE_URL: database.url, ROUNDUP_ADMIN_EMAIL: "", ROUNDUP_ADMIN_PASSWORD: "" });

describe("roundup show and roundup digest --json", () => {
  let database: TemporaryDatabase;
  let storyId = "";
  const run = (...args: string[]) => cliOn(database)(...args);

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

/** Three outlets tell a lift's collapse; one counts 12 hurt where the others count 14 (texts written for this test). */
const LIFT_COLLAPSE = [
  {
    id: "gazette-lift",
    source: "Bramford Gazette",
    title: "Fourteen hurt as car park lift gives way",
    publishedAt: "2026-05-09T18:00:00Z",
    text: "Fourteen people were hurt on Saturday when a lift gave way at the Mill Lane car park in Bramford.\n\nThe lift fell two floors after a cable snapped, the fire service said.\n\nThree of the injured were taken to Bramford General Hospital. The council closed the car park and said every lift it owns would be inspected.",
  },
  {
    id: "post-lift",
    source: "Coastal Post",
    title: "Twelve injured in Bramford lift collapse",
    publishedAt: "2026-05-09T19:30:00Z",
    text: "Twelve people were injured when a lift collapsed at a car park in Mill Lane, Bramford, on Saturday.\n\nWitnesses said the lift dropped suddenly between floors. Firefighters freed the passengers within an hour.\n\nThe car park's operator said it was working with the council.",
  },
  {
    id: "ledger-lift",
    source: "Daily Ledger",
    title: "Mill Lane car park closed after lift falls",
    publishedAt: "2026-05-10T07:00:00Z",
    text: "A lift gave way at the Mill Lane car park in Bramford on Saturday, and 14 people were hurt.\n\nThe council has closed the car park while engineers examine the lift's cable.\n\nThree people remain in hospital, the fire service said.",
  },
];

describe("an outlet counted that gives another figure", () => {
  it("is in `roundup digest --json` (otherFigures) and named under the outlet count by `roundup show`", async () => {
    const database = await createTemporaryDatabase("sqlite");
    onTestFinished(() => database.remove());
    const run = cliOn(database);
    const corpus = path.join(database.folder, "lift.jsonl");
    writeFileSync(corpus, `${LIFT_COLLAPSE.map((record) => JSON.stringify(record)).join("\n")}\n`);
    for (const args of [["ingest", corpus], ["group"]]) {
      const result = await run(...args);
      expect(result.status, result.stderr).toBe(0);
    }
    const [{ id: storyId }] = JSON.parse((await run("stories", "--json")).stdout) as [{ id: string }];
    const result = await run("digest", "--story", storyId, "--json");
    expect(result.status, result.stderr).toBe(0);
    const [{ digest: stored }] = (JSON.parse(result.stdout) as { results: [{ digest: unknown }] }).results;
    const digest = digestSchema.parse(stored);
    const post = digest.sources.find((source) => source.source === "Coastal Post")?.articleId;
    expect(
      digest.summary.flatMap((sentence) => sentence.corroboration?.otherFigures ?? []),
      "the one count the other outlet gives instead, in `roundup digest --json`",
    ).toEqual([{ articleId: post, figure: "14", instead: "12" }]);

    const lines = (await run("show", storyId)).stdout.split("\n");
    const note = lines.indexOf("      1 of them gives another figure: 12 (Coastal Post) for 14");
    expect(note).toBeGreaterThan(0);
    expect(lines[note - 1]).toMatch(/^ {2}\d+\. .+ {2}\(3 outlets\)$/);
  }, 120_000);
});
