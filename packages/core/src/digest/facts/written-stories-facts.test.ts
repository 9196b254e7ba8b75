import { describe, expect, it } from "vitest";
import { ELECTION_COUNT_EXPECTED, electionCountArticles } from "../testing/election-count-articles.js";
import { FRAUD_TRIAL_EXPECTED, fraudTrialArticles } from "../testing/fraud-trial-articles.js";
import { PRODUCT_RECALL_EXPECTED, productRecallArticles } from "../testing/product-recall-articles.js";
import { extractFacts } from "./extract-facts.js";

const squash = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** The held-out stories written with their expected facts (bench/facts-written-stories.ts prints every figure). */
describe.each([
  ["election count", electionCountArticles, ELECTION_COUNT_EXPECTED],
  ["product recall", productRecallArticles, PRODUCT_RECALL_EXPECTED],
  ["fraud trial", fraudTrialArticles, FRAUD_TRIAL_EXPECTED],
] as const)("facts by code on the written %s story", (_name, articlesOf, expected) => {
  const facts = extractFacts(articlesOf());

  it("gives every quote its speaker's full name (or none for an unnamed source)", () => {
    for (const wanted of expected.quotes) {
      const found = facts.quotes.filter((quote) => squash(quote.text).includes(squash(wanted.text)));
      expect(found.length, wanted.text).toBeGreaterThan(0);
      expect(
        found.map((quote) => quote.speaker),
        wanted.text,
      ).toContain(wanted.speaker);
    }
  });

  it("finds the one real disagreement, each side with its outlet, and none of the written traps", () => {
    const values = (value: string) => value.replace(/^(?:about|some|more than|at least)\s+/, "");
    expect(
      facts.disagreements.map((item) =>
        item.claims.map((claim) => [values(claim.value).replace(/ (?:million|billion)$/, ""), claim.outlets?.[0]]),
      ),
    ).toEqual(
      expected.disagreements.map((wanted) => [
        [wanted.values[0], wanted.outlets[0]],
        [wanted.values[1], wanted.outlets[1]],
      ]),
    );
  });

  it("dates no timeline entry by a background year or a month and day put in the wrong year", () => {
    for (const never of expected.neverDated) {
      const entry = facts.timeline.find((item) => squash(item.text).includes(squash(never.text)));
      if (!entry?.date) continue;
      expect(entry.date === never.date || (!never.exact && entry.date.startsWith(`${never.date}-`)), never.text).toBe(
        false,
      );
    }
  });
});
