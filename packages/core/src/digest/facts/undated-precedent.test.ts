import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../ingest/index.js";
import { extractFacts } from "./extract-facts.js";

const undated = (source: string, text: string, index: number) =>
  prepareArticle({
    input: `up/${index}`,
    externalId: `up${index}`,
    source,
    url: `https://undated${index}.example/news`,
    publishedAt: null,
    title: `Report ${index}`,
    originalText: text,
  });

describe("undatedPrecedent, as findDisagreements reads it", () => {
  it("never sets an undated report's figure of an earlier event against the story's own count", () => {
    const facts = extractFacts([
      undated("Alpha Wire", "Eight people were injured on Monday when a gas explosion tore through a row house.", 1),
      undated(
        "Beta Times",
        "Neighbours said the street shook.\n\nEarly last month, a building under demolition collapsed, killing six people and injuring 14.",
        2,
      ),
    ]);
    expect(facts.disagreements.map((item) => item.claims.map((claim) => claim.value))).toEqual([]);
  });

  it("still sets two undated outlets' counts of the story's own event against each other", () => {
    const facts = extractFacts([
      undated("Alpha Wire", "Eight people were injured on Monday when a gas explosion tore through a row house.", 1),
      undated("Beta Times", "Twelve people were injured in the blast, the fire department said.", 2),
    ]);
    expect(facts.disagreements.map((item) => item.claims.map((claim) => claim.value))).toEqual([["Eight", "Twelve"]]);
  });
});
