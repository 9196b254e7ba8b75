/**
 * Ingest benchmark: cleaning, chunking (sentences + exact token counts) and near-duplicate linking
 * of a synthetic corpus of 10,000 news-length articles, on one core.
 *
 *   npx tsx --conditions=@roundup/source bench/ingest-benchmark.ts [articleCount]
 *
 * The corpus is generated deterministically from the seed articles' sentences, with words
 * substituted so articles are not copies of each other, boilerplate lines mixed in, and one
 * article in twenty a shortened rewrite of an earlier one (as on the open web).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chunkArticle, segmentSentences } from "../src/chunk/index.js";
import { cleanText, contentHash, detectLanguage, linkNearDuplicates, prepareArticle } from "../src/ingest/index.js";
import type { Article, ArticleDraft, Sentence } from "../src/model/index.js";

const articleCount = Number(process.argv[2] ?? 10_000);
const seedsDirectory = fileURLToPath(new URL("../../../samples/seeds/", import.meta.url));

/** mulberry32: a small seeded PRNG so every run benchmarks the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The replacement with the replaced word's initial capital, so sentences still start with one. */
function matchCase(original: string, replacement: string): string {
  const capital = original[0] !== undefined && original[0] !== original[0].toLowerCase();
  return capital ? replacement[0]?.toUpperCase() + replacement.slice(1) : replacement.toLowerCase();
}

export function generateCorpus(count: number): ArticleDraft[] {
  const seedTexts = readdirSync(seedsDirectory)
    .sort()
    .map((name) => cleanText(readFileSync(`${seedsDirectory}/${name}`, "utf8")).text);
  const sentences = seedTexts
    .flatMap((text) => segmentSentences(text).map((sentence) => sentence.text))
    .filter((sentence) => sentence.split(" ").length >= 6);
  const vocabulary = [
    ...new Set(
      seedTexts
        .join(" ")
        .split(/\s+/)
        .filter((word) => /^[a-z]{5,}$/i.test(word)),
    ),
  ];
  const boilerplate = [
    "Leave a Comment",
    "Source link",
    "Related Article",
    "See also  Markets rally as inflation cools",
    "Share this article",
    "Advertisement",
  ];
  const next = random(20241123);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const drafts: ArticleDraft[] = [];

  for (let index = 0; index < count; index++) {
    const earlier = drafts[Math.floor(next() * drafts.length)];
    if (index > 20 && next() < 0.05 && earlier) {
      // A shortened rewrite: most paragraphs of an earlier article, a few words changed.
      const paragraphs = earlier.originalText.split("\n\n").filter(() => next() < 0.8);
      const rewritten = paragraphs.map((paragraph) =>
        paragraph.replace(/\b[a-z]{4,}\b/g, (word) => (next() < 0.05 ? pick(vocabulary) : word)),
      );
      drafts.push({
        input: `synthetic-${index}`,
        title: `Rewrite: ${earlier.title}`,
        originalText: `${rewritten.join("\n\n")}\n\nLeave a Comment`,
      });
      continue;
    }
    const targetWords = 400 + Math.floor(next() * 300);
    const paragraphs: string[] = [];
    let words = 0;
    while (words < targetWords) {
      const paragraph: string[] = [];
      const length = 1 + Math.floor(next() * 3);
      for (let s = 0; s < length; s++) {
        // Content words (five letters or more) are swapped half the time, as different reports of
        // similar events differ; function words stay, so the text still reads as English.
        const sentence = pick(sentences)
          .replace(/\b[\p{L}']{5,}\b/gu, (word) => (next() < 0.5 ? matchCase(word, pick(vocabulary)) : word))
          .replace(/\d[\d,]*/g, () => String(Math.floor(next() * 50_000)));
        paragraph.push(sentence);
        words += sentence.split(" ").length;
      }
      paragraphs.push(paragraph.join(" "));
      if (next() < 0.08) paragraphs.push(pick(boilerplate));
    }
    drafts.push({
      input: `synthetic-${index}`,
      title: index % 7 === 0 ? null : `Synthetic report ${index}`,
      originalText: paragraphs.join("\n\n"),
    });
  }
  return drafts;
}

/** CPU microseconds per article of each stage of `prepareArticle`, each run on its own over the corpus. */
function stageCosts(drafts: ArticleDraft[]): Array<[string, number]> {
  const perArticle = (run: () => void): number => {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / drafts.length;
  };
  let texts: string[] = [];
  let sentences: Sentence[][] = [];
  return [
    ["clean", perArticle(() => (texts = drafts.map((draft) => cleanText(draft.originalText).text)))],
    ["content hash", perArticle(() => texts.map((text) => contentHash(text)))],
    ["language", perArticle(() => texts.map((text) => detectLanguage(text)))],
    ["sentences", perArticle(() => (sentences = texts.map((text) => segmentSentences(text))))],
    [
      "chunks + token counts",
      perArticle(() => texts.map((text, index) => chunkArticle("a", text, { sentences: sentences[index] }))),
    ],
  ];
}

function main(): void {
  const generationStart = performance.now();
  const drafts = generateCorpus(articleCount);
  const generationMs = performance.now() - generationStart;
  const totalWords = drafts.reduce((sum, draft) => sum + draft.originalText.split(/\s+/).length, 0);

  // Warm up the lazily built models (wink, tiktoken) so the figure measures steady-state work.
  prepareArticle(drafts[0] as ArticleDraft);

  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const cpuStart = process.cpuUsage();
  const prepareStart = performance.now();
  const articles: Article[] = [];
  for (const draft of drafts) {
    articles.push(prepareArticle(draft));
    if (articles.length % 500 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const prepareMs = performance.now() - prepareStart;
  const prepareCpu = process.cpuUsage(cpuStart);

  const linkStart = performance.now();
  const linked = linkNearDuplicates(articles);
  const linkMs = performance.now() - linkStart;
  // CPU time of this process: on a shared, busy machine wall time understates one core's throughput.
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const prepareCpuMs = (prepareCpu.user + prepareCpu.system) / 1000;
  const linkCpuMs = cpuMs - prepareCpuMs;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  const totalMs = prepareMs + linkMs;
  const chunks = linked.reduce((sum, article) => sum + article.chunks.length, 0);
  const duplicates = linked.filter((article) => article.duplicateOf !== null).length;
  linked.length = 0;
  const expectedRewrites = drafts.filter((draft) => draft.title?.startsWith("Rewrite:")).length;
  // Memory before the stage costs below, which run once the articles are released.
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const heapUsed = process.memoryUsage().heapUsed;
  articles.length = 0;
  const stages = stageCosts(drafts);
  const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(0);

  console.log(
    `corpus: ${drafts.length} articles, ${Math.round(totalWords / drafts.length)} words on average (generated in ${generationMs.toFixed(0)} ms)`,
  );
  const rate = (milliseconds: number) => ((drafts.length / milliseconds) * 1000).toFixed(0);
  console.log(
    `prepare (clean + language + hash + sentences + chunks + tokens): ${prepareMs.toFixed(0)} ms wall (${rate(prepareMs)}/s), ${prepareCpuMs.toFixed(0)} ms CPU (${rate(prepareCpuMs)}/CPU-s)`,
  );
  console.log(
    `near-duplicate linking: ${linkMs.toFixed(0)} ms wall (${rate(linkMs)}/s), ${linkCpuMs.toFixed(0)} ms CPU (${rate(linkCpuMs)}/CPU-s); ${duplicates} linked (${expectedRewrites} rewrites generated)`,
  );
  console.log(
    `total: ${totalMs.toFixed(0)} ms wall, ${((drafts.length / totalMs) * 1000).toFixed(0)} articles/s; ${cpuMs.toFixed(0)} ms CPU, ${((drafts.length / cpuMs) * 1000).toFixed(0)} articles per CPU-second; ${chunks} chunks`,
  );
  const stageList = stages.map(([name, microseconds]) => `${name} ${microseconds.toFixed(0)}`).join(", ");
  console.log(
    `per-article CPU cost by stage, each run apart after the timed run (µs): ${stageList}; near-duplicate linking ${((linkCpuMs * 1000) / drafts.length).toFixed(0)}`,
  );
  console.log(
    `memory: peak RSS ${maxRssMb.toFixed(0)} MB (maxRSS), sampled peak ${mb(peakRss)} MB, heap used ${mb(heapUsed)} MB`,
  );
}

// Run only as a script, so the generator can be imported for profiling.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
