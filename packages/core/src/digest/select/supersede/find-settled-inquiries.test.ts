import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findSettledInquiries } from "./find-settled-inquiries.js";
import { findSuperseded } from "./find-superseded.js";

/** The sentences findSettledInquiries marks in a story of a Monday report and a Thursday report. */
function settledIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...new Set([...findSettledInquiries(evidence, times)].map((item) => item.item.sentence.text))];
}

const TESTS =
  "Tests on water samples taken from the Corran estuary are under way, and results are expected within 48 hours.";
const SEARCH = "A search for the missing fishing boat off Penmor Point is under way, the coastguard said.";
const BACKGROUND = "Hundreds of dead fish have washed up along the estuary since the weekend.";

describe("findSettledInquiries: tests or a search under way that a later report tells the result of", () => {
  it("outdates an inquiry under way once another article later tells its result on the same matter", () => {
    const results = [
      "Water samples from the Corran estuary tested positive for diesel, the environment agency said on Thursday.",
      "Divers found the wreck of the missing fishing boat on Wednesday night.",
    ];
    expect(settledIn([TESTS, SEARCH, BACKGROUND], results).sort()).toEqual([SEARCH, TESTS].sort());
    const { evidence, times, facts } = twoReportStory([TESTS, BACKGROUND], results);
    const outdated = [...findSuperseded(evidence, times, facts).outdated].map((item) => item.item.sentence.text);
    expect(outdated).toContain(TESTS);
  });

  it("keeps an inquiry no later report answers: still going on, awaited, or a result on another matter", () => {
    expect(settledIn([TESTS], ["Results of the tests on the Corran estuary samples are still awaited."])).toEqual([]);
    expect(settledIn([TESTS], ["The environment agency has yet to confirm what killed the fish."])).toEqual([]);
    expect(settledIn([SEARCH], ["The search for the missing fishing boat is continuing off Penmor Point."])).toEqual(
      [],
    );
    // A result, but of something else: it shares no words of the inquiry's matter beyond names.
    expect(settledIn([TESTS], ["Police confirmed that a man had been arrested in Corran on Wednesday."])).toEqual([]);
    // A result told before the inquiry, or only in its own report, answers nothing later.
    expect(
      settledIn(
        [TESTS, "Earlier samples from the estuary tested negative for sewage."],
        ["Hundreds more dead fish were seen on Thursday."],
      ),
    ).toEqual([]);
  });

  it("outdates talks under way once another article later tells a deal struck or the talks broken off between the same parties", () => {
    const TALKS = "Talks between Unite and Harbour Buses over drivers' pay are continuing, a spokesman said.";
    const NEGOTIATIONS = "Negotiations between Kestrel Foods and Dunmore Dairies are under way.";
    expect(
      settledIn(
        [TALKS, NEGOTIATIONS, BACKGROUND],
        [
          "Unite struck a deal with Harbour Buses on Wednesday evening.",
          "The negotiations collapsed on Thursday, Dunmore Dairies said.",
        ],
      ).sort(),
    ).toEqual([NEGOTIATIONS, TALKS].sort());
    expect(settledIn([TALKS], ["Unite and Harbour Buses reached an agreement late on Wednesday."])).toEqual([TALKS]);
    // A deal one of the parties struck with someone else, or one only hoped for, settles nothing.
    expect(settledIn([TALKS], ["Harbour Buses signed an agreement with the council for a new depot."])).toEqual([]);
    expect(settledIn([TALKS], ["Unite hopes to have reached a deal with Harbour Buses by Friday."])).toEqual([]);
    expect(settledIn([TESTS], ["Unite struck a deal with Harbour Buses on Wednesday evening."])).toEqual([]);
  });

  it("reads a deal told in the passive (“a deal was reached”, “an agreement was signed by”) as struck", () => {
    const TALKS = "Talks between the Mersey Ferries operator and the RMT union continue.";
    expect(
      settledIn([TALKS], ["A deal was reached between the Mersey Ferries operator and the RMT on Wednesday."]),
    ).toEqual([TALKS]);
    expect(
      settledIn(
        ["Negotiations between Halden Steel and the Community union are continuing."],
        ["An agreement was signed by Halden Steel and Community on Wednesday."],
      ),
    ).toHaveLength(1);
    // A deal only hoped for is none.
    expect(settledIn([TALKS], ["A deal could be reached between Mersey Ferries and the RMT by Friday."])).toEqual([]);
  });

  it("reads talks that “continue” as under way, and a party named again by its common noun (“the council”)", () => {
    const TALKS = "Talks between Carnford City Council and the Unison branch over care workers' pay continue.";
    const DEAL = "The council and Unison signed the agreement on Thursday evening.";
    expect(settledIn([TALKS], [DEAL])).toEqual([TALKS]);
    // The common noun of another party, or talks that continue to stall, settle nothing.
    expect(settledIn([TALKS], ["The county and Unison signed the agreement on Thursday evening."])).toEqual([]);
    expect(
      settledIn(
        ["Talks between Carnford City Council and Unison continue to stall."],
        ["The council signed an agreement with a new caterer."],
      ),
    ).toEqual([]);
  });

  it("outdates a recount under way once a later report tells what “the recount” found, however few words they share", () => {
    const RECOUNT = "Ms Hale asked for a recount, which is under way.";
    expect(settledIn([RECOUNT], ["The recount on Wednesday morning confirmed Mr Ossett as the winner."])).toEqual([
      RECOUNT,
    ]);
    // A result told of another inquiry, or of the recount as still to come, answers nothing.
    expect(settledIn([RECOUNT], ["The inquiry into the ballot boxes confirmed nothing new."])).toEqual([]);
    expect(settledIn([RECOUNT], ["The recount is expected to be confirmed by noon."])).toEqual([]);
  });
});

describe("findSettledInquiries: a cause not yet known, then found", () => {
  const UNKNOWN = "The cause of the fire at the Ashgrove bakery is not yet known.";
  it("outdates a cause told as unknown once a later report tells what caused it", () => {
    expect(
      settledIn(
        [UNKNOWN, BACKGROUND],
        ["A faulty oven caused the fire at the Ashgrove bakery, fire investigators said on Thursday."],
      ),
    ).toEqual([UNKNOWN]);
    expect(
      settledIn(
        ["The cause of the fire remains unclear.", BACKGROUND],
        ["Fire investigators blamed the fire on a faulty oven at the bakery."],
      ),
    ).toEqual(["The cause of the fire remains unclear."]);
  });

  it("keeps it while the cause is still sought, or only guessed at, or a cause of something else is told", () => {
    expect(settledIn([UNKNOWN], ["Investigators are still trying to establish what caused the fire."])).toEqual([]);
    expect(settledIn([UNKNOWN], ["A faulty oven may have caused the fire at the bakery, a neighbour said."])).toEqual(
      [],
    );
    expect(settledIn([UNKNOWN], ["Heavy rain caused flooding on the ring road on Wednesday."])).toEqual([]);
  });
});
