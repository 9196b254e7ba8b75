#!/usr/bin/env node
// Writes prisma/postgresql/schema.prisma from the one schema source (prisma/schema.prisma): the
// models are shared, only the datasource provider and the generated client's folder differ.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function postgresSchemaFrom(sqliteSchema) {
  const converted = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output(\s*)= "..\/src\/generated\/sqlite"/, 'output$1= "../../src/generated/postgresql"');
  if (!converted.includes('"postgresql"') || !converted.includes("generated/postgresql")) {
    throw new Error(
      "prisma/schema.prisma no longer has the expected datasource/generator lines; update scripts/postgres-schema.mjs",
    );
  }
  return `// GENERATED from ../schema.prisma by scripts/postgres-schema.mjs; edit that file, not this one.\n${converted}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = path.join(root, "prisma", "postgresql", "schema.prisma");
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, postgresSchemaFrom(readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8")));
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
