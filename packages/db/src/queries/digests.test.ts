import type { Digest } from "@roundup/prompts";
import { buildDigest } from "@roundup/prompts/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "../testing/temporary-database.js";
import { loadStoryDigests, saveGeneratedDigest } from "./digests.js";

function digestWith(inputHash: string, headline: string): Digest {
  return buildDigest({ headline, generation: { inputHash, latencyMs: 12 } });
}

describe.each(testProviders())("saveGeneratedDigest on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    await database.db.story.create({ data: { id: "s1", label: "Bridge" } });
  });
  afterAll(async () => {
    await database.remove();
  });

  it("creates the digest with revision 1, reuses it for unchanged inputs, and keeps every regeneration as a revision", async () => {
    expect(await saveGeneratedDigest(database.db, "s1", digestWith("hash-1", "First"))).toMatchObject({
      status: "created",
      version: 1,
    });
    expect(await saveGeneratedDigest(database.db, "s1", digestWith("hash-1", "Second"))).toMatchObject({
      status: "reused",
      version: 1,
    });
    expect(await saveGeneratedDigest(database.db, "s1", digestWith("hash-1", "Forced"), { force: true })).toMatchObject(
      {
        status: "regenerated",
        version: 2,
      },
    );
    expect(await saveGeneratedDigest(database.db, "s1", digestWith("hash-2", "New inputs"))).toMatchObject({
      status: "regenerated",
      version: 3,
    });
    const revisions = await database.db.digestRevision.findMany({ orderBy: { number: "asc" } });
    expect(revisions.map((revision) => [revision.number, JSON.parse(revision.content).headline])).toEqual([
      [1, "First"],
      [2, "Forced"],
      [3, "New inputs"],
    ]);
  });

  it("refuses content that does not match the digest schema, storing nothing", async () => {
    const broken = { ...digestWith("hash-3", "Broken"), summary: [] };
    await expect(saveGeneratedDigest(database.db, "s1", broken)).rejects.toThrow();
    expect(await database.db.digestRevision.count()).toBe(3);
  });
});

describe.each(testProviders())("loadStoryDigests on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    await database.db.story.createMany({
      data: [
        { id: "s1", label: "Bridge" },
        { id: "s2", label: "Port" },
        { id: "s3", label: "No digest" },
      ],
    });
    await saveGeneratedDigest(database.db, "s1", digestWith("hash-1", "Bridge closes"));
    await saveGeneratedDigest(database.db, "s2", digestWith("hash-2", "Port reopens"));
    await database.db.digest.update({ where: { storyId: "s2" }, data: { status: "approved" } });
  });
  afterAll(async () => {
    await database.remove();
  });

  it("reads each asked story's digest with its review status, leaving out stories without one", async () => {
    const rows = await loadStoryDigests(database.db, ["s2", "s3", "s1"]);
    expect(
      rows
        .map((row) => [row.storyId, row.status, row.version, row.digest?.headline])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ["s1", "draft", 1, "Bridge closes"],
      ["s2", "approved", 1, "Port reopens"],
    ]);
    expect(await loadStoryDigests(database.db, [])).toEqual([]);
  });
});
