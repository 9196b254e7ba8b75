/**
 * Grouping a small import: `npx tsx --conditions=@roundup/source bench/group-small-collections.ts [ecbplus-dev.jsonl] [--prior 50,300] [extra-story.jsonl…]`.
 *
 * A first import is often a few stories' worth of articles, where a word's idf is counted on a handful
 * of documents. Two measures: every pair of the stories written for the digest's tests
 * (src/digest/testing/*-articles.ts, plus any JSONL files given, one story each) imported alone
 * together, counting the stories split and the stories mixed; and ECB+ topic by topic (each topic
 * holds two events of one kind, 20–30 articles), B-cubed averaged over topics. Each `--prior` value
 * is run as `priorDocuments` (default: the grouping default only).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bcubed } from "../src/eval/bcubed.js";
import { DEFAULT_GROUPING_OPTIONS, groupStories } from "../src/group/index.js";

interface LabelledArticle {
  id: string;
  title: string;
  text: string;
  publishedAt: string | null;
  story: string;
}

const { values, positionals } = parseArgs({ options: { prior: { type: "string" } }, allowPositionals: true });
const ecbplusPath = positionals.find((path) => path.includes("ecbplus"));
const extraStories = positionals.filter((path) => path !== ecbplusPath);
const priors = values.prior ? values.prior.split(",").map(Number) : [DEFAULT_GROUPING_OPTIONS.priorDocuments];

const testing = fileURLToPath(new URL("../src/digest/testing/", import.meta.url));
const stories: LabelledArticle[][] = [];
for (const file of readdirSync(testing)
  .filter((name) => name.endsWith("-articles.ts"))
  .sort()) {
  const module = (await import(`${testing}${file}`)) as Record<string, unknown>;
  for (const [name, make] of Object.entries(module)) {
    if (typeof make !== "function" || !name.endsWith("Articles")) continue;
    const articles = (
      make as () => Array<{ id: string; title: string | null; text: string; publishedAt: string | null }>
    )();
    stories.push(articles.map((article) => ({ ...article, title: article.title ?? "", story: file })));
  }
}
for (const path of extraStories)
  stories.push(
    readFileSync(path, "utf8")
      .trim()
      .split("\n")
      .map(
        (line) => JSON.parse(line) as { id: string; title?: string | null; text: string; publishedAt?: string | null },
      )
      .map((record) => ({
        id: `${path}:${record.id}`,
        title: record.title ?? "",
        text: record.text,
        publishedAt: record.publishedAt ?? null,
        story: path,
      })),
  );

const topics = new Map<string, LabelledArticle[]>();
if (ecbplusPath)
  for (const line of readFileSync(ecbplusPath, "utf8").trim().split("\n")) {
    const record = JSON.parse(line) as {
      id: string;
      title?: string;
      text: string;
      publishedAt?: string | null;
      story: string;
    };
    const topic = record.id.split("-")[1] as string;
    topics.set(topic, [
      ...(topics.get(topic) ?? []),
      {
        id: record.id,
        title: record.title ?? "",
        text: record.text,
        publishedAt: record.publishedAt ?? null,
        story: record.story,
      },
    ]);
  }

function group(articles: LabelledArticle[], priorDocuments: number) {
  const assigned = new Map<string, string>();
  for (const story of groupStories(articles, { priorDocuments }))
    for (const id of story.articleIds) assigned.set(id, story.id);
  return assigned;
}

for (const prior of priors) {
  let pairs = 0;
  let f1 = 0;
  let mixed = 0;
  const splits = new Map<string, number>();
  for (let i = 0; i < stories.length; i++)
    for (let j = i + 1; j < stories.length; j++) {
      const articles = [...(stories[i] as LabelledArticle[]), ...(stories[j] as LabelledArticle[])];
      const assigned = group(articles, prior);
      const gold = new Map(articles.map((article) => [article.id, article.story]));
      f1 += bcubed(assigned, gold).f1;
      pairs++;
      for (const story of [stories[i], stories[j]] as LabelledArticle[][])
        if (new Set(story.map((article) => assigned.get(article.id))).size > 1) {
          const name = (story[0] as LabelledArticle).story.replace(/.*\//, "");
          splits.set(name, (splits.get(name) ?? 0) + 1);
        }
      const storiesOf = new Map<string, Set<string>>();
      for (const [id, story] of assigned)
        storiesOf.set(story, (storiesOf.get(story) ?? new Set()).add(gold.get(id) as string));
      mixed += [...storiesOf.values()].filter((golds) => golds.size > 1).length;
    }
  const split = [...splits.values()].reduce((sum, count) => sum + count, 0);
  console.log(
    `priorDocuments ${prior}: ${stories.length} written stories in ${pairs} two-story imports: ${split} of ${pairs * 2} stories split, ${mixed} mixed, B-cubed F1 ${(f1 / pairs).toFixed(4)}`,
  );
  if (splits.size > 0)
    console.log(
      `  split: ${[...splits]
        .sort((a, b) => b[1] - a[1])
        .map(([name, count]) => `${name} ${count}`)
        .join(", ")}`,
    );
  if (topics.size > 0) {
    let topicF1 = 0;
    for (const articles of topics.values())
      topicF1 += bcubed(group(articles, prior), new Map(articles.map((article) => [article.id, article.story]))).f1;
    console.log(`  ECB+ topic by topic (${topics.size} topics): B-cubed F1 ${(topicF1 / topics.size).toFixed(4)}`);
  }
}
