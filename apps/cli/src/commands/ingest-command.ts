import type { Command } from "commander";
import type { CommandIo } from "../cli-io.js";

export function registerIngestCommand(program: Command, io: CommandIo): void {
  program
    .command("ingest")
    .description("import articles from files, folders, URLs and RSS/Atom feeds, then group them into stories")
    .argument("<inputs...>", "paths (.txt .md .html .json .jsonl or folders), http(s) URLs or feed URLs")
    .option("--json", "print the report as JSON on stdout")
    .option("--no-group", "store the articles without grouping them")
    .action(async (inputs: string[], options: { json?: boolean; group: boolean }) => {
      const [
        { groupIntoStories, ingestIntoDatabase, StoredFingerprints },
        { readCliEnv },
        { openDatabase },
        { createProgressBar },
      ] = await Promise.all([
        import("@roundup/jobs"),
        import("../env.js"),
        import("../open-database.js"),
        import("../progress-bar.js"),
      ]);
      const env = readCliEnv(io.env);
      const db = await openDatabase(io.env);
      try {
        const progress = createProgressBar(inputs.length, "ingest", io.stderr, !options.json);
        const report = await ingestIntoDatabase(db, inputs, {
          load: { allowHosts: env.ROUNDUP_FETCH_ALLOW_HOSTS },
          fingerprints: new StoredFingerprints({ windowDays: env.ROUNDUP_GROUP_WINDOW_DAYS }),
          // One step per input as given (a folder is one step, whatever it holds): never "ingest 7/3".
          onInput: (input) => progress.tick(input),
          onLoaded: (input) => progress.label(input),
        });
        progress.stop();
        if (options.group && report.imported.length > 0)
          await groupIntoStories(db, { full: false, windowDays: env.ROUNDUP_GROUP_WINDOW_DAYS });
        if (options.json) {
          io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        } else {
          for (const item of report.imported) {
            const duplicate = item.duplicateOf ? ` (near-duplicate of ${item.duplicateOf})` : "";
            io.stdout.write(`imported ${item.id} ${item.title}${duplicate}\n`);
          }
          for (const item of report.skipped) io.stdout.write(`skipped  ${item.input}: ${item.reason}\n`);
          for (const item of report.failed) io.stderr.write(`failed   ${item.input}: ${item.error}\n`);
          io.stdout.write(
            `${report.imported.length} imported, ${report.skipped.length} skipped, ${report.failed.length} failed\n`,
          );
        }
        if (report.failed.length > 0) io.setExitCode(1);
      } finally {
        await db.$disconnect();
      }
    });
}
