import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

export interface Cleanup {
  /** A command that stops what was started (run without a shell). */
  command: [string, ...string[]];
  /** A folder removed afterwards. */
  folder?: string;
}

// Runs in its own small process: polls the test process and, once it is gone (however it ended,
// SIGKILL included), runs the cleanup. Exits by itself when the cleanup was done the normal way.
const watchdog = `
const [parent, cleanup] = [Number(process.argv[1]), JSON.parse(process.argv[2])];
const { spawnSync } = require("node:child_process");
const { rmSync } = require("node:fs");
const timer = setInterval(() => {
  try { process.kill(parent, 0); return; } catch {}
  clearInterval(timer);
  spawnSync(cleanup.command[0], cleanup.command.slice(1), { stdio: "ignore" });
  if (cleanup.folder) rmSync(cleanup.folder, { recursive: true, force: true });
}, 500);
`;

/**
 * Ties a server a test started to this process: it is stopped when this process exits normally or
 * through a signal vitest handles, and also when the process is killed outright, by a watchdog
 * process that notices it is gone. Returns the cleanup to call when the test stops the server
 * itself (which also ends the watchdog). A killed test run once left a server running 52 minutes.
 */
export function stopWithThisProcess(cleanup: Cleanup): () => void {
  let done = false;
  const child = spawn(process.execPath, ["-e", watchdog, String(process.pid), JSON.stringify(cleanup)], {
    detached: true,
    stdio: "ignore",
  });
  child.unref();
  const run = () => {
    if (done) return;
    done = true;
    process.off("exit", run);
    try {
      child.kill();
    } catch {
      // Already gone.
    }
    try {
      spawnSync(cleanup.command[0], cleanup.command.slice(1), { stdio: "ignore" });
    } finally {
      if (cleanup.folder) rmSync(cleanup.folder, { recursive: true, force: true });
    }
  };
  process.on("exit", run);
  return run;
}
