import { randomBytes } from "node:crypto";
import { type Database, upsertUser } from "@roundup/db";

export type AdminAccountResult =
  | { status: "configured"; email: string }
  | { status: "created"; email: string; password: string }
  | { status: "exists" };

/**
 * With ROUNDUP_ADMIN_EMAIL/PASSWORD set, creates or updates that admin. Without them, creates a first
 * admin with a random password once; the caller prints it once, since only its hash is stored.
 */
export async function ensureAdminAccount(
  db: Database,
  configured: { email?: string | undefined; password?: string | undefined },
): Promise<AdminAccountResult> {
  if (configured.email && configured.password) {
    await upsertUser(db, {
      email: configured.email,
      name: "Administrator",
      password: configured.password,
      role: "admin",
    });
    return { status: "configured", email: configured.email };
  }
  const admins = await db.user.count({ where: { role: "admin" } });
  if (admins > 0) return { status: "exists" };
  const email = "admin@roundup.local";
  const password = randomBytes(12).toString("base64url");
  await upsertUser(db, { email, name: "Administrator", password, role: "admin" });
  return { status: "created", email, password };
}
