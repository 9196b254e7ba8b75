import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { rankEvidence } from "../../evidence/rank-evidence.js";
import { extractFacts } from "../../facts/extract-facts.js";
import { findHeadlineSource } from "./find-headline-source.js";

describe("findHeadlineSource", () => {
  const articles = [
    prepareArticle({
      input: "rescue.txt",
      title: null,
      publishedAt: "2031-02-07T12:00:00Z",
      originalText: [
        "All eleven passengers, among them four children, were brought down from the cable car above Vetta by Thursday night.",
        "The national transport safety agency opened an investigation into the jammed cable on Friday.",
      ].join("\n\n"),
    }),
  ];
  const evidence = rankEvidence(articles, extractFacts(articles));

  it("finds the sentence a lead clause was cut from, asides and all", () => {
    const source = findHeadlineSource(
      "All eleven passengers were brought down from the cable car above Vetta by Thursday night",
      evidence,
    );
    expect(source?.item.sentence.text).toMatch(/^All eleven passengers, among them four children/);
  });

  it("finds none for a title in the outlet's own words", () => {
    expect(findHeadlineSource("Cable car passengers rescued after night of terror", evidence)).toBeNull();
  });
});
