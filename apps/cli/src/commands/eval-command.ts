import { writeFile } from "node:fs/promises";
import { evaluateGrouping, readCorpus } from "@roundup/core";
import { type Command, InvalidArgumentError, Option } from "commander";

function positiveInteger(value: string): number {
  const parsed = Number.parseInt(value, 10);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError("expected a positive whole number");
  return parsed;
}

interface EvalOptions {
  references?: string;
  words: number;
  engine: "offline" | "llm" | "batch";
  out?: string;
  json?: boolean;
}

export function registerEvalCommand(program: Command): void {
  program
    .command("eval")
    .description("group (and digest) a JSONL corpus without the database, and score it against its gold labels")
    .argument("<corpus>", "a JSONL corpus: {id, title, text, source, url, publishedAt, story?} per line")
    .option("--references <file>", "JSONL of {story, summaries: [...]}: adds ROUGE-1/2/L")
    .option("--words <n>", "cut each summary at this many words", positiveInteger, 100)
    .addOption(new Option("--engine <name>", "digest engine").choices(["offline", "llm", "batch"]).default("offline"))
    .option("--out <file>", "write the predicted stories (and digests) as JSON")
    .option("--json", "print the figures as one JSON object")
    .action(async (corpusPath: string, options: EvalOptions) => {
      const records = await readCorpus(corpusPath);
      const grouping = evaluateGrouping(records);
      const figures = {
        corpus: corpusPath,
        articles: grouping.articles,
        stories: grouping.stories,
        goldStories: new Set(records.map((record) => record.story).filter(Boolean)).size,
        bcubed: grouping.bcubed,
        groupingSeconds: Number(grouping.seconds.toFixed(3)),
      };
      if (options.out) {
        await writeFile(options.out, `${JSON.stringify({ stories: grouping.predictions.stories }, null, 2)}\n`);
      }
      if (options.json) {
        process.stdout.write(`${JSON.stringify(figures)}\n`);
        return;
      }
      process.stdout.write(
        `${figures.articles} articles -> ${figures.stories} stories (gold: ${figures.goldStories})\n`,
      );
      if (figures.bcubed) {
        const { precision, recall, f1 } = figures.bcubed;
        process.stdout.write(
          `B-cubed  precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}  F1 ${f1.toFixed(4)}\n`,
        );
      }
      process.stdout.write(`grouping took ${figures.groupingSeconds} s\n`);
    });
}
