import { describe, expect, it } from "vitest";
import { labourDisputeArticles } from "../testing/labour-dispute-articles.js";
import { loadSeedArticles } from "../testing/load-seed-articles.js";
import { takeoverBidArticles } from "../testing/takeover-bid-articles.js";
import { buildTimeline } from "./build-timeline.js";
import { extractFacts } from "./extract-facts.js";

describe("buildTimeline", () => {
  const { timeline } = extractFacts(labourDisputeArticles());
  const dateOf = (start: string) => timeline.find((entry) => entry.text.startsWith(start))?.date;

  it("dates each entry by the date its sentence states, resolved against its article's publication day", () => {
    expect(dateOf("About 3,200 dockworkers walked out")).toBe("2026-03-09"); // "on Monday", published Tuesday
    expect(dateOf("Price said yesterday")).toBe("2026-03-10"); // published Wednesday
    expect(dateOf("Labour Minister Helen Strand stepped in on Wednesday")).toBe("2026-03-11");
    expect(dateOf("The Calder Dockworkers Union and Meridian Terminals reached")).toBe("2026-03-13"); // "late on Friday"
    expect(dateOf("The union's last contract, signed in 2021, expired in January")).toBe("2026-01");
  });

  it("never dates an entry by a background year, and leaves out sentences whose only date is background", () => {
    expect(timeline.some((entry) => /^(2019|2021|2024)/.test(entry.date ?? ""))).toBe(false);
    expect(timeline.some((entry) => entry.text.startsWith("The walkout is the first at the port since"))).toBe(false);
    expect(timeline.some((entry) => entry.text.startsWith("The walkout, which began last week"))).toBe(false);
  });

  it("is in date order, every entry citing its sentence", () => {
    const dates = timeline.map((entry) => entry.date ?? "");
    expect(dates).toEqual([...dates].sort());
    for (const entry of timeline) expect(entry.citations).toHaveLength(1);
  });

  it("keeps the undated seeds' running toll undated, in the order the figures show", () => {
    const seeds = extractFacts(loadSeedArticles()).timeline;
    expect(seeds.every((entry) => entry.date === null)).toBe(true);
    expect(seeds.map((entry) => /(27,580|31,923|34,000|42,847)/.exec(entry.text)?.[1])).toEqual([
      "27,580",
      "31,923",
      "34,000",
      "42,847",
    ]);
  });
});

describe("buildTimeline with superseded statements", () => {
  const articles = takeoverBidArticles();
  const facts = extractFacts(articles);
  const sentenceOf = (start: string) => facts.sentences.find((item) => item.sentence.text.startsWith(start))!;
  const timelineWith = (superseded: string[], supersededLimit?: number) =>
    buildTimeline({
      articles,
      numbers: facts.numbers,
      dates: facts.dates,
      sentenceDates: new Map(facts.sentences.map((item, index) => [item, facts.sentenceDates[index] ?? null])),
      articleOrder: facts.articleOrder,
      superseded: superseded.map(sentenceOf),
      supersededLimit,
    });

  it("dates a statement by its article's day when it states none, and keeps date order", () => {
    expect(facts.timeline.some((entry) => entry.text.startsWith("Kestrel's board rejected"))).toBe(false);
    const timeline = timelineWith(["Kestrel's board rejected the proposal"]);
    const entry = timeline.find((item) => item.text.startsWith("Kestrel's board rejected"));
    expect(entry?.date).toBe("2026-11-17");
    expect(entry?.citations).toHaveLength(1);
    const dates = timeline.map((item) => item.date ?? "");
    expect(dates).toEqual([...dates].sort());
  });

  it("never repeats an entry already there, never dates one by a week, and keeps at most the limit", () => {
    const already = facts.timeline.length;
    expect(timelineWith(["Arden Rail offered 640 pence a share"])).toHaveLength(already);
    expect(timelineWith(["The Competition Authority said last week"])).toHaveLength(already);
    const four = [
      "Kestrel's board rejected the proposal",
      "Kestrel chairwoman Alison Marsh said the board would only consider",
      "Arden, which was founded in 1994",
      "Oduya told analysts that holders of 12 percent",
    ];
    expect(timelineWith(four, 2)).toHaveLength(already + 2);
    // The first ones given are the ones kept (chooseSuperseded gives the most central first).
    expect(timelineWith(four, 1).some((item) => item.text.startsWith("Kestrel's board rejected"))).toBe(true);
  });
});
