import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import type { ArticleDraft } from "../../../model/index.js";
import { extractFacts } from "../extract-facts.js";

function draft(source: string, publishedAt: string, lines: string[]): ArticleDraft {
  return { input: source, source, publishedAt, title: `${source} report`, originalText: lines.join("\n\n") };
}

const WIRE = draft("Pennine Press Agency", "2039-03-02T09:00:00Z", [
  "LEEDS (PPA) — A delivery van mounted the pavement on Briggate on Monday morning and hit three shoppers.",
  "Colin Sharpe, who is 72, was hit first and taken to Leeds General Infirmary with a broken hip.",
  "The driver stopped at the scene and was arrested on suspicion of dangerous driving, police said.",
  "Briggate was closed to traffic for five hours while officers examined the van.",
]);
/** The wire's story in another paper's words, sentence by sentence, with no credit line. */
const REWRITE = draft("Wharfedale Evening News", "2039-03-02T15:00:00Z", [
  "Three city centre shoppers were hurt when a delivery van mounted the pavement on busy Briggate on Monday morning.",
  "Retired joiner Colin Sharpe, 72, of Headingley, was hit first and needed treatment for a broken hip at Leeds General Infirmary.",
  "Its driver stayed with the injured and was later held on suspicion of dangerous driving.",
  "Briggate stayed shut to traffic for five hours as collision investigators examined the van.",
]);
const OTHER = draft("Aire Valley Post", "2039-03-03T07:00:00Z", [
  "Colin Sharpe, 74, is recovering in hospital after the Briggate crash.",
]);

const ageClaims = (...drafts: ArticleDraft[]) =>
  extractFacts(drafts.map((item) => prepareArticle(item)))
    .disagreements.filter((found) => found.topic.startsWith("the age of"))
    .map((found) => found.claims.map((claim) => [claim.value, claim.outlets]));

describe("creditOriginals: a rewrite's figure named by the outlet it rewrites", () => {
  it("names the wire, not the paper that retold its story in other words, for the figure both give", () => {
    expect(ageClaims(WIRE, REWRITE, OTHER)).toEqual([
      [
        ["72", ["Pennine Press Agency"]],
        ["74", ["Aire Valley Post"]],
      ],
    ]);
  });

  it("keeps the rewrite's own name when its original gives no such figure", () => {
    const withoutAge = {
      ...WIRE,
      originalText: WIRE.originalText.replace("Colin Sharpe, who is 72, was", "Colin Sharpe, a pensioner, was"),
    };
    expect(ageClaims(withoutAge, REWRITE, OTHER)).toEqual([
      [
        ["72", ["Wharfedale Evening News"]],
        ["74", ["Aire Valley Post"]],
      ],
    ]);
  });
});
