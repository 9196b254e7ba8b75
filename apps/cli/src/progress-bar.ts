import { SingleBar } from "cli-progress";
import type { CliOutput } from "./cli-io.js";

export interface ProgressBar {
  tick(label: string): void;
  stop(): void;
}

/**
 * A progress bar on `output` when it is a terminal and `enabled`; silent otherwise (pipes, CI, --json,
 * tests), so machine-readable stdout is never mixed with it.
 */
export function createProgressBar(total: number, title: string, output: CliOutput, enabled = true): ProgressBar {
  if (!enabled || !output.isTTY || total === 0) return { tick() {}, stop() {} };
  const bar = new SingleBar({
    // Only a real terminal stream reports isTTY.
    stream: output as NodeJS.WriteStream,
    format: `${title} {bar} {value}/{total} {label}`,
    barCompleteChar: "█",
    barIncompleteChar: "░",
    hideCursor: true,
    clearOnComplete: false,
  });
  bar.start(total, 0, { label: "" });
  return {
    tick(label) {
      bar.increment(1, { label: label.length > 40 ? `…${label.slice(-39)}` : label });
    },
    stop() {
      bar.stop();
    },
  };
}
