import type { CliIo } from "./cli-io.js";

/** The io of the `roundup` process itself: its streams, environment and signals. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    onStop(listener) {
      process.on("SIGINT", listener);
      process.on("SIGTERM", listener);
      return () => {
        process.off("SIGINT", listener);
        process.off("SIGTERM", listener);
      };
    },
    exitNow(code) {
      process.exit(code);
    },
  };
}
