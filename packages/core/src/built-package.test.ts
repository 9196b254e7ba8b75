import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const packageFolder = fileURLToPath(new URL("..", import.meta.url));
const readme = fileURLToPath(new URL("../../../README.md", import.meta.url));
const seeds = fileURLToPath(new URL("../../../samples/seeds/", import.meta.url));

/** The README's "From a script" example, as written there. */
function readmeScript(): string {
  const section = readFileSync(readme, "utf8").split("## From a script")[1] ?? "";
  const script = section.match(/```js\n([\s\S]*?)```/)?.[1];
  if (!script) throw new Error("README.md has no ```js block under ## From a script");
  return script;
}

// What a user of the package gets: its compiled dist/ and .d.ts, outside the repository, run by plain
// Node (no TypeScript loader, no source condition). Needs `npm run build` (turbo runs it before the tests).
describe("@roundup/core installed outside the repository", () => {
  const project = mkdtempSync(path.join(tmpdir(), "roundup-script-"));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("runs the README's script with plain node and prints cited sentences", () => {
    expect(existsSync(path.join(packageFolder, "dist", "index.js")), "build core first: npm run build").toBe(true);
    expect(readFileSync(path.join(packageFolder, "dist", "digest", "index.d.ts"), "utf8")).toContain("generateDigest");
    // As `npm install /path/to/roundup/packages/core` leaves it: a link in node_modules.
    mkdirSync(path.join(project, "node_modules", "@roundup"), { recursive: true });
    symlinkSync(packageFolder, path.join(project, "node_modules", "@roundup", "core"), "dir");
    writeFileSync(path.join(project, "package.json"), '{ "type": "module", "private": true }\n');
    writeFileSync(path.join(project, "script.mjs"), readmeScript());
    const run = spawnSync(
      process.execPath,
      ["script.mjs", path.join(seeds, "002_2dee00ce890550d2.txt"), path.join(seeds, "003_2d736acade308af8.txt")],
      { cwd: project, encoding: "utf8" },
    );
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(/ \[a_[0-9a-f]+-c\d+-[0-9a-f]{8}\]/);
  });
});
