import { createTemporaryDatabase, type TemporaryDatabase } from "@roundup/db/testing";
import { groupIntoStories, ingestIntoDatabase, sampleCorpusFolder } from "@roundup/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../testing/memory-io.js";

describe("roundup stories", () => {
  let database: TemporaryDatabase;
  let storyId: string;
  const run = (...args: string[]) => runCli(["stories", ...args], { ...process.env, DATABASE_URL: database.url });

  beforeAll(async () => {
    database = await createTemporaryDatabase("sqlite");
    await ingestIntoDatabase(database.db, [sampleCorpusFolder]);
    storyId = (await groupIntoStories(database.db, { full: false })).stories[0]?.id as string;
    await database.db.story.update({ where: { id: storyId }, data: { closedAt: new Date("2025-03-01T00:00:00Z") } });
  });
  afterAll(async () => {
    await database.remove();
  });

  it("marks a closed story, reopens it with --reopen, and refuses to reopen an open one", async () => {
    const listed = await run();
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`${storyId}.*\\[closed\\]`));
    const json = JSON.parse((await run("--json")).stdout) as Array<{ id: string; closedAt: string | null }>;
    expect(json).toEqual([expect.objectContaining({ id: storyId, closedAt: "2025-03-01T00:00:00.000Z" })]);

    const reopened = await run("--reopen", storyId);
    expect(reopened.status).toBe(0);
    expect(reopened.stdout).toContain(`reopened ${storyId}`);
    expect((await database.db.story.findUnique({ where: { id: storyId } }))?.closedAt).toBeNull();
    expect((await run()).stdout).not.toContain("[closed]");

    const again = await run("--reopen", storyId);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("open already");
    expect((await run("--reopen", "s_missing")).stderr).toContain("not found");
  });
});
