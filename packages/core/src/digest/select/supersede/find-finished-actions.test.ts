import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findFinishedActions } from "./find-finished-actions.js";
import { findSuperseded } from "./find-superseded.js";

/** The sentences findFinishedActions marks in a story of a Monday report and a Thursday report. */
function finishedIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...new Set([...findFinishedActions(evidence, times)].map((item) => item.item.sentence.text))];
}

const PUMPING = "Engineers have begun pumping floodwater out of the Larkhill rail tunnel, Network South said.";
const CLEARING = "Volunteers are still clearing mud from homes along the Severn.";
const BACKGROUND = "The tunnel carries about 40 trains a day between Larkhill and Dunford.";

describe("findFinishedActions: work under way that a later report tells done", () => {
  it("outdates work begun or under way once a later report tells the same work done on the same thing", () => {
    const done = [
      "The tunnel reopened on Thursday after engineers had pumped about 9 million litres of floodwater out of it.",
      "Residents said volunteers have cleared the mud from every home on Mill Street.",
    ];
    expect(finishedIn([PUMPING, CLEARING, BACKGROUND], done).sort()).toEqual([CLEARING, PUMPING].sort());
    const { evidence, times, facts } = twoReportStory([PUMPING, BACKGROUND], done);
    const outdated = [...findSuperseded(evidence, times, facts).outdated].map((item) => item.item.sentence.text);
    expect(outdated).toContain(PUMPING);
  });

  it("outdates a forecast of how long work could take once a later report tells the work done", () => {
    const foreseen = "Network South said draining the Larkhill rail tunnel could take a week or more.";
    const done = "Trains returned to the line on Thursday after engineers drained the Larkhill rail tunnel overnight.";
    expect(finishedIn([foreseen, BACKGROUND], [done])).toEqual([foreseen]);
    // Work that is yet to be done, or a forecast of other work, is not finished by it.
    expect(finishedIn([foreseen], ["Network South said engineers would have drained the tunnel by Friday."])).toEqual(
      [],
    );
    expect(finishedIn(["Network South said repairing the Larkhill rail tunnel could take a week."], [done])).toEqual(
      [],
    );
  });

  it("keeps work whose later report is a part done so far, of other work, or on another thing", () => {
    expect(
      finishedIn(
        [PUMPING, CLEARING],
        [
          "Engineers said they had pumped 2 million litres of floodwater so far.",
          "Crews have inspected the tunnel lining for cracks.",
          "Volunteers have cleared the towpath of fallen trees.",
        ],
      ),
    ).toEqual([]);
  });
});
