import type { Command } from "commander";
import type { CommandIo } from "../cli-io.js";

export function registerGroupCommand(program: Command, io: CommandIo): void {
  program
    .command("group")
    .description("group the stored articles into stories (editors' moves, merges and splits are kept)")
    .option("--full", "regroup every article from scratch instead of placing only new ones")
    .option("--json", "print JSON on stdout")
    .action(async (options: { full?: boolean; json?: boolean }) => {
      const [{ groupIntoStories }, { openDatabase }] = await Promise.all([
        import("@roundup/jobs"),
        import("../open-database.js"),
      ]);
      const db = await openDatabase(io.env);
      try {
        const report = await groupIntoStories(db, { full: Boolean(options.full) });
        if (options.json) {
          io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
          return;
        }
        for (const story of report.stories) {
          io.stdout.write(`${story.id}  ${String(story.articles).padStart(4)} articles  ${story.label}\n`);
        }
        io.stdout.write(
          `${report.stories.length} stories ${report.mode === "full" ? "after a full regroup" : "changed"}, ${report.placed} articles placed in ${report.seconds.toFixed(2)} s\n`,
        );
      } finally {
        await db.$disconnect();
      }
    });
}
