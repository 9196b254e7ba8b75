import { spawn } from "node:child_process";
import { constants } from "node:os";
import type { CliIo } from "./cli-io.js";

const relayedSignals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

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
    nodeFlags: process.execArgv,
    startAgainWith,
  };
}

/**
 * Node cannot replace its own process (no exec before Node 23), so the command runs in a child and
 * this process only relays signals and the exit code. The child has a process group of its own so
 * that a Ctrl-C reaches it once, through this relay, not twice (a second one means "stop now").
 */
function startAgainWith(nodeFlags: readonly string[]): Promise<number> {
  const child = spawn(process.execPath, [...nodeFlags, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  let childRunning = true;
  let stopRelayed = false;
  const relay = (signal: NodeJS.Signals) => {
    if (!childRunning) return;
    stopRelayed = true;
    child.kill(signal);
  };
  // The listeners stay until this process exits: a stop that reaches it just after the child ended
  // (a service manager signals both) must not kill it with 143 instead of the child's exit code.
  for (const signal of relayedSignals) process.on(signal, relay);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      childRunning = false;
      // The child listens for stop signals from start to exit, so a stop signal kills it only in
      // the moments Node closes its signal handlers while exiting: a second copy of a stop it was
      // already carrying out (a service manager signals both processes). That stop was asked for.
      if (code === null && stopRelayed && relayedSignals.some((relayed) => relayed === signal)) return resolve(0);
      // Ended by a signal: the shell's convention, 128 + its number.
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}
