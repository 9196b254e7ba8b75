// Sums the vitest JSON reports of every suite into one line, and fails when a package that has
// tests produced no report (its tests did not run).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

function hasTests(folder) {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) return false;
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : /\.test\.tsx?$/.test(entry.name);
    });
  return existsSync(path.join(folder, "src")) && walk(path.join(folder, "src"));
}

for (const group of ["apps", "packages", "tooling"]) {
  for (const name of readdirSync(path.join(root, group))) {
    const folder = path.join(root, group, name);
    const reports = path.join(folder, "test-output", "results");
    const files = existsSync(reports) ? readdirSync(reports).filter((file) => file.endsWith(".json")) : [];
    if (files.length === 0 && hasTests(folder)) missing.push(`${group}/${name}`);
    for (const file of files) {
      const report = JSON.parse(readFileSync(path.join(reports, file), "utf8"));
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
      // A suite that failed to load has no failed test but is a failure all the same.
      if (report.success === false && !report.numFailedTests) failed += report.numFailedTestSuites || 1;
      skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      console.log(`${group}/${name}/${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
    }
  }
}
if (missing.length > 0) {
  console.log(`no test report from: ${missing.join(", ")} (their tests did not run)`);
  failed += missing.length;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
