import { describe, expect, it } from "vitest";
import { twoOutletDisputes } from "../testing/two-outlet-disputes.js";

const disputes = (first: string, second: string) =>
  twoOutletDisputes(first, second, { day: "2036-09-05", opening: "A crane collapsed in Kelby on Saturday." });

describe("those aboard as a sum of parts and as a whole", () => {
  it("adds “three riggers and a foreman” on the crane when it fell, against another outlet's five men", () => {
    expect(
      disputes(
        "Three riggers and a foreman were on the crane when it buckled, police said.",
        "Five men were on the structure when it came down, the sheriff said.",
      ),
    ).toEqual([["Three riggers and a foreman", "Five"]]);
  });

  it("adds a pilot and nine passengers against eleven people on board", () => {
    expect(
      disputes(
        "The pilot and nine passengers were in the basket when it hit the ground.",
        "Eleven people were on board the balloon, police said.",
      ),
    ).toEqual([["The pilot and nine passengers", "Eleven"]]);
  });

  it("agrees when the parts add up, and adds nothing but people where they were when it failed", () => {
    expect(
      disputes(
        "Three riggers and a foreman were on the crane when it buckled.",
        "Four men were on the structure when it came down.",
      ),
    ).toEqual([]);
    expect(
      disputes(
        "Three riggers and a foreman were on the crane's payroll.",
        "Five men were on the structure when it came down.",
      ),
    ).toEqual([]);
  });
});
