import { type Command, Option } from "commander";
import type { CommandIo } from "../cli-io.js";

export function registerDigestCommand(program: Command, io: CommandIo): void {
  program
    .command("digest")
    .description("write a cited digest for one story or all of them")
    .option("--story <id>", "the story to digest")
    .option("--all", "digest every story")
    .addOption(new Option("--engine <name>", "offline (no model), llm or batch").choices(["offline", "llm", "batch"]))
    .option("--prompt <id@version>", "the prompt template, e.g. summarize@1")
    .option("--force", "regenerate even when inputs and prompt are unchanged")
    .option("--batch-id <id>", "with --engine batch: collect this submitted batch instead of submitting one")
    .option("--json", "print JSON on stdout")
    .action(
      async (options: {
        story?: string;
        all?: boolean;
        engine?: "offline" | "llm" | "batch";
        prompt?: string;
        force?: boolean;
        json?: boolean;
        batchId?: string;
      }) => {
        if (!options.story && !options.all) {
          io.stderr.write("roundup digest: choose --story <id> or --all\n");
          io.setExitCode(2);
          return;
        }
        const [
          { loadStoryDigests, readDatabaseEnv },
          { digestStories },
          { batchStatePath, createBatchJournal },
          engines,
          { readCliEnv },
        ] = await Promise.all([
          import("@roundup/db"),
          import("@roundup/jobs"),
          import("../batch-journal.js"),
          import("../create-engine.js"),
          import("../env.js"),
        ]);
        const { createEngine } = engines;
        const { defaultModelName } = await import("@roundup/core");
        const env = readCliEnv(io.env);
        const engineName = options.engine ?? env.ROUNDUP_ENGINE ?? "offline";
        if (options.batchId && engineName !== "batch") {
          io.stderr.write("roundup digest: --batch-id needs --engine batch\n");
          io.setExitCode(2);
          return;
        }
        // Pending batch ids live in a small state file, so a run that dies can be resumed.
        const journal =
          engineName === "batch"
            ? createBatchJournal(
                batchStatePath(env.ROUNDUP_BATCH_STATE, readDatabaseEnv(io.env).databaseUrl),
                defaultModelName(env),
                (line) => io.stderr.write(`${line}\n`),
              )
            : {};
        const engine = createEngine(engineName, env, {
          ...journal,
          ...(options.batchId ? { resume: [options.batchId] } : {}),
        });
        const db = await (await import("../open-database.js")).openDatabase(io.env);
        try {
          const report = await digestStories(db, {
            engine,
            all: Boolean(options.all),
            ...(options.story ? { storyId: options.story } : {}),
            ...(options.prompt ? { prompt: options.prompt } : {}),
            force: Boolean(options.force),
          });
          if (options.json) {
            // Each digest's full content (the schema of @roundup/prompts) beside its run and review status.
            const stored = new Map(
              (
                await loadStoryDigests(
                  db,
                  report.results.map((result) => result.storyId),
                )
              ).map((row) => [row.storyId, row]),
            );
            const results = report.results.map((result) => {
              const row = stored.get(result.storyId);
              return {
                ...result,
                reviewStatus: row?.status ?? null,
                version: row?.version ?? null,
                digest: row?.digest ?? null,
              };
            });
            io.stdout.write(`${JSON.stringify({ ...report, results }, null, 2)}\n`);
          } else {
            for (const result of report.results) {
              const flag = result.unsupported > 0 ? `, ${result.unsupported} unsupported` : "";
              io.stdout.write(
                `${result.status.padEnd(11)} ${result.storyId}  ${result.sentences} sentences${flag}  ${result.label}\n`,
              );
            }
            for (const failure of report.failed) io.stderr.write(`failed      ${failure.storyId}: ${failure.error}\n`);
          }
          if (report.failed.length > 0) io.setExitCode(1);
        } finally {
          await db.$disconnect();
        }
      },
    );
}
