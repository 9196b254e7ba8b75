import { loadStories } from "@roundup/db";
import type { Command } from "commander";
import { openDatabase } from "../open-database.js";

export function registerStoriesCommand(program: Command): void {
  program
    .command("stories")
    .description("list the stories and their articles")
    .option("--json", "print JSON on stdout")
    .action(async (options: { json?: boolean }) => {
      const db = await openDatabase();
      try {
        const stories = await loadStories(db);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(stories, null, 2)}\n`);
          return;
        }
        for (const story of stories) {
          const span = [story.startAt?.slice(0, 10), story.endAt?.slice(0, 10)].filter(Boolean).join(" – ");
          process.stdout.write(
            `${story.id}  ${String(story.articleIds.length).padStart(4)} articles  ${span ? `${span}  ` : ""}${story.label}\n`,
          );
        }
        process.stdout.write(`${stories.length} stories\n`);
      } finally {
        await db.$disconnect();
      }
    });
}
