/**
 * What an ingesting worker's `StoredFingerprints` holds over weeks of feeds:
 * `node --expose-gc --conditions=@roundup/source --import tsx bench/fingerprint-window.ts [options]`.
 *
 *   --days 90 --per-day 2740   the synthetic stream (`syntheticNews`; 2,740 a day is a million a year)
 *   --window 30                days the near-duplicate index covers (0: 9,999 days, every stored article)
 *
 * Each simulated day is one ingest batch on a temporary SQLite database, with that day's end as the
 * clock: the batch's content hashes are looked up in the database, each article is linked against
 * the index and added to it, and the rows are stored (written directly, without chunks: the rest of
 * ingestion does not depend on the stored articles and is measured elsewhere). One article in 50 is
 * also sent again the next day as a shortened rewrite, to check that those are still linked. Prints
 * per 10 days the batch time and the index size, and at the end what the index holds: heap and array
 * buffers after a full GC with the instance, minus the same without it.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { syntheticNews } from "@roundup/core/testing";
import { findArticlesByContentHash, openDatabase } from "@roundup/db";
import { StoredFingerprints } from "../src/tasks/stored-fingerprints.js";

const DAY_MS = 86_400_000;
const { values } = parseArgs({
  options: {
    days: { type: "string", default: "90" },
    "per-day": { type: "string", default: "2740" },
    window: { type: "string", default: "30" },
  },
});
const days = Number(values.days);
const perDay = Number(values["per-day"]);
const windowDays = Number(values.window);
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error("run with node --expose-gc");
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const held = () => {
  collect();
  collect();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, arrayBuffers: usage.arrayBuffers };
};
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

const folder = mkdtempSync(path.join(tmpdir(), "roundup-fingerprint-window-"));
const db = await openDatabase(`file:${path.join(folder, "bench.db")}`);
let clock = 0;
let fingerprints: StoredFingerprints | null = new StoredFingerprints({
  windowDays: windowDays > 0 ? windowDays : 9999,
  now: () => new Date(clock),
});
const loadAtStart = load();
const batchSeconds: number[] = [];
let rewrites: Array<{ id: string; text: string; original: string; publishedAt: string }> = [];
let rewritesSent = 0;
let rewritesLinked = 0;
let stored = 0;
try {
  process.stdout.write("day  stored  indexed  batch s (p50 of the 10 days)  heap+buffers MB\n");
  for (const batch of syntheticNews({ articles: days * perDay, days })) {
    clock = batch.at + DAY_MS;
    const articles = [
      ...batch.articles.map((article) => ({ id: article.id, text: article.text, publishedAt: article.publishedAt })),
      ...rewrites,
    ];
    const sentRewrites = rewrites;
    const started = performance.now();
    const links = await (fingerprints as StoredFingerprints).use(db, async (view) => {
      const existing = await findArticlesByContentHash(
        db,
        articles.map((article) => contentHash(article.text)),
      );
      const found = new Map<string, string | null>();
      for (const article of articles) {
        if (existing.has(contentHash(article.text))) continue;
        found.set(article.id, view.findOriginal(article));
        view.add(article);
      }
      for (let start = 0; start < articles.length; start += 500)
        await db.article.createMany({
          data: articles.slice(start, start + 500).map((article) => ({
            id: article.id,
            contentHash: contentHash(article.text),
            title: article.id,
            text: article.text,
            originalText: "",
            publishedAt: new Date(article.publishedAt as string),
            importedAt: new Date(clock - 1000),
            duplicateOfId: found.get(article.id) ?? null,
          })),
        });
      return found;
    });
    batchSeconds.push((performance.now() - started) / 1000);
    rewritesSent += sentRewrites.length;
    rewritesLinked += sentRewrites.filter((rewrite) => links.get(rewrite.id) === rewrite.original).length;
    stored += articles.length;
    // Tomorrow's rewrites: one in 50 of today's articles, its first three quarters.
    rewrites = batch.articles
      .filter((_, index) => index % 50 === 0)
      .map((article) => {
        const words = article.text.split(" ");
        return {
          id: `rewrite-${article.id}`,
          text: words.slice(0, Math.ceil(words.length * 0.75)).join(" "),
          original: article.id,
          publishedAt: new Date(clock + DAY_MS / 2).toISOString(),
        };
      });
    if ((batch.day + 1) % 10 === 0 || batch.day === days - 1) {
      const memory = held();
      const recent = batchSeconds.splice(0).sort((a, b) => a - b);
      process.stdout.write(
        `${String(batch.day + 1).padStart(3)}  ${String(stored).padStart(6)}  ${String((fingerprints as StoredFingerprints).size).padStart(7)}  ${(recent[Math.floor(recent.length / 2)] ?? 0).toFixed(2).padStart(27)}  ${megabytes(memory.heap + memory.arrayBuffers).padStart(15)}\n`,
      );
    }
  }
  const withIndex = held();
  const indexed = fingerprints?.size ?? 0;
  const reference = new WeakRef(fingerprints as StoredFingerprints);
  fingerprints = null;
  await new Promise((resolve) => setTimeout(resolve, 10));
  const without = held();
  if (reference.deref()) process.stdout.write("(still reachable)\n");
  process.stdout.write(
    `\n${days} days × ${perDay} a day, window ${windowDays > 0 ? `${windowDays} days` : "none"}: ${indexed} indexed; ` +
      `StoredFingerprints holds ${megabytes(withIndex.heap - without.heap)} MB heap + ${megabytes(withIndex.arrayBuffers - without.arrayBuffers)} MB array buffers; ` +
      `rewrites linked ${rewritesLinked}/${rewritesSent}; load average ${loadAtStart} → ${load()}\n`,
  );
} finally {
  await db.$disconnect();
  rmSync(folder, { recursive: true, force: true });
}

function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
