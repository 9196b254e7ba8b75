import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { extractFacts } from "../extract-facts.js";

/**
 * facts39: outlets' figures for one measure told by other words and unit spellings (one object's size
 * in "mm" and "millimetres", a warning's lead in seconds and minutes, a crowd told by other verbs and
 * nouns, a prize told by other verbs, a stretch of road searched, a dose told as X-rays, a distance from
 * a landmark), and what stays apart (a width against a length, a plan, a part, another year's figure).
 */
function sides(...reports: Array<[source: string, publishedAt: string, text: string]>) {
  const articles = reports.map(([source, publishedAt, text]) =>
    prepareArticle({ input: source, source, publishedAt, title: `${source} report`, originalText: text }),
  );
  return extractFacts(articles).disagreements.map((item) => [item.topic, item.claims.map((claim) => claim.value)]);
}

describe("findDisagreements on one object's size in mm and millimetres", () => {
  it("sets “about 4mm wide” against “about 7 millimeters wide”, never a length against a width", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-03-02T10:00:00Z",
          "A lost pellet was found.\n\nThe pellet, which was stolen from a clinic, is about 4mm wide and 9mm long, the agency said.",
        ],
        [
          "Beta Times",
          "2029-03-02T18:00:00Z",
          "A lost pellet was found.\n\nThe pellet is about 7 millimeters wide, officials said.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/pellet wide/), ["about 4mm", "about 7 millimeters"]]]);
  });
});

describe("findDisagreements on a stretch of road searched", () => {
  it("sets “a 120-mile stretch of interstate” against “the 150 miles of highway between”, never the miles checked", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-04-10T10:00:00Z",
          "Crews are hunting for a lost canister.\n\nCrews are checking a 120-mile stretch of interstate between the plant and the depot, the state said.\n\nThey had covered 40 miles by noon.",
        ],
        [
          "Beta Times",
          "2029-04-10T20:00:00Z",
          "Crews are hunting for a lost canister.\n\nTeams are searching the 150 miles of highway between the plant and the depot.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/road/), ["120", "150"]]]);
  });
});

describe("findDisagreements on a warning's lead in seconds and minutes", () => {
  it("sets “90 seconds before the first wave” against “five minutes before the water arrived”, never a lead asked for", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-05-06T10:00:00Z",
          "A wave swept the harbour.\n\nThe tsunami alarm went off about 90 seconds before the first wave hit the harbour, the port said.\n\nPower was cut 20 minutes before the wave.",
        ],
        [
          "Beta Times",
          "2029-05-06T19:00:00Z",
          "A wave swept the harbour.\n\nFishermen said the warning came five minutes before the water arrived.\n\nThe fishermen's union wants the alarm sounded 30 minutes before any wave is expected.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/warned/), ["about 90 seconds", "five minutes"]]]);
  });
});

describe("findDisagreements on a crowd told by other verbs and nouns", () => {
  it("sets “the crowd was estimated at 14,000” against “some 19,000 turned out”, never the crowd expected", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-06-03T20:00:00Z",
          "The regatta was held on Saturday.\n\nThe crowd was estimated at 14,000, the organisers said, well short of the 25,000 they had expected.",
        ],
        [
          "Beta Times",
          "2029-06-04T08:00:00Z",
          "The regatta was held on Saturday.\n\nSome 19,000 turned out along the river for Saturday's regatta.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/attended/), ["14,000", "some 19,000"]]]);
  });
});

describe("findDisagreements on a prize told by other verbs", () => {
  it("sets “Dana Ruiz pockets $820,000” against “the American takes home $1.1 million”, never the runner-up's", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-02-12T06:00:00Z",
          "Dana Ruiz won the Desert Classic.\n\nDana Ruiz pockets $820,000 for the win.\n\nLee Park, who finished second, takes home $610,000.",
        ],
        [
          "Beta Times",
          "2029-02-12T20:00:00Z",
          "Dana Ruiz won the Desert Classic on Sunday, and the American takes home $1.1 million from the $6 million purse.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/prize/), ["820,000", "1.1 million"]]]);
  });
});

describe("findDisagreements on a distance from a landmark", () => {
  it("sets “about 4 metres from the edge of the platform” against “30ft from the platform's edge”, never a precedent or a run", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-07-08T10:00:00Z",
          "A wagon broke loose at the station.\n\nThe passengers had been standing about 4 metres from the edge of the platform, the railway said.\n\nThe wagon rolled about 90 metres along the track.",
        ],
        [
          "Beta Times",
          "2029-07-08T18:00:00Z",
          "A wagon broke loose at the station.\n\nCamera footage shows the group was 30ft from the platform's edge when the wagon passed.\n\nIn 2015 a wagon stopped 60 metres from the platform.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/from edge/), ["about 4 metres", "30ft"]]]);
  });
});

describe("findDisagreements on a measure told as its equivalent", () => {
  it("sets “the equivalent of about 6 chest X-rays” against “the same dose as 14 X-rays”, never a year's background dose", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-08-01T10:00:00Z",
          "A lost source was found.\n\nAn hour beside the source would give the equivalent of about 6 chest X-rays, officials said.",
        ],
        [
          "Beta Times",
          "2029-08-04T10:00:00Z",
          "A lost source was found.\n\nAn hour near it would deliver the same dose as 14 X-rays, a physicist said.\n\nPeople get the equivalent of about 12 chest X-rays a year from natural background radiation.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/equivalent/), ["about 6", "14"]]]);
  });

  it("sets “the weight of three elephants” against “as heavy as five elephants”", () => {
    expect(
      sides(
        ["Alpha News", "2029-08-01T10:00:00Z", "A bell was cast.\n\nThe new bell has the weight of three elephants."],
        [
          "Beta Times",
          "2029-08-01T16:00:00Z",
          "A bell was cast.\n\nThe bell is as heavy as five elephants, the foundry said.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/equivalent/), ["three", "five"]]]);
  });
});

describe("findDisagreements on a distance in metres written as “m”", () => {
  it("sets “about 3 metres from the edge of the pitch” against “8m from the pitch's edge”, never a bare sum", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-09-09T10:00:00Z",
          "A stand collapsed at the ground.\n\nThe fans had been about 3 metres from the edge of the pitch, the club said.",
        ],
        [
          "Beta Times",
          "2029-09-09T18:00:00Z",
          "A stand collapsed at the ground.\n\nVideo shows the fans were 8m from the pitch's edge when the stand gave way.\n\nThe club has 5m members worldwide.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/from edge/), ["about 3", "8m"]]]);
  });
});

describe("findDisagreements on one thing's weight told before its noun and in a clause about it", () => {
  it("sets “the 40-tonne crane” against “The crane, which weighs 38 tonnes”, never a load it lifted", () => {
    const crane = "A crane fell on the site.\n\nThe 40-tonne crane toppled onto the road, police said.";
    expect(
      sides(
        ["Alpha News", "2029-05-02T10:00:00Z", crane],
        [
          "Beta Times",
          "2029-05-02T18:00:00Z",
          "A crane fell on the site.\n\nThe crane, which weighs 38 tonnes, toppled onto the road, police said.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/crane/), ["38", "40"]]]);
    expect(
      sides(
        ["Alpha News", "2029-05-02T10:00:00Z", crane],
        [
          "Beta Times",
          "2029-05-02T18:00:00Z",
          "A crane fell on the site.\n\nThe crane was lifting a load of 38 tonnes.",
        ],
      ),
    ).toEqual([]);
  });
});
