import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readOrCreateSecretFile, sessionSecretFile } from "./session-secret";

const folder = mkdtempSync(path.join(tmpdir(), "roundup-secret-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the persisted session secret", () => {
  it("lives next to the SQLite file", () => {
    expect(sessionSecretFile("file:/data/roundup/roundup.db")).toBe("/data/roundup/session-secret");
  });

  it("is created once, private, and read back unchanged so sessions survive restarts", () => {
    const file = path.join(folder, "nested", "session-secret");
    const first = readOrCreateSecretFile(file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readOrCreateSecretFile(file)).toBe(first);
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
  });
});
