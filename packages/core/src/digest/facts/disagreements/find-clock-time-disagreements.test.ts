import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { twoOutletDisputes } from "../../testing/two-outlet-disputes.js";
import { extractFacts } from "../extract-facts.js";

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

  it("sets times of one thing parting told by other verbs with one particle against each other", () => {
    expect(
      sides(
        "The crane's hook came off at about 3.10pm on Sunday, a marshal said.",
        "The crane's hook snapped off shortly after 3.50pm on Sunday.",
      ),
    ).toEqual([["3.10pm", "3.50pm"]]);
    expect(
      sides(
        "The crane's hook came off at about 3.10pm on Sunday, a marshal said.",
        "The crane's boom snapped off shortly after 3.50pm on Sunday.",
      ),
    ).toEqual([]);
  });

  it("reads an undated outlet's 'on Sunday' as the Sunday another outlet dates, never another weekday", () => {
    const disputes = (undated: string) =>
      extractFacts(
        [
          { source: "Alpha News", at: "2031-06-02T10:00:00Z", text: "Two buses skidded at about 8.10am on Sunday." },
          { source: "Beta Post", text: undated },
        ].map((item) =>
          prepareArticle({
            input: item.source,
            source: item.source,
            ...(item.at ? { publishedAt: item.at } : {}),
            title: `${item.source} report`,
            originalText: `A half marathon was run in the heat.\n\n${item.text}`,
          }),
        ),
      ).disagreements.map((item) => item.claims.map((claim) => claim.value));
    expect(disputes("Two buses skidded shortly after 9am on Sunday, a steward said.")).toEqual([["8.10am", "9am"]]);
    expect(disputes("Two buses skidded shortly after 9am on Saturday, a steward said.")).toEqual([]);
  });
});
