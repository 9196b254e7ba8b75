import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findRevisedStatements } from "./find-revised-statements.js";

function revisedIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...new Set([...findRevisedStatements(evidence, times)].map((item) => item.item.sentence.text))];
}

const REFUND = "Sunway said it would refund 50% of the fare to every passenger and give a credit for a future cruise.";
const CLOSURE = "Corvel Foods plans to close its Leeds bakery by June, putting 240 jobs at risk.";
const OTHER = "Passengers described a week of closed buffets and empty decks.";

describe("findRevisedStatements: a statement a later report says was revised", () => {
  it("outdates what a later “rather than” or “instead of” replaces", () => {
    expect(
      revisedIn(
        [REFUND, OTHER],
        [
          "Sunway's chief executive apologized on Thursday and said the company would refund the full fare rather than half.",
        ],
      ),
    ).toEqual([REFUND]);
    expect(
      revisedIn(
        [REFUND, OTHER],
        ["The company will now refund every passenger's full fare instead of giving a credit, Sunway said."],
      ),
    ).toEqual([REFUND]);
  });

  it("outdates a plan a later report says is no longer held, or an expectation now changed", () => {
    expect(
      revisedIn(
        [CLOSURE, OTHER],
        ["Corvel Foods no longer plans to close the Leeds bakery, the union said on Thursday."],
      ),
    ).toEqual([CLOSURE]);
    const reopening = "The operator expects the line to reopen on Friday.";
    expect(
      revisedIn(
        [reopening, OTHER],
        ["The operator now expects the line to reopen on Monday after more damage was found."],
      ),
    ).toEqual([reopening]);
  });

  it("keeps statements the revision is not about, and the revision's own retelling", () => {
    const trial = "Ellis will face trial in March on two counts of fraud.";
    expect(revisedIn([trial, OTHER], ["Ellis chose to plead guilty rather than face a second hearing."])).toEqual([]);
    const revision = "Sunway will refund the full fare rather than half, its chief executive said.";
    expect(revisedIn([revision, OTHER], [revision])).toEqual([]);
    expect(revisedIn([REFUND, OTHER], ["Most passengers flew home rather than wait for the ship."])).toEqual([]);
  });
});
