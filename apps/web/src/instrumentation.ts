/** Next calls this once when the server starts: it starts the in-process job worker. */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is set by Next itself: the worker needs Node (SQLite, pg), not the edge runtime.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startWebWorker } = await import("./server/start-web-worker");
  await startWebWorker();
}
