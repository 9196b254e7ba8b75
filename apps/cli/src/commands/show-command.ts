import { getStoryPage } from "@roundup/db";
import type { Command } from "commander";
import { openDatabase } from "../open-database.js";
import { renderDigestText } from "../render-digest-text.js";

export function registerShowCommand(program: Command): void {
  program
    .command("show")
    .description("print a story's digest as readable text, with its numbered citations")
    .argument("<story>", "the story id (see `roundup stories`)")
    .action(async (storyId: string) => {
      const db = await openDatabase();
      try {
        const page = await getStoryPage(db, storyId);
        if (!page) {
          process.stderr.write(`roundup show: story ${storyId} not found: list them with \`roundup stories\`\n`);
          process.exitCode = 2;
          return;
        }
        if (!page.digest) {
          process.stderr.write(
            `roundup show: story ${storyId} has no digest yet: run \`roundup digest --story ${storyId}\`\n`,
          );
          process.exitCode = 1;
          return;
        }
        if (!page.digest.content) {
          process.stderr.write(
            `roundup show: the stored digest of story ${storyId} does not match the digest schema: regenerate it with \`roundup digest --story ${storyId} --force\`\n`,
          );
          process.exitCode = 1;
          return;
        }
        process.stdout.write(renderDigestText(page, page.digest.content));
      } finally {
        await db.$disconnect();
      }
    });
}
