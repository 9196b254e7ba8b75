#!/usr/bin/env node
// Runs the Prisma 6.19 CLI fully offline: with both engine variables pointing at an existing file
// it never tries to download native engines (we use the JS/Wasm engines and driver adapters).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const placeholder = fileURLToPath(import.meta.url);
const env = {
  ...process.env,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? placeholder,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync("npx", ["--no-install", "prisma", ...process.argv.slice(2)], {
  cwd: path.join(here, ".."),
  env,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
