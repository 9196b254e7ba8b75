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
