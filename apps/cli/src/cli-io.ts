/** Where a command writes text: process.stdout / process.stderr in a shell, a buffer in a test. */
export interface CliOutput {
  write(text: string): unknown;
  /** True only for a terminal (progress bars are drawn there and nowhere else). */
  readonly isTTY?: boolean;
}

/**
 * Everything a command reads from or writes to the world outside its arguments. Commands never use
 * process.stdout, process.stderr, process.env, process.exitCode or process signals themselves: they
 * write through `stdout`/`stderr`, read settings from `env`, and set a failing exit code with
 * `setExitCode`, so `run(argv, io)` behaves the same in a shell (bin/roundup.js) and inside a test.
 */
export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  env: NodeJS.ProcessEnv;
  /** Subscribes to stop requests (SIGINT/SIGTERM in a shell); returns the unsubscribe function. */
  onStop(listener: (signal: string) => void): () => void;
  /** Ends at once without waiting for running work (a second Ctrl-C on the worker). */
  exitNow(code: number): void;
  /** The node flags this process was started with (`process.execArgv`; none in a test). */
  readonly nodeFlags: readonly string[];
  /**
   * Runs this same command again in a child process started with `nodeFlags` added (flags V8 reads
   * only at start, such as the heap cap), relaying stop signals to it; resolves with its exit code.
   * Absent where the command does not run as a process of its own (tests run it in-process).
   */
  startAgainWith?(nodeFlags: readonly string[]): Promise<number>;
}

/** What a command's action receives: the io, and a way to end with a non-zero code after printing. */
export interface CommandIo extends CliIo {
  /** Sets the exit code `run` returns (1: some inputs failed, 2: bad usage); the command goes on. */
  setExitCode(code: number): void;
}
