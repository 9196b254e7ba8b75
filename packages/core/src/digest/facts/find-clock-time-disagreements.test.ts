import { describe, expect, it } from "vitest";
import { twoOutletDisputes } from "../testing/two-outlet-disputes.js";

/** Two outlets' reports of Monday 2 June 2031 about a race run on the Sunday; the disagreements found. */
const sides = (first: string, second: string) =>
  twoOutletDisputes(first, second, { day: "2031-06-02", opening: "A half marathon was run in the heat." });

describe("findClockTimeDisagreements: outlets' times of day for one act", () => {
  it("sets two outlets' times for one act told in other words against each other", () => {
    expect(
      sides(
        "Organisers halted the Lakeside half marathon at 9.40am on Sunday as the heat rose.",
        "The Lakeside half marathon was stopped at 10.15am on Sunday, officials said.",
      ),
    ).toEqual([["9.40am", "10.15am"]]);
  });

  it("sets times of one doer and verb of no known act against each other, never another doer's or verb's", () => {
    expect(
      sides(
        "A lamp post toppled and two buses skidded on the ice shortly after 8am on Sunday.",
        "Police said the buses skidded at about 9.30am on Sunday, blocking the road.",
      ),
    ).toEqual([["8am", "9.30am"]]);
    expect(
      sides(
        "Two lorries skidded on the ice shortly after 8am on Sunday.",
        "A lorry skidded at about 9.30am on Sunday, blocking the road.",
      ),
    ).toEqual([["8am", "9.30am"]]);
    expect(
      sides(
        "Two buses skidded on the ice shortly after 8am on Sunday.",
        "Two vans skidded at about 9.30am on Sunday, blocking the road.",
      ),
    ).toEqual([]);
    expect(
      sides(
        "Two buses skidded on the ice shortly after 8am on Sunday.",
        "Two buses stalled at about 9.30am on Sunday, blocking the road.",
      ),
    ).toEqual([]);
  });

  it("reads a time told with the day before as that act's time in the next day's paper", () => {
    expect(
      sides(
        "Organisers halted the Lakeside half marathon at 9.40am on Sunday as the heat rose.",
        "The Lakeside half marathon was stopped at 10.15am yesterday, officials said.",
      ),
    ).toEqual([["9.40am", "10.15am"]]);
  });

  it("leaves alone times of different acts, bounds, plans, times of different days and one moment told roughly", () => {
    // A halt and a rescue at the same race are two acts.
    expect(
      sides(
        "Organisers halted the Lakeside half marathon at 9.40am on Sunday as the heat rose.",
        "An ambulance crew rescued a runner at the Lakeside half marathon at 10.15am on Sunday, officials said.",
      ),
    ).toEqual([]);
    // A bound is no moment.
    expect(
      sides(
        "Organisers halted the Lakeside half marathon at 9.40am on Sunday as the heat rose.",
        "The Lakeside half marathon had been stopped by 11am on Sunday, officials said.",
      ),
    ).toEqual([]);
    // A plan's time is no report of the act.
    expect(
      sides(
        "Organisers halted the Lakeside half marathon at 9.40am on Sunday as the heat rose.",
        "The Lakeside half marathon would be stopped at 11am on Sunday if the heat rose, officials said.",
      ),
    ).toEqual([]);
    // "About 9.40" and "9.45" are one moment.
    expect(
      sides(
        "Organisers halted the Lakeside half marathon at about 9.40am on Sunday as the heat rose.",
        "The Lakeside half marathon was stopped at 9.45am on Sunday, officials said.",
      ),
    ).toEqual([]);
    // Another day's stop is another act.
    expect(
      sides(
        "Organisers halted the Lakeside half marathon at 9.40am on Sunday as the heat rose.",
        "The Lakeside half marathon was stopped at 10.15am on Saturday, officials said.",
      ),
    ).toEqual([]);
  });
});
