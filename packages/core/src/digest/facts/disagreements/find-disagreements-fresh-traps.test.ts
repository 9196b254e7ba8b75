import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { extractFacts } from "../extract-facts.js";

/**
 * Traps a fresh held-out batch (Y, session 34) set that the written stories had not: a count another
 * report tells as grown, told again later in other words; an earlier year's court term against this
 * case's. Neither pair is a disagreement; the real rival beside it still is.
 */
function values(...reports: Array<[source: string, publishedAt: string | null, text: string]>) {
  const articles = reports.map(([source, publishedAt, text]) =>
    prepareArticle({ input: source, source, publishedAt, title: `${source} report`, originalText: text }),
  );
  return extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value).sort());
}

describe("findDisagreements on traps of a fresh batch", () => {
  it("takes a later report's count as grown when another report told it as risen to that value", () => {
    const wire: [string, string, string] = [
      "Harbour Wire",
      "2037-06-14T07:00:00Z",
      "PELLHAM (HW) — Scaffolding fell onto a street market in Pellham on Saturday evening after a gust of wind, injuring 19 people, police said. The market was closed.",
    ];
    const rewrite: [string, string, string] = [
      "Coast Post",
      "2037-06-14T09:30:00Z",
      "Nineteen people were hurt when scaffolding crashed onto stalls at Pellham's street market on Saturday evening, police said. The market was closed.",
    ];
    const later: [string, string, string] = [
      "Harbour Wire",
      "2037-06-16T12:00:00Z",
      "Twenty-two people were hurt, two of whom remain in hospital.",
    ];
    const rise: [string, string, string] = [
      "Pellham Echo",
      "2037-06-14T16:00:00Z",
      "The number of injured has risen to 22, Pellham Police said this afternoon.",
    ];
    expect(values(wire, rewrite, rise, later)).toEqual([]);
    // Told by no one as grown, the later count is still set against the first.
    expect(values(wire, rewrite, later)).toEqual([["Nineteen", "Twenty-two"]]);
  });

  it("never sets an earlier year's court term against this case's", () => {
    const thisCase: [string, string, string] = [
      "Northern Agency",
      "2040-09-21T10:00:00Z",
      "CARLOW (NA) — A man who stole 400 orchids from a botanic garden was jailed for 10 months at Carlow Crown Court on Thursday.",
    ];
    expect(
      values(thisCase, [
        "Garden Trade Weekly",
        "2040-09-22T10:00:00Z",
        "In 2031, a Kent grower was jailed for 30 weeks after officers found 900 stolen orchids at his nursery.",
      ]),
    ).toEqual([]);
    // A term of the same year still is this case's rival, each side shown with its own unit once.
    expect(
      values(thisCase, [
        "Garden Trade Weekly",
        "2040-09-22T10:00:00Z",
        "The orchid thief was jailed for 30 weeks at Carlow Crown Court on Thursday.",
      ]),
    ).toEqual([["10 months", "30 weeks"]]);
  });
});
