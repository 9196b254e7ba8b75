import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findDecidedContests, reportsResult } from "./find-decided-contests.js";
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

  it("keeps what is said once the result is first told, though a later report tells the result again", () => {
    const monday = [
      "Mayor Ruth Okafor lost a vote to dismiss her on Monday, by 22 votes to 19.",
      "Okafor's allies said they would back a legal challenge to the vote.",
    ];
    const decided = decidedIn(monday, [
      "Okafor lost the vote by 22 votes to 19.",
      "A new mayor will be chosen in May.",
    ]);
    expect(decided).toEqual([]);
  });

  it("keeps a side's word on what it will do with the result, told before it", () => {
    const said = "Adeyemi's group said it would not challenge the result in court.";
    expect(decidedIn([said, "The result will be announced on Wednesday."], THURSDAY)).toEqual([
      "The result will be announced on Wednesday.",
    ]);
  });

  it("takes what might have been for no claim ahead of the vote", () => {
    const decided = decidedIn(
      ["Okafor said the harbour contract would have failed without the Liberals' support."],
      THURSDAY,
    );
    expect(decided).toEqual([]);
  });

  it("outdates a stance on what the vote decides, told before it: a leader's vow not to resign", () => {
    const decided = decidedIn(
      [
        ...MONDAY.slice(0, 1),
        "Okafor has said she will not resign.",
        "Okafor opened the harbour's new ferry terminal in May.",
      ],
      THURSDAY,
    );
    expect(decided).toContain("Okafor has said she will not resign.");
    expect(decided).not.toContain("Okafor opened the harbour's new ferry terminal in May.");
  });
});

describe("findDecidedContests: verdicts, matches and elections", () => {
  const TRIAL = [
    "Daniel Marsh denies the charges of fraud and false accounting.",
    "The jury began deliberating on Monday afternoon.",
    "Marsh's lawyers argue that the accounts were signed off by the firm's auditors.",
    "Marsh could face up to ten years in prison if convicted.",
    "The trial is the first under the 2019 Fraud Act.",
  ];
  const VERDICT = [
    "A jury at Leeds Crown Court found Daniel Marsh guilty of fraud on Wednesday.",
    "Marsh will be sentenced next month.",
  ];

  it("outdates a defendant's denial, the deliberation and what a conviction might bring once the verdict is told", () => {
    expect(new Set(decidedIn(TRIAL, VERDICT))).toEqual(new Set(TRIAL.slice(0, 4)));
  });

  it("takes an appeal dismissed or a conviction upheld for a verdict, and an acquittal too", () => {
    for (const result of [
      "The Court of Appeal on Wednesday dismissed Daniel Marsh's appeal against his conviction.",
      "Judges upheld the conviction of Daniel Marsh on Wednesday.",
      "Daniel Marsh was cleared of all charges on Wednesday.",
      "A jury found Daniel Marsh guilty of fraud on March 4, 2026.",
    ])
      expect(decidedIn(TRIAL, [result])).toContain(TRIAL[0]);
  });

  it("takes no earlier conviction the story recalls, nor a verdict still to come, for the verdict", () => {
    for (const result of [
      "Marsh, who was convicted of theft in 2015, gave evidence for two days.",
      "The jury could find Marsh guilty of the lesser charge only.",
      "Marsh had been convicted of a similar offence before.",
    ])
      expect(decidedIn(TRIAL, [result])).toEqual([]);
  });

  it("outdates a match's fixture and what each side needed once its result is told, and keeps a fixture told after it", () => {
    const preview = [
      "Carlow will face Dunmore in the county final at Dr Cullen Park on Wednesday.",
      "Carlow need only a draw to win the title for the first time since 1998.",
      "Dunmore's captain, Eoin Walsh, is expected to start despite a knee injury.",
      "Dr Cullen Park was built in 1936.",
    ];
    const result = [
      "Dunmore beat Carlow 3-1 in the county final on Wednesday.",
      "Dunmore will play Ballina in the provincial semi-final next month.",
    ];
    const decided = decidedIn(preview, result);
    expect(decided).toEqual(preview.slice(0, 3));
    expect(decided).not.toContain(result[1]);
  });

  it("takes no earlier final the story recalls for the result", () => {
    const preview = ["Carlow will face Dunmore in the county final at Dr Cullen Park on Wednesday."];
    expect(decidedIn(preview, ["Dunmore won last year's final by two points."])).toEqual([]);
    expect(decidedIn(preview, ["Dunmore, who beat Carlow 2-0 in 2019, are favourites again."])).toEqual([]);
  });

  it("outdates a candidate's claimed support, insistence and a forecast, and the result's announcement, once an election's winner is told", () => {
    const campaign = [
      "Priya Lin is expected to win the party's leadership contest, whose result will be announced on Wednesday.",
      "Her rival, Tom Hale, said he had the backing of more than half of the party's councillors.",
      "Hale insists the polls are wrong.",
      "The result will be announced on Wednesday.",
    ];
    const decided = decidedIn(campaign, [
      "Priya Lin was elected leader of the party on Wednesday, with 61 percent of members' votes.",
    ]);
    expect(new Set(decided)).toEqual(new Set(campaign));
  });
});

describe("reportsResult", () => {
  it.each([
    "Brennan Vale won the county cup on Saturday, beating Carlow Athletic 3-1 at Ferry Road.",
    "The motion was defeated on Thursday by 44 votes to 36.",
    "The jury found Marsh guilty of manslaughter on Friday.",
    // Every form each kind's outcome takes: its cheap test of the words an outcome needs must pass them all.
    "The government survived a no-confidence vote on Thursday.",
    "Ana Varga was re-elected leader of the party on Sunday.",
    "The returning officer declared the winner shortly after midnight.",
    "The jury acquitted Marsh of all charges on Friday.",
    "Marsh was cleared of dangerous driving on Friday.",
    "The Court of Appeal on Friday dismissed Callum Drysdale's appeal.",
    "Drysdale's conviction was upheld by three judges.",
    "The jury returned a unanimous verdict after four hours.",
    "Ashcombe Rovers sealed promotion with a 2-1 win at Harbury.",
    "Ashcombe Rovers lifted the trophy in front of 4,000 fans.",
  ])("reads %j as a result told as done", (text) => {
    expect(reportsResult(text)).toBe(true);
  });

  it.each([
    "Carlow Athletic will play Tenby Town at home on Wednesday after losing the cup final.",
    "Brennan Vale, who won the 2019 county cup, could win it again on Saturday.",
    "The motion could be defeated if the Greens abstain.",
    "The council approved the new bus timetable on Tuesday.",
  ])("reads %j as no result", (text) => {
    expect(reportsResult(text)).toBe(false);
  });
});
