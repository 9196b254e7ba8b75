import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import type { ArticleDraft } from "../../../model/index.js";
import { extractFacts } from "../extract-facts.js";
import { workCostYear } from "./work-cost.js";

function draft(source: string, publishedAt: string, originalText: string): ArticleDraft {
  return { input: source, source, publishedAt, title: `${source} report`, originalText };
}

const valuesOf = (...drafts: ArticleDraft[]) =>
  extractFacts(drafts.map((item) => prepareArticle(item))).disagreements.map((found) =>
    found.claims.map((claim) => claim.value),
  );

describe("workCostYear: the year of the past work a sum cost", () => {
  it("reads the year by the work's noun or verb, before or after the sum (after: from the end of its figure)", () => {
    expect(workCostYear("The library underwent a $", " renovation in 2030.")).toBe("2030");
    expect(workCostYear("The city spent $", " renovating the library in 2030.")).toBe("2030");
    expect(workCostYear("The square was repaved in 2022 at a cost of £", ".")).toBe("2022");
    expect(workCostYear("The 2022 repaving of the square cost £", ".")).toBe("2022");
    // Work only planned, and a sum with no work, are no cost of past work.
    expect(workCostYear("A £", " repaving is planned for 2028.")).toBeNull();
    expect(workCostYear("The council has £", " in reserves in 2030.")).toBeNull();
  });
});

describe("one dated work's cost told by noun and by verb", () => {
  it("sets 'underwent a $2.4 million renovation in 2030' against 'spent $3.6 million renovating the library in 2030'", () => {
    expect(
      valuesOf(
        draft("Valley Wire", "2034-05-02T08:00:00Z", "The library underwent a $2.4 million renovation in 2030."),
        draft("Hill Gazette", "2034-05-03T18:00:00Z", "The city spent $3.6 million renovating the library in 2030."),
      ),
    ).toEqual([["2.4 million", "3.6 million"]]);
  });

  it("sets 'repaved in 2022 at a cost of £700,000' against 'The 2022 repaving of the square cost £1m', never another year's work", () => {
    expect(
      valuesOf(
        draft("Valley Wire", "2034-05-02T08:00:00Z", "The square was repaved in 2022 at a cost of £700,000."),
        draft("Hill Gazette", "2034-05-03T18:00:00Z", "The 2022 repaving of the square cost £1m."),
      ),
    ).toEqual([["700,000", "1m"]]);
    expect(
      valuesOf(
        draft("Valley Wire", "2034-05-02T08:00:00Z", "The square was repaved in 2022 at a cost of £700,000."),
        draft("Hill Gazette", "2034-05-03T18:00:00Z", "The 2024 repaving of the market cost £900,000."),
      ),
    ).toEqual([]);
  });
});
