import type { Command } from "commander";
import type { CommandIo } from "../cli-io.js";

export function registerGroupCommand(program: Command, io: CommandIo): void {
  program
    .command("group")
    .description(
      "group the stored articles into stories (editors' moves, merges and splits are kept); stories no article reached for ROUNDUP_GROUP_WINDOW_DAYS (30) close",
    )
    .option("--full", "regroup every article of the open stories from scratch instead of placing only new ones")
    .option("--json", "print JSON on stdout")
    .action(async (options: { full?: boolean; json?: boolean }) => {
      const [{ groupIntoStories }, { readCliEnv }, { openDatabase }] = await Promise.all([
        import("@roundup/jobs"),
        import("../env.js"),
        import("../open-database.js"),
      ]);
      const env = readCliEnv(io.env);
      const db = await openDatabase(io.env);
      try {
        const report = await groupIntoStories(db, {
          full: Boolean(options.full),
          windowDays: env.ROUNDUP_GROUP_WINDOW_DAYS,
        });
        if (options.json) {
          io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
          return;
        }
        for (const story of report.stories) {
          io.stdout.write(`${story.id}  ${String(story.articles).padStart(4)} articles  ${story.label}\n`);
        }
        io.stdout.write(
          `${report.stories.length} stories ${report.mode === "full" ? "after a full regroup" : "changed"}, ${report.placed} articles placed in ${report.seconds.toFixed(2)} s${report.closed > 0 ? `; ${report.closed} inactive stories closed` : ""}\n`,
        );
      } finally {
        await db.$disconnect();
      }
    });
}
