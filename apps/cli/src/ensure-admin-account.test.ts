import { authenticateUser } from "@roundup/db";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAdminAccount } from "./ensure-admin-account.js";

describe.each(testProviders())("ensureAdminAccount on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterAll(async () => {
    await database.remove();
  });

  it("creates a first admin once, with a password that signs in, and never again", async () => {
    const first = await ensureAdminAccount(database.db, {});
    expect(first.status).toBe("created");
    if (first.status !== "created") return;
    expect(await authenticateUser(database.db, first.email, first.password)).toMatchObject({ role: "admin" });
    expect(await ensureAdminAccount(database.db, {})).toEqual({ status: "exists" });
    expect(await database.db.user.count()).toBe(1);
  });

  it("creates or updates the configured admin", async () => {
    const configured = { email: "chief@example.org", password: "correct horse battery" };
    expect(await ensureAdminAccount(database.db, configured)).toEqual({
      status: "configured",
      email: configured.email,
    });
    await ensureAdminAccount(database.db, { ...configured, password: "a new password 2" });
    expect(await authenticateUser(database.db, configured.email, "correct horse battery")).toBeNull();
    expect(await authenticateUser(database.db, configured.email, "a new password 2")).toMatchObject({ role: "admin" });
  });
});
