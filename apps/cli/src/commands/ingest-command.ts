import { groupIntoStories, ingestIntoDatabase } from "@roundup/jobs";
import type { Command } from "commander";
import { readCliEnv } from "../env.js";
import { openDatabase } from "../open-database.js";
import { createProgressBar } from "../progress-bar.js";

export function registerIngestCommand(program: Command): void {
  program
    .command("ingest")
    .description("import articles from files, folders, URLs and RSS/Atom feeds, then group them into stories")
    .argument("<inputs...>", "paths (.txt .md .html .json .jsonl or folders), http(s) URLs or feed URLs")
    .option("--json", "print the report as JSON on stdout")
    .option("--no-group", "store the articles without grouping them")
    .action(async (inputs: string[], options: { json?: boolean; group: boolean }) => {
      const env = readCliEnv();
      const db = await openDatabase();
      try {
        const progress = createProgressBar(inputs.length, "ingest", !options.json && Boolean(process.stderr.isTTY));
        const report = await ingestIntoDatabase(db, inputs, {
          load: { allowHosts: env.ROUNDUP_FETCH_ALLOW_HOSTS?.split(",").map((host) => host.trim()) ?? [] },
          onInput: (input) => progress.tick(input),
        });
        progress.stop();
        if (options.group && report.imported.length > 0)
          await groupIntoStories(db, { full: false, windowDays: env.ROUNDUP_GROUP_WINDOW_DAYS });
        if (options.json) {
          process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        } else {
          for (const item of report.imported) {
            const duplicate = item.duplicateOf ? ` (near-duplicate of ${item.duplicateOf})` : "";
            process.stdout.write(`imported ${item.id} ${item.title}${duplicate}\n`);
          }
          for (const item of report.skipped) process.stdout.write(`skipped  ${item.input}: ${item.reason}\n`);
          for (const item of report.failed) process.stderr.write(`failed   ${item.input}: ${item.error}\n`);
          process.stdout.write(
            `${report.imported.length} imported, ${report.skipped.length} skipped, ${report.failed.length} failed\n`,
          );
        }
        if (report.failed.length > 0) process.exitCode = 1;
      } finally {
        await db.$disconnect();
      }
    });
}
