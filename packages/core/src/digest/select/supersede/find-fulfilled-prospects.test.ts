import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findFulfilledProspects, statesProspect } from "./find-fulfilled-prospects.js";
import { findSuperseded } from "./find-superseded.js";

function fulfilledIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { facts, evidence, times } = twoReportStory(monday, thursday, { titled: true });
  return [...new Set([...findFulfilledProspects(evidence, times, facts)].map((item) => item.item.sentence.text))];
}

const MONDAY_BACKGROUND = [
  "Orvane Foods makes frozen meals at two plants in the Calder valley.",
  "The company has been hit by higher costs for grain and energy.",
];
const THURSDAY_BACKGROUND = [
  "Orvane Foods makes frozen meals at two plants in the Calder valley, employing about 3,000 people.",
  "Grain and energy costs rose sharply last year.",
];

describe("findFulfilledProspects", () => {
  it.each([
    [
      "an analysts' forecast for a day, then the result of that day",
      "Analysts expect Orvane Foods to report quarterly sales of $2.4 billion on Wednesday.",
      "Orvane Foods reported quarterly sales of $2.1 billion on Wednesday, short of forecasts.",
    ],
    [
      "a schedule in the passive, then the event",
      "A vote by the Calder council on the plant's expansion is scheduled for Wednesday.",
      "The Calder council approved the expansion of the plant on Wednesday by nine votes to four, after a vote that lasted two hours.",
    ],
    [
      "a date set, then what happened on it",
      "Sentencing of the former plant manager was set for March 4.",
      "The former plant manager was sentenced to five years in prison on Wednesday.",
    ],
    [
      "a future seen from the past, then the event",
      "Officials said the Calder bridge would reopen to lorries on Wednesday.",
      "The Calder bridge reopened to lorries on Wednesday morning after three weeks of repairs.",
    ],
    [
      "an expected figure with no day, then the figure reported",
      "The company is expected to cut 1,200 jobs at its Calder plant.",
      "Orvane Foods said on Wednesday that it had cut 1,200 jobs at its Calder plant.",
    ],
    [
      "a forecast range, then the amount in that measure",
      "Analysts expected the recall to cost Orvane Foods between $50 million and $70 million.",
      "Orvane Foods set aside $65 million to cover the cost of the recall, its finance chief said on Wednesday.",
    ],
    [
      "a plan for a day, dated by when it was announced, then what happened that day",
      "A hosepipe ban will come into force across the Calder valley from Wednesday, Orvane Foods announced on Monday.",
      "The hosepipe ban came into force across the Calder valley on Wednesday.",
    ],
    [
      "a rate forecast to hold, then the rate reported",
      "The Calder valley's unemployment rate is forecast to hold at 3.5 percent.",
      "The unemployment rate in the Calder valley rose to 3.8 percent from 3.5 percent, the statistics office said on Wednesday.",
    ],
    // supersede1: one event in another verb, with no other common word.
    [
      "an arrival expected, then told by another verb of arriving",
      "The cargo ship Calder Star is expected to arrive in Harwich on Wednesday.",
      "The Calder Star docked at Harwich's Parkeston Quay shortly after noon on Wednesday.",
    ],
    [
      "a sentencing due, then the prison term",
      "Judge Ames will sentence Ruth Calloway on Wednesday.",
      "Calloway was jailed for five years on Wednesday.",
    ],
    [
      "a vote due, then told by what it decided",
      "Members of the regional assembly will vote on Wednesday after two days of debate.",
      "The cabinet approved the Calder budget on Wednesday, ending a month of argument over spending.",
    ],
    // stale19: an expectation told with its own subject, no "is" before it.
    [
      "an expectation of the sayer's own (“she expected to declare”), then the declaration",
      "The returning officer, Jean Pryce, said she expected to declare the result of the Calder count on Wednesday.",
      "The returning officer declared the result of the Calder count at 2am on Wednesday.",
    ],
  ])("marks %s", (_name, prospect, outcome) => {
    expect(fulfilledIn([prospect, ...MONDAY_BACKGROUND], [outcome, ...THURSDAY_BACKGROUND])).toEqual([prospect]);
  });

  it("leaves news told with a participle's forecast after a noun (“with turnout expected to be”)", () => {
    const news =
      "Polls closed at 10pm on Monday in the Calder by-election, with turnout expected to be about 35 per cent.";
    const outcome = "Turnout in the Calder by-election was 38 per cent, the council said on Wednesday.";
    expect(fulfilledIn([news, ...MONDAY_BACKGROUND], [outcome, ...THURSDAY_BACKGROUND])).toEqual([]);
  });

  it("leaves a forecast that nothing later answers", () => {
    const forecast = "Analysts expect Orvane Foods to report quarterly sales of $2.4 billion on Wednesday.";
    // Later news of the same company on the same day, but not of its sales.
    const other = "Shares of Orvane Foods rose 3 percent on Wednesday after a rival closed a plant.";
    expect(fulfilledIn([forecast, ...MONDAY_BACKGROUND], [other, ...THURSDAY_BACKGROUND])).toEqual([]);
  });

  it("leaves an arrival that later news of the day does not tell", () => {
    const arrival = "The cargo ship Calder Star is expected to arrive in Harwich on Wednesday.";
    const other = "Dock workers in Harwich ended their strike on Wednesday.";
    expect(fulfilledIn([arrival, ...MONDAY_BACKGROUND], [other, ...THURSDAY_BACKGROUND])).toEqual([]);
  });

  it("leaves a forecast whose measure comes back later on another matter", () => {
    const forecast = "Orvane Foods expects sales of $9 billion this year.";
    const other = "Orvane Foods shares lost $1 billion in value on Wednesday.";
    expect(fulfilledIn([forecast, ...MONDAY_BACKGROUND], [other, ...THURSDAY_BACKGROUND])).toEqual([]);
  });

  it("reads figures as the facts do: a day of the month is no figure a prospect shares", () => {
    const forecast = "Orvane Foods is expected to cut 12 jobs at its Calder plant.";
    const other = "Staff at the plant held a one-day strike on March 12.";
    expect(fulfilledIn([forecast, ...MONDAY_BACKGROUND], [other, ...THURSDAY_BACKGROUND])).toEqual([]);
  });

  it("leaves a plan whose day no report has reached", () => {
    const plan = "The Calder council will vote on the plant's expansion on March 18.";
    const later = "The Calder council published the plans for the plant's expansion on Wednesday.";
    expect(fulfilledIn([plan, ...MONDAY_BACKGROUND], [later, ...THURSDAY_BACKGROUND])).toEqual([]);
  });

  it("leaves a later prospect, which tells no outcome", () => {
    const first = "Analysts expect Orvane Foods to report quarterly sales of $2.4 billion on Wednesday.";
    const postponed = "Orvane Foods is now expected to report its quarterly sales on March 12.";
    expect(fulfilledIn([first, ...MONDAY_BACKGROUND], [postponed, ...THURSDAY_BACKGROUND])).toEqual([]);
  });

  it("makes findSuperseded call a fulfilled forecast outdated, for every engine", () => {
    const forecast = "Analysts expect Orvane Foods to report quarterly sales of $2.4 billion on Wednesday.";
    const result = "Orvane Foods reported quarterly sales of $2.1 billion on Wednesday, short of forecasts.";
    const { facts, evidence, times } = twoReportStory(
      [forecast, ...MONDAY_BACKGROUND],
      [result, ...THURSDAY_BACKGROUND],
      {
        titled: true,
      },
    );
    const outdated = [...findSuperseded(evidence, times, facts).outdated].map((item) => item.item.sentence.text);
    expect(outdated).toContain(forecast);
    expect(outdated).not.toContain(result);
  });
});

describe("statesProspect", () => {
  it.each([
    "Analysts expect the company to report revenue of $1 billion.",
    "The trial is expected to last three weeks.",
    "Sentencing was set for Oct. 7.",
    "The minister will announce the budget next week.",
    "The union said its members would strike on Friday.",
    "The company plans to close the plant.",
    "The unemployment rate is forecast to hold at 3.5 percent.",
    "A hosepipe ban affecting about two million people begins on Friday.",
  ])("reads a prospect in %j", (text) => {
    expect(statesProspect(text)).toBe(true);
  });

  it.each([
    "Revenue was $1.27 billion, below the $1.32 billion analysts had expected.",
    "Arden raised its offer to 700 pence on Monday, and Kestrel's board said it would recommend it.",
    "The company reported revenue of $1.27 billion on Wednesday.",
    "“We will appeal,” the company said.",
    "The council approved the plan on Wednesday.",
  ])("reads no prospect in %j", (text) => {
    expect(statesProspect(text)).toBe(false);
  });
});
