import { SingleBar } from "cli-progress";

export interface ProgressBar {
  tick(label: string): void;
  stop(): void;
}

/**
 * A progress bar on stderr when stderr is a terminal; silent otherwise (pipes, CI, --json),
 * so machine-readable stdout is never mixed with it.
 */
export function createProgressBar(total: number, title: string, enabled = Boolean(process.stderr.isTTY)): ProgressBar {
  if (!enabled || total === 0) return { tick() {}, stop() {} };
  const bar = new SingleBar({
    stream: process.stderr,
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
