import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "../testing/temporary-database.js";
import { listAuditEvents } from "./audit.js";
import { createSession, endSession, endUserSessions, findSessionUser } from "./sessions.js";
import { changePassword, setUserRole, upsertUser } from "./users.js";

const hour = 60 * 60 * 1000;

describe.each(testProviders())("sessions on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterAll(async () => {
    await database.remove();
  });

  const later = () => new Date(Date.now() + 8 * hour);
  const user = (email: string, password = "old password") =>
    upsertUser(database.db, { email, name: email.split("@")[0] ?? email, password, role: "editor" });

  it("finds the user of a live session (public fields only) and nobody once it ended", async () => {
    const ada = await user("ada@x.org");
    const first = await createSession(database.db, { userId: ada.id, expiresAt: later() });
    const second = await createSession(database.db, { userId: ada.id, expiresAt: later() });
    expect(first.id).toMatch(/^[\w-]{43}$/);
    expect(await findSessionUser(database.db, first.id)).toEqual({
      id: ada.id,
      email: "ada@x.org",
      name: "ada",
      role: "editor",
    });
    expect(await endSession(database.db, first.id)).toBe(true);
    expect(await endSession(database.db, first.id)).toBe(false);
    expect(await findSessionUser(database.db, first.id)).toBeNull();
    // Signing out one browser leaves the others signed in.
    expect(await findSessionUser(database.db, second.id)).toMatchObject({ id: ada.id });
    expect(await findSessionUser(database.db, "no-such-session")).toBeNull();
  });

  it("removes expired sessions when a new one starts", async () => {
    const bob = await user("bob@x.org");
    const expired = await createSession(database.db, { userId: bob.id, expiresAt: new Date(Date.now() - hour) });
    await createSession(database.db, { userId: bob.id, expiresAt: later() });
    expect(await database.db.session.count({ where: { id: expired.id } })).toBe(0);
  });

  it("ends every session of a user: sign out everywhere, a role change, an admin's reset, a password change", async () => {
    const admin = await upsertUser(database.db, { email: "root@x.org", name: "Root", password: "pw", role: "admin" });
    const cy = await user("cy@x.org");
    const start = async () => (await createSession(database.db, { userId: cy.id, expiresAt: later() })).id;
    const live = async (ids: string[]) =>
      (await Promise.all(ids.map((id) => findSessionUser(database.db, id)))).filter(Boolean).length;

    const everywhere = [await start(), await start()];
    expect(await endUserSessions(database.db, cy.id, { actorId: admin.id })).toBe(2);
    expect(await live(everywhere)).toBe(0);

    const beforeRole = [await start()];
    await setUserRole(database.db, cy.id, "editor", { actorId: admin.id });
    expect(await live(beforeRole)).toBe(1); // the same role: nothing changed
    await setUserRole(database.db, cy.id, "reviewer", { actorId: admin.id });
    expect(await live(beforeRole)).toBe(0);

    const beforeSetup = [await start()];
    // Setup run again with the same password keeps sessions; an admin's reset ends them.
    await upsertUser(database.db, { email: "cy@x.org", name: "cy", password: "old password", role: "reviewer" });
    expect(await live(beforeSetup)).toBe(1);
    await upsertUser(
      database.db,
      { email: "cy@x.org", name: "cy", password: "reset password", role: "reviewer" },
      { actorId: admin.id },
    );
    expect(await live(beforeSetup)).toBe(0);

    const beforeChange = [await start()];
    expect(
      await changePassword(database.db, { userId: cy.id, currentPassword: "wrong", newPassword: "new password" }),
    ).toEqual({ ok: false, reason: "wrong_password" });
    expect(await live(beforeChange)).toBe(1);
    expect(
      await changePassword(database.db, {
        userId: cy.id,
        currentPassword: "reset password",
        newPassword: "new password",
      }),
    ).toEqual({ ok: true });
    expect(await live(beforeChange)).toBe(0);

    const audit = await listAuditEvents(database.db, { entity: "user", entityId: cy.id });
    expect(audit.map((event) => [event.action, event.detail?.sessionsEnded ?? event.detail?.sessions])).toEqual([
      ["user.password_changed", 1],
      ["user.saved", 1],
      ["user.role_changed", 1],
      ["user.role_changed", 0],
      ["user.sessions_ended", 2],
    ]);
  });

  it("ends a user's sessions with the user", async () => {
    const dee = await user("dee@x.org");
    const session = await createSession(database.db, { userId: dee.id, expiresAt: later() });
    await database.db.user.delete({ where: { id: dee.id } });
    expect(await findSessionUser(database.db, session.id)).toBeNull();
  });
});
