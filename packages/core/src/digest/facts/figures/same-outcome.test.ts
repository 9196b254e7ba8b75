import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { articleSentences } from "../../evidence/article-sentences.js";
import { extractFacts } from "../extract-facts.js";
import { findNumberMentions } from "./find-number-mentions.js";

/** Two outlets' reports, each a few sentences, as the disagreement code reads them. */
function disputes(first: [string, string, string], second: [string, string, string]): string[][] {
  const articles = [first, second].map(([source, publishedAt, text]) =>
    prepareArticle({ input: source, source, publishedAt, title: `${source} report`, originalText: text }),
  );
  return extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value));
}

function eventsOf(text: string): Array<[string, string | null]> {
  const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2027-04-06" });
  return findNumberMentions(articleSentences([article])).map((mention) => [mention.raw, mention.event]);
}

describe("sameOutcomeOf: one outcome counted with different verbs by two outlets", () => {
  it("sets ambulances “diverted” against ambulances “turned away”", () => {
    expect(
      disputes(
        [
          "Metro Wire",
          "2027-04-05T08:00:00Z",
          "About 40 ambulances were diverted from Kingsmead Hospital on Sunday night, the trust said.",
        ],
        [
          "City Herald",
          "2027-04-05T18:00:00Z",
          "Kingsmead Hospital turned away 55 ambulances on Sunday night, paramedics said.",
        ],
      ),
    ).toEqual([["about 40", "55"]]);
    expect(eventsOf("About 30 ambulances had to divert to other hospitals on Sunday.")).toEqual([["30", "diverted"]]);
  });

  it("sets bags that “missed their flights” against bags “left behind”", () => {
    expect(
      disputes(
        [
          "Air Wire",
          "2027-04-03T08:00:00Z",
          "About 3,000 bags missed their flights at Heathside on Friday, the airport said.",
        ],
        [
          "Travel Daily",
          "2027-04-03T15:00:00Z",
          "Some 4,100 bags were left behind at Heathside on Friday, baggage handlers said.",
        ],
      ),
    ).toEqual([["about 3,000", "some 4,100"]]);
  });

  it("sets records “stolen” against records “taken”, never samples taken nor people taken to hospital", () => {
    expect(
      disputes(
        [
          "Tech Wire",
          "2027-04-06T08:00:00Z",
          "Hackers stole 2.1 million records from the clinic chain, the company said.",
        ],
        [
          "Health Times",
          "2027-04-06T16:00:00Z",
          "Some 2.6 million records were taken in the attack, researchers said.",
        ],
      ),
    ).toEqual([["2.1 million", "some 2.6 million"]]);
    expect(eventsOf("Inspectors said 12 samples were taken from the river on Monday.")).not.toContainEqual([
      "12",
      "stolen",
    ]);
    expect(eventsOf("Fifteen people were taken to hospital.")).toEqual([["Fifteen", "hospitalised"]]);
    expect(eventsOf("Hackers took 300,000 records.")).toEqual([["300,000", "stolen"]]);
    expect(eventsOf("The party took 40 percent of the vote.")).not.toContainEqual(["40", "stolen"]);
  });

  it("sets students “kept at home” against students “out of school” the same day", () => {
    expect(
      disputes(
        [
          "School Wire",
          "2027-04-08T20:00:00Z",
          "About 9,000 students were kept at home on Thursday, the district said.",
        ],
        [
          "Valley News",
          "2027-04-08T21:00:00Z",
          "Some 11,500 students were out of school on Thursday, the teachers' union said.",
        ],
      ),
    ).toEqual([["about 9,000", "some 11,500"]]);
    expect(eventsOf("About 9,000 students stayed home on Thursday.")).toEqual([["9,000", "affected"]]);
    expect(eventsOf("About 9,000 students missed school on Thursday.")).toEqual([["9,000", "affected"]]);
  });

  it("sets pupils “sent home” by closures against children “left without lessons”", () => {
    expect(
      disputes(
        [
          "School Wire",
          "2027-04-08T20:00:00Z",
          "Nine schools closed on Thursday, sending 3,100 pupils home, heads said.",
        ],
        [
          "Valley News",
          "2027-04-09T06:00:00Z",
          "Thursday's closures left 2,400 children without lessons, the council said.",
        ],
      ),
    ).toEqual([["2,400", "3,100"]]);
  });

  it("sets workers “stood down” against staff “sent home”, never staff laid off", () => {
    expect(
      disputes(
        ["Port Wire", "2027-04-05T12:00:00Z", "The terminal stood down 300 workers on Monday, its operator said."],
        ["Dock News", "2027-04-05T19:00:00Z", "About 450 staff were sent home on Monday, the union said."],
      ),
    ).toEqual([["300", "about 450"]]);
    expect(
      disputes(
        ["Port Wire", "2027-04-05T12:00:00Z", "The terminal stood down 300 workers on Monday, its operator said."],
        ["Dock News", "2027-04-05T19:00:00Z", "About 450 staff were laid off on Monday, the union said."],
      ),
    ).toEqual([]);
  });

  it("sets ships “stuck” against vessels “unable to sail”, never people stranded against ships", () => {
    expect(
      disputes(
        [
          "Sea Wire",
          "2027-04-05T12:00:00Z",
          "Some 22 ships were stuck in the port on Monday, the harbour master said.",
        ],
        ["Coast News", "2027-04-05T19:00:00Z", "The closure left 30 vessels unable to sail on Monday, agents said."],
      ),
    ).toEqual([["some 22", "30"]]);
    expect(eventsOf("About 300 people were stranded in the town.")).toEqual([["300", "stranded"]]);
  });

  it("sets homes “told to boil their water” against homes a boil-water notice covers, never a do-not-drink notice", () => {
    expect(
      disputes(
        [
          "Water Wire",
          "2027-04-05T12:00:00Z",
          "About 8,000 homes were told to boil their water on Monday, the utility said.",
        ],
        [
          "Town Post",
          "2027-04-05T19:00:00Z",
          "A boil-water notice covering 9,500 homes was issued on Monday, the council said.",
        ],
      ),
    ).toEqual([["about 8,000", "9,500"]]);
    expect(eventsOf("About 12,000 homes were told not to drink their water.")).not.toContainEqual([
      "12,000",
      "under boil notice",
    ]);
  });

  it("sets customers “written to” against customers “warned”, never residents warned to leave", () => {
    expect(
      disputes(
        [
          "Money Wire",
          "2027-04-05T12:00:00Z",
          "The bank wrote to 50,000 customers on Monday about the error, it said.",
        ],
        [
          "Consumer News",
          "2027-04-05T19:00:00Z",
          "Some 70,000 customers were warned by email on Monday, campaigners said.",
        ],
      ),
    ).toEqual([["50,000", "some 70,000"]]);
    expect(eventsOf("Police warned 300 residents to leave their homes.")).not.toContainEqual(["300", "notified"]);
    expect(eventsOf("About 300 people contacted the helpline on Monday.")).not.toContainEqual(["300", "notified"]);
  });

  it("sets a sum “fined” against the same “penalty”, whatever year the wrong was done", () => {
    expect(
      disputes(
        [
          "Rail Wire",
          "2027-04-05T12:00:00Z",
          "The regulator fined Coastline Rail £3 million on Monday over delays last year.",
        ],
        [
          "Rail Times",
          "2027-04-06T06:00:00Z",
          "Coastline Rail was handed a £2.4 million penalty by the regulator on Monday.",
        ],
      ),
    ).toEqual([["2.4 million", "3 million"]]);
  });
});

describe("sameOutcomeOf: services called off, travellers stuck, people brought to safety, staff sacked", () => {
  it("sets flights “scrapped” against flights “cancelled”, never operations postponed against cancelled", () => {
    expect(
      disputes(
        ["Air Wire", "2027-04-05T12:00:00Z", "The airline scrapped 300 flights on Monday, it said."],
        ["Travel Daily", "2027-04-05T19:00:00Z", "About 420 flights were cancelled on Monday, the airport said."],
      ),
    ).toEqual([["300", "about 420"]]);
    expect(
      disputes(
        ["Health Wire", "2027-04-05T12:00:00Z", "About 450 operations were postponed on Monday, the trust said."],
        ["City Herald", "2027-04-05T19:00:00Z", "Some 600 operations were cancelled on Monday, surgeons said."],
      ),
    ).toEqual([]);
  });

  it("sets passengers “stuck” against passengers “stranded” the same day", () => {
    expect(
      disputes(
        [
          "Air Wire",
          "2027-04-05T12:00:00Z",
          "About 2,000 passengers were stuck at Heathside on Monday, the airport said.",
        ],
        [
          "Travel Daily",
          "2027-04-05T19:00:00Z",
          "Some 2,900 passengers were stranded at Heathside on Monday, airlines said.",
        ],
      ),
    ).toEqual([["about 2,000", "some 2,900"]]);
  });

  it("sets people “brought to safety” against people “rescued”, never jobs saved", () => {
    expect(
      disputes(
        ["Sea Wire", "2027-04-05T12:00:00Z", "About 40 people were brought to safety on Monday, the coastguard said."],
        ["Coast News", "2027-04-05T19:00:00Z", "Lifeboat crews rescued 62 people on Monday, the RNLI said."],
      ),
    ).toEqual([["about 40", "62"]]);
    expect(eventsOf("The takeover saved 300 jobs.")).not.toContainEqual(["300", "rescued"]);
  });

  it("sets staff “sacked” against workers “dismissed”, never workers laid off", () => {
    expect(
      disputes(
        ["Work Wire", "2027-04-05T12:00:00Z", "The factory sacked 40 staff on Monday, the union said."],
        ["Town Post", "2027-04-05T19:00:00Z", "About 55 workers were dismissed on Monday, the company said."],
      ),
    ).toEqual([["40", "about 55"]]);
    expect(eventsOf("The factory laid off 200 workers.")).not.toContainEqual(["200", "dismissed"]);
  });
});

describe("a figure given as the true one, against a count already told", () => {
  it("sets “the true number of homes flooded was closer to 900”, said two days on, against 600 homes flooded", () => {
    expect(
      disputes(
        ["Flood Wire", "2027-04-07T08:00:00Z", "About 600 homes were flooded on Tuesday, the Environment Agency said."],
        [
          "Parish News",
          "2027-04-09T18:00:00Z",
          "The parish council said on Thursday that the true number of homes flooded was closer to 900.",
        ],
      ),
    ).toEqual([["about 600", "900"]]);
  });
});

describe("the sick, whether outlets call them residents or people", () => {
  it("counts residents who fell ill as people who did", () => {
    const article = prepareArticle({
      input: "test",
      title: "Figures",
      originalText: "Some 60 residents have fallen ill, the council said.",
      publishedAt: "2027-04-06",
    });
    const [sick] = findNumberMentions(articleSentences([article]));
    expect([sick?.unit, sick?.event]).toEqual(["people", "ill"]);
  });
});

describe("a frame's cue inside a name", () => {
  it("reads “Consumer group Fair Deal said” as no deal", () => {
    const article = prepareArticle({
      input: "test",
      title: "Figures",
      originalText: "Consumer group Fair Deal said 400 customers had complained.",
      publishedAt: "2027-04-06",
    });
    expect(findNumberMentions(articleSentences([article]))[0]?.frame).toBe("reported");
  });
});

describe("sameOutcomeOf: volunteers who came to help", () => {
  it("sets volunteers who “joined” a rescue against volunteers who “helped” at it the same day", () => {
    expect(
      disputes(
        [
          "Island Radio",
          "2036-05-13T19:00:00Z",
          "More than 300 volunteers joined the whale rescue at Carrow Beach on Tuesday.",
        ],
        ["Southern Mercury", "2036-05-14T06:00:00Z", "Some 180 volunteers helped at Carrow Beach on Tuesday."],
      ),
    ).toEqual([["some 180", "more than 300"]]);
  });

  it("reads “turned out” as the same count, and volunteers hurt as another", () => {
    expect(eventsOf("About 250 volunteers turned out to search the moor.")).toEqual([["250", "volunteered"]]);
    expect(eventsOf("Six volunteers were injured when a wall collapsed.")[0]?.[1]).not.toBe("volunteered");
  });
});
