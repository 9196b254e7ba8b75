import type { Command } from "commander";
import type { CommandIo } from "../cli-io.js";

export function registerVerifyCommand(program: Command, io: CommandIo): void {
  program
    .command("verify")
    .description("check sentences against their source passages without a model (JSONL in, JSONL out)")
    .argument("<file>", 'JSONL: {"id", "sentence", "source"} or {"id", "sentence", "sources": [...]}, optional "label"')
    .option("--json", "print one result per line; figures (when lines carry labels) as a last line")
    .action(async (file: string, options: { json?: boolean }) => {
      const [{ readFile }, { verifyLines }] = await Promise.all([
        import("node:fs/promises"),
        import("./verify-lines.js"),
      ]);
      const report = verifyLines(await readFile(file, "utf8"));
      for (const problem of report.problems) io.stderr.write(`roundup verify: ${problem}\n`);
      const hasFigures = Object.keys(report.figures).length > 0;
      if (options.json) {
        for (const result of report.results) io.stdout.write(`${JSON.stringify(result)}\n`);
        if (hasFigures) io.stdout.write(`${JSON.stringify({ figures: report.figures })}\n`);
      } else {
        for (const result of report.results)
          io.stdout.write(
            `${result.id}\t${result.verdict}\t${result.score.toFixed(3)}${result.reasons.length > 0 ? `\t${result.reasons.join("; ")}` : ""}\n`,
          );
        for (const [group, figures] of Object.entries(report.figures))
          io.stdout.write(
            `${group}: ${figures.sentences} sentences, balanced accuracy ${figures.balancedAccuracy.toFixed(3)}, unsupported caught ${(figures.unsupportedCaught * 100).toFixed(1)}%, supported passed ${(figures.supportedPassed * 100).toFixed(1)}%\n`,
          );
      }
      if (report.problems.length > 0) io.setExitCode(1);
    });
}
