import { describe, expect, it } from "vitest";
import { HostLimiter } from "./host-limiter.js";

/** A request that finishes when the test says so. */
function pending() {
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return { done, finish };
}

describe("HostLimiter", () => {
  it("runs at most perHost requests per host at once, in order, and other hosts freely", async () => {
    const limiter = new HostLimiter(2);
    const started: string[] = [];
    const gates = Array.from({ length: 4 }, pending);
    const run = (url: string, index: number) =>
      limiter.run(url, async () => {
        started.push(`${index}`);
        await gates[index]?.done;
        return index;
      });
    const results = [
      run("https://a.example/feed1", 0),
      run("https://a.example/feed2", 1),
      run("https://A.example/page", 2),
      run("https://b.example/feed", 3),
    ];
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toEqual(["0", "1", "3"]);
    expect(limiter.active("https://a.example/")).toBe(2);
    gates[0]?.finish();
    await results[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(["0", "1", "3", "2"]);
    // The slot was handed over, not freed and retaken: still two, never three.
    expect(limiter.active("https://a.example/")).toBe(2);
    for (const gate of gates) gate.finish();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3]);
    expect(limiter.active("https://a.example/")).toBe(0);
  });

  it("never lets a newcomer overtake a waiter when a slot frees", async () => {
    const limiter = new HostLimiter(1);
    let running = 0;
    let most = 0;
    const work = () =>
      limiter.run("https://a.example/", async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setImmediate(resolve));
        running -= 1;
      });
    const first = work();
    const second = work();
    await first;
    // Called between the first finishing and the second resuming.
    const third = work();
    await Promise.all([second, third]);
    expect(most).toBe(1);
  });

  it("frees the slot when the work throws", async () => {
    const limiter = new HostLimiter(1);
    await expect(limiter.run("https://a.example/", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limiter.run("https://a.example/", async () => "next")).toBe("next");
    expect(() => new HostLimiter(0)).toThrow(RangeError);
  });
});
