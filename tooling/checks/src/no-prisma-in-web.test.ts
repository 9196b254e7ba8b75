import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const rule = path.join(root, "tooling/biome/no-prisma-in-web.grit");
const biome = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");
const folder = mkdtempSync(path.join(tmpdir(), "roundup-lint-"));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The lines of `code` (1-based) that the rule flags, linted alone with only this plugin on. */
function flaggedLines(code: string): number[] {
  writeFileSync(
    path.join(folder, "biome.json"),
    JSON.stringify({ root: true, linter: { rules: { recommended: false } }, plugins: [rule] }),
  );
  writeFileSync(path.join(folder, "action.ts"), code);
  const linted = spawnSync(process.execPath, [biome, "lint", "--max-diagnostics=100", "action.ts"], {
    cwd: folder,
    encoding: "utf8",
  });
  const output = linted.stdout + linted.stderr;
  return [...output.matchAll(/action\.ts:(\d+):\d+ plugin/g)].map((match) => Number(match[1]));
}

describe("the no-Prisma-in-the-web-app lint rule", () => {
  it("flags model calls and the client's own methods, called or passed on", () => {
    const code = [
      "declare const db: any; declare const prisma: any; declare function getDb(): any;",
      "export async function action() {",
      "  await db.story.update({ where: { id: 1 }, data: {} });",
      "  await db.$transaction(async (tx: any) => tx.story.count());",
      "  await prisma.$queryRaw`SELECT 1`;",
      "  await getDb().$executeRawUnsafe('DELETE FROM story');",
      "  await prisma.$executeRaw`DELETE FROM story`;",
      "  const later = db.$queryRawUnsafe;",
      "  return later;",
      "}",
    ].join("\n");
    // Line 4 holds two: the transaction and the call inside it.
    expect(flaggedLines(code)).toEqual([3, 4, 4, 5, 6, 7, 8]);
  });

  it("leaves the queries of @roundup/db and other dollar names alone", () => {
    const code = [
      'import { listStories, moveArticle } from "@roundup/db";',
      "declare const db: any; declare const $: any;",
      "export async function action() {",
      "  await moveArticle(db, { articleId: 1, storyId: 2 });",
      "  const price = $.value;",
      "  return [await listStories(db, {}), price, db.$transactionCount];",
      "}",
    ].join("\n");
    expect(flaggedLines(code)).toEqual([]);
  });

  it("is on for the web app's pages, components and actions", () => {
    const config = JSON.parse(readFileSync(path.join(root, "biome.json"), "utf8")) as {
      overrides: Array<{ includes: string[]; plugins?: string[] }>;
    };
    const override = config.overrides.find((entry) => entry.plugins?.includes("./tooling/biome/no-prisma-in-web.grit"));
    expect(override?.includes).toEqual(expect.arrayContaining(["apps/web/src/app/**", "apps/web/src/components/**"]));
  });
});
