import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from "node:crypto";
import type { Database } from "../create-database.js";
import { recordAuditEvent } from "./audit.js";

/** The roles of the workbench: editors write, reviewers decide, admins do both and manage users. */
export const userRoles = ["editor", "reviewer", "admin"] as const;
export type UserRole = (typeof userRoles)[number];

export function isUserRole(value: string): value is UserRole {
  return (userRoles as readonly string[]).includes(value);
}

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

// scrypt cost parameters: N=2^15 with r=8 needs 32 MiB, so maxmem is raised above Node's 32 MiB default.
const SCRYPT_N = 32768;
const SCRYPT_R = 8;
const SCRYPT_P = 1;
const KEY_LENGTH = 64;

function scrypt(password: string, salt: Buffer, n: number, r: number, p: number, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password, salt, keyLength, { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Hashes a password as `scrypt$N$r$p$<salt base64>$<hash base64>` so the parameters travel with it. */
export async function hashPassword(password: string): Promise<string> {
  if (password.length === 0) throw new Error("hashPassword: the password must not be empty");
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_LENGTH);
  return ["scrypt", SCRYPT_N, SCRYPT_R, SCRYPT_P, salt.toString("base64"), key.toString("base64")].join("$");
}

/** Checks a password against a stored hash in constant time; a malformed hash never verifies. */
export async function verifyPassword(password: string, storedHash: string): Promise<boolean> {
  const parts = storedHash.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [, n, r, p, saltText, hashText] = parts as [string, string, string, string, string, string];
  const cost = Number(n);
  const blockSize = Number(r);
  const parallel = Number(p);
  if (![cost, blockSize, parallel].every((value) => Number.isInteger(value) && value > 0)) return false;
  const expected = Buffer.from(hashText, "base64");
  if (expected.length === 0) return false;
  const actual = await scrypt(password, Buffer.from(saltText, "base64"), cost, blockSize, parallel, expected.length);
  return timingSafeEqual(actual, expected);
}

export function toPublicUser(user: { id: string; email: string; name: string; role: string }): PublicUser {
  return { id: user.id, email: user.email, name: user.name, role: isUserRole(user.role) ? user.role : "editor" };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Returns the user when the email and password match, otherwise null (same answer for both failures). */
export async function authenticateUser(db: Database, email: string, password: string): Promise<PublicUser | null> {
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) } });
  if (!user) {
    // Spend the same time as a real check so response times do not reveal which emails exist.
    await hashPassword(password || "-");
    return null;
  }
  return (await verifyPassword(password, user.passwordHash)) ? toPublicUser(user) : null;
}

export async function listUsers(db: Database): Promise<PublicUser[]> {
  const users = await db.user.findMany({ orderBy: { email: "asc" } });
  return users.map(toPublicUser);
}

export interface CreateUserInput {
  email: string;
  name: string;
  password: string;
  role: UserRole;
}

/** Who made a change, for the audit event written in the change's own transaction. */
export interface AuditActor {
  actorId: string | null;
}

/**
 * Creates a user, or updates name, role and password when the email exists (idempotent for setup).
 * A new password or another role ends the user's sessions in the same transaction, so a reset by an
 * admin takes effect on every browser at once; the same password again keeps them (setup reruns).
 * With `audit`, a `user.saved` event is recorded with the change.
 */
export async function upsertUser(db: Database, input: CreateUserInput, audit?: AuditActor): Promise<PublicUser> {
  const email = normalizeEmail(input.email);
  const existing = await db.user.findUnique({ where: { email } });
  // Outside the transaction: scrypt takes ~100 ms, and a SQLite write lock would be held meanwhile.
  const samePassword = existing ? await verifyPassword(input.password, existing.passwordHash) : false;
  const passwordHash = samePassword && existing ? existing.passwordHash : await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email },
      create: { email, name: input.name, role: input.role, passwordHash },
      update: { name: input.name, role: input.role, passwordHash },
    });
    const credentialsChanged = existing !== null && (!samePassword || existing.role !== input.role);
    const sessionsEnded = credentialsChanged ? (await tx.session.deleteMany({ where: { userId: user.id } })).count : 0;
    if (audit) {
      await recordAuditEvent(tx, {
        actorId: audit.actorId,
        action: "user.saved",
        entity: "user",
        entityId: user.id,
        detail: { email, role: user.role, created: existing === null, passwordChanged: !samePassword, sessionsEnded },
      });
    }
    return toPublicUser(user);
  });
}

/**
 * Changes a user's role and, when it changed, ends their sessions (they sign in again with the new
 * role). Null when there is no such user. With `audit`, records `user.role_changed` in the same transaction.
 */
export async function setUserRole(
  db: Database,
  id: string,
  role: UserRole,
  audit?: AuditActor,
): Promise<PublicUser | null> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: { role: true } });
    if (!before) return null;
    const user = await tx.user.update({ where: { id }, data: { role } });
    const sessionsEnded = before.role !== role ? (await tx.session.deleteMany({ where: { userId: id } })).count : 0;
    if (audit) {
      await recordAuditEvent(tx, {
        actorId: audit.actorId,
        action: "user.role_changed",
        entity: "user",
        entityId: id,
        detail: { role, from: before.role, sessionsEnded },
      });
    }
    return toPublicUser(user);
  });
}

export type ChangePasswordResult = { ok: true } | { ok: false; reason: "wrong_password" | "not_found" };

/**
 * A user changes their own password, proving the current one. Every session of theirs ends with it
 * (a stolen cookie too); the web app then starts a new one for the browser that made the change.
 */
export async function changePassword(
  db: Database,
  input: { userId: string; currentPassword: string; newPassword: string },
): Promise<ChangePasswordResult> {
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { passwordHash: true } });
  if (!user) return { ok: false, reason: "not_found" };
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) return { ok: false, reason: "wrong_password" };
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: input.userId }, data: { passwordHash } });
    const ended = await tx.session.deleteMany({ where: { userId: input.userId } });
    await recordAuditEvent(tx, {
      actorId: input.userId,
      action: "user.password_changed",
      entity: "user",
      entityId: input.userId,
      detail: { sessionsEnded: ended.count },
    });
  });
  return { ok: true };
}
