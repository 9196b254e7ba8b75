import { buildDigest } from "@roundup/prompts/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "./queries/audit.js";
import { parseDigestContent } from "./queries/story-pages.js";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "./testing/temporary-database.js";

// Rows stored before input was sanitised: written here with raw SQL, as an older version left them.
const dirty = "Port\u202E deal\u0007 signed\u2066";
const clean = "Port deal signed";

describe.each(testProviders())("text read back from %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterAll(async () => {
    await database.remove();
  });

  it("comes back without control or bidi characters, however it is read; what is stored is untouched", async () => {
    const { db } = database;
    const story = await db.story.create({ data: { label: "placeholder" } });
    await db.$executeRaw`UPDATE "Story" SET "label" = ${dirty} WHERE "id" = ${story.id}`;
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).label).toBe(clean);
    const [raw] = await db.$queryRaw<Array<{ label: string }>>`SELECT "label" FROM "Story" WHERE "id" = ${story.id}`;
    expect(raw?.label).toBe(dirty);

    await db.$executeRaw`INSERT INTO "AuditEvent" ("id", "action", "entity", "entityId", "detail", "createdAt")
      VALUES ('e-dirty', 'story.renamed', 'story', ${story.id}, ${JSON.stringify({ reason: dirty })}, ${new Date()})`;
    const [event] = await listAuditEvents(db, { entity: "story", entityId: story.id });
    expect(event?.detail).toEqual({ reason: clean });
  });

  it("reads a stored digest with a NUL in its headline as clean text", () => {
    const content = JSON.stringify({ ...buildDigest(), headline: `Truce\u0000 talks ${dirty}` });
    expect(parseDigestContent(content)?.headline).toBe(`Truce talks ${clean}`);
  });
});
