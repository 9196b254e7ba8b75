/**
 * Where the queue's workers read the time and set their timers: leases, heartbeats, polling and the
 * outage backoff. The system clock in production; tests pass a manual clock (testing/manual-clock.ts)
 * to move a lease or a backoff forward without waiting for it.
 */
export interface Clock {
  now(): number;
  /** Calls `callback` once after `ms`; the returned function cancels it. */
  setTimer(callback: () => void, ms: number): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(callback, ms) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/** Calls `callback` every `ms` on `clock` until the returned function is called. */
export function repeatEvery(clock: Clock, ms: number, callback: () => void): () => void {
  let cancel = clock.setTimer(tick, ms);
  let stopped = false;
  function tick() {
    if (stopped) return;
    cancel = clock.setTimer(tick, ms);
    callback();
  }
  return () => {
    stopped = true;
    cancel();
  };
}

/** Waits `ms` on `clock`, or less when `signal` aborts first; never rejects. */
export function sleep(ms: number, signal?: AbortSignal, clock: Clock = systemClock): Promise<void> {
  return new Promise<void>((resolve) => {
    // Already aborted (a worker stopped while it was claiming): no wait, as no abort event will come.
    if (signal?.aborted) return resolve();
    const cancel = clock.setTimer(done, ms);
    function done() {
      cancel();
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
