import { describe, expect, it } from "vitest";
import { twoOutletDisputes } from "../../testing/two-outlet-disputes.js";
import { lengthFractionRounding, lengthFractionValue } from "./length-fraction.js";

const disputes = (first: string, second: string) =>
  twoOutletDisputes(first, second, { day: "2036-03-04", opening: "A light aircraft crashed on the moor on Tuesday." });

describe("a length told as a fraction of its unit (facts38)", () => {
  it("reads 'a third of a', 'half a', 'three-quarters of a' as figures, each rough to half its step", () => {
    expect(lengthFractionValue("a third of a")).toBeCloseTo(1 / 3);
    expect(lengthFractionValue("half a")).toBe(0.5);
    expect(lengthFractionValue("three-quarters of a")).toBe(0.75);
    expect(lengthFractionValue("a lot of a")).toBeNull();
    expect(lengthFractionRounding("a quarter of a")).toBe(0.125);
  });

  it("sets debris 'scattered across a third of a mile' against 'spread over 2.5 kilometres', and agrees with 550 metres", () => {
    expect(
      disputes(
        "Debris was scattered across a third of a mile of moorland.",
        "Wreckage was spread over 2.5 kilometres.",
      ),
    ).toEqual([["a third of a mile", "2.5 kilometres"]]);
    expect(disputes("Debris was scattered across a third of a mile.", "Wreckage was spread over 550 metres.")).toEqual(
      [],
    );
  });

  it("compares 'half a kilometre' with '900 metres' in one unit, and leaves a distance travelled apart", () => {
    expect(disputes("Debris was scattered across half a kilometre.", "Wreckage was strewn over 900 metres.")).toEqual([
      ["half a kilometre", "900 metres"],
    ]);
    expect(
      disputes("Debris was scattered across half a kilometre.", "The plane glided 3 kilometres before it hit."),
    ).toEqual([]);
  });
});
