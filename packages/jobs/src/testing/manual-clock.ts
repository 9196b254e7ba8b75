import type { Clock } from "../queue/clock.js";

/**
 * A clock that moves only when a test says so: the queue's leases, heartbeats, polling and backoff
 * (`clock` option) then happen at the moments the test chooses, not after real waits.
 */
export class ManualClock implements Clock {
  private time: number;
  private timers: Array<{ at: number; order: number; callback: () => void }> = [];
  private created = 0;

  constructor(start = Date.now()) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimer(callback: () => void, ms: number): () => void {
    const timer = { at: this.time + Math.max(0, ms), order: this.created++, callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((other) => other !== timer);
    };
  }

  /** Timers set and not yet fired or cancelled (a way to see that the workers went back to waiting). */
  get pending(): number {
    return this.timers.length;
  }

  /** Moves the time forward by `ms`, firing the timers that fall due on the way, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    while (true) {
      const next = this.timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!next) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.time = next.at;
      next.callback();
    }
    this.time = end;
  }
}
