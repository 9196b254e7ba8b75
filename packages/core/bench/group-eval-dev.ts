/**
 * Grouping quality on ECB+ topics 1–12: `npx tsx --conditions=@roundup/source bench/group-eval-dev.ts [corpus.jsonl]`.
 * Prints B-cubed for the batch path (groupStories) and the incremental path (StoryIndex.add, one by one).
 */
import { bcubed } from "../src/eval/bcubed.js";
import { evaluateGrouping } from "../src/eval/evaluate-grouping.js";
import { readCorpus } from "../src/eval/read-corpus.js";
import { StoryIndex } from "../src/group/index.js";

const path = process.argv[2] ?? new URL("../../../../shared/corpus/ecbplus-dev.jsonl", import.meta.url).pathname;
const records = await readCorpus(path);
const format = (score: { precision: number; recall: number; f1: number } | null) =>
  score ? `P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  F1 ${score.f1.toFixed(3)}` : "no gold labels";

const batch = evaluateGrouping(records);
console.log(
  `batch:       ${format(batch.bcubed)}  (${batch.stories} stories from ${batch.articles} articles, ${batch.seconds.toFixed(2)} s)`,
);

const index = new StoryIndex();
for (const { id, title, text, publishedAt } of records) index.add({ id, title, text, publishedAt });
const gold = new Map(records.filter((record) => record.story).map((record) => [record.id, record.story as string]));
console.log(
  `incremental: ${format(gold.size > 0 ? bcubed(index.assignments(), gold) : null)}  (${index.stories().length} stories)`,
);
index.regroup();
console.log(
  `+ regroup(): ${format(gold.size > 0 ? bcubed(index.assignments(), gold) : null)}  (${index.stories().length} stories)`,
);
