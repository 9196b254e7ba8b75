import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../ingest/index.js";
import { articleSentences } from "../evidence/article-sentences.js";
import { findNumberMentions } from "./find-number-mentions.js";

function mentionsOf(text: string) {
  const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2026-05-09" });
  return findNumberMentions(articleSentences([article])).map(({ raw, frame }) => ({ raw, frame }));
}

describe("findNumberMentions reads what a figure is", () => {
  it("takes the month in a dateline for a month, not for the modal 'may' of a plan", () => {
    expect(mentionsOf("BRAMFORD, May 9 (MPA) - Ana Lindqvist won 61,450 votes to 58,400.")).toEqual([
      { raw: "61,450", frame: "reported" },
      { raw: "58,400", frame: "reported" },
    ]);
    expect(mentionsOf("The company may cut 2,000 jobs.")[0]?.frame).toBe("plan");
  });

  it("reads a death toll whose event and place come between “toll” and the figure", () => {
    const article = prepareArticle({
      input: "test",
      title: "Figures",
      originalText:
        "The death toll from Tuesday's earthquake in Dersa province has risen to 214, the disaster agency said.",
      publishedAt: "2026-11-10",
    });
    const [toll] = findNumberMentions(articleSentences([article]));
    expect([toll?.raw, toll?.unit, toll?.event, toll?.kind]).toEqual(["214", "people", "killed", "running"]);
  });
});
