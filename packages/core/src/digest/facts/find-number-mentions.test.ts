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

describe("findNumberMentions on a third round of unseen stories (facts7)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2026-11-16" });
    return findNumberMentions(articleSentences([article])).map(({ raw, unit, kind, places }) => ({
      raw,
      unit,
      kind,
      places,
    }));
  };

  it("gives a place named after a second count to that count, not to the first", () => {
    expect(
      read("The charity thanks the 250,000 people who marched on Saturday and the 40,000 who marched in Northport."),
    ).toEqual([
      { raw: "250,000", unit: "people", kind: "fixed", places: [] },
      { raw: "40,000", unit: null, kind: "fixed", places: ["Northport"] },
    ]);
  });

  it("reads a place whose name begins like a month or a weekday, and never a month or weekday as a place", () => {
    expect(read("At least 30 people were killed in Marseille on Thursday.")[0]?.places).toEqual(["Marseille"]);
    expect(read("At least 30 people were killed in Sunderland when the storm hit.")[0]?.places).toEqual(["Sunderland"]);
    expect(read("At least 30 people were killed in March.")[0]?.places).toEqual([]);
    expect(read("At least 30 people were killed on Thursday.")[0]?.places).toEqual([]);
  });

  it("takes “last week's attack” for the event named, not for a count over the last week", () => {
    expect(read("The firm said the records of 1.4 million patients were exposed in last week's attack.")[0]?.kind).toBe(
      "fixed",
    );
    expect(read("Police made 40 arrests in the past week.")[0]?.kind).toBe("window");
  });

  it("counts the noun after a participle used as an adjective: “1.2 million rented households”", () => {
    expect(read("The bill will cover about 1.2 million rented households.")[0]?.unit).toBe("household");
    expect(read("About 300 people injured in the blast were treated.")[0]?.unit).toBe("people");
  });
});
