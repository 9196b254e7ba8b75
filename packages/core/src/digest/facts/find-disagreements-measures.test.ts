import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../ingest/index.js";
import { extractFacts } from "./extract-facts.js";

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
