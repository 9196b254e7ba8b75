import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findRaisedCounts } from "./find-raised-counts.js";
import { findSuperseded } from "./find-superseded.js";

/** The sentences findRaisedCounts marks in a story of a Monday report and a Thursday report. */
function raisedIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...new Set([...findRaisedCounts(evidence, times)].map((item) => item.item.sentence.text))];
}

// From the lead's blackout story: a toll in words, then one more death told by an ordinal.
const TWO_DIED = "Two people died of heat-related illness, the Ridley County medical examiner's office said on Monday.";
const A_THIRD_DIED =
  "A third person, a 68-year-old man, died of heat-related illness, the Ridley County medical examiner's office said on Thursday.";
const MONDAY_BACKGROUND = [
  "A substation failure during a record heat wave cut power to about 150,000 homes in Marlow on Monday afternoon.",
  "The city opened six cooling centers in libraries and recreation centers.",
];
const THURSDAY_BACKGROUND = [
  "Power was fully restored in Marlow on Wednesday evening, Marlow Power & Light said.",
  "The city council is to hear from the utility at a special session on July 21.",
];

describe("findRaisedCounts: a count in words or an ordinal that a later report raises", () => {
  it("reads a toll told after its verb or ending its sentence, and meets it in the clause that holds it", () => {
    const nine =
      "Spain's heatwave has killed nine people, the health ministry said on Monday, as a wildfire near Toledo forced the evacuation of 1,200 residents overnight.";
    expect(
      raisedIn(
        [nine, ...MONDAY_BACKGROUND],
        ["The health ministry said the death toll from the heatwave had risen to 11.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([nine]);
    // A rate is no count: "4.5" is not 4.
    expect(
      raisedIn(
        ["Two people died in the blaze at the Harbour Street warehouse, the fire service said.", ...MONDAY_BACKGROUND],
        ["Rents in the Harbour Street area rose 4.5 percent after the fire.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([]);
  });

  it("outdates “Two people died” once “A third person … died” of the same cause, for findSuperseded too", () => {
    const { evidence, times, facts } = twoReportStory(
      [TWO_DIED, ...MONDAY_BACKGROUND],
      [A_THIRD_DIED, ...THURSDAY_BACKGROUND],
    );
    const outdated = [...findSuperseded(evidence, times, facts).outdated].map((item) => item.item.sentence.text);
    expect(outdated).toContain(TWO_DIED);
    expect(outdated).not.toContain(A_THIRD_DIED);
  });

  it("reads a count in words against one in digits (“3 heat-related deaths …, up from two”)", () => {
    expect(
      raisedIn(
        [
          "Two people died of heat-related illness in Marlow, the medical examiner's office said.",
          ...MONDAY_BACKGROUND,
        ],
        [
          "The medical examiner's office has now confirmed 3 heat-related deaths in Marlow, up from two on Tuesday.",
          ...THURSDAY_BACKGROUND,
        ],
      ),
    ).toEqual(["Two people died of heat-related illness in Marlow, the medical examiner's office said."]);
  });

  it("reads an event told before its count: “killing two people”, then “the death toll … rose to three”", () => {
    const saturday =
      "A gunman opened fire at a shopping centre in Dalton on Monday evening, killing two people and wounding at least five, police said.";
    expect(
      raisedIn(
        [saturday, ...MONDAY_BACKGROUND],
        [
          "The death toll from the shooting at the shopping centre in Dalton rose to three on Thursday, police said.",
          ...THURSDAY_BACKGROUND,
        ],
      ),
    ).toEqual([saturday]);
  });

  it("keeps a count that a later report does not raise: the same count, a lower one, another matter, another event", () => {
    expect(
      raisedIn(
        [
          TWO_DIED,
          "Three people were injured when a car hit a lamp post on the coast road, police said.",
          ...MONDAY_BACKGROUND,
        ],
        [
          "Two people died of heat-related illness, the medical examiner's office said again on Thursday.",
          "A fourth person was arrested over the looting of a shop in Marlow, police said on Thursday.",
          ...THURSDAY_BACKGROUND,
        ],
      ),
    ).toEqual([]);
  });

  it("takes no day, year or age for a count", () => {
    expect(
      raisedIn(
        ["Two people died in the heat, the medical examiner's office said on Monday.", ...MONDAY_BACKGROUND],
        [
          "The medical examiner's office said the heat had lasted 12 days, the longest spell since 1911, and that the dead were aged 70 and 81.",
          ...THURSDAY_BACKGROUND,
        ],
      ),
    ).toEqual([]);
  });
});

describe("findRaisedCounts reads deaths told as “fatally” (lead, session 19)", () => {
  it("outdates “… overdosed, three of them fatally” once a later report tells a fourth death", () => {
    const three = "Nineteen people overdosed in Dunmore, three of them fatally, health officials said.";
    expect(
      raisedIn(
        [three, ...MONDAY_BACKGROUND],
        ["A fourth person has died after overdosing in Dunmore, health officials said.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([three]);
  });
});

describe("findRaisedCounts meets an ordinal with the count it raises, whatever their words (supersede1)", () => {
  const fourOfThem =
    "Eleven people were taken to St Anne's Hospital after the stand gave way, and four of them died there that night.";
  const aFifth = "A fifth spectator has died, the hospital trust said on Thursday.";

  it("outdates “… four of them died” once “A fifth spectator has died”, though they share no word of note", () => {
    expect(raisedIn([fourOfThem, ...MONDAY_BACKGROUND], [aFifth, ...THURSDAY_BACKGROUND])).toEqual([fourOfThem]);
  });

  it("reads a second incident's ordinal as no raised toll: “A second blast killed three workers”", () => {
    expect(
      raisedIn(
        ["One worker died in an explosion at the Fenwick refinery, the company said.", ...MONDAY_BACKGROUND],
        ["A second blast at a depot in Corby injured six workers on Thursday.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([]);
    expect(
      raisedIn(
        ["One worker died in an explosion at the Fenwick refinery, the company said.", ...MONDAY_BACKGROUND],
        ["A second explosion, at a depot in Corby, killed two workers on Thursday.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([]);
  });
});

describe("findRaisedCounts reads two counts of the dead in one story's reports as its toll (supersede1)", () => {
  it("outdates a toll told after a count of the injured once a later report gives a higher one in other words", () => {
    const two =
      "Eight skiers were flown by helicopter to Raigmore Hospital in Inverness, and two of them died there later in the day.";
    expect(
      raisedIn(
        [two, ...MONDAY_BACKGROUND],
        ["Three people have died, NHS Highland confirmed.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([two]);
  });

  it("reads a toll told of the day it began as of its report: a later report's higher toll of that day raises it", () => {
    const two = "Two people died when the stand collapsed on Sunday.";
    expect(
      raisedIn(
        [two, ...MONDAY_BACKGROUND],
        ["Three people died after the grandstand gave way on Sunday.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([two]);
  });

  it("keeps an event's consequence told with it: “…on Wednesday evening, killing two workers”", () => {
    expect(
      raisedIn(
        [
          "An explosion ripped through a grain silo at Dunmere on Sunday evening, killing two workers and injuring 17 others.",
          ...MONDAY_BACKGROUND,
        ],
        ["Three people have died, the port authority confirmed.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([]);
  });

  it("keeps a part of a report's toll: “Two firefighters died” beside its “nine people”", () => {
    const part = "Two firefighters died when a roof fell in on them.";
    expect(
      raisedIn(
        [part, "The fire has killed nine people, police said.", ...MONDAY_BACKGROUND],
        ["Fourteen people have died, the health board confirmed.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual(["The fire has killed nine people, police said."]);
  });

  it("keeps a toll against a count over a period or of another place", () => {
    const two = "Two people died in floods in Carlisle, police said.";
    for (const later of [
      "Flooding has killed 31 people across the country this year.",
      "Five people have died in floods in Cockermouth, police said.",
    ])
      expect(raisedIn([two, ...MONDAY_BACKGROUND], [later, ...THURSDAY_BACKGROUND]), later).toEqual([]);
  });
});

describe("findRaisedCounts reads counts of a state as updated by any later value (supersede1)", () => {
  it("outdates “Four … remain in a serious condition” once a later report tells one", () => {
    const four = "Four of the injured remain in a serious condition, the health board said.";
    expect(
      raisedIn(
        [four, ...MONDAY_BACKGROUND],
        [
          "Three other passengers remain in hospital, one of them in a serious condition, the health board said.",
          ...THURSDAY_BACKGROUND,
        ],
      ),
    ).toEqual([four]);
  });

  it("keeps a state's count told again, and reads a count by the event told nearest after it", () => {
    const two = "Two people remain in a serious condition in hospital, the health board said.";
    expect(
      raisedIn(
        [two, ...MONDAY_BACKGROUND],
        ["Two people are still in a serious condition, the health board said.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([]);
    // "Two people died and three remain in hospital": two dead and three in hospital, whom a later
    // count of those in hospital updates, and a later count of the dead that is no higher does not.
    const both = "Two people died and three remain in hospital, the health board said.";
    expect(
      raisedIn(
        [both, ...MONDAY_BACKGROUND],
        ["Five people remain in hospital, the board said.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([both]);
    expect(
      raisedIn([both, ...MONDAY_BACKGROUND], ["Two people have died, the board said.", ...THURSDAY_BACKGROUND]),
    ).toEqual([]);
  });
});

describe("findRaisedCounts outdates someone told as critically hurt once the toll rises later (supersede2)", () => {
  const CRITICAL = "A man in his sixties who was in the cabin is in a critical condition in hospital.";
  const TWO = "Two people died when the gondola cabin fell on Monday.";

  it("outdates the critical condition told when two had died once a later report tells a third death", () => {
    expect(raisedIn([TWO, CRITICAL], ["A third passenger, a 63-year-old man, has died, NHS Highland said."])).toContain(
      CRITICAL,
    );
    expect(raisedIn([TWO, CRITICAL], ["Three people have died after the cabin fell on Monday."])).toContain(CRITICAL);
  });

  it("keeps it when no later toll is higher, or the later count is over a wider period", () => {
    expect(raisedIn([TWO, CRITICAL], ["Two people died after the cabin fell on Monday."])).not.toContain(CRITICAL);
    expect(raisedIn([TWO, CRITICAL], ["Forty people have died on Scottish ski slopes since 2000."])).not.toContain(
      CRITICAL,
    );
    // Told in someone's words, the state is theirs to tell.
    const quoted = "“He is in a critical condition,” said his brother.";
    expect(raisedIn([TWO, quoted], ["Three people have died after the cabin fell on Monday."])).not.toContain(quoted);
  });
});

describe("findRaisedCounts reads the missing as a standing count (lead, session 23)", () => {
  it("outdates a count of the missing once a later report gives fewer, and never counts those found as missing", () => {
    const five = "Seven of the crew were rescued by the lifeboat, and five fishermen are missing, the coastguard said.";
    expect(
      raisedIn(
        [five, ...MONDAY_BACKGROUND],
        [
          "Two of the missing fishermen were found alive in a life raft, the coastguard said.",
          "Three fishermen remain missing, the coastguard said.",
          ...THURSDAY_BACKGROUND,
        ],
      ),
    ).toEqual([five]);
    // Two found of five missing is no count of two missing: alone, it outdates nothing.
    expect(
      raisedIn(
        [five, ...MONDAY_BACKGROUND],
        ["Two of the missing fishermen were found alive in a life raft, the coastguard said.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([]);
  });
  it("keeps a recalled incident's dead out of a report's toll", () => {
    // The 2019 explosion's three dead are no part of Saturday's report's toll: its one death is what
    // Thursday's second body raises.
    const killedOne = "An explosion at an apartment building in Marlow killed one person and injured 11 on Monday.";
    expect(
      raisedIn(
        [
          killedOne,
          "A gas explosion in Harwood in 2019 killed three people and destroyed two houses.",
          ...MONDAY_BACKGROUND,
        ],
        [
          "Searchers found a second body in the rubble of the building in Marlow, raising the death toll to two.",
          ...THURSDAY_BACKGROUND,
        ],
      ),
    ).toEqual([killedOne]);
  });
});

describe("findRaisedCounts reads a count's group named before it (lead, session 25)", () => {
  it("counts “the bodies of 11 people” as the dead and “the number of missing at 17” as the missing", () => {
    const nine = "The confirmed death toll now stands at nine, the regional government said.";
    const seventeen = "Italian officials last night put the number of missing at 17.";
    expect(
      raisedIn(
        [nine, seventeen, ...MONDAY_BACKGROUND],
        [
          "The bodies of 11 people have been recovered from the debris, and seven are still listed as missing.",
          ...THURSDAY_BACKGROUND,
        ],
      ),
    ).toEqual([nine, seventeen]);
    // Pages or documents missing are no missing people.
    for (const things of [
      "Twelve pages were missing from the logbook.",
      "Twelve documents were missing from the file.",
    ])
      expect(
        raisedIn(
          [things, ...MONDAY_BACKGROUND],
          ["Three climbers remain missing on the mountain.", ...THURSDAY_BACKGROUND],
        ),
      ).toEqual([]);
    // Bodies of animals or a count of something else are no toll of the dead.
    expect(
      raisedIn(
        [nine, ...MONDAY_BACKGROUND],
        ["Volunteers have collected 40 bags of rubbish from the debris, the council said.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([]);
  });
});
