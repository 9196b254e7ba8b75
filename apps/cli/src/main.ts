import { isRoundupError } from "@roundup/core";
import { Command, CommanderError } from "commander";
import { registerArticlesCommand } from "./commands/articles-command.js";
import { registerDigestCommand } from "./commands/digest-command.js";
import { registerEvalCommand } from "./commands/eval-command.js";
import { registerFeedsCommand } from "./commands/feeds-command.js";
import { registerGroupCommand } from "./commands/group-command.js";
import { registerIngestCommand } from "./commands/ingest-command.js";
import { registerSetupCommand } from "./commands/setup-command.js";
import { registerStoriesCommand } from "./commands/stories-command.js";
import { registerJobsCommand, registerWorkerCommand } from "./commands/worker-command.js";

const program = new Command()
  .name("roundup")
  .description("Roundup: clean, group and digest news articles with checked citations")
  .showHelpAfterError()
  .exitOverride();

registerSetupCommand(program);
registerIngestCommand(program);
registerArticlesCommand(program);
registerGroupCommand(program);
registerStoriesCommand(program);
registerDigestCommand(program);
registerEvalCommand(program);
registerWorkerCommand(program);
registerJobsCommand(program);
registerFeedsCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (isRoundupError(error)) {
    process.stderr.write(`roundup: ${error.describe()}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`roundup: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
