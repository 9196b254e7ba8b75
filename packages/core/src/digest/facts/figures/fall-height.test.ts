import { describe, expect, it } from "vitest";
import { twoOutletDisputes } from "../../testing/two-outlet-disputes.js";
import { fallHeight } from "./fall-height.js";

const disputes = (first: string, second: string) =>
  twoOutletDisputes(first, second, { day: "2036-08-02", opening: "A light aircraft crashed near Kelby on Saturday." });

describe("fallHeight", () => {
  it("reads a fall, and a height flown at the moment something gave way, as the fall's height", () => {
    expect(fallHeight("Witnesses said it fell from about ", " after a tear opened")).toBe(true);
    expect(fallHeight("The aircraft was flying at around ", " when its engine failed")).toBe(true);
    expect(fallHeight("The climber was about ", " up when the rope snapped")).toBe(true);
  });

  it("reads no fall from a height flown at with no moment, a climb or a limit", () => {
    expect(fallHeight("The aircraft was flying at around ", " over the hills")).toBe(false);
    expect(fallHeight("Earlier it had climbed to ", " over the hills")).toBe(false);
    expect(fallHeight("Aircraft must stay at least ", " above towns")).toBe(false);
  });

  it("sets the fall against the height flown when the engine failed, written “ft” or “feet”", () => {
    expect(
      disputes(
        "Witnesses said the aircraft fell from about 300ft.",
        "The aircraft was flying at about 450 feet when its engine failed, investigators said.",
      ),
    ).toEqual([["about 300", "about 450"]]);
  });

  it("never sets the fall against a height flown at another moment", () => {
    expect(
      disputes(
        "Witnesses said the aircraft fell from about 300ft.",
        "The aircraft was flying at about 450 feet over the hills before it turned for home.",
      ),
    ).toEqual([]);
  });
});
