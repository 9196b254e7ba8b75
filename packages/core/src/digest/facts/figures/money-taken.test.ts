import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { extractFacts } from "../extract-facts.js";

const values = (...texts: ReadonlyArray<readonly [string, string, string]>) =>
  extractFacts(
    texts.map(([source, publishedAt, originalText]) =>
      prepareArticle({ input: source, source, publishedAt, title: `${source} report`, originalText }),
    ),
  ).disagreements.map((item) => item.claims.map((claim) => claim.value).sort());

describe("moneyTakenOf, through the story's disagreements", () => {
  it("sets bribes named by two nouns against each other", () => {
    expect(
      values(
        ["Capital Wire", "2029-04-02T09:00:00Z", "The inspector accepted $95,000 in payoffs and gifts from builders."],
        ["City Journal", "2029-04-02T15:00:00Z", "The inspector received $140,000 in bribes, prosecutors said."],
      ),
    ).toEqual([["140,000", "95,000"]]);
  });

  it("reads bribes counted as a sum's worth of gifts", () => {
    expect(
      values(
        [
          "Capital Wire",
          "2029-04-02T09:00:00Z",
          "The inspector received $95,000 worth of gifts and cash from builders.",
        ],
        ["City Journal", "2029-04-02T15:00:00Z", "The inspector pocketed $140,000 in kickbacks, prosecutors said."],
      ),
    ).toEqual([["140,000", "95,000"]]);
  });

  it("sets money taken from its owner, named by the owner two ways, against each other", () => {
    expect(
      values(
        ["Capital Wire", "2029-04-02T09:00:00Z", "The treasurer stole £310,000 of members' money over a decade."],
        [
          "City Journal",
          "2029-04-02T15:00:00Z",
          "The treasurer embezzled £450,000 from the club's funds, the court heard.",
        ],
      ),
    ).toEqual([["310,000", "450,000"]]);
  });

  it("never reads cash alone, nor donations raised, as money taken", () => {
    expect(
      values(
        ["Capital Wire", "2029-04-02T09:00:00Z", "Agents found $95,000 in cash at the inspector's home."],
        ["City Journal", "2029-04-02T15:00:00Z", "The inspector received $140,000 in bribes, prosecutors said."],
      ),
    ).toEqual([]);
    expect(
      values(
        ["Capital Wire", "2029-04-02T09:00:00Z", "The appeal raised £310,000 of donors' money in a week."],
        [
          "City Journal",
          "2029-04-02T15:00:00Z",
          "The treasurer embezzled £450,000 from the club's funds, the court heard.",
        ],
      ),
    ).toEqual([]);
  });
});

describe("moneyTakenOf reads tax the authorities lost as one measure (facts30)", () => {
  it("sets “defrauded the tax office of” against “owes … in unpaid tax” and “evaded … in taxes”", () => {
    expect(
      values(
        [
          "Capital Wire",
          "2029-04-02T09:00:00Z",
          "The builder is accused of defrauding the tax office of $2.6 million over six years.",
        ],
        ["City Journal", "2029-04-02T15:00:00Z", "Officials say the builder owes $3.1 million in unpaid tax."],
      ),
    ).toEqual([["2.6 million", "3.1 million"]]);
    expect(
      values(
        ["Capital Wire", "2029-04-02T09:00:00Z", "The builder evaded $2.6 million in taxes, prosecutors said."],
        ["City Journal", "2029-04-02T15:00:00Z", "The builder owes $3.1 million in back taxes, the agency said."],
      ),
    ).toEqual([["2.6 million", "3.1 million"]]);
  });

  it("never sets a fine, taxes paid or a sum ordered repaid against the tax unpaid", () => {
    expect(
      values(
        ["Capital Wire", "2029-04-02T09:00:00Z", "The builder evaded $2.6 million in taxes, prosecutors said."],
        ["City Journal", "2029-04-02T15:00:00Z", "The builder was fined $2.2 million for tax fraud."],
        ["Metro Daily", "2029-04-02T16:00:00Z", "The builder paid $2.9 million in taxes that year."],
        ["Court News", "2029-04-02T17:00:00Z", "The builder was ordered to repay $3.0 million in back taxes."],
      ),
    ).toEqual([]);
  });
});
