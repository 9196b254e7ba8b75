import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { postgresSchemaFrom } from "../scripts/postgres-schema.mjs";

const prismaFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../prisma");

describe("the PostgreSQL schema", () => {
  it("is the SQLite schema with only the provider and client folder changed (run `npm run schema:postgres -w @roundup/db`)", () => {
    const sqlite = readFileSync(path.join(prismaFolder, "schema.prisma"), "utf8");
    const postgres = readFileSync(path.join(prismaFolder, "postgresql", "schema.prisma"), "utf8");
    expect(postgres).toBe(postgresSchemaFrom(sqlite));
    expect(postgres).toContain('provider = "postgresql"');
  });

  it("has a migration for every SQLite migration", () => {
    const names = (folder: string) => readdirSync(folder).filter((name) => /^\d+_/.test(name));
    expect(names(path.join(prismaFolder, "postgresql", "migrations"))).toEqual(
      names(path.join(prismaFolder, "migrations")),
    );
  });
});
