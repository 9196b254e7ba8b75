/**
 * Summary evaluation split in two halves: tune on the first half of a corpus's gold stories (in file
 * order), confirm on the second, at several lengths. Prints ROUGE-1/2/L F1 of the offline engine and of
 * LexRank for each half and the whole, so a change that only fits the tuning half shows. LexRank is
 * shown cut mid-sentence at the budget (the published convention: it fills the budget) and, after
 * "whole", of whole sentences within it as the engine writes them; the mean words of each follow.
 * Run: npx tsx --conditions=@roundup/source bench/summary-eval.ts <corpus.jsonl> <references.jsonl> [100,250,400] [--out dir]
 */
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { averageRougeScores, evaluateDigests, prepareCorpus, readCorpus, readReferences } from "../src/eval/index.js";

const [corpusPath, referencesPath, lengthList = "100,250,400", outFlag, outDirectory] = process.argv.slice(2);
if (!corpusPath || !referencesPath) {
  process.stderr.write("usage: summary-eval.ts <corpus.jsonl> <references.jsonl> [100,250,400] [--out dir]\n");
  process.exit(2);
}
const lengths = lengthList.split(",").map(Number);
const records = await readCorpus(corpusPath);
const references = await readReferences(referencesPath);
const { articles } = prepareCorpus(records, corpusPath);
const storyOrder = [...new Set(records.map((record) => record.story).filter((story): story is string => !!story))];
const half = Math.ceil(storyOrder.length / 2);
const tuning = new Set(storyOrder.slice(0, half));

const format = (value: number) => (value * 100).toFixed(2);
process.stdout.write(
  `${corpusPath}: ${storyOrder.length} stories, tuning = first ${half}, confirmation = the other ${storyOrder.length - half} (load ${loadavg()[0]!.toFixed(1)})\n`,
);
for (const words of lengths) {
  const started = performance.now();
  const evaluation = await evaluateDigests({ articles, words, references });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const scored = evaluation.stories.filter(
    (story) => story.rouge && story.lexrankRouge && story.lexrankWholeSentencesRouge,
  );
  const parts = [
    ["tuning", scored.filter((story) => tuning.has(story.story))],
    ["confirmation", scored.filter((story) => !tuning.has(story.story))],
    ["all", scored],
  ] as const;
  for (const [name, stories] of parts) {
    const offline = averageRougeScores(stories.map((story) => story.rouge!));
    const lexrank = averageRougeScores(stories.map((story) => story.lexrankRouge!));
    const whole = averageRougeScores(stories.map((story) => story.lexrankWholeSentencesRouge!));
    process.stdout.write(
      `${words} words ${name.padEnd(12)} (${stories.length}): offline R-1 ${format(offline.rouge1.f1)} R-2 ${format(offline.rouge2.f1)} R-L ${format(offline.rougeL.f1)} | LexRank ${format(lexrank.rouge1.f1)} ${format(lexrank.rouge2.f1)} ${format(lexrank.rougeL.f1)} | R-1 lead ${(100 * (offline.rouge1.f1 - lexrank.rouge1.f1)).toFixed(2)} | whole ${format(whole.rouge1.f1)} ${format(whole.rouge2.f1)} ${format(whole.rougeL.f1)}\n`,
    );
  }
  process.stdout.write(
    `${words} words: ${seconds} s, cited ${format(evaluation.citedSentenceShare)}%, verified ${format(evaluation.verifiedCitationShare)}%, skipped ${evaluation.skippedStories.length}, mean words offline ${evaluation.meanWords.engine.toFixed(1)} LexRank ${evaluation.meanWords.lexrank.toFixed(1)} whole ${evaluation.meanWords.lexrankWholeSentences.toFixed(1)}\n`,
  );
  if (outFlag === "--out" && outDirectory)
    writeFileSync(`${outDirectory}/summaries-${words}.json`, `${JSON.stringify(evaluation.stories, null, 1)}\n`);
}
