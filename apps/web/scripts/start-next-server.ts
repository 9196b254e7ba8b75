import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stopWithThisProcess } from "@roundup/jobs/testing";

const webDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const serveScript = path.join(webDirectory, "scripts", "serve.mjs");

export interface NextServer {
  baseUrl: string;
  process: ChildProcess;
  /** What the server printed so far (stdout and stderr). */
  output: () => string;
  /** Stops the server and waits for it to exit. */
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitForServer(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the web server exited with ${server.exitCode}:\n${output()}`);
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the web server did not answer at ${url} within 60 s:\n${output()}`);
}

/**
 * Starts the built web app (`scripts/serve.mjs`, as `npm start` does) on a free port of 127.0.0.1 with `env`, and resolves once
 * the sign-in page answers.
 */
export async function startNextServer(env: NodeJS.ProcessEnv): Promise<NextServer> {
  const port = await freePort();
  let output = "";
  // ROUNDUP_NEXT_CPU_PROF_DIR=<folder> writes a V8 CPU profile of the server there when it stops.
  const profile = env.ROUNDUP_NEXT_CPU_PROF_DIR
    ? ["--cpu-prof", `--cpu-prof-dir=${env.ROUNDUP_NEXT_CPU_PROF_DIR}`]
    : [];
  const args = [...profile, serveScript, "--hostname", "127.0.0.1", "--port", String(port)];
  const server = spawn(process.execPath, args, {
    cwd: webDirectory,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  // Stopped with the test process however it ends, not left serving after a killed run.
  const stopServer = stopWithThisProcess({ command: ["kill", "-TERM", String(server.pid)] });
  const stop = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    stopServer();
    await exited;
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${baseUrl}/sign-in`, server, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, process: server, output: () => output, stop };
}
