/**
 * Prints the offline engine's headline candidate for each gold story of a corpus, to read: the
 * first candidate rankHeadlines gives (a title, or a lead clause cut to headline length) and, for a
 * lead clause, the sentence it was cut from. Quality of cuts is judged by reading, not by a test.
 * Run: npx tsx --conditions=@roundup/source bench/print-headlines.ts corpus.jsonl [limit]
 */
import { rankEvidence } from "../src/digest/evidence/rank-evidence.js";
import { extractFacts } from "../src/digest/facts/extract-facts.js";
import { rankHeadlines } from "../src/digest/select/headline/index.js";
import { articleTimes } from "../src/digest/select/times/index.js";
import { prepareCorpus, readCorpus } from "../src/eval/index.js";
import { linkNearDuplicates } from "../src/ingest/index.js";
import type { Article } from "../src/model/index.js";

const [path, limitText] = process.argv.slice(2);
if (!path) throw new Error("usage: print-headlines.ts corpus.jsonl [limit]");
const limit = Number(limitText ?? Number.POSITIVE_INFINITY);
const byStory = new Map<string, Article[]>();
const records = await readCorpus(path);
const { articles: preparedArticles } = prepareCorpus(records, path);
for (const article of preparedArticles) {
  const key = article.goldStory ?? "all";
  byStory.set(key, [...(byStory.get(key) ?? []), article]);
}
let shown = 0;
let leads = 0;
for (const [story, prepared] of byStory) {
  if (shown >= limit) break;
  const articles = linkNearDuplicates(prepared);
  const facts = extractFacts(articles);
  const evidence = rankEvidence(articles, facts);
  const [headline] = rankHeadlines(articles, evidence, articleTimes(articles, facts), facts.sentenceDates);
  shown += 1;
  if (!headline) {
    process.stdout.write(`${story}\tNONE\n`);
    continue;
  }
  const source = evidence.find((candidate) => candidate.item.sentence.text.startsWith(headline));
  if (source) leads += 1;
  process.stdout.write(`${story}\t${source ? "LEAD" : "TITLE"}\t${headline}\n`);
  if (source && source.item.sentence.text.trim().replace(/[.!]$/, "") !== headline)
    process.stdout.write(`\t\tfrom: ${source.item.sentence.text}\n`);
}
process.stdout.write(`${shown} stories, ${leads} headed by a lead clause\n`);
