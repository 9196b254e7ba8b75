import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "../testing/temporary-database.js";
import { authenticateUser, hashPassword, listUsers, setUserRole, upsertUser, verifyPassword } from "./users.js";

describe("password hashing", () => {
  it("stores the scrypt parameters with a random salt and verifies only the right password", async () => {
    const hash = await hashPassword("correct horse");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await hashPassword("correct horse")).not.toBe(hash);
    expect(await verifyPassword("correct horse", hash)).toBe(true);
    expect(await verifyPassword("correct horsE", hash)).toBe(false);
  });

  it("never verifies against a malformed hash", async () => {
    expect(await verifyPassword("x", "")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$whatever")).toBe(false);
    expect(await verifyPassword("x", "scrypt$0$8$1$c2FsdA==$aGFzaA==")).toBe(false);
  });
});

describe.each(testProviders())("users on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterAll(async () => {
    await database.remove();
  });

  it("creates, authenticates (case-insensitive email), updates and lists users", async () => {
    const created = await upsertUser(database.db, {
      email: "Ada@Example.org",
      name: "Ada",
      password: "pw-1",
      role: "admin",
    });
    expect(created).toMatchObject({ email: "ada@example.org", role: "admin" });
    expect(created).not.toHaveProperty("passwordHash");
    expect(await authenticateUser(database.db, "ADA@example.org ", "pw-1")).toMatchObject({ id: created.id });
    expect(await authenticateUser(database.db, "ada@example.org", "wrong")).toBeNull();
    expect(await authenticateUser(database.db, "nobody@example.org", "pw-1")).toBeNull();

    await upsertUser(database.db, { email: "ada@example.org", name: "Ada L.", password: "pw-2", role: "reviewer" });
    expect(await authenticateUser(database.db, "ada@example.org", "pw-1")).toBeNull();
    expect(await authenticateUser(database.db, "ada@example.org", "pw-2")).toMatchObject({
      name: "Ada L.",
      role: "reviewer",
    });

    // Exactly the public fields: nothing carries the password hash.
    expect(await setUserRole(database.db, created.id, "editor")).toEqual({
      id: created.id,
      email: "ada@example.org",
      name: "Ada L.",
      role: "editor",
    });
    expect(await setUserRole(database.db, "no-such-user", "editor")).toBeNull();
    expect((await listUsers(database.db)).map((user) => user.email)).toEqual(["ada@example.org"]);
  });
});
