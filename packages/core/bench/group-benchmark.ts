/**
 * Grouping speed on synthetic news: `npx tsx --conditions=@roundup/source bench/group-benchmark.ts [sizes]`, e.g. `1000,10000,100000`.
 * Each size runs in its own process so peak memory is that size's own. For the largest size it also
 * restores a StoryIndex from the batch result and times single adds (median of 100).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { bcubed } from "../src/eval/bcubed.js";
import { groupStories, StoryIndex } from "../src/group/index.js";
import { syntheticArticles } from "../src/group/testing/synthetic-news.js";

function measure(size: number): void {
  const articles = syntheticArticles(size);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const stories = groupStories(articles);
  const seconds = (performance.now() - started) / 1000;
  // CPU time as well as wall time: on a shared machine the wall clock includes other people's work.
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const eventOf = new Map(articles.map((article) => [article.id, article.id.split("-")[0] as string]));
  const events = new Set(eventOf.values()).size;
  const predicted = new Map(
    stories.flatMap((story) => story.articleIds.map((articleId) => [articleId, story.id] as const)),
  );
  const quality = bcubed(predicted, eventOf);
  const line = [
    `${size} articles`,
    `${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU`,
    `peak RSS ${peakMb.toFixed(0)} MB`,
    `${stories.length} stories (${events} events, B-cubed F1 ${quality.f1.toFixed(3)})`,
  ];

  if (size >= 100_000) {
    const assignments = new Map(
      stories.flatMap((story) => story.articleIds.map((articleId) => [articleId, story.id] as const)),
    );
    const restoreStarted = performance.now();
    const index = StoryIndex.fromAssignments(articles, assignments);
    line.push(`restore ${((performance.now() - restoreStarted) / 1000).toFixed(2)} s`);
    const extra = syntheticArticles(100, 7).map((article) => ({ ...article, id: `new-${article.id}` }));
    const times = extra.map((article) => {
      const t = performance.now();
      index.add(article);
      return performance.now() - t;
    });
    times.sort((a, b) => a - b);
    line.push(`add one: median ${(times[50] as number).toFixed(2)} ms, p95 ${(times[95] as number).toFixed(2)} ms`);
  }
  console.log(line.join(" | "));
}

const sizeArgument = process.argv.find((argument) => argument.startsWith("--size="));
if (sizeArgument) {
  measure(Number(sizeArgument.slice("--size=".length)));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = (process.argv[2] ?? "1000,10000,100000").split(",").map(Number);
  for (const size of sizes) {
    // One process per size: peak memory then belongs to that size alone.
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), `--size=${size}`], {
      stdio: "inherit",
    });
  }
}
