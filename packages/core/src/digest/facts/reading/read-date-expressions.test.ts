import { describe, expect, it } from "vitest";
import { mayHoldDate, readDateExpressions } from "./read-date-expressions.js";

/** Each date a sentence gives, read on its paper's day, and whether it is background. */
function datesAndBackground(sentence: string, published: string) {
  return readDateExpressions(sentence, published).map((expression) => [expression.date, expression.background]);
}

describe("mayHoldDate", () => {
  const days = ["2024-02-29", "2025-12-31", "2026-06-15", null];

  it("is false only for sentences readDateExpressions finds no date in, on any day", () => {
    const undated = [
      "The council voted to close the library, the mayor said.",
      "About 1,200 people were killed and 250 taken hostage.",
      "“We will not give in,” she told reporters.",
    ];
    for (const sentence of undated) {
      expect(mayHoldDate(sentence)).toBe(false);
      for (const day of days) expect(readDateExpressions(sentence, day)).toEqual([]);
    }
  });

  it("is true for a weekday, a month with its day, a casual day and a year", () => {
    for (const sentence of [
      "The strike began on Tuesday.",
      "Talks resume on March 4.",
      "Crews worked overnight and again yesterday.",
      "The dam was built in 1884.",
      "A 1994 earthquake killed 600 people.",
    ])
      expect(mayHoldDate(sentence)).toBe(true);
  });
});

describe("readDateExpressions: a figure before 'on <weekday>'", () => {
  // chrono took "24 on Thursday" for an hour of Thursday and dropped the impossible hour with the day.
  it.each([
    "Councillors voted 31 to 24 on Thursday to close five libraries.",
    "Rovers won 3-1 on Thursday.",
    "The index closed at 1,024 on Thursday.",
  ])("keeps the weekday of %s", (sentence) => {
    const found = readDateExpressions(sentence, "2035-09-20");
    expect(found.map((expression) => [expression.text, expression.date])).toEqual([["Thursday", "2035-09-20"]]);
  });

  it("leaves a clock time and its day as they were", () => {
    const found = readDateExpressions("By around 3:30 on Sunday morning, the crowd had gone.", "2035-09-20");
    expect(found.map((expression) => expression.date)).toEqual(["2035-09-16"]);
  });
});

describe("readDateExpressions: an earlier event as its sentence's subject", () => {
  // The year dates the subject's event; it is no adjective of a noun phrase that an article opens.
  it.each([
    ["In 2006 a crane collapse in Battersea, south London, killed two people.", "2006"],
    ["A gas explosion in Harwood in 2019 killed three people and destroyed two houses.", "2019"],
    ["A fire at the Palace Theatre in 2011 destroyed the roof.", "2011"],
    ["An outbreak at a Cleveland hotel in 2019 sickened 18 people.", "2019"],
    ["A fire at the Harwood mill in 1998 destroyed 40 homes.", "1998"],
  ])("dates %s by its year", (sentence, year) => {
    const found = readDateExpressions(sentence, "2036-09-04");
    expect(found.map((expression) => [expression.date, expression.background])).toEqual([[year, false]]);
  });

  it("leaves the year of an event that is no past act of the sentence as background", () => {
    const found = readDateExpressions("The explosion in 2019 was the worst in the city's history.", "2036-09-04");
    expect(found.map((expression) => [expression.date, expression.background])).toEqual([["2019", true]]);
  });
});

describe("readDateExpressions: a dated relative clause, then a present perfect", () => {
  // The main clause tells what holds by the paper's day; the day says who the subject is.
  it.each([
    "A pedestrian who was injured when a tower crane collapsed in Kelsford on Tuesday has died in hospital.",
    "The man who was arrested on Monday has been charged with murder.",
  ])("reads the day of %s as background", (sentence) => {
    const found = readDateExpressions(sentence, "2036-09-04");
    expect(found).toHaveLength(1);
    expect(found[0]!.background).toBe(true);
  });

  it("keeps a day the main clause tells before its own present perfect", () => {
    const found = readDateExpressions("Workers walked out on Monday and have vowed to stay out.", "2036-09-04");
    expect(found.map((expression) => [expression.date, expression.background])).toEqual([["2036-09-01", false]]);
  });
});

describe("readDateExpressions: what befell people or things in an event named by its day (dates14)", () => {
  // Friday 3 August 2029.
  it.each([
    ["Families were forced from six homes by Thursday night's fire, the council said.", "2029-08-02"],
    ["Eleven households were moved out of their homes after Tuesday's blast.", "2029-07-31"],
    ["Four people were left homeless after Wednesday's collapse.", "2029-08-01"],
  ])("dates %s by the event's day", (sentence, day) => {
    const found = readDateExpressions(sentence, "2029-08-03");
    expect(found.map((expression) => [expression.date, expression.background])).toEqual([[day, false]]);
  });

  it("leaves the day of an event an act answers, or one a relative clause names beside the news's own day, as background", () => {
    expect(readDateExpressions("Police arrested two men after Tuesday's blast.", "2029-08-03")[0]!.background).toBe(
      true,
    );
    const died = readDateExpressions(
      "Gary Lindqvist, who was hurt in Saturday's rescue, died on Monday at a hospital.",
      "2029-08-03",
    );
    expect(died.map((expression) => [expression.date, expression.background])).toEqual([
      ["2029-07-28", true],
      ["2029-07-30", false],
    ]);
  });
});

describe("readDateExpressions: one person or a pair named by what befell them, then the news (dates14)", () => {
  it.each([
    "A couple buried in an avalanche in the Cairngorms on Sunday left Raigmore Hospital on Wednesday afternoon.",
    "The woman hurt in the collapse on Monday died on Thursday.",
  ])("reads the first day of %s as background, the main verb's as the news", (sentence) => {
    const found = readDateExpressions(sentence, "2027-02-18");
    expect(found.map((expression) => expression.background)).toEqual([true, false]);
  });

  it("keeps the day of what befell them when it is the news", () => {
    expect(readDateExpressions("A climber was buried in an avalanche on Sunday.", "2027-02-18")[0]!.background).toBe(
      false,
    );
  });
});

describe("readDateExpressions: a clause's own tense and time (dates27)", () => {
  // Monday 13 June 2044; Wednesday 15 June 2044.
  const MONDAY = "2044-06-13";
  const WEDNESDAY = "2044-06-15";
  const read = (sentence: string, published: string) =>
    readDateExpressions(sentence, published).map((expression) => [expression.date, expression.background]);

  it("reads a past perfect's weekday in a relative clause as the one gone, whatever the main clause's tense", () => {
    expect(
      read(
        "The petition, which had gathered 3,100 signatures by Saturday night, will be handed to the council on Thursday.",
        MONDAY,
      ),
    ).toEqual([
      ["2044-06-11", true],
      ["2044-06-16", false],
    ]);
    expect(
      read("Campaigners, who had collected 2,450 names by Sunday evening, will deliver them today.", MONDAY)[0],
    ).toEqual(["2044-06-12", true]);
  });

  it("never reads a two-digit figure after a day of the month as its year (“on 28 April, 52 days after”)", () => {
    expect(
      read("A researcher alerted the board on 28 April, 52 days after the files were left open.", WEDNESDAY),
    ).toEqual([["2044-04-28", false]]);
    expect(read("He was freed on Feb. 7, 23 days after his arrest.", WEDNESDAY)).toEqual([["2044-02-07", false]]);
    expect(read("The bridge reopened on May 5, 2031, after repairs.", WEDNESDAY)[0]?.[0]).toBe("2031-05-05");
    expect(read("She was born on March 3, 52 years ago.", WEDNESDAY)[0]?.[0]).toBe("1992");
  });

  it("takes a standing left by an event named by its day (“led by 14 votes after Monday's election”) as of that day", () => {
    expect(read("Okafor led Brandt by 31 votes in Eastfield after Monday's council election.", WEDNESDAY)).toEqual([
      ["2044-06-13", false],
    ]);
    expect(read("The river stood at 4.2 metres following Sunday's storm, the agency said.", WEDNESDAY)).toEqual([
      ["2044-06-12", false],
    ]);
    // An act answering the event happened some day after it; a perfect tells of now.
    expect(read("Police questioned two men after Monday's break-in at the depot.", WEDNESDAY)).toEqual([
      ["2044-06-13", true],
    ]);
    expect(read("A third walker has died after Sunday's rockfall.", WEDNESDAY)).toEqual([["2044-06-12", true]]);
    // A standing with a day of its own keeps it.
    expect(
      read("Okafor was 31 votes ahead on Tuesday after Monday's council election.", WEDNESDAY).map(
        ([, background]) => background,
      ),
    ).toEqual([false, true]);
  });

  it("dates the plan of a future main clause by the day its relative clause gives the thing planned", () => {
    expect(read("Judge Amy Cole will chair the inquiry, which is scheduled to open on Friday.", WEDNESDAY)).toEqual([
      ["2044-06-17", false],
    ]);
    expect(
      read("The hearing, which is due to start on Monday, will take evidence from 40 witnesses.", WEDNESDAY),
    ).toEqual([["2044-06-20", false]]);
    // A past main clause about a thing planned is the news of its own day.
    expect(read("The council approved the hearing, which is set to begin on Friday.", WEDNESDAY)[0]![1]).toBe(true);
  });

  it("reads a completion expected of one's own work by a month as a schedule, not a forecast", () => {
    const [cuts] = readDateExpressions("The cuts are expected to be completed by the end of September.", "2044-03-10");
    expect([cuts!.date, cuts!.prospective, cuts!.forecast]).toEqual(["2044-09-30", true, false]);
    // So is the closing a party expects of its own deal ("expects the deal to close on …").
    const [deal] = readDateExpressions("Harbor Federal said it expects the merger to close on Jan. 31.", "2043-12-04");
    expect([deal!.date, deal!.forecast]).toEqual(["2044-01-31", false]);
    // An outcome expected is still a forecast.
    const [storm] = readDateExpressions("The drought is expected to ease by the end of September.", "2044-03-10");
    expect(storm!.forecast).toBe(true);
  });
});

describe("readDateExpressions: a hedge in words and a past perfect's day (timeline29)", () => {
  // Wednesday 15 June 2044.
  const read = (sentence: string) => datesAndBackground(sentence, "2044-06-15");

  it("reads “more than five hours yesterday” as a hedge, not a comparison's baseline", () => {
    expect(read("Ticket machines failed for more than five hours yesterday after a software update.")).toEqual([
      ["2044-06-14", false],
    ]);
    expect(read("Flights were delayed by less than an hour on Monday after the radar fault.")).toEqual([
      ["2044-06-13", false],
    ]);
  });

  it("reads a past perfect's “by Saturday” as the one gone, whatever tense an apposition after it has", () => {
    expect(
      read("Volunteers had filled 2,800 sandbags by Saturday night, about half of the 6,000 they will need."),
    ).toEqual([["2044-06-11", false]]);
  });
});

describe("readDateExpressions on a subject dated between commas (timeline31)", () => {
  // Published on Thursday 14 March 2030.
  const read = (text: string) => datesAndBackground(text, "2030-03-14");

  it("dates the sentence by a participle or a relative clause in the past on its subject, its own tense", () => {
    // The participle's past, not the main clause's future: the Monday gone.
    expect(read("Port Halden's new parking levy, approved Monday, will apply to 12,000 spaces.")).toEqual([
      ["2030-03-11", false],
    ]);
    expect(read("The new footbridge, which opened on Tuesday, carried 9,000 people in its first two days.")).toEqual([
      ["2030-03-12", false],
    ]);
  });

  it("dates a reduced relative clause in the past by its own tense, not the future after it", () => {
    // Thursday 14 March 2030: the Monday and Tuesday gone, not the ones to come.
    expect(read("Under the settlement reached late on Monday, the city will pay £3 million over two years.")).toEqual([
      ["2030-03-11", false],
    ]);
    expect(read("The review Patel ordered on Tuesday will be chaired by a retired judge.")).toEqual([
      ["2030-03-12", false],
    ]);
    // Still to come: a participle after an auxiliary, or a plan's participle.
    expect(read("The repairs are expected to be completed on Monday.")).toEqual([["2030-03-18", false]]);
    expect(read("The vote scheduled on Tuesday will settle the matter.")).toEqual([["2030-03-19", false]]);
  });

  it("reads a day after a present “expect” as one to come, a forecast (held-out batch X)", () => {
    // Thursday 14 March 2030: the coming Monday, not the one gone.
    const read = (text: string) =>
      readDateExpressions(text, "2030-03-14").map((expression) => [expression.date, expression.forecast]);
    expect(read("Health officials expect the first test results on Monday.")).toEqual([["2030-03-18", true]]);
    expect(read("The trust expects its waiting list to reach 50,000 by Monday.")).toEqual([["2030-03-18", true]]);
    // What was not expected is gone.
    expect(read("Analysts did not expect the rate cut on Monday.")).toEqual([["2030-03-11", false]]);
  });

  it("dates a sentence by the day a past “when” clause tells, its only day", () => {
    expect(read("No new cases have been found since Monday night, when 40 hens died at a farm near Oskaloo.")).toEqual([
      ["2030-03-11", false],
    ]);
    // A state since a recent day began that day (timeline33); what has not happened since tells no day.
    expect(read("The road has been shut since Monday.")).toEqual([["2030-03-11", false]]);
    expect(read("No cars have crossed since Monday.")).toEqual([["2030-03-11", true]]);
  });

  it("dates a place filled for an event named by its day by that day", () => {
    expect(read("Residents packed the Guildhall for Tuesday's hearing, many holding placards.")).toEqual([
      ["2030-03-12", false],
    ]);
  });

  it("leaves it background when the main clause tells now, or the clause names an event by its day", () => {
    expect(read("The wildfire, which began on Tuesday, has burned 4,000 hectares.")).toEqual([["2030-03-12", true]]);
    expect(
      read("The Riverside Residents' Association, which organised Tuesday's rally, said 3,000 people took part."),
    ).toEqual([["2030-03-12", true]]);
  });
});

describe("readDateExpressions: a main verb after a relative clause, or an old participle (dates28)", () => {
  // Friday 9 May 2031.
  const FRIDAY = "2031-05-09";

  it("reads a passive after a relative clause with an irregular verb as the main clause", () => {
    expect(
      datesAndBackground("The 60 cleaners who lost their contracts were told by letter on Thursday.", FRIDAY),
    ).toEqual([["2031-05-08", false]]);
  });

  it("reads an old date on a noun's strong participle as background to the main clause's news", () => {
    expect(
      datesAndBackground(
        "Police have found a violin taken from a concert hall in Leeds six years ago and charged two women, detectives said on Thursday.",
        FRIDAY,
      ),
    ).toEqual([
      ["2025", true],
      ["2031-05-08", false],
    ]);
  });

  it("keeps an old date told by a passive of its own", () => {
    expect(datesAndBackground("The violin was taken from a concert hall in Leeds in 2025.", FRIDAY)).toEqual([
      ["2025", false],
    ]);
  });
});

describe("readDateExpressions: an act offered, and a subject's event fixed to come (dates29)", () => {
  // Published on a Wednesday: the coming Friday is 17 June, the last one 10 June.
  const read = (sentence: string) =>
    readDateExpressions(sentence, "2044-06-15").map((expression) => [expression.date, expression.background]);

  it.each([
    "The operator has offered to meet the families on Friday.",
    "Residents want answers; the landlord has agreed to visit the flats on Friday.",
    "The club is offering to refund season-ticket holders on Friday.",
  ])("dates the act of %s still to come", (sentence) => {
    expect(read(sentence)).toEqual([["2044-06-17", false]]);
  });

  it("keeps the day of an offer told as made on it", () => {
    expect(read("The operator offered on Friday to meet the families.")).toEqual([["2044-06-10", false]]);
  });

  it.each([
    ["Seats for the festival, which opens at Castle Park on July 3, cost £40.", "2044-07-03"],
    ["Tickets for the series, which will begin on August 2, sold out in an hour.", "2044-08-02"],
  ])("dates %s by the subject's event to come", (sentence, date) => {
    expect(read(sentence)).toEqual([[date, false]]);
  });

  it.each([
    ["Of 40 water samples taken on Monday, six held traces of diesel, the agency said.", "2044-06-13"],
    ["Of the 30 residents rescued from the flats on Tuesday, nine needed hospital treatment.", "2044-06-14"],
  ])("dates %s by the day of the whole its part is told of", (sentence, date) => {
    expect(read(sentence)).toEqual([[date, false]]);
  });
});

describe("readDateExpressions on seasons, relative clauses and states since a day", () => {
  // Tuesday 10 November 2026.
  const read = (sentence: string) => readDateExpressions(sentence, "2026-11-10");

  it("reads a season at its year: the last one past, the next one to come, or the year written", () => {
    expect(read("The operator trimmed its fleet from 40 buses to 31 last autumn.")).toMatchObject([
      { text: "last autumn", date: "2025", precision: "year", background: false },
    ]);
    expect(read("The club hopes to begin work on the new stand in spring 2028.")).toMatchObject([
      { date: "2028", precision: "year", background: false },
    ]);
    expect(read("The ferry will return to service next summer.")).toMatchObject([{ date: "2027", prospective: true }]);
    // Neither a collapse nor a season's weather is a date.
    expect(read("The fall of the wall was filmed by a neighbour.")).toEqual([]);
    expect(read("Spring water was trucked in for residents.")).toEqual([]);
  });

  it("dates a sentence by the recent day its relative clause tells in the past, when that is its only date", () => {
    expect(read("The lorry, which overturned on the A9 on Sunday night, spilled 20 tonnes of salt.")).toMatchObject([
      { date: "2026-11-08", background: false },
    ]);
    expect(read("Four men were held in searches that began at dawn on Monday.")).toMatchObject([
      { date: "2026-11-09", background: false },
    ]);
    // Not when the main clause tells what holds now, nor the bound of a span, nor what did not happen.
    expect(read("A cyclist who was hurt when a van hit him on Sunday has died.")).toMatchObject([{ background: true }]);
    expect(read("No illness was found among guests who stayed after Nov. 2.")).toMatchObject([{ background: true }]);
  });

  it("dates a state told since a recent day at that day, not what has not happened since", () => {
    expect(read("The tanker Arvik has been held at Rosyth since Wednesday.")).toMatchObject([
      { date: "2026-11-04", background: false },
    ]);
    expect(read("No new leaks have been found since Wednesday.")).toMatchObject([{ background: true }]);
  });

  it("dates a sentence by its own day after a span since an event named by its day", () => {
    expect(
      read("The climber missing since Friday's avalanche on Ben Vorlich was found alive on Monday, rescuers said."),
    ).toMatchObject([
      { text: "Friday", background: true },
      { date: "2026-11-09", background: false },
    ]);
    // What has not happened since that event tells no day.
    expect(read("No one has been seen at the quarry since Friday's blast.")).toMatchObject([{ background: true }]);
  });
});
