import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { extractFacts } from "../extract-facts.js";

/** The disagreements of a story told by two or more outlets, as topic and values. */
function sides(...reports: Array<[source: string, publishedAt: string, text: string]>) {
  const articles = reports.map(([source, publishedAt, text]) =>
    prepareArticle({ input: source, source, publishedAt, title: `${source} report`, originalText: text }),
  );
  return extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value));
}

describe("measureClassGroups: one measured thing named by one noun, whatever the verb", () => {
  it("sets “a 19-metre breaker” against “the tallest breaker … peaked at 23 metres”, never a depth against a width across", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-05-02T09:00:00Z",
          "Crews left the Korrin gas rig as a storm passed.\n\nA 19-metre breaker hit the rig before dawn, the coastguard said.\n\nA crater 12 metres deep opened on the quay.",
        ],
        [
          "Beta Times",
          "2029-05-02T17:00:00Z",
          "Crews left the Korrin gas rig as a storm passed.\n\nThe tallest breaker logged by the rig's sensors peaked at 23 metres before dawn.\n\nThe crater on the quay is about 15 metres across.",
        ],
      ),
    ).toEqual([["19", "23"]]);
  });

  it("sets two outlets' lone counts of tickets told by one verb against each other, never figures of other days", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-06-10T09:00:00Z",
          "The Ashgrove folk weekend has been called off.\n\nAbout 8,000 tickets had been sold for the weekend, the organisers said.\n\nA charity appeal had raised $41,000 by Monday evening.",
        ],
        [
          "Beta Times",
          "2029-06-10T19:00:00Z",
          "The Ashgrove folk weekend has been called off.\n\nThe box office said 9,500 tickets had been sold.\n\nA charity appeal had raised $52,000 by Tuesday morning.",
        ],
      ),
    ).toEqual([["about 8,000", "9,500"]]);
  });
  it("sets two outlets' shares of one whole against each other, never a share that tells when a count was read", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2031-03-04T09:00:00Z",
          "The Wexley bakery chain shut three shops on Monday.\n\nWexley bakes 14 per cent of the bread sold in the county, the firm said.\n\nEarly on Monday the strike vote was level after 62 percent of ballots had been opened.",
        ],
        [
          "Beta Times",
          "2031-03-04T18:00:00Z",
          "The Wexley bakery chain shut three shops on Monday.\n\nAbout 19% of the bread sold in the county comes from Wexley ovens.\n\nOn Monday afternoon the strike vote was level after 85 percent of ballots had been opened.",
        ],
      ),
    ).toEqual([["14 per cent", "about 19%"]]);
  });
});
