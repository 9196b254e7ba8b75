import type { Command } from "commander";
import type { CommandIo } from "../cli-io.js";

export function registerStoriesCommand(program: Command, io: CommandIo): void {
  program
    .command("stories")
    .description("list the stories and their articles")
    .option("--json", "print JSON on stdout")
    .action(async (options: { json?: boolean }) => {
      const [{ loadStories }, { openDatabase }] = await Promise.all([
        import("@roundup/db"),
        import("../open-database.js"),
      ]);
      const db = await openDatabase(io.env);
      try {
        const stories = await loadStories(db);
        if (options.json) {
          io.stdout.write(`${JSON.stringify(stories, null, 2)}\n`);
          return;
        }
        for (const story of stories) {
          const span = [story.startAt?.slice(0, 10), story.endAt?.slice(0, 10)].filter(Boolean).join(" – ");
          io.stdout.write(
            `${story.id}  ${String(story.articleIds.length).padStart(4)} articles  ${span ? `${span}  ` : ""}${story.label}\n`,
          );
        }
        io.stdout.write(`${stories.length} stories\n`);
      } finally {
        await db.$disconnect();
      }
    });
}
