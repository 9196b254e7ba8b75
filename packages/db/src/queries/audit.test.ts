import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "../testing/temporary-database.js";
import { listAuditEvents, recordAuditEvent } from "./audit.js";
import { upsertUser } from "./users.js";

describe.each(testProviders())("audit events on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterAll(async () => {
    await database.remove();
  });

  it("records events with their actor and detail and lists them newest first, per entity", async () => {
    const user = await upsertUser(database.db, { email: "a@x.org", name: "Ada", password: "p", role: "admin" });
    await recordAuditEvent(database.db, {
      actorId: user.id,
      action: "user.signed_in",
      entity: "user",
      entityId: user.id,
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await recordAuditEvent(database.db, {
      actorId: user.id,
      action: "digest.approved",
      entity: "digest",
      entityId: "d1",
      detail: { revision: 3 },
    });
    await recordAuditEvent(database.db, {
      actorId: null,
      action: "digest.generated",
      entity: "digest",
      entityId: "d2",
    });
    const all = await listAuditEvents(database.db);
    expect(all).toHaveLength(3);
    expect(all.at(-1)?.action).toBe("user.signed_in");
    const forDigest = await listAuditEvents(database.db, { entity: "digest", entityId: "d1" });
    expect(forDigest).toMatchObject([{ action: "digest.approved", detail: { revision: 3 }, actor: { name: "Ada" } }]);
    expect(await listAuditEvents(database.db, { limit: 1 })).toHaveLength(1);
  });

  it("names the stories and users an event refers to by id", async () => {
    const user = await upsertUser(database.db, { email: "b@x.org", name: "Bo", password: "p", role: "editor" });
    await database.db.story.create({ data: { id: "story-a", label: "Bridge vote" } });
    await recordAuditEvent(database.db, {
      actorId: null,
      action: "user.role_changed",
      entity: "user",
      entityId: user.id,
      detail: { role: "reviewer" },
    });
    await recordAuditEvent(database.db, {
      actorId: user.id,
      action: "story.merged",
      entity: "story",
      entityId: "story-a",
      detail: { fromStory: "story-a", intoStory: "gone" },
    });
    const events = await listAuditEvents(database.db, { limit: 2 });
    const merged = events.find((event) => event.action === "story.merged");
    const changed = events.find((event) => event.action === "user.role_changed");
    expect(merged?.names).toEqual({ "story-a": "Bridge vote" });
    expect(changed?.names).toEqual({ [user.id]: "Bo" });
  });
});
