import { describe, expect, it } from "vitest";
import { linkNearDuplicates, prepareArticle } from "../../../ingest/index.js";
import { outletOf } from "./independent-outlets.js";

const article = (source: string, ...lines: string[]) =>
  prepareArticle({
    input: source,
    source,
    title: `${source} report`,
    originalText: lines.join("\n"),
    publishedAt: "2026-05-05T08:00:00Z",
  });

describe("outletOf", () => {
  it("counts a paper closing on the credit line of an agency of the story as that agency, by dateline tag or initials", () => {
    const articles = linkNearDuplicates([
      article(
        "Northern Wire Service",
        "DURHAM (NWS) — A footbridge over the Wear was closed on Friday after a crack was found in a beam.",
      ),
      article("Coastal Press Agency", "Engineers will inspect the bridge at Seaham on Monday, the council said."),
      article(
        "Wear Valley Echo",
        "The council shut a footbridge over the river on Friday when inspectors found a cracked beam.",
        "(NWS)",
      ),
      article("Seaham Gazette", "Inspectors are due at the Seaham bridge on Monday.", "— CPA"),
      article("Dale Times", "The bridge has been shut since Friday.", "(AP)"),
    ]);
    const byId = new Map(articles.map((item) => [item.id, item]));
    expect(articles.map((item) => outletOf(item, byId).name)).toEqual([
      "Northern Wire Service",
      "Coastal Press Agency",
      "Northern Wire Service",
      "Coastal Press Agency",
      "Dale Times",
    ]);
  });
});
