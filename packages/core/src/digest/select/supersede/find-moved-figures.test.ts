import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findMovedFigures } from "./find-moved-figures.js";

function movedIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...findMovedFigures(evidence, times)].map((item) => item.item.sentence.text);
}

const DOCKED = "Castlebridge United have been deducted 12 points after a commission found they broke spending rules.";
const ASKED = "The league had asked the commission for a 15-point deduction.";
const DROPS = "The penalty drops Castlebridge from 14th to 19th in the table.";
const BACKGROUND = "The club said it would appeal against the decision, the chairman said on Monday.";

describe("findMovedFigures: a figure a later report moved on", () => {
  it("outdates the penalty a later decision cut, in words or digits, and never another figure", () => {
    expect(
      movedIn(
        [DOCKED, ASKED, BACKGROUND],
        ["An appeal board ruled on Thursday that Castlebridge's 12-point deduction should be cut to six points."],
      ),
    ).toEqual([DOCKED]);
    expect(
      movedIn(
        ["The striker was given an eight-match ban for the tackle.", BACKGROUND],
        ["The ban was reduced on appeal from eight matches to five on Thursday."],
      ),
    ).toEqual(["The striker was given an eight-match ban for the tackle."]);
  });

  it("reads no change when the new figure counts another noun, or nothing moved", () => {
    expect(
      movedIn(
        ["The 12 councillors met on Monday to discuss the budget.", BACKGROUND],
        ["The 12 councillors agreed the rise should be cut to 3 percent."],
      ),
    ).toEqual([]);
    expect(
      movedIn([DOCKED, BACKGROUND], ["The club's 12-point deduction was upheld on Thursday by the appeal board."]),
    ).toEqual([]);
  });

  it("outdates a move whose end a later move starts from, never one it does not", () => {
    expect(
      movedIn([DROPS, BACKGROUND], ["The ruling lifts the club from 19th to 16th, four points clear of danger."]),
    ).toEqual([DROPS]);
    expect(movedIn([DROPS, BACKGROUND], ["A win on Saturday lifted Rovers from 12th to 9th in the table."])).toEqual(
      [],
    );
  });
});
