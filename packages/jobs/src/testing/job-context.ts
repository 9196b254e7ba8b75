import type { JobContext } from "../queue/job-queue.js";

/** The context of a first attempt that reports and keeps nothing, for calling a handler directly. Test support only. */
export function jobContext(id: string, name: string): JobContext {
  return {
    id,
    name,
    attempt: 1,
    signal: new AbortController().signal,
    progress: async () => undefined,
    saved: null,
    save: async () => undefined,
  };
}
