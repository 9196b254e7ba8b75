import { describe, expect, it } from "vitest";
import { twoReportStory } from "../testing/two-report-story.js";
import { findDecidedContests } from "./find-decided-contests.js";
import { findSuperseded } from "./find-superseded.js";

/** The sentences findDecidedContests marks in a story of a Monday report and a Thursday report. */
function decidedIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...new Set([...findDecidedContests(evidence, times)].map((item) => item.item.sentence.text))];
}

const MONDAY = [
  "The council will vote on Wednesday on a motion to dismiss Mayor Ruth Okafor over the harbour contract.",
  "Councillor Ben Adeyemi said on Sunday that he had enough votes to remove her.",
  "The Liberal group said its four councillors could back the mayor, a move that might save her.",
  "The harbour contract was signed in 2024 and has cost the city $40 million.",
  "The motion needs 21 of the council's 41 votes to pass.",
];
const THURSDAY = [
  "Mayor Ruth Okafor survived a motion to dismiss her on Wednesday, with 22 councillors voting against it and 19 for.",
  "Adeyemi said he would bring the motion back in the autumn.",
  "The harbour contract will be reviewed by auditors in May.",
];

describe("findDecidedContests: claims about a vote that its result settled", () => {
  it("outdates a claimed count of votes and an expectation of support once the vote's result is told", () => {
    const decided = decidedIn(MONDAY, THURSDAY);
    expect(decided).toContain(MONDAY[0]);
    expect(decided).toContain(MONDAY[1]);
    expect(decided).toContain(MONDAY[2]);
    expect(decided).toContain(MONDAY[4]);
    expect(decided).not.toContain(MONDAY[3]);
    // What is said on the result's day is the latest news, prospects and all.
    expect(decided).not.toContain(THURSDAY[1]);
    expect(decided).not.toContain(THURSDAY[2]);
  });

  it("leaves the claims standing while the result is still to come", () => {
    const decided = decidedIn(MONDAY, [
      "Okafor could survive the motion to dismiss her if the Liberals abstain, analysts said.",
      "Adeyemi said he would bring the motion back in the autumn if it failed.",
    ]);
    expect(decided).toEqual([]);
  });

  it("takes no earlier contest the story recalls for the result", () => {
    const decided = decidedIn(MONDAY.slice(0, 3), [
      "Okafor, who won the 2022 election by 900 votes, faces the motion on Wednesday.",
      "Her party lost the last council vote on the harbour contract.",
    ]);
    expect(decided).toEqual([]);
  });

  it("reaches findSuperseded, so the summary keeps the claims off and the timeline has them", () => {
    const { evidence, times, facts } = twoReportStory(MONDAY, THURSDAY);
    const outdated = [...findSuperseded(evidence, times, facts).outdated].map((item) => item.item.sentence.text);
    expect(outdated).toContain(MONDAY[1]);
    expect(outdated).not.toContain(THURSDAY[0]);
  });
});
