import { spawnSync } from "node:child_process";
import path from "node:path";
import { createTemporaryDatabase, type TemporaryDatabase } from "@roundup/db/testing";
import { sampleCorpusFolder } from "@roundup/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtCommand } from "./testing/built-command.js";

// The one test of the command as shipped (compiled, in its own process); every other CLI test runs
// `run(argv, io)` in-process.
describe("the built roundup command", () => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase("sqlite");
  });
  afterAll(async () => {
    await database.remove();
  });

  it("starts from compiled JavaScript, prints its help, and imports into a database it migrates", () => {
    const roundup = (...args: string[]) =>
      spawnSync(process.execPath, [builtCommand(), ...args], {
        env: { ...process.env, DATABASE_URL: `file:${path.join(database.folder, "built.db")}` },
        encoding: "utf8",
      });
    const help = roundup("--help");
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: roundup/);
    const ingest = roundup("ingest", sampleCorpusFolder, "--json");
    expect(ingest.status, ingest.stderr).toBe(0);
    expect((JSON.parse(ingest.stdout) as { imported: unknown[] }).imported).toHaveLength(5);
  });
});
