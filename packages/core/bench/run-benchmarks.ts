/**
 * `npm run bench`: every speed benchmark of the core, each in a process of its own so that each
 * one's peak memory is its own. Pass names to run some: `npm run bench -- ingest group`.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const benchmarks: Record<string, string[]> = {
  ingest: ["ingest-benchmark.ts"],
  group: ["group-benchmark.ts"],
  // Sixty days of the year benchmark's stream (a million articles a year); the whole year: run the file alone.
  year: ["group-year-benchmark.ts", "--articles", "164400", "--days", "60"],
  digest: ["digest-benchmark.ts"],
};

const chosen = process.argv.slice(2).filter((name) => name in benchmarks);
let failed = false;
for (const name of chosen.length > 0 ? chosen : Object.keys(benchmarks)) {
  const [file, ...args] = benchmarks[name] ?? [];
  process.stdout.write(`\n== ${name} ==\n`);
  const result = spawnSync(
    process.execPath,
    ["--conditions=@roundup/source", "--import", "tsx", fileURLToPath(new URL(file ?? "", import.meta.url)), ...args],
    {
      stdio: "inherit",
    },
  );
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
