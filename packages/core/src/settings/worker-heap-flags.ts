import { DEFAULT_GROUPING_WINDOW_DAYS } from "../group/grouping-window.js";

/**
 * The heap cap of a process that holds the grouping index, in megabytes, for the 30-day window.
 * Under V8's default limit (about 4 GB on a 64-bit machine with plenty of memory) the heap is
 * collected lazily: the windowed index, whose live data stays under 600 MB, grew to 1.9 GB RSS by
 * the 269th simulated day; capped at 1,024 MB it held 0.89–1.10 GB from day 60 to day 365.
 */
const HEAP_MEGABYTES_FOR_DEFAULT_WINDOW = 1024;

/** Either spelling node accepts, on the command line or in NODE_OPTIONS. */
const heapLimitFlag = /^--max[-_]old[-_]space[-_]size(=|$)/;

/**
 * The default cap for a grouping window: 1,024 MB for 30 days, growing in proportion to a longer
 * window (it holds that many more days of articles), never less.
 */
export function defaultWorkerHeapMegabytes(windowDays: number = DEFAULT_GROUPING_WINDOW_DAYS): number {
  const scaled = (HEAP_MEGABYTES_FOR_DEFAULT_WINDOW * windowDays) / DEFAULT_GROUPING_WINDOW_DAYS;
  return Math.max(HEAP_MEGABYTES_FOR_DEFAULT_WINDOW, Math.ceil(scaled / 64) * 64);
}

export interface WorkerHeapFlagsInput {
  /** ROUNDUP_WORKER_HEAP_MB: megabytes, "off" (V8's own limit), or unset (the default for the window). */
  heapMegabytes: number | "off" | undefined;
  /** ROUNDUP_GROUP_WINDOW_DAYS, when set. */
  windowDays: number | undefined;
  /** The node flags the process was started with (`process.execArgv`). */
  execArgv: readonly string[];
  /** NODE_OPTIONS, when set. */
  nodeOptions: string | undefined;
}

/**
 * The node flags a process that holds the grouping index (a worker, the web server's job runner)
 * must be started with: `--max-old-space-size=<megabytes>`, or none when the cap is off or the
 * process already has one (a user's `NODE_OPTIONS=--max-old-space-size=…` or node flag wins).
 * V8 sets its heap limit when the process starts, so a process without the flag starts itself again
 * with it; that child has the flag and so is not started again.
 */
export function workerHeapFlags(input: WorkerHeapFlagsInput): string[] {
  if (input.heapMegabytes === "off") return [];
  const given = [...input.execArgv, ...(input.nodeOptions ?? "").split(/\s+/)];
  if (given.some((flag) => heapLimitFlag.test(flag))) return [];
  return [`--max-old-space-size=${input.heapMegabytes ?? defaultWorkerHeapMegabytes(input.windowDays)}`];
}
