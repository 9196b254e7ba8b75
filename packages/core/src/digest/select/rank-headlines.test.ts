import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../ingest/index.js";
import { rankEvidence } from "../evidence/rank-evidence.js";
import { extractFacts } from "../facts/extract-facts.js";
import { cleanTitle, hasVerb, rankHeadlines } from "./rank-headlines.js";

describe("rankHeadlines", () => {
  it("strips section labels and never offers a title without a verb", () => {
    expect(cleanTitle("Israel-Hamas War Ceasefire Talks: Live Updates")).toBe("Israel-Hamas War Ceasefire Talks");
    expect(hasVerb("Israel-Hamas War Ceasefire Talks")).toBe(false);
    expect(hasVerb("Hamas Rejects Truce Plan")).toBe(true);
    const articles = [
      prepareArticle({
        input: "live.txt",
        title: "Israel-Hamas War Ceasefire Talks: Live Updates",
        originalText:
          "Hamas officials said on Wednesday that the group would study the truce proposal before answering the mediators.",
      }),
    ];
    const headlines = rankHeadlines(articles, rankEvidence(articles, extractFacts(articles)), null);
    expect(headlines).not.toContain("Israel-Hamas War Ceasefire Talks");
    expect(headlines.join("\n")).not.toMatch(/Live Updates/);
    expect(headlines[0]).toBe(
      "Hamas officials said on Wednesday that the group would study the truce proposal before answering the mediators",
    );
  });

  it("puts the latest article's candidates first when the chronology is known", () => {
    const older = prepareArticle({
      input: "older.txt",
      title: "Union Rejects Port Authority Offer",
      originalText: "The dockworkers' union rejected the port authority's offer of a 4 percent raise on Saturday.",
    });
    const newer = prepareArticle({
      input: "newer.txt",
      title: "Port Strike Ends as Dockworkers Accept Raise",
      originalText: "The strike at the port ended on Tuesday after dockworkers accepted a 6 percent raise.",
    });
    const articles = [older, newer];
    const evidence = rankEvidence(articles, extractFacts(articles));
    const times = new Map([
      [older.id, 1],
      [newer.id, 2],
    ]);
    const ranked = rankHeadlines(articles, evidence, times);
    expect(ranked[0]).toMatch(/Port Strike Ends|strike at the port ended/);
    expect(ranked.findIndex((text) => /rejected|Rejects/.test(text))).toBeGreaterThan(1);
  });

  it("cuts a long lead before its last detail, so the headline is short and still says what happened", () => {
    const articles = [
      prepareArticle({
        input: "long.txt",
        title: "",
        originalText:
          "The regional transport authority approved the long delayed replacement of the Harbour Street bridge on Thursday evening in a close vote that ends eight years of arguments between the city and the port operators over its cost and design.",
      }),
    ];
    const [headline] = rankHeadlines(articles, rankEvidence(articles, extractFacts(articles)), null);
    expect(headline).toBe(
      "The regional transport authority approved the long delayed replacement of the Harbour Street bridge on Thursday evening in a close vote",
    );
  });

  it("never cuts inside a clause that opened after the verb", () => {
    const articles = [
      prepareArticle({
        input: "sued.txt",
        title: "",
        originalText:
          "The city of Halden is being sued by two bus drivers who say an inspector ignored their warnings about the brakes for months before the crash on Main Street.",
      }),
    ];
    const [headline] = rankHeadlines(articles, rankEvidence(articles, extractFacts(articles)), null);
    expect(headline).toBe("The city of Halden is being sued by two bus drivers");
  });
});
