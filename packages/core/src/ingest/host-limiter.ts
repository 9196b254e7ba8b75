/**
 * At most `perHost` requests at a time to any one host, the others waiting in order: polling many
 * feeds of one site (and their teaser pages) never hits it with more than a couple of connections.
 */
export class HostLimiter {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(readonly perHost: number) {
    if (!Number.isInteger(perHost) || perHost < 1)
      throw new RangeError(`perHost must be a whole number ≥ 1, not ${perHost}`);
  }

  /** Runs `work` once a slot for the URL's host is free. */
  async run<T>(url: string, work: () => Promise<T>): Promise<T> {
    const host = hostOf(url);
    if ((this.running.get(host) ?? 0) >= this.perHost)
      // A finishing request hands its slot straight to the next waiter (see release).
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(host) ?? [];
        queue.push(resolve);
        this.waiting.set(host, queue);
      });
    else this.running.set(host, (this.running.get(host) ?? 0) + 1);
    try {
      return await work();
    } finally {
      this.release(host);
    }
  }

  /** Requests running now for the URL's host. */
  active(url: string): number {
    return this.running.get(hostOf(url)) ?? 0;
  }

  private release(host: string): void {
    const queue = this.waiting.get(host);
    const next = queue?.shift();
    if (queue && queue.length === 0) this.waiting.delete(host);
    if (next) {
      next();
      return;
    }
    const count = (this.running.get(host) ?? 1) - 1;
    if (count === 0) this.running.delete(host);
    else this.running.set(host, count);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
