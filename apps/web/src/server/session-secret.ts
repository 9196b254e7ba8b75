import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultDatabaseFile, readDatabaseEnv } from "@roundup/db";
import { readWebEnv } from "../env";

let cached: string | undefined;

/** Where the generated secret lives: next to the SQLite file, so it shares the data's lifetime. */
export function sessionSecretFile(databaseUrl: string): string {
  const directory = databaseUrl.startsWith("file:")
    ? path.dirname(databaseUrl.slice("file:".length))
    : path.dirname(defaultDatabaseFile);
  return path.join(directory, "session-secret");
}

/** Reads the secret from a file, creating it (once, race-free) with a random value when missing. */
export function readOrCreateSecretFile(file: string): string {
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, randomBytes(48).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * ROUNDUP_SESSION_SECRET when set; otherwise a random secret persisted next to the database, so
 * sessions survive restarts without any configuration.
 */
export function getSessionSecret(): string {
  cached ??=
    readWebEnv().ROUNDUP_SESSION_SECRET ?? readOrCreateSecretFile(sessionSecretFile(readDatabaseEnv().databaseUrl));
  return cached;
}
