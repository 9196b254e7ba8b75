import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { extractFacts } from "../extract-facts.js";

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

  it("never sets a figure of an earlier year's instance, named as a modifier, against the story's own", () => {
    const dated = (source: string, text: string, index: number) => ({
      ...undated(source, text, index),
      publishedAt: "2045-10-17T10:00:00Z",
    });
    const story = (earlier: (source: string, text: string, index: number) => ReturnType<typeof undated>) =>
      extractFacts([
        dated("Alpha Wire", "The recount cost the agency $51,300, the agency said.", 1),
        earlier(
          "Beta Times",
          "The 2031 Yarmouth recount, which overturned a nine-vote margin, cost the province about $35,000.",
          2,
        ),
      ]).disagreements.map((item) => item.claims.map((claim) => claim.value));
    expect(story(undated)).toEqual([]);
    expect(story(dated)).toEqual([]);
  });
});
