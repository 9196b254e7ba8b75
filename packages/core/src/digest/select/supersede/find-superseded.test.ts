import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findSuperseded } from "./find-superseded.js";

/**
 * The sentences findSuperseded marks outdated in a story of two reports from two outlets, the
 * first on Monday 2 March 2026, the second on Thursday 5 March.
 */
function outdatedIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { facts, evidence, times } = twoReportStory(monday, thursday);
  return [...new Set([...findSuperseded(evidence, times, facts).outdated].map((item) => item.item.sentence.text))];
}

// Background both reports carry, so each has more than its one position.
const MONDAY_BACKGROUND = [
  "The strike at the port of Calder began last week and has halted container traffic.",
  "Dozens of ships are waiting offshore for the port to reopen.",
];
const THURSDAY_BACKGROUND = [
  "Dozens of ships were still waiting offshore for the port of Calder to reopen on Thursday.",
  "The strike has halted container traffic for nine days.",
];
const LATER_DEAL =
  "Meridian Terminals and the Calder Dockworkers Union reached a deal on Wednesday that gives workers a 4.75 percent raise.";

describe("findSuperseded reads a side's position in any tense, aspect or hedge", () => {
  it.each([
    [
      "the perfect, behind a relative clause",
      "Meridian Terminals, which runs both container terminals, has offered a 4.5 percent raise.",
    ],
    ["the simple past", "Meridian Terminals offered a 4.5 percent raise on Sunday."],
    ["the progressive", "Meridian Terminals is offering a 4.5 percent raise."],
    ["a hedged infinitive", "Meridian Terminals appeared to reject the union's proposal on Sunday."],
    ["a modal", "Meridian Terminals would only consider a raise of 4.5 percent, its chief executive said."],
    ["a negated modal", "Meridian Terminals would not accept the union's demand of 5 percent."],
    [
      "the passive, by its agent",
      "The union's pay demand was rejected on Sunday by Meridian Terminals, the port's operator.",
    ],
    ["a light verb", "Meridian Terminals, which runs both terminals, made a final offer of 4.5 percent on Sunday."],
  ])("an older position in %s is outdated by the same side's later deal", (_name, position) => {
    const outdated = outdatedIn([...MONDAY_BACKGROUND, position], [...THURSDAY_BACKGROUND, LATER_DEAL]);
    expect(outdated).toEqual([position]);
  });

  it.each([
    // An infinitive after a noun describes the noun; it states no one's position.
    ["an infinitive after a noun", "Meridian Terminals has the money to raise wages, the union says.", LATER_DEAL],
    // The one urged is who would accept: the urging side's later agreement does not outdate it.
    [
      "an infinitive whose subject is the object",
      "Helen Strand urged the Calder Dockworkers Union to accept a raise of 4.5 percent.",
      "Helen Strand signed an agreement with the port authority on Wednesday that sends mediators to Calder.",
    ],
    // A passive with no agent names no side: the offer's maker is not the one who rejected it.
    ["a passive with no agent", "Meridian Terminals' offer of 4.5 percent was rejected on Sunday.", LATER_DEAL],
    // A past negation narrates an event, not a standing position.
    [
      "a past event negated",
      "The strike began because Meridian Terminals did not sign the 2025 agreement on time.",
      LATER_DEAL,
    ],
    // Insisting restates a position; a restatement moves nothing on.
    [
      "a position only restated later",
      "Meridian Terminals has offered a 4.5 percent raise.",
      "Meridian Terminals insisted on Wednesday that a raise of 5 percent was unaffordable.",
    ],
  ])("%s is not outdated", (_name, sentence, later) => {
    const outdated = outdatedIn([...MONDAY_BACKGROUND, sentence], [...THURSDAY_BACKGROUND, later]);
    expect(outdated).toEqual([]);
  });

  it("keeps a position that a later report only restates with the same figure", () => {
    const offer = "Meridian Terminals has offered a 4.5 percent raise.";
    const restated = "Meridian Terminals offered again on Wednesday the raise of 4.5 percent it had put forward.";
    expect(outdatedIn([...MONDAY_BACKGROUND, offer], [...THURSDAY_BACKGROUND, restated])).toEqual([]);
  });
});

describe("findSuperseded reads a count reported again later as an update", () => {
  // Each report opens with background: a report's first line stands as its title.
  const THURSDAY_SEARCH = "Divers searched the hull of the ferry again on Thursday.";
  const MONDAY = [
    "Rescue boats pulled survivors from the water through the night.",
    "A ferry capsized off the harbour of Calder late on Sunday, and at least 12 people were confirmed dead, the coast guard said on Monday.",
  ];
  it("an earlier count of the dead is outdated by a later, different count, whatever words give it", () => {
    const earlier = MONDAY[1]!;
    const later = "The coast guard said on Thursday that 34 people had died and that the search would end on Friday.";
    expect(outdatedIn(MONDAY, [THURSDAY_SEARCH, later])).toEqual([earlier]);
  });
  it("the same count repeated later is no update", () => {
    const repeated = "The coast guard said on Thursday that 12 people had died in the capsizing.";
    expect(outdatedIn(MONDAY, [THURSDAY_SEARCH, repeated])).toEqual([]);
  });
  it("a total told as unchanged is confirmed by a later report of the same figure, and outdated by another (latest12)", () => {
    const unchanged = "The death toll remains at five.";
    const background = "Rescue boats pulled survivors from the water through the night.";
    const same = "Divers found two people alive on Thursday, four days after the capsizing killed five people.";
    expect(outdatedIn([background, unchanged], [THURSDAY_SEARCH, same])).toEqual([]);
    const higher = "The death toll rose to seven on Thursday, the coast guard said.";
    expect(outdatedIn([background, unchanged], [THURSDAY_SEARCH, higher])).toEqual([unchanged]);
  });
  it("a dated event whose count trails it as a consequence is outdated by a later count, as the count told as the event is", () => {
    // Told in a summary, "forcing about 800 residents from their homes" reads as the count now, however
    // dated its event: the sentence goes to the timeline once a later report gives another count.
    const derailment = [
      "Rescue crews worked through the night beside the tracks.",
      "A freight train carrying chemicals derailed on Sunday evening near the harbour of Calder, forcing about 800 residents from their homes.",
    ];
    const later = "About 2,000 residents had left their homes by Thursday, the mayor said.";
    expect(outdatedIn(derailment, [THURSDAY_SEARCH, later])).toEqual([derailment[1]]);
    // Those still affected later are the state since, not a revision of how many the event affected.
    const remaining = "About 300 residents remained out of their homes on Thursday, the mayor said.";
    expect(outdatedIn(derailment, [THURSDAY_SEARCH, remaining])).toEqual([]);
    const toldAsTheEvent = [
      "Rescue crews worked through the night beside the tracks.",
      "About 800 residents were forced from their homes near the harbour of Calder on Sunday evening.",
    ];
    expect(outdatedIn(toldAsTheEvent, [THURSDAY_SEARCH, later])).toEqual([toldAsTheEvent[1]]);
  });
  it("a count of those present hurt is outdated by a later count of the injured told without their noun; a part's count is not", () => {
    const strike = [
      "Stewards cleared the course at the golf open in Calder.",
      "Lightning struck a tree near the 14th green in Calder on Sunday afternoon, injuring six spectators.",
    ];
    const later = "The number injured has risen to eight, after two more spectators were treated for burns.";
    expect(outdatedIn(strike, [THURSDAY_SEARCH, later])).toEqual([strike[1]]);
    const part = [
      "Stewards cleared the course at the golf open in Calder.",
      "Two stewards were injured when lightning struck a tree near the 14th green in Calder on Sunday afternoon.",
    ];
    expect(outdatedIn(part, [THURSDAY_SEARCH, later])).toEqual([]);
  });
  it("an earlier count of the sick is outdated by a later count, however the sick are told (facts26)", () => {
    const sick = [
      "Health officials boarded the ferry in the harbour of Calder.",
      "More than 100 passengers and crew aboard the ferry have fallen ill with a stomach virus, officials said on Monday.",
    ];
    const later = "The number of people sickened aboard the ferry rose to 170 on Thursday, the operator said.";
    expect(outdatedIn(sick, [THURSDAY_SEARCH, later])).toEqual([sick[1]]);
  });
  it("an earlier count of the dead is outdated by a later, higher count of bodies recovered, never the reverse (facts26)", () => {
    const later = "The number of bodies recovered rose to 19 on Thursday, the coast guard said.";
    expect(outdatedIn(MONDAY, [THURSDAY_SEARCH, later])).toEqual([MONDAY[1]]);
    // Fewer bodies than the dead is no update: the others may still be missing.
    const fewer = "The number of bodies recovered rose to 9 on Thursday, the coast guard said.";
    expect(outdatedIn(MONDAY, [THURSDAY_SEARCH, fewer])).toEqual([]);
    // A count of bodies is not outdated by a later count of the dead.
    const bodies = [
      "Rescue boats searched the water through the night.",
      "Divers had recovered 12 bodies by Monday, the coast guard said.",
    ];
    const dead = "The coast guard said on Thursday that 34 people had died in the capsizing.";
    expect(outdatedIn(bodies, [THURSDAY_SEARCH, dead])).toEqual([]);
  });
  it("a later count in another place is another count", () => {
    const MONDAY_PLACED = [
      "Rescue boats pulled survivors from the water through the night.",
      "At least 12 people were killed in Calder on Monday when the storm hit, officials said.",
    ];
    const elsewhere =
      "At least 30 people were killed in Marren on Thursday when the storm reached the coast, officials said.";
    expect(outdatedIn(MONDAY_PLACED, [THURSDAY_SEARCH, elsewhere])).toEqual([]);
  });
});

describe("findSuperseded leaves rival figures to stand (disagree9)", () => {
  const BACKGROUND = ["Calder Bank runs 400 branches.", "The bank closed its website for a day."];
  const outdatedOn = (first: readonly string[], second: readonly string[], secondDay: string) => {
    const { facts, evidence, times } = twoReportStory([...first, ...BACKGROUND], [...second, ...BACKGROUND], {
      secondDay,
      titled: true,
    });
    return [...new Set([...findSuperseded(evidence, times, facts).outdated].map((item) => item.item.sentence.text))];
  };

  it("does not take a rival source's figure for the same moment as an update: both sides of a disagreement stand", () => {
    expect(
      outdatedOn(
        ["Calder Bank said on Monday that 1.4 million customers were affected by the breach."],
        [
          "A database offered for sale on Monday holds 3.2 million customers' data, according to Ann Lee, a researcher.",
        ],
        "2026-03-02",
      ),
    ).toEqual([]);
  });
});

describe("findSuperseded sets no side of a disagreement as older than the other", () => {
  it("two outlets' head counts of one employer are rivals, not a count and its update: no pair, still a conflict", () => {
    const FIRST = "Harlan Ridge Energy, which owns the Calder mine, employs 450 people at the site.";
    const SECOND = "Harlan Ridge Energy employs about 600 workers at the Calder mine.";
    const { facts, evidence, times } = twoReportStory(
      ["A section of roof collapsed at the Calder mine on Sunday.", FIRST],
      ["All seven miners were rescued from the Calder mine on Wednesday.", SECOND],
      { titled: true },
    );
    expect(facts.disagreements.some((item) => item.claims.length === 2)).toBe(true);
    const supersession = findSuperseded(evidence, times, facts);
    const text = (candidate: { item: { sentence: { text: string } } }) => candidate.item.sentence.text;
    expect(supersession.pairs.map(([older, newer]) => [text(older), text(newer)])).not.toContainEqual([FIRST, SECOND]);
    // The summary still never states both as fact.
    const conflicts = supersession.conflicts.map((pair) => pair.map(text).sort());
    expect(conflicts).toContainEqual([FIRST, SECOND].sort());
  });
});

describe("findSuperseded keeps an older event told with its day beside the newer one (kept with its date)", () => {
  /** The same-matter pairs, and those a summary must not set side by side, as [older, newer] texts. */
  const pairsIn = (monday: readonly string[], thursday: readonly string[]) => {
    const { facts, evidence, times } = twoReportStory(monday, thursday);
    const supersession = findSuperseded(evidence, times, facts);
    const asTexts = (pairs: ReadonlyArray<readonly [{ item: { sentence: { text: string } } }, unknown]>) =>
      pairs.map(([older, newer]) => [
        older.item.sentence.text,
        (newer as { item: { sentence: { text: string } } }).item.sentence.text,
      ]);
    return {
      outdated: [...supersession.outdated].map((candidate) => candidate.item.sentence.text),
      pairs: asTexts(supersession.pairs),
      conflicts: asTexts(supersession.conflicts),
    };
  };
  const MONDAY = [
    "Tenants' groups in Calder have campaigned for the housing bill since the spring.",
    "The bill would cap rent increases at 3 percent a year.",
  ];
  const THURSDAY = [
    "Tenants' groups in Calder celebrated outside the state house on Thursday.",
    "Landlords said the cap on rent increases would stop new building.",
  ];
  const VETO = "Governor Elena Marsh vetoed the Calder housing bill on Monday, saying the rent cap went too far.";
  const OVERRIDE = "Lawmakers overrode Governor Elena Marsh's veto of the Calder housing bill on Thursday.";

  it("a veto on Monday and its override on Thursday are one matter, yet both may be summarised", () => {
    const { outdated, pairs, conflicts } = pairsIn([...MONDAY, VETO], [...THURSDAY, OVERRIDE]);
    // The model is still shown the pair (it must not tell the veto as current)…
    expect(pairs).toContainEqual([VETO, OVERRIDE]);
    // …but the veto, told with its day, is no conflict for the summary and nothing makes it outdated.
    expect(conflicts).not.toContainEqual([VETO, OVERRIDE]);
    expect(outdated).not.toContain(VETO);
  });

  it.each([
    ["a state in the present tense", "Governor Elena Marsh is weighing whether to veto the Calder housing bill."],
    [
      "a proposal in the present perfect",
      "Governor Elena Marsh has proposed on Monday to veto the Calder housing bill.",
    ],
    ["a statement with no day of its own", "Governor Elena Marsh said she would veto the Calder housing bill."],
    ["a state with no day of its own", "Governor Elena Marsh opposes the Calder housing bill."],
  ])("%s is still superseded by the newer statement", (_name, older) => {
    const { outdated, conflicts } = pairsIn([...MONDAY, older], [...THURSDAY, OVERRIDE]);
    // Superseded either way: out of the summary (outdated) or never beside the override (a conflict).
    expect(outdated.includes(older) || conflicts.some(([left, right]) => left === older && right === OVERRIDE)).toBe(
      true,
    );
  });

  it("a figure told with its day still conflicts with the newer figure that replaces it, not with one that answers it", () => {
    const partial =
      "Jane Doe extended her lead in the race for mayor of Calder on Friday afternoon, with 52,600 votes to 49,800 for Mara Solvik.";
    const final = "Jane Doe was declared mayor of Calder on Saturday, winning 61,450 votes to 58,400 for Mara Solvik.";
    const replaced = pairsIn(
      ["Counting in the race for mayor of Calder went on through the night.", partial],
      ["Counting in the race for mayor of Calder ended on Saturday morning.", final],
    );
    // Superseded either way: out of the summary as an updated figure (outdated), or never beside the
    // final count (a conflict).
    expect(
      replaced.outdated.includes(partial) ||
        replaced.conflicts.some(([left, right]) => left === partial && right === final),
    ).toBe(true);
    const offer = "Meridian Terminals offered the dockworkers of Calder a 4.5 percent raise on Monday.";
    const answer = "The dockworkers of Calder rejected the 4.5 percent raise Meridian Terminals offered, on Thursday.";
    const answered = pairsIn(
      ["The strike at the port of Calder has halted container traffic.", offer],
      ["Dozens of ships were still waiting offshore for the port of Calder to reopen on Thursday.", answer],
    );
    expect(answered.pairs).toContainEqual([offer, answer]);
    expect(answered.conflicts).not.toContainEqual([offer, answer]);
  });

  it("a figure told with its day is not replaced by a newer figure of another measure in the same unit", () => {
    const firing =
      "Halden Motors fired its chief executive Viktor Aas on Sunday after a review found that revenue had been overstated by about $280 million.";
    const settlement =
      "Former Halden Motors chief executive Viktor Aas agreed on Monday to return $12 million in bonuses to Halden Motors.";
    const { pairs, conflicts } = pairsIn(
      ["The board of Halden Motors met in Oslo through the weekend.", firing],
      ["The board of Halden Motors met in Oslo again on Monday.", settlement],
    );
    expect(pairs).toContainEqual([firing, settlement]);
    expect(conflicts).not.toContainEqual([firing, settlement]);
  });

  it("a toll told with its day is still outdated by a higher toll", () => {
    const toll = "At least 12 people were killed when the storm hit Calder on Monday, officials said.";
    const higher = "At least 30 people have now been killed by the storm in Calder, officials said on Thursday.";
    const { outdated } = pairsIn(
      ["Rescue boats searched the flooded streets of Calder through the night.", toll],
      ["Rescue boats searched the flooded streets of Calder again on Thursday.", higher],
    );
    expect(outdated).toEqual([toll]);
  });
});

describe("findSuperseded reads a part of a whole as a count of its event", () => {
  it("outdates a part of a whole told first ('Of the 180 homes …, 40 were destroyed') by a later count of the same event", () => {
    const part = "Of the 180 homes in the Pecan Grove park, 40 were destroyed, the county said on Monday.";
    const whales = "Of the 212 whales that stranded at Farewell Spit, 90 have died, rescuers said.";
    const outdated = outdatedIn(
      ["A tornado struck the Pecan Grove park late on Sunday.", part, whales],
      [
        "The county's final damage assessment, released on Thursday, found that 97 homes were destroyed.",
        "Rescuers said on Thursday that 160 whales had died.",
      ],
    );
    expect(outdated).toContain(part);
    expect(outdated).toContain(whales);
  });
});
