import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { buildDigest } from "@roundup/prompts/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertUser } from "./queries/users.js";
import { createTemporaryDatabase, type TemporaryDatabase } from "./testing/temporary-database.js";

const run = promisify(execFile);
const saveProcess = fileURLToPath(new URL("./testing/digest-save-process.ts", import.meta.url));

interface Outcome {
  saved: number;
  refused: string[];
  errors: string[];
}

// The web server runs one process per core, each with its own connection to the SQLite file; an
// editor's save must wait for a busy file, never fail with P1008 (database busy).
describe("concurrent writers on one SQLite file", () => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase("sqlite");
    // As openDatabase leaves every real database: readers and one writer at a time.
    await database.db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
  });
  afterAll(async () => {
    await database?.remove();
  });

  it("stores every save of 20 concurrent writers in 4 processes", async () => {
    const content = JSON.stringify(buildDigest());
    const author = await upsertUser(database.db, { email: "e@x.org", name: "Ed", password: "p", role: "editor" });
    const digestIds: string[] = [];
    for (let index = 0; index < 20; index += 1) {
      await database.db.story.create({ data: { id: `s${index}`, label: `Story ${index}` } });
      const digest = await database.db.digest.create({
        data: { storyId: `s${index}`, content, engine: "offline", promptId: "offline@1", inputHash: "h" },
      });
      digestIds.push(digest.id);
    }
    const rounds = 3;
    const processes = [0, 1, 2, 3].map(async (part) => {
      const { stdout } = await run(
        process.execPath,
        [
          "--conditions=@roundup/source",
          "--import",
          "tsx",
          saveProcess,
          database.url,
          author.id,
          String(rounds),
          ...digestIds.slice(part * 5, part * 5 + 5),
        ],
        { encoding: "utf8", timeout: 120_000 },
      );
      return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Outcome;
    });
    const outcomes = await Promise.all(processes);
    expect(outcomes.flatMap((outcome) => outcome.errors)).toEqual([]);
    expect(outcomes.flatMap((outcome) => outcome.refused)).toEqual([]);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.saved, 0)).toBe(20 * rounds);
    const versions = await database.db.digest.findMany({ select: { version: true } });
    expect(versions.every((digest) => digest.version === 1 + rounds)).toBe(true);
  }, 180_000);
});
