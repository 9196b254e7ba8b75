// Test helpers shared by the grouping tests: real corpora read simply, without the ingest pipeline.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GroupableArticle } from "./groupable-article.js";

const SEEDS = new URL("../../../../samples/seeds/", import.meta.url);
const ECB_PLUS_DEV = new URL("../../../../../shared/corpus/ecbplus-dev.jsonl", import.meta.url).pathname;

/** The five seed articles: first line as title, the rest as text (004 has no real title; fine here). */
export function seedArticles(): GroupableArticle[] {
  const folder = SEEDS.pathname;
  return readdirSync(folder)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const [title = "", ...rest] = readFileSync(join(folder, name), "utf8").split("\n");
      return { id: name, title, text: rest.join("\n"), publishedAt: null };
    });
}

export interface LabelledArticle extends GroupableArticle {
  story: string;
}

/** ECB+ dev articles of the given topics, with their gold event ids. */
export function ecbPlusArticles(topics: number[]): LabelledArticle[] {
  return readFileSync(ECB_PLUS_DEV, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledArticle & { id: string })
    .filter((record) => topics.some((topic) => record.id.startsWith(`ecb-${topic}-`)))
    .map(({ id, title, text, publishedAt, story }) => ({ id, title, text, publishedAt, story }));
}
