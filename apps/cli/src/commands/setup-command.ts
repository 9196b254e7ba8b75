import type { Command } from "commander";
import type { CommandIo } from "../cli-io.js";

export function registerSetupCommand(program: Command, io: CommandIo): void {
  program
    .command("setup")
    .description(
      "migrate the database, ensure an admin, import the sample articles, group them and write offline digests",
    )
    .argument("[inputs...]", "what to import instead of the bundled samples")
    .action(async (inputs: string[]) => {
      const [{ createOfflineEngine }, jobs, { ensureAdminAccount }, { readCliEnv }, { openDatabase }] =
        await Promise.all([
          import("@roundup/core"),
          import("@roundup/jobs"),
          import("../ensure-admin-account.js"),
          import("../env.js"),
          import("../open-database.js"),
        ]);
      const { digestStories, groupIntoStories, ingestIntoDatabase, sampleCorpusFolder } = jobs;
      const env = readCliEnv(io.env);
      const db = await openDatabase(io.env);
      try {
        const admin = await ensureAdminAccount(db, {
          email: env.ROUNDUP_ADMIN_EMAIL,
          password: env.ROUNDUP_ADMIN_PASSWORD,
        });
        if (admin.status === "created") {
          io.stdout.write(
            `\nCreated the first admin account. Sign in with:\n  Email:    ${admin.email}\n  Password: ${admin.password}\nThis password is shown only now; set ROUNDUP_ADMIN_EMAIL and ROUNDUP_ADMIN_PASSWORD to choose your own.\n\n`,
          );
        } else if (admin.status === "configured") {
          io.stdout.write(`admin account ${admin.email} is up to date\n`);
        }
        const ingest = await ingestIntoDatabase(db, inputs.length > 0 ? inputs : [sampleCorpusFolder]);
        for (const item of ingest.failed) io.stderr.write(`failed ${item.input}: ${item.error}\n`);
        io.stdout.write(
          `articles: ${ingest.imported.length} imported, ${ingest.skipped.length} already there, ${ingest.failed.length} failed\n`,
        );
        const grouping = await groupIntoStories(db, { full: false, windowDays: env.ROUNDUP_GROUP_WINDOW_DAYS });
        io.stdout.write(`stories: ${await db.story.count()} (${grouping.placed} articles placed, ${grouping.mode})\n`);
        const digests = await digestStories(db, { engine: createOfflineEngine(), all: true });
        const counts = digests.results.reduce<Record<string, number>>((total, result) => {
          total[result.status] = (total[result.status] ?? 0) + 1;
          return total;
        }, {});
        for (const item of digests.failed) io.stderr.write(`failed digest of ${item.storyId}: ${item.error}\n`);
        if (digests.failed.length > 0) counts.failed = digests.failed.length;
        io.stdout.write(
          `digests: ${
            Object.entries(counts)
              .map(([status, count]) => `${count} ${status}`)
              .join(", ") || "none"
          }\n`,
        );
        if (ingest.failed.length > 0 || digests.failed.length > 0) io.setExitCode(1);
      } finally {
        await db.$disconnect();
      }
    });
}
