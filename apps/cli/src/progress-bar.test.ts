import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgressBar } from "./progress-bar.js";

/** A terminal-like stream that keeps what the bar draws. */
function terminal() {
  let output = "";
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        output += String(chunk);
        done();
      },
    }),
    { isTTY: true, columns: 120, cursorTo() {}, clearLine() {}, moveCursor() {} },
  );
  return { stream, output: () => output };
}

describe("createProgressBar", () => {
  it("never counts past its total, however often it ticks, and labels without counting", () => {
    const { stream, output } = terminal();
    const bar = createProgressBar(3, "ingest", stream);
    bar.label("samples/seeds/000.txt");
    for (const input of ["a", "b", "c", "d", "e", "f", "g"]) bar.tick(input);
    bar.stop();
    const counts = [...output().matchAll(/ingest \S+ (\d+)\/(\d+)/g)].map((match) => Number(match[1]));
    expect(counts.length).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBe(3);
    expect(output()).not.toMatch(/[4-9]\/3/);
  });
});
