import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findLayoutGaps } from "./find-layout-gaps.js";

const scratch = mkdtempSync(path.join(tmpdir(), "roundup-layout-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("findLayoutGaps", () => {
  it("finds nothing missing from this repository's README layout", () => {
    expect(findLayoutGaps(path.resolve(import.meta.dirname, "../../.."))).toEqual([]);
  });

  it("names a package, a tooling folder and a src folder the layout leaves out", () => {
    for (const folder of [
      "apps/web/src/app",
      "packages/core/src/ingest",
      "packages/core/src/model",
      "packages/core/src/testing",
      "packages/db/src/queries",
      "tooling/biome",
    ])
      mkdirSync(path.join(scratch, folder), { recursive: true });
    writeFileSync(
      path.join(scratch, "README.md"),
      [
        "# Example",
        "## Architecture",
        "```",
        "apps/web          the workbench",
        "packages/core     the domain",
        "  src/ingest        parse files",
        "```",
        "## Later",
        "```",
        "packages/db       not the layout",
        "```",
      ].join("\n"),
    );
    expect(findLayoutGaps(scratch)).toEqual(["packages/core/src/model", "packages/db", "tooling/biome"]);
  });
});
