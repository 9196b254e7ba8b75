import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from "node:crypto";
import type { Database } from "../create-database.js";

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

function toPublicUser(user: { id: string; email: string; name: string; role: string }): PublicUser {
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

/**
 * The user of a session, looked up on every request of the workbench: SQL (the same text on both
 * providers) reading only the public columns, which costs about half the CPU of Prisma's findUnique.
 */
export async function findUserById(db: Database, id: string): Promise<PublicUser | null> {
  const [user] = await db.$queryRaw<Array<{ id: string; email: string; name: string; role: string }>>`
    SELECT "id", "email", "name", "role" FROM "User" WHERE "id" = ${id}`;
  return user ? toPublicUser(user) : null;
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

/** Creates a user, or updates name, role and password when the email exists (idempotent for setup). */
export async function upsertUser(db: Database, input: CreateUserInput): Promise<PublicUser> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const user = await db.user.upsert({
    where: { email },
    create: { email, name: input.name, role: input.role, passwordHash },
    update: { name: input.name, role: input.role, passwordHash },
  });
  return toPublicUser(user);
}

export async function setUserRole(db: Database, id: string, role: UserRole): Promise<PublicUser> {
  return toPublicUser(await db.user.update({ where: { id }, data: { role } }));
}
