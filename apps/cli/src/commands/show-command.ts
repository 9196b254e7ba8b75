import type { Command } from "commander";
import type { CommandIo } from "../cli-io.js";

export function registerShowCommand(program: Command, io: CommandIo): void {
  program
    .command("show")
    .description("print a story's digest as readable text, with its numbered citations")
    .argument("<story>", "the story id (see `roundup stories`)")
    .action(async (storyId: string) => {
      const [{ getStoryPage }, { openDatabase }, { renderDigestText }] = await Promise.all([
        import("@roundup/db"),
        import("../open-database.js"),
        import("../render-digest-text.js"),
      ]);
      const db = await openDatabase(io.env);
      try {
        const page = await getStoryPage(db, storyId);
        if (!page) {
          io.stderr.write(`roundup show: story ${storyId} not found: list them with \`roundup stories\`\n`);
          io.setExitCode(2);
          return;
        }
        if (!page.digest) {
          io.stderr.write(
            `roundup show: story ${storyId} has no digest yet: run \`roundup digest --story ${storyId}\`\n`,
          );
          io.setExitCode(1);
          return;
        }
        if (!page.digest.content) {
          io.stderr.write(
            `roundup show: the stored digest of story ${storyId} does not match the digest schema: regenerate it with \`roundup digest --story ${storyId} --force\`\n`,
          );
          io.setExitCode(1);
          return;
        }
        io.stdout.write(renderDigestText(page, page.digest.content));
      } finally {
        await db.$disconnect();
      }
    });
}
