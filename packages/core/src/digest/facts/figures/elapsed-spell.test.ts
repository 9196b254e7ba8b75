import { describe, expect, it } from "vitest";
import { twoOutletDisputes } from "../../testing/two-outlet-disputes.js";
import { elapsedSpell } from "./elapsed-spell.js";

const disputes = (first: string, second: string) =>
  twoOutletDisputes(first, second, { day: "2036-03-11", opening: "A storm hit Kelby on Tuesday." });

describe("elapsedSpell", () => {
  it("reads the time before a reopening, a return of service or a fire's end as the spell's length", () => {
    expect(elapsedSpell("Riverside Road reopened on Friday morning, ", " after the roof failed.")).toBe("closed");
    expect(elapsedSpell("The bridge reopened ", " later.")).toBe("closed");
    expect(elapsedSpell("Service returned ", " after the failure began.")).toBe("outage");
    expect(elapsedSpell("The fire was finally out just after 7am, ", " after it began.")).toBe("burned");
  });

  it("reads nothing from a reopening still to come, a fire's end timed from something else, or no span's start", () => {
    expect(elapsedSpell("The arena is expected to reopen about ", " after the storm.")).toBeNull();
    expect(elapsedSpell("The fire was put out ", " after crews arrived.")).toBeNull();
    expect(elapsedSpell("The road reopened for ", " on Sunday.")).toBeNull();
  });
});

describe("findDisagreements: a spell's length told as a modifier and as time elapsed", () => {
  it("sets 'the nine-hour shutdown' against service returning 11 hours after the failure began", () => {
    expect(
      disputes("Service returned 11 hours after the failure began.", "The nine-hour shutdown hit 40,000 homes."),
    ).toEqual([["nine", "11"]]);
  });

  it("sets 'a three-day closure' against a reopening four days later, and a fire's length told both ways", () => {
    expect(disputes("The bridge reopened four days later.", "The three-day closure cost traders dearly.")).toEqual([
      ["three", "four"],
    ]);
    expect(
      disputes(
        "The fire was finally out just after 7am, six hours after it began.",
        "The four-hour blaze destroyed 19 buses.",
      ),
    ).toEqual([["four", "six"]]);
  });

  it("never sets a planned closure, or the time crews stayed, against the spell's length", () => {
    expect(
      disputes("The road was expected to stay closed for three days.", "The bridge reopened four days later."),
    ).toEqual([]);
    expect(
      disputes("Firefighters stayed at the scene for 14 hours.", "The four-hour blaze destroyed 19 buses."),
    ).toEqual([]);
  });
});
