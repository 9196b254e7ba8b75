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
      const { evaluateDigests, evaluateGrouping, prepareArticle, readCorpus, readReferences } = core;
      const engine = createEngine(options.engine, readCliEnv(io.env));
      const records = await readCorpus(corpusPath);
      const grouping = evaluateGrouping(records);
      const goldStories = new Set(records.map((record) => record.story).filter(Boolean)).size;
      // The digest side uses the gold grouping, so digest quality is measured on its own.
      const digestStarted = performance.now();
      const digests =
        goldStories > 0
          ? await evaluateDigests({
              articles: records.map((record) =>
                prepareArticle({
                  input: `${corpusPath}#${record.id}`,
                  externalId: record.id,
                  title: record.title,
                  originalText: record.text,
                  source: record.source,
                  url: record.url,
                  publishedAt: record.publishedAt,
                  goldStory: record.story,
                }),
              ),
              engine,
              words: options.words,
              ...(options.references ? { references: await readReferences(options.references) } : {}),
            })
          : null;
      const figures = {
        corpus: corpusPath,
        articles: grouping.articles,
        stories: grouping.stories,
        goldStories,
        bcubed: grouping.bcubed,
        groupingSeconds: Number(grouping.seconds.toFixed(3)),
        digests: digests && {
          engine: digests.engine,
          words: digests.words,
          stories: digests.stories.length,
          storiesWithReferences: digests.storiesWithReferences,
          rouge: digests.rouge,
          lexrankRouge: digests.lexrankRouge,
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
        const show = (name: string, scores: typeof digest.rouge) =>
          scores &&
          io.stdout.write(
            `${name.padEnd(9)} ROUGE-1 ${(scores.rouge1.f1 * 100).toFixed(2)}  ROUGE-2 ${(scores.rouge2.f1 * 100).toFixed(2)}  ROUGE-L ${(scores.rougeL.f1 * 100).toFixed(2)}\n`,
          );
        show(digest.engine, digest.rouge);
        show("LexRank", digest.lexrankRouge);
        if (!digest.rouge) io.stdout.write("no --references: ROUGE not computed\n");
      }
    });
}
