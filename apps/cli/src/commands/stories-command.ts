import type { Command } from "commander";
import type { CommandIo } from "../cli-io.js";

export function registerStoriesCommand(program: Command, io: CommandIo): void {
  program
    .command("stories")
    .description("list the stories and their articles (closed stories are marked)")
    .option("--json", "print JSON on stdout")
    .option("--reopen <id>", "reopen a closed story: grouping holds it again and new articles can join it")
    .action(async (options: { json?: boolean; reopen?: string }) => {
      const [{ loadStories, reopenStory }, { openDatabase }] = await Promise.all([
        import("@roundup/db"),
        import("../open-database.js"),
      ]);
      const db = await openDatabase(io.env);
      try {
        if (options.reopen) {
          const result = await reopenStory(db, { storyId: options.reopen });
          if (!result.ok) {
            io.stderr.write(`roundup stories: cannot reopen ${options.reopen}: ${result.message}\n`);
            io.setExitCode(1);
            return;
          }
          if (options.json) io.stdout.write(`${JSON.stringify({ reopened: options.reopen }, null, 2)}\n`);
          else io.stdout.write(`reopened ${options.reopen}; new articles about it can join it again\n`);
          return;
        }
        const stories = await loadStories(db);
        if (options.json) {
          io.stdout.write(`${JSON.stringify(stories, null, 2)}\n`);
          return;
        }
        for (const story of stories) {
          const span = [story.startAt?.slice(0, 10), story.endAt?.slice(0, 10)].filter(Boolean).join(" – ");
          io.stdout.write(
            `${story.id}  ${String(story.articleIds.length).padStart(4)} articles  ${span ? `${span}  ` : ""}${story.closedAt ? "[closed]  " : ""}${story.label}\n`,
          );
        }
        io.stdout.write(`${stories.length} stories\n`);
      } finally {
        await db.$disconnect();
      }
    });
}
