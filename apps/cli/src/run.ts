import { Command, CommanderError } from "commander";
import type { CliIo, CommandIo } from "./cli-io.js";
import { registerArticlesCommand } from "./commands/articles-command.js";
import { registerDigestCommand } from "./commands/digest-command.js";
import { registerEvalCommand } from "./commands/eval-command.js";
import { registerFeedsCommand } from "./commands/feeds-command.js";
import { registerGroupCommand } from "./commands/group-command.js";
import { registerIngestCommand } from "./commands/ingest-command.js";
import { registerSetupCommand } from "./commands/setup-command.js";
import { registerShowCommand } from "./commands/show-command.js";
import { registerStoriesCommand } from "./commands/stories-command.js";
import { registerVerifyCommand } from "./commands/verify-command.js";
import { registerJobsCommand, registerWorkerCommand } from "./commands/worker-command.js";

/**
 * Runs the `roundup` command line in this process and resolves with its exit code: 0 done, 1 some
 * inputs failed, 2 bad usage or configuration. `argv` holds the arguments only (no node, no script).
 * A new command is a `registerXCommand(program, io)` in commands/, added below: it writes through `io`
 * (never process.stdout, process.env or process.exitCode) and imports its heavy modules inside its
 * action (`await import(...)`), so that `roundup --help` loads little more than commander.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const commandIo: CommandIo = {
    ...io,
    setExitCode(code) {
      exitCode = code;
    },
  };
  const program = new Command()
    .name("roundup")
    .description("Roundup: clean, group and digest news articles with checked citations")
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError()
    .exitOverride();

  registerSetupCommand(program, commandIo);
  registerIngestCommand(program, commandIo);
  registerArticlesCommand(program, commandIo);
  registerGroupCommand(program, commandIo);
  registerStoriesCommand(program, commandIo);
  registerDigestCommand(program, commandIo);
  registerShowCommand(program, commandIo);
  registerEvalCommand(program, commandIo);
  registerVerifyCommand(program, commandIo);
  registerWorkerCommand(program, commandIo);
  registerJobsCommand(program, commandIo);
  registerFeedsCommand(program, commandIo);

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const { isRoundupError } = await import("@roundup/core");
    io.stderr.write(`roundup: ${isRoundupError(error) ? error.describe() : describeError(error)}\n`);
    return 2;
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
