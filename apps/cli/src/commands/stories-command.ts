import { loadStories, reopenStory } from "@roundup/db";
import type { Command } from "commander";
import { openDatabase } from "../open-database.js";

export function registerStoriesCommand(program: Command): void {
  program
    .command("stories")
    .description("list the stories and their articles (closed stories are marked)")
    .option("--json", "print JSON on stdout")
    .option("--reopen <id>", "reopen a closed story: grouping holds it again and new articles can join it")
    .action(async (options: { json?: boolean; reopen?: string }) => {
      const db = await openDatabase();
      try {
        if (options.reopen) {
          const result = await reopenStory(db, { storyId: options.reopen });
          if (!result.ok) {
            process.stderr.write(`roundup stories: cannot reopen ${options.reopen}: ${result.message}\n`);
            process.exitCode = 1;
            return;
          }
          if (options.json) process.stdout.write(`${JSON.stringify({ reopened: options.reopen }, null, 2)}\n`);
          else process.stdout.write(`reopened ${options.reopen}; new articles about it can join it again\n`);
          return;
        }
        const stories = await loadStories(db);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(stories, null, 2)}\n`);
          return;
        }
        for (const story of stories) {
          const span = [story.startAt?.slice(0, 10), story.endAt?.slice(0, 10)].filter(Boolean).join(" – ");
          process.stdout.write(
            `${story.id}  ${String(story.articleIds.length).padStart(4)} articles  ${span ? `${span}  ` : ""}${story.closedAt ? "[closed]  " : ""}${story.label}\n`,
          );
        }
        process.stdout.write(`${stories.length} stories\n`);
      } finally {
        await db.$disconnect();
      }
    });
}
