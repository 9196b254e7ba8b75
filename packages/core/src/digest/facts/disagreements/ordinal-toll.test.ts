import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { ordinalTollOf } from "./ordinal-toll.js";

const article = (text: string) =>
  prepareArticle({
    input: "a",
    source: "Alpha News",
    publishedAt: "2031-05-03T09:00:00Z",
    title: "t",
    originalText: text,
  });

describe("ordinalTollOf", () => {
  it("reads a death told by its rank as the toll reaching that count", () => {
    expect(ordinalTollOf(article("A third person has died after eating oysters from the bay, officials said."))).toBe(
      3,
    );
    expect(ordinalTollOf(article("Health officials confirmed a fourth death linked to the contaminated wells."))).toBe(
      4,
    );
    expect(ordinalTollOf(article("The retired baker was the second patient to die at the care home."))).toBe(2);
  });

  it("reads no toll from a rank of anything else", () => {
    expect(ordinalTollOf(article("A third of the patients were treated at home."))).toBe(0);
    expect(ordinalTollOf(article("It is the second-largest recall this year, and two people have died."))).toBe(0);
    expect(ordinalTollOf(article("The firm cut a third shift at the plant."))).toBe(0);
  });
});
