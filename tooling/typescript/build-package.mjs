#!/usr/bin/env node
// Compiles the workspace package in the current folder for plain Node: each src/**/*.ts becomes
// dist/**/*.js (ESM, one file per source file, so paths built from import.meta.url keep their depth).
// esbuild only strips the types, in well under a second; the type check is `npm run typecheck`.
// Tests and test support (*.test.ts, testing/ folders, testing.ts, test-*.ts, *-test-*.ts) are left
// out: they run from source under vitest. `--declarations` also writes .d.ts files with tsc
// (tsconfig.build.json), for packages used from outside the repository.
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const testSupport = /\.test\.ts$|(^|\/)testing(\/|\.ts$)|(^|[/-])test-/;
const sources = readdirSync("src", { recursive: true, encoding: "utf8" })
  .map((file) => file.split(path.sep).join("/"))
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts") && !testSupport.test(file))
  .map((file) => `src/${file}`);

rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: sources,
  outdir: "dist",
  outbase: "src",
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
});
if (process.argv.includes("--declarations")) {
  const tsc = spawnSync("npx", ["--no-install", "tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}
