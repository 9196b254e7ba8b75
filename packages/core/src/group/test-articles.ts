// Test helpers shared by the grouping tests: bundled texts read simply, without the ingest pipeline.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type LookAlikeArticle, lookAlikeArticles } from "../eval/testing/look-alike-events.js";
import type { GroupableArticle } from "./groupable-article.js";

const SEEDS = new URL("../../../../samples/seeds/", import.meta.url);

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

export type LabelledArticle = LookAlikeArticle & GroupableArticle;

/** Look-alike-event articles of the given topics, with their gold event ids (`story`). */
export function labelledArticles(topics: string[]): LabelledArticle[] {
  return lookAlikeArticles(topics);
}
