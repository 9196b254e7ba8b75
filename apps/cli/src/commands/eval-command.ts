import { writeFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import type { CommandIo } from "../cli-io.js";
import { wholeNumberOption } from "../whole-number-option.js";

interface EvalOptions {
  references?: string;
  words: number;
  engine: "offline" | "llm" | "batch";
  out?: string;
  json?: boolean;
}

export function registerEvalCommand(program: Command, io: CommandIo): void {
  program
    .command("eval")
    .description("group (and digest) a JSONL corpus without the database, and score it against its gold labels")
    .argument("<corpus>", "a JSONL corpus: {id, title, text, source, url, publishedAt, story?} per line")
    .option("--references <file>", "JSONL of {story, summaries: [...]}: adds ROUGE-1/2/L")
    .option("--words <n>", "cut each summary at this many words", wholeNumberOption(1), 100)
    .addOption(new Option("--engine <name>", "digest engine").choices(["offline", "llm", "batch"]).default("offline"))
    .option("--out <file>", "write the predicted stories (and digests) as JSON")
    .option("--json", "print the figures as one JSON object")
    .action(async (corpusPath: string, options: EvalOptions) => {
      const [core, { createEngine }, { readCliEnv }] = await Promise.all([
        import("@roundup/core"),
        import("../create-engine.js"),
        import("../env.js"),
      ]);
      const { evaluateDigests, evaluateGrouping, prepareCorpus, readCorpus, readReferences } = core;
      const engine = createEngine(options.engine, readCliEnv(io.env));
      const records = await readCorpus(corpusPath);
      const grouping = evaluateGrouping(records);
      const goldStories = new Set(records.map((record) => record.story).filter(Boolean)).size;
      // The digest side uses the gold grouping, so digest quality is measured on its own.
      const digestStarted = performance.now();
      // A record that is not an article (a page of boilerplate) is named and skipped; the rest goes on.
      const prepared = goldStories > 0 ? prepareCorpus(records, corpusPath) : { articles: [], skipped: [] };
      for (const skipped of prepared.skipped)
        io.stderr.write(`roundup eval: skipped record ${skipped.id}: ${skipped.reason}\n`);
      const digests =
        goldStories > 0
          ? await evaluateDigests({
              articles: prepared.articles,
              engine,
              words: options.words,
              ...(options.references ? { references: await readReferences(options.references) } : {}),
            })
          : null;
      for (const skipped of digests?.skippedStories ?? [])
        io.stderr.write(`roundup eval: skipped story ${skipped.id}: ${skipped.reason}\n`);
      const figures = {
        corpus: corpusPath,
        articles: grouping.articles,
        stories: grouping.stories,
        goldStories,
        bcubed: grouping.bcubed,
        groupingSeconds: Number(grouping.seconds.toFixed(3)),
        skippedRecords: prepared.skipped,
        digests: digests && {
          engine: digests.engine,
          words: digests.words,
          stories: digests.stories.length,
          storiesWithReferences: digests.storiesWithReferences,
          skippedStories: digests.skippedStories,
          rouge: digests.rouge,
          lexrankRouge: digests.lexrankRouge,
          lexrankWholeSentencesRouge: digests.lexrankWholeSentencesRouge,
          meanWords: digests.meanWords,
          citedSentenceShare: digests.citedSentenceShare,
          verifiedCitationShare: digests.verifiedCitationShare,
          seconds: Number(((performance.now() - digestStarted) / 1000).toFixed(3)),
        },
      };
      if (options.out) {
        const predictions = {
          stories: grouping.predictions.stories,
          digests: (digests?.stories ?? []).map(({ story, text, sentences }) => ({ story, text, sentences })),
        };
        await writeFile(options.out, `${JSON.stringify(predictions, null, 2)}\n`);
      }
      if (options.json) {
        io.stdout.write(`${JSON.stringify(figures)}\n`);
        return;
      }
      io.stdout.write(`${figures.articles} articles -> ${figures.stories} stories (gold: ${figures.goldStories})\n`);
      if (figures.bcubed) {
        const { precision, recall, f1 } = figures.bcubed;
        io.stdout.write(
          `B-cubed  precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}  F1 ${f1.toFixed(4)}\n`,
        );
      }
      io.stdout.write(`grouping took ${figures.groupingSeconds} s\n`);
      const digest = figures.digests;
      if (digest) {
        const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
        io.stdout.write(
          `digests (${digest.engine}, ${digest.words} words): ${digest.stories} stories, ${percent(digest.citedSentenceShare)} of sentences cited, ${percent(digest.verifiedCitationShare)} of citations verified, ${digest.seconds} s\n`,
        );
        if (figures.skippedRecords.length > 0 || digest.skippedStories.length > 0)
          io.stdout.write(
            `skipped (named on stderr): ${figures.skippedRecords.length} records, ${digest.skippedStories.length} stories\n`,
          );
        if (digest.rouge)
          io.stdout.write(
            "ROUGE as ROUGE-1.5.5 -m (Porter stems of words over 3 letters, ASCII tokens, whole-text LCS, model average): F1 (recall)\n",
          );
        const figure = (value: { f1: number; recall: number }) =>
          `${(value.f1 * 100).toFixed(2)} (${(value.recall * 100).toFixed(2)})`;
        const show = (name: string, scores: typeof digest.rouge) =>
          scores &&
          io.stdout.write(
            `${name.padEnd(9)} ROUGE-1 ${figure(scores.rouge1)}  ROUGE-2 ${figure(scores.rouge2)}  ROUGE-L ${figure(scores.rougeL)}\n`,
          );
        show(digest.engine, digest.rouge);
        show("LexRank", digest.lexrankRouge);
        // The engine writes whole sentences and stops short of the budget; LexRank's last sentence is cut to fill it.
        show("LexRank (whole sentences)", digest.lexrankWholeSentencesRouge);
        if (digest.rouge)
          io.stdout.write(
            `mean words: ${digest.engine} ${digest.meanWords.engine.toFixed(1)} (whole sentences), LexRank ${digest.meanWords.lexrank.toFixed(1)} (cut at ${digest.words}), LexRank whole sentences ${digest.meanWords.lexrankWholeSentences.toFixed(1)}\n`,
          );
        if (!digest.rouge) io.stdout.write("no --references: ROUGE not computed\n");
      }
    });
}
