import { describe, expect, it } from "vitest";
import { twoReportStory } from "./two-report-story.js";

describe("twoReportStory", () => {
  const monday = ["The union demanded a 5 percent raise on Monday.", "Meridian offered 4.5 percent."];
  const thursday = ["The union and Meridian reached a deal on Thursday.", "Workers return on Friday."];

  it.each([false, true])("keeps every sentence it is given in the story (titled: %s)", (titled) => {
    const { facts } = twoReportStory(monday, thursday, { titled });
    expect(facts.sentences.map((candidate) => candidate.sentence.text)).toEqual(
      expect.arrayContaining([...monday, ...thursday]),
    );
    expect(facts.sentences).toHaveLength(monday.length + thursday.length);
  });
});
