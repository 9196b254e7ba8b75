import { describe, expect, it } from "vitest";
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import { wireCredits } from "./wire-credits.js";

const article = (source: string, ...lines: string[]) =>
  prepareArticle({
    input: source,
    source,
    title: `${source} report`,
    originalText: lines.join("\n"),
    publishedAt: "2026-05-05T08:00:00Z",
  });

describe("wireCredits", () => {
  it("takes a paper's closing credit line for the agency of the story it names, by dateline tag or initials", () => {
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
    const credits = wireCredits(articles, byId);
    expect([...credits].map(([paper, agency]) => [paper.source, agency.source])).toEqual([
      ["Wear Valley Echo", "Northern Wire Service"],
      ["Seaham Gazette", "Coastal Press Agency"],
    ]);
  });
});
