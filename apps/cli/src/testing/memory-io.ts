import type { CliIo } from "../cli-io.js";
import { run } from "../run.js";

/** An io that keeps what a command writes, for tests that run the command line in-process. */
export interface MemoryIo extends CliIo {
  stdoutText(): string;
  stderrText(): string;
  /** Sends a stop request (what SIGINT/SIGTERM are in a shell) to the running command. */
  requestStop(signal?: string): void;
  /** Codes the command asked to exit with at once. */
  readonly exitNowCodes: number[];
}

export function memoryIo(env: NodeJS.ProcessEnv): MemoryIo {
  let stdout = "";
  let stderr = "";
  const listeners = new Set<(signal: string) => void>();
  const exitNowCodes: number[] = [];
  return {
    stdout: {
      write(text: string) {
        stdout += text;
      },
    },
    stderr: {
      write(text: string) {
        stderr += text;
      },
    },
    env,
    onStop(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    exitNow(code) {
      exitNowCodes.push(code);
    },
    nodeFlags: [],
    stdoutText: () => stdout,
    stderrText: () => stderr,
    requestStop(signal = "SIGTERM") {
      for (const listener of [...listeners]) listener(signal);
    },
    exitNowCodes,
  };
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `roundup <args>` in this process with `env` and resolves with its exit code and output. */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  const io = memoryIo(env);
  const status = await run(args, io);
  return { status, stdout: io.stdoutText(), stderr: io.stderrText() };
}
