/** Next calls this once when the server starts: it starts the in-process job worker. */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is set by Next itself: the worker needs Node (SQLite, pg), not the edge runtime.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startWebWorker } = await import("./server/start-web-worker");
  try {
    await startWebWorker();
  } catch (error) {
    // Next would log this and serve on without a worker; a bad setting must stop the start instead.
    process.stderr.write(`roundup web: cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
