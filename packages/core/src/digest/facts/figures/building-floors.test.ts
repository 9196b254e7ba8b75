import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { extractFacts } from "../extract-facts.js";

const valuesOf = (...reports: Array<[string, string]>) =>
  extractFacts(
    reports.map(([source, text], index) =>
      prepareArticle({
        input: source,
        source,
        publishedAt: `2036-02-10T${10 + index * 6}:00:00Z`,
        title: `${source} report`,
        originalText: text,
      }),
    ),
  ).disagreements.map((found) => found.claims.map((claim) => claim.value));

describe("a building's floors, named in one outlet and described in another (facts38)", () => {
  it("sets 'a 22-storey block in Eastfield' against 'the 19-story Calder Tower', the building the story names", () => {
    expect(
      valuesOf(
        ["Alpha News", "Fire broke out in a 22-storey block in Eastfield on Monday."],
        ["Beta Post", "The fire gutted three flats in the 19-story Calder Tower.\n\nCalder Tower was built in 1971."],
      ),
    ).toEqual([["19", "22"]]);
  });

  it("keeps another named building and an earlier year's building apart", () => {
    expect(
      valuesOf(
        ["Alpha News", "Fire broke out in a 22-storey block in Eastfield on Monday."],
        [
          "Beta Post",
          "The fire began in Calder Tower.\n\nThe neighbouring 15-storey Mill House was evacuated.\n\nIt recalled a 2019 fire in a 30-story tower.",
        ],
      ),
    ).toEqual([]);
  });
});
