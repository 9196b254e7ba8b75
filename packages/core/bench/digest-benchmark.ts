/**
 * Digest benchmark: offline digest time for a 50-article story (target < 500 ms) and a 200-article
 * story (target < 2 s), and the tokens the llm engine sends per digest against sending every
 * article whole.
 * Run: npx tsx --conditions=@roundup/source bench/digest-benchmark.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { DEFAULT_SUMMARIZE_PROMPT, getPrompt } from "@roundup/prompts";
import { MockLanguageModelV3 } from "ai/test";
import { countTokens } from "../src/chunk/index.js";
import { createLlmEngine } from "../src/digest/engines/llm-engine.js";
import { articleSentences, citationOf } from "../src/digest/evidence/article-sentences.js";
import { generateDigest } from "../src/digest/generate-digest.js";
import { citeHeadline } from "../src/digest/select/headline/index.js";
import { coachCrashArticles } from "../src/digest/testing/coach-crash-articles.js";
import { linkNearDuplicates, parsePlainText, prepareArticle } from "../src/ingest/index.js";
import type { Article, Story } from "../src/model/index.js";

const seedsDirectory = fileURLToPath(new URL("../../../samples/seeds/", import.meta.url));

/** Deterministic PRNG (mulberry32) so every run measures the same articles. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 50 articles: each mixes paragraphs of the five seeds in a new order with figures varied, so they are not copies. */
function buildArticles(count: number): Article[] {
  const seeds = readdirSync(seedsDirectory)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((file) => parsePlainText(readFileSync(`${seedsDirectory}${file}`, "utf8"), { input: file, file }));
  const paragraphs = seeds.flatMap((draft) =>
    draft.originalText.split(/\n+/).filter((line) => line.split(" ").length > 8),
  );
  const next = random(42);
  const articles: Article[] = [];
  for (let index = 0; index < count; index += 1) {
    const picked = Array.from({ length: 14 }, () => paragraphs[Math.floor(next() * paragraphs.length)]!);
    const text = picked
      .map((paragraph) => paragraph.replace(/\b\d{2,3}\b/g, (value) => String(Number(value) + index)))
      .join("\n\n");
    const seed = seeds[index % seeds.length]!;
    articles.push(
      prepareArticle({
        input: `bench-${index}`,
        title: `${seed.title ?? "Gaza truce talks"} (${index})`,
        originalText: text,
        source: `source-${index % 17}.example`,
        publishedAt: new Date(Date.UTC(2024, 1, 1) + index * 86_400_000 * 5).toISOString(),
      }),
    );
  }
  return linkNearDuplicates(articles);
}

/** Wall and CPU time of one offline digest. */
async function timeOnce(story: Story, articles: readonly Article[]) {
  // New article objects each run, as a new story has: the rewrite search is kept per article
  // (independent-source-key.ts), so the same objects again would skip it.
  const fresh = articles.map((article) => ({ ...article }));
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  await generateDigest({ story, articles: fresh });
  const cpu = process.cpuUsage(cpuStarted);
  return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * The first (cold) digest of `count` articles, then the median wall and CPU time of several more.
 * The first is what a user waits for on a new story: the JIT has not seen its texts and the
 * module-level caches of words and passages (verify/analyze-text.ts, check-support.ts) hold none of
 * them. Later runs show the steady cost; clearing those caches before each changed it by under 5%.
 */
async function timeDigest(count: number, runs: number) {
  const articles = buildArticles(count);
  const story: Story = {
    id: `bench-${count}`,
    label: "Israel–Hamas truce talks",
    articleIds: articles.map((article) => article.id),
    startAt: null,
    endAt: null,
  };
  const first = await timeOnce(story, articles);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { wall, cpu } = await timeOnce(story, articles);
    times.push(wall);
    cpuTimes.push(cpu);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return {
    articles,
    story,
    first,
    median: times[Math.floor(times.length / 2)]!,
    cpuMedian: cpuTimes[Math.floor(cpuTimes.length / 2)]!,
    times,
  };
}

// The process's first digest pays once for the lexicon, the tokenizer tables, the solver's
// WebAssembly and the JIT: it gets a written story whose texts share nothing with the bench's.
const warmUpArticles = coachCrashArticles();
const warmUp = await timeOnce(
  { id: "warm-up", label: "Coach crash", articleIds: [], startAt: null, endAt: null },
  warmUpArticles,
);
// The 50-article story first: its articles are the first 50 of the 200-article story, so after
// that story its first digest would not be cold.
const small = await timeDigest(50, 7);
const large = await timeDigest(200, 5);
const { articles, story, median, cpuMedian, times } = small;
const independent = articles.filter((article) => !article.duplicateOf).length;
// The headline's citations alone: chosen among every sentence of the 50 articles.
const headlinePassages = articleSentences(articles).map((item) => ({
  text: item.sentence.text,
  citation: citationOf(item),
}));
const headline = articles[0]!.title;
citeHeadline(headline, headlinePassages); // warm-up
const headlineCpuStarted = process.cpuUsage();
// A new list, as each digest makes: citeHeadline reads a list's passages once for all its calls.
citeHeadline(headline, [...headlinePassages]);
const headlineCpu = process.cpuUsage(headlineCpuStarted);
const headlineCpuMs = (headlineCpu.user + headlineCpu.system) / 1000;

// Tokens the llm engine sends (measured on the prompt it actually renders) vs every article whole.
let sentTokens = 0;
const model = new MockLanguageModelV3({
  modelId: "gpt-4o-mini",
  doGenerate: async (options) => {
    for (const message of options.prompt) {
      const content =
        typeof message.content === "string"
          ? message.content
          : message.content.map((part) => ("text" in part ? part.text : "")).join("");
      sentTokens += countTokens(content);
    }
    const passage = /<passage id="(P\d+)"[^>]*>([\s\S]*?)<\/passage>/.exec(
      options.prompt.map((m) => JSON.stringify(m.content)).join(""),
    );
    return {
      content: [
        {
          type: "text",
          text: JSON.stringify({
            headline: "Truce talks",
            headlinePassageIds: [passage?.[1] ?? "P1"],
            sentences: [{ text: "Talks went on.", passageIds: [passage?.[1] ?? "P1"] }],
            keyPoints: [],
          }),
        },
      ],
      finishReason: { unified: "stop", raw: "stop" },
      usage: {
        inputTokens: { total: 0, noCache: 0, cacheRead: undefined, cacheWrite: undefined },
        outputTokens: { total: 0, text: 0, reasoning: undefined },
      },
      warnings: [],
    };
  },
});
await generateDigest({ story, articles, engine: createLlmEngine({ model, contextTokens: 16_000 }) });
const templateTokens = getPrompt(DEFAULT_SUMMARIZE_PROMPT)
  .render({
    storyLabel: story.label,
    passages: [],
    facts: { disagreements: [], timeline: [] },
    words: 120,
    maxSentences: 8,
  })
  .reduce((sum, message) => sum + countTokens(message.content), 0);
const wholeTokens =
  templateTokens +
  articles.reduce((sum, article) => sum + countTokens(article.text) + countTokens(article.title) + 20, 0);

console.log(
  `articles: ${articles.length} (${independent} independent after near-duplicate linking), ${articles.reduce((sum, article) => sum + article.text.split(/\s+/).length, 0)} words`,
);
const firstLine = (result: typeof small) =>
  `  first (cold) digest of ${result.articles.length} articles: ${result.first.wall.toFixed(1)} ms, CPU ${result.first.cpu.toFixed(1)} ms`;
console.log(
  `  the process's first digest (${warmUpArticles.length} articles of another story): ${warmUp.wall.toFixed(1)} ms, CPU ${warmUp.cpu.toFixed(1)} ms`,
);
console.log(firstLine(small));
console.log(firstLine(large));
console.log(
  `offline digest: median ${median.toFixed(1)} ms over ${times.length} runs (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}), CPU median ${cpuMedian.toFixed(1)} ms; target < 500 ms: ${median < 500 ? "met" : "MISSED"}`,
);
console.log(
  `offline digest of ${large.articles.length} articles: median ${large.median.toFixed(1)} ms over ${large.times.length} runs (min ${large.times[0]!.toFixed(1)}, max ${large.times.at(-1)!.toFixed(1)}), CPU median ${large.cpuMedian.toFixed(1)} ms; target < 2000 ms: ${large.median < 2000 ? "met" : "MISSED"}`,
);
console.log(
  `  of which citing the headline: about ${headlineCpuMs.toFixed(1)} ms CPU (load average ${loadavg()[0]?.toFixed(1)})`,
);
console.log(
  `llm tokens per digest: ${sentTokens} sent (${model.doGenerateCalls.length} call(s), 16k context) vs ${wholeTokens} for every article whole: ratio ${(sentTokens / wholeTokens).toFixed(3)} (${(wholeTokens / sentTokens).toFixed(1)}x fewer)`,
);
