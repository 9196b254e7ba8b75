import { describe, expect, it } from "vitest";
import { twoOutletDisputes } from "../../testing/two-outlet-disputes.js";

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

describe("those aboard told with other nouns and verbs (facts38)", () => {
  const ride = (first: string, second: string) =>
    twoOutletDisputes(first, second, {
      day: "2036-09-05",
      opening: "A vehicle came off the road near Kelby on Saturday.",
    });

  it("sets a road vehicle's passengers against people on board, which differ by the driver at most", () => {
    expect(
      ride(
        "The coach was carrying 26 passengers when it left the road.",
        "The coach left the road with 31 people on board.",
      ),
    ).toEqual([["26", "31"]]);
    expect(
      ride(
        "The coach was carrying 26 passengers when it left the road.",
        "The coach left the road with 27 people on board.",
      ),
    ).toEqual([]);
    // An aircraft's passengers leave out a crew of any size.
    expect(
      ride("The jet was carrying 140 passengers when it landed.", "The jet landed with 146 people on board."),
    ).toEqual([]);
  });

  it("reads a bare figure aboard as people: 'which had 7 on board' against 'carrying 10 people'", () => {
    expect(
      ride("The ferry, which had 7 on board, sank near the quay.", "The ferry sank while carrying 10 people."),
    ).toEqual([["7", "10"]]);
  });
});
