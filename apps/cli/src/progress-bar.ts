import { SingleBar } from "cli-progress";
import type { CliOutput } from "./cli-io.js";

export interface ProgressBar {
  /** One more of the total is done; `label` says which. */
  tick(label: string): void;
  /** Shows what is being worked on, without counting it. */
  label(label: string): void;
  stop(): void;
}

function shorten(label: string): string {
  return label.length > 40 ? `…${label.slice(-39)}` : label;
}

/**
 * A progress bar on `output` when it is a terminal and `enabled`; silent otherwise (pipes, CI, --json,
 * tests), so machine-readable stdout is never mixed with it.
 */
export function createProgressBar(total: number, title: string, output: CliOutput, enabled = true): ProgressBar {
  if (!enabled || !output.isTTY || total === 0) return { tick() {}, label() {}, stop() {} };
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
  let done = 0;
  return {
    tick(label) {
      // A caller ticking more often than it announced still never shows "7/3".
      done = Math.min(done + 1, total);
      bar.update(done, { label: shorten(label) });
    },
    label(label) {
      bar.update(done, { label: shorten(label) });
    },
    stop() {
      bar.stop();
    },
  };
}
