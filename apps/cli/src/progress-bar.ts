import { SingleBar } from "cli-progress";

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
 * A progress bar on stderr when stderr is a terminal; silent otherwise (pipes, CI, --json),
 * so machine-readable stdout is never mixed with it.
 */
export function createProgressBar(
  total: number,
  title: string,
  enabled = Boolean(process.stderr.isTTY),
  stream: NodeJS.WritableStream = process.stderr,
): ProgressBar {
  if (!enabled || total === 0) return { tick() {}, label() {}, stop() {} };
  const bar = new SingleBar({
    stream,
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
