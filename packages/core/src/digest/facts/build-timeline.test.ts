import { describe, expect, it } from "vitest";
import { labourDisputeArticles } from "../testing/labour-dispute-articles.js";
import { loadSeedArticles } from "../testing/load-seed-articles.js";
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
