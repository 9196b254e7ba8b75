import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { extractFacts } from "../extract-facts.js";

/**
 * facts37: outlets' figures for one thing told in other words or units (a storm's winds in mph and
 * km/h, a surge in metres and feet, damage and losses, a bill and a cost, a quake's depth as "a depth
 * of" and "below the surface"), and what stays apart (gusts, insured losses, a magnitude told as a
 * bound, a figure its sayer revised away).
 */
function sides(...reports: Array<[source: string, publishedAt: string, text: string]>) {
  const articles = reports.map(([source, publishedAt, text]) =>
    prepareArticle({ input: source, source, publishedAt, title: `${source} report`, originalText: text }),
  );
  return extractFacts(articles).disagreements.map((item) => [item.topic, item.claims.map((claim) => claim.value)]);
}

describe("findDisagreements on a storm's winds in mph and km/h", () => {
  it("sets sustained winds in km/h against sustained winds in mph written on their figure", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-09-14T10:00:00Z",
          "A typhoon hit the port.\n\nThe typhoon made landfall on Tuesday with maximum sustained winds of 185 km/h and gusts of up to 240 km/h, the weather bureau said.",
        ],
        [
          "Beta Times",
          "2029-09-15T06:00:00Z",
          "A typhoon hit the port.\n\nA typhoon packing sustained winds of 140mph and gusts of 150mph tore through the port on Tuesday.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/^sustained winds\b/), ["185 km/h", "140mph"]]]);
  });
});

describe("findDisagreements on a storm surge in metres and feet", () => {
  it("sets “a storm surge of 3 meters” against “a 13ft wall of water”, never the waves", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-09-14T10:00:00Z",
          "A typhoon hit the port.\n\nA storm surge of 3 meters swept through the harbor.",
        ],
        [
          "Beta Times",
          "2029-09-15T06:00:00Z",
          "A typhoon hit the port.\n\nA 13ft wall of water surged through the harbour.\n\nWaves of up to 30ft were seen offshore.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/^storm surge\b/), ["3 meters", "13ft"]]]);
  });
});

describe("findDisagreements on what a disaster cost", () => {
  it("sets a government's damage against a broker's losses, never the insured part", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-09-15T08:00:00Z",
          "A typhoon hit the port.\n\nThe provincial government put the damage to the port at $40m in a first estimate.",
        ],
        [
          "Beta Times",
          "2029-09-15T15:00:00Z",
          "A typhoon hit the port.\n\nEconomic losses from the typhoon were about $55 million, a broker estimated on Wednesday.\n\nInsured losses were about $35 million, the broker said.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/^(?:damage|loss)\b/), ["40m", "about 55 million"]]]);
  });

  it("sets a council's cost of repairs against insurers' bill told as “15 million pounds”", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-03-22T16:00:00Z",
          "A tremor hit the village.\n\nThe county council put the cost of repairs at £12m.",
        ],
        [
          "Beta Times",
          "2029-03-23T06:00:00Z",
          "A tremor hit the village.\n\nInsurers estimate the bill for repairing homes in the village at 15 million pounds, their association said on Monday.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/^cost\b/), ["12m", "15 million"]]]);
  });
});

describe("findDisagreements on a quake's magnitude and depth", () => {
  it("never sets a magnitude told as a bound against a quake's", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-03-21T09:00:00Z",
          "A tremor shook the village.\n\nUnder the site's permit, injections must stop after any tremor above magnitude 2.5.",
        ],
        [
          "Beta Times",
          "2029-03-22T02:00:00Z",
          "A tremor shook the village.\n\nA magnitude 3.8 earthquake struck beneath the site early Sunday, a seismological centre said.",
        ],
      ),
    ).toEqual([]);
  });

  it("sets “a depth of 3km” against “2.5 miles below the surface”, never the depth of the gas stored", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-03-21T09:00:00Z",
          "A tremor shook the village.\n\nThe tremor struck at a depth of 3km beneath the site, where gas is stored 1.8km underground.",
        ],
        [
          "Beta Times",
          "2029-03-22T02:00:00Z",
          "A tremor shook the village.\n\nThe operator said its own monitors placed the quake about 2.5 miles below the surface.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/^earthquake deep\b/), ["3km", "about 2.5 miles"]]]);
  });

  it("sets a revised magnitude against a rival centre's, never the reading its sayer revised away", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-11-10T06:00:00Z",
          "A quake struck.\n\nA magnitude 6.8 earthquake struck the province on Tuesday.",
        ],
        [
          "Beta Times",
          "2029-11-11T06:00:00Z",
          "A quake struck.\n\nThe seismological institute revised the magnitude of the quake to 7.0 from an initial 6.8.",
        ],
        [
          "Gamma Wire",
          "2029-11-11T09:00:00Z",
          "A quake struck.\n\nThe quake had a magnitude of 7.6, according to a European monitoring centre.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/^magnitudes\b/), ["7.0", "7.6"]]]);
  });
});

describe("findDisagreements on what a person was paid", () => {
  it("sets “a pay package worth £6.8m” against “was paid 8.1 million pounds”, never a price paid for a thing", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-05-06T18:00:00Z",
          "Investors revolted over pay.\n\nThe chief executive, Daniel Roper, defended a pay package worth £6.8m last year.",
        ],
        [
          "Beta Times",
          "2029-05-07T13:00:00Z",
          "Investors revolted over pay.\n\nRoper was paid 8.1 million pounds last year, the annual report showed.\n\nThe company paid £9m for a site in Leeds last year.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/^pay\b/), ["6.8m", "8.1 million"]]]);
  });
});

describe("findDisagreements on two people's pay", () => {
  it("never sets one person's pay against another's", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-05-06T18:00:00Z",
          "Investors revolted.\n\nThe chief executive, Ann Lee, was paid £5m last year.",
        ],
        [
          "Beta Times",
          "2029-05-07T13:00:00Z",
          "Investors revolted.\n\nThe finance director, Tom Fry, was paid £3.6m last year.",
        ],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on a share told in words and in figures", () => {
  it("sets “Nearly a third of investors voted against” the pay report against 39.6% of votes cast against it, never the vote on the chairman", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-05-06T15:30:00Z",
          "Investors revolted over pay.\n\nShareholders registered a protest on Thursday, with 39.6% of votes cast against the company's remuneration report.\n\nAlmost 28% of votes were cast against the re-election of the chairman.",
        ],
        [
          "Beta Times",
          "2029-05-07T05:00:00Z",
          "Investors revolted over pay.\n\nNearly a third of investors voted against the company's pay report on Thursday.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/^percent voted against\b/), ["nearly a third", "39.6%"]]]);
  });

  it("sets a vote against a chairman's re-election against a vote “against him”, never against the pay report", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-05-06T15:30:00Z",
          "Investors revolted over pay.\n\nAlmost 28% of votes were cast against the re-election of the chairman, Sir Peter Lowden, on Thursday.",
        ],
        [
          "Beta Times",
          "2029-05-08T08:00:00Z",
          "Investors revolted over pay.\n\nSir Peter Lowden was re-elected as chairman on Thursday, with 22% of votes cast against him.\n\nOn Thursday 36% of votes were cast against the pay report.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/^percent voted against\b/), ["22%", "almost 28%"]]]);
  });

  it("reads no share in “half an hour”", () => {
    expect(
      sides(
        ["Alpha News", "2029-05-06T15:30:00Z", "A vote was held.\n\nThe count took half an hour on Thursday."],
        ["Beta Times", "2029-05-07T05:00:00Z", "A vote was held.\n\nThe count took 50 minutes on Thursday."],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on a turnout told in words", () => {
  it("sets “Just over half of voters took part” against a turnout of 62%, never against 52%", () => {
    const turnout = (figure: string) =>
      sides(
        ["Alpha News", "2029-06-04T02:30:00Z", `An election was held.\n\nTurnout was ${figure}.`],
        ["Beta Times", "2029-06-04T16:00:00Z", "An election was held.\n\nJust over half of voters took part."],
      );
    expect(turnout("62%")).toEqual([[expect.stringMatching(/^percent turnout\b/), ["just over half", "62%"]]]);
    expect(turnout("52%")).toEqual([]);
  });
});

describe("findDisagreements on a bare count a killing takes", () => {
  it("sets a headline-like “The flood kills 14” against “Eleven people died”: a bare count after a verb of killing is of people", () => {
    expect(
      sides(
        ["Alpha News", "2029-07-02T06:00:00Z", "A flood hit the valley.\n\nThe flood kills 14 in the valley."],
        ["Beta Times", "2029-07-02T09:00:00Z", "A flood hit the valley.\n\nEleven people died in the flood."],
      ),
    ).toEqual([[expect.stringMatching(/^people killed\b/), ["Eleven", "14"]]]);
  });
});

describe("findDisagreements on a mover's speed told by any verb of moving with 'at'", () => {
  it("sets “plunging at about 80kph” against “travelling at 95km/h”, never the wind “blowing at 60km/h”", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-05-14T10:00:00Z",
          "A lift fell in a tower.\n\nThe cabin was travelling at 95km/h when it hit the buffers.",
        ],
        [
          "Beta Times",
          "2029-05-14T18:00:00Z",
          "A lift fell in a tower.\n\nThe cabin was plunging at about 80kph when the brakes failed.",
        ],
        [
          "Gamma Post",
          "2029-05-14T19:00:00Z",
          "A lift fell in a tower.\n\nWinds were blowing at 60km/h on the roof at the time.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/speed/), ["about 80kph", "95km/h"]]]);
  });
});
