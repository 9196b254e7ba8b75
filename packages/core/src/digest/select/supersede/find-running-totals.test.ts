import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findRunningTotals } from "./find-running-totals.js";
import { findSuperseded } from "./find-superseded.js";

/** The sentences findRunningTotals marks in a story of a Monday report and a Thursday report. */
function grownIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...new Set([...findRunningTotals(evidence, times)].map((item) => item.item.sentence.text))];
}

const MONDAY_BACKGROUND = [
  "Fighting broke out outside the Kellbridge stadium after Saturday's derby.",
  "Shops on the high street were boarded up overnight.",
];
const THURSDAY_BACKGROUND = [
  "The club said it would review its stewarding arrangements.",
  "Kellbridge council met on Wednesday to discuss the damage.",
];

describe("findRunningTotals: a count a later report tells grown to a higher total", () => {
  it("outdates a count once a total of the same thing, in other words, grows past it, for findSuperseded too", () => {
    const six = "Police have arrested six fans over the disorder in Kellbridge.";
    const nine = "Officers made three more arrests on Wednesday, bringing the total to nine.";
    const { evidence, times, facts } = twoReportStory([six, ...MONDAY_BACKGROUND], [nine, ...THURSDAY_BACKGROUND]);
    const outdated = [...findSuperseded(evidence, times, facts).outdated].map((item) => item.item.sentence.text);
    expect(outdated).toContain(six);
    expect(outdated).not.toContain(nine);
  });

  it("reads “had risen to”, a total named after its verb and a toll named between its noun and “to”", () => {
    const killed = "A bear killed 14 sheep on the Ardvale hills overnight, farmers said.";
    expect(
      grownIn(
        [killed, ...MONDAY_BACKGROUND],
        ["Another attack killed six more, bringing the valley's toll since the weekend to 20.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([killed]);
    const three = "Cases of mumps at Kellbridge college rose to three on Monday.";
    expect(
      grownIn(
        [three, ...MONDAY_BACKGROUND],
        ["Confirmed mumps cases had risen to five, doctors said.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([three]);
    const failed =
      "Hours after the council said that 12 lifts had failed safety checks, engineers closed the car park.";
    expect(
      grownIn(
        [failed, ...MONDAY_BACKGROUND],
        ["Two more lifts failed on Wednesday, bringing the total to 14.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([failed]);
  });

  it("keeps a sentence about a part drawn from a group whose count later grows (“Three of the six people arrested”)", () => {
    const nine = "Officers made three more arrests on Wednesday, bringing the total to nine.";
    expect(
      grownIn(
        [
          "Two of the six fans arrested over the disorder appeared before Kellbridge magistrates.",
          ...MONDAY_BACKGROUND,
        ],
        [nine, ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([]);
  });

  it("keeps a count of another thing, a count told of its own day, a part of a group and a sum", () => {
    const total = "Officers made three more arrests on Wednesday, bringing the total to nine.";
    expect(
      grownIn(["Police towed six cars from the Kellbridge stadium car park.", ...MONDAY_BACKGROUND], [total]),
    ).toEqual([]);
    const saturday = "Police arrested four men outside the stadium on Saturday.";
    expect(
      grownIn(
        [saturday, ...MONDAY_BACKGROUND],
        ["Officers made three more arrests, bringing the total this week to nine."],
      ),
    ).toEqual([]);
    // A total of the whole story, with no span, updates a day's count.
    expect(grownIn([saturday, ...MONDAY_BACKGROUND], [total])).toEqual([saturday]);
    expect(grownIn(["Four of the arrested men were released on bail.", ...MONDAY_BACKGROUND], [total])).toEqual([]);
    expect(
      grownIn(
        ["Season tickets at Kellbridge cost £40 last year.", ...MONDAY_BACKGROUND],
        ["The price of season tickets has risen to £55, the club said.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([]);
  });
});
