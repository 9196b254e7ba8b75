/**
 * What the near-duplicate index costs per article it holds, and whether it still finds rewrites:
 * `node --expose-gc --conditions=@roundup/source --import tsx bench/near-duplicate-memory.ts [options]`.
 *
 *   --articles 100000 --days 37   the synthetic stream (`syntheticNews`; 2,740 a day is a million a year)
 *
 * Every article is looked up (`findOriginal`) then added, as ingestion does; one article in 50 comes
 * again the next day as a shortened rewrite (its first three quarters) and must be linked to it. The
 * index keeps everything (no window), so the figure is per article held. Prints the index's heap and
 * array buffers after a full GC (with the index, minus without it), per article; the time per article
 * (lookup + add); rewrites linked; and links between articles that are not rewrites of each other.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { syntheticNews } from "../src/group/testing/synthetic-news.js";
import { NearDuplicateIndex } from "../src/ingest/index.js";

const DAY_MS = 86_400_000;
const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    days: { type: "string", default: "37" },
  },
});
const articles = Number(values.articles);
const days = Number(values.days);
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

const loadAtStart = load();
let index: NearDuplicateIndex | null = new NearDuplicateIndex();
let rewrites: Array<{ id: string; text: string; original: string; publishedAt: string }> = [];
let rewritesSent = 0;
let rewritesLinked = 0;
let otherLinks = 0;
let otherLinksWithinEvent = 0;
let indexMs = 0;
let cpuMicroseconds = 0;
const eventOf = (id: string) => id.slice(0, id.indexOf("-"));
for (const batch of syntheticNews({ articles, days })) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const article of batch.articles) {
    const original = index.findOriginal(article);
    index.add(article);
    if (original === null) continue;
    otherLinks++;
    if (eventOf(original) === eventOf(article.id)) otherLinksWithinEvent++;
  }
  for (const rewrite of rewrites) {
    if (index.findOriginal(rewrite) === rewrite.original) rewritesLinked++;
    index.add(rewrite);
  }
  indexMs += performance.now() - started;
  const used = process.cpuUsage(cpu);
  cpuMicroseconds += used.user + used.system;
  rewritesSent += rewrites.length;
  rewrites = batch.articles
    .filter((_, position) => position % 50 === 0)
    .map((article) => {
      const words = article.text.split(" ");
      return {
        id: `rewrite-${article.id}`,
        text: words.slice(0, Math.ceil(words.length * 0.75)).join(" "),
        original: article.id,
        publishedAt: new Date(batch.at + DAY_MS + DAY_MS / 2).toISOString(),
      };
    });
}
const indexed = index.size;
const withIndex = held();
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
const reference = new WeakRef(index);
index = null;
await new Promise((resolve) => setTimeout(resolve, 10));
const without = held();
if (reference.deref()) process.stdout.write("(index still reachable: the figures below are wrong)\n");
const heap = withIndex.heap - without.heap;
const arrayBuffers = withIndex.arrayBuffers - without.arrayBuffers;
process.stdout.write(
  `${indexed} articles indexed (${articles} over ${days} days + ${rewritesSent} rewrites): ` +
    `the index holds ${megabytes(heap)} MB heap + ${megabytes(arrayBuffers)} MB array buffers = ` +
    `${Math.round((heap + arrayBuffers) / indexed)} bytes per article (${Math.round(heap / indexed)} heap + ${Math.round(arrayBuffers / indexed)} buffers); ` +
    `lookup + add ${((indexMs * 1000) / indexed).toFixed(0)} µs wall, ${(cpuMicroseconds / indexed).toFixed(0)} µs CPU per article; ` +
    `rewrites linked ${rewritesLinked}/${rewritesSent}; other links ${otherLinks} (${otherLinksWithinEvent} within one event); ` +
    `peak RSS ${peakRssMb} MB; load average ${loadAtStart} → ${load()}\n`,
);
