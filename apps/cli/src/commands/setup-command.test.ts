import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTemporaryDatabase, type TemporaryDatabase } from "@roundup/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../testing/memory-io.js";

describe("roundup setup", () => {
  let database: TemporaryDatabase;
  let folder: string;

  beforeAll(async () => {
    database = await createTemporaryDatabase("sqlite");
    folder = await mkdtemp(join(tmpdir(), "roundup-setup-"));
  });
  afterAll(async () => {
    await database.remove();
    await rm(folder, { recursive: true, force: true });
  });

  it("names each story it could not digest and why, and counts them, instead of printing 'digests: none'", async () => {
    // Two words after cleaning: an article, a story, but no sentence a summary could use.
    await writeFile(join(folder, "note.txt"), "Hello world");
    const result = await runCli(["setup", folder], {
      ...process.env,
      DATABASE_URL: database.url,
      ROUNDUP_ADMIN_EMAIL: "admin@example.org",
      ROUNDUP_ADMIN_PASSWORD: "a long enough password",
    });
    const story = await database.db.story.findFirstOrThrow();
    expect(result.stdout).toContain("articles: 1 imported");
    expect(result.stdout).toContain("digests: 1 failed");
    expect(result.stderr).toContain(`failed digest of ${story.id}: `);
    expect(result.stderr).toContain("no sentences to summarise");
    expect(result.status).toBe(1);
  });
});
