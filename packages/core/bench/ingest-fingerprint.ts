/**
 * What ingest produces, as digests to compare before and after a change that must not change it
 * (speed work): `npx tsx --conditions=@roundup/source bench/ingest-fingerprint.ts [syntheticCount]`.
 *
 * For the seeds, the ECB+ development corpus (when it sits beside the repository; cleaned and, as
 * `roundup eval` reads it, uncleaned) and the benchmark's synthetic corpus: a sha256 of every field
 * of every prepared article (ids, hashes, language, title, text, chunks with their offsets, token
 * counts and sentences) and one of the near-duplicate links, with the links themselves for the seeds.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { linkNearDuplicates, type PrepareArticleOptions, prepareArticle } from "../src/ingest/index.js";
import type { ArticleDraft } from "../src/model/index.js";
import { generateCorpus } from "./ingest-benchmark.js";

const syntheticCount = Number(process.argv[2] ?? 10_000);
const seedsDirectory = new URL("../../../samples/seeds/", import.meta.url);
const ecbPlusPath = fileURLToPath(new URL("../../../../shared/corpus/ecbplus-dev.jsonl", import.meta.url));

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);

function fingerprint(name: string, drafts: ArticleDraft[], options: PrepareArticleOptions = {}): void {
  const articles = drafts.map((draft) => prepareArticle(draft, options));
  const links = linkNearDuplicates(articles)
    .filter((article) => article.duplicateOf !== null)
    .map((article) => [article.id, article.duplicateOf]);
  const chunks = articles.reduce((sum, article) => sum + article.chunks.length, 0);
  console.log(
    `${name}: ${articles.length} articles, ${chunks} chunks, articles ${digest(articles)}; ${links.length} links ${digest(links)}${links.length <= 3 ? ` ${JSON.stringify(links)}` : ""}`,
  );
}

const seeds = readdirSync(seedsDirectory)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({
    input: name,
    file: name,
    title: null,
    originalText: readFileSync(new URL(name, seedsDirectory), "utf8"),
  }));
fingerprint("seeds", seeds);
if (existsSync(ecbPlusPath)) {
  const records = readFileSync(ecbPlusPath, "utf8").trim().split("\n");
  const drafts = records.map((line): ArticleDraft => {
    const record = JSON.parse(line) as { id: string; title: string; text: string; story: string };
    return {
      input: record.id,
      externalId: record.id,
      title: record.title,
      originalText: record.text,
      goldStory: record.story,
    };
  });
  fingerprint("ECB+ dev", drafts);
  fingerprint("ECB+ dev, uncleaned", drafts, { skipCleaning: true });
}
fingerprint(`synthetic ${syntheticCount}`, generateCorpus(syntheticCount));
