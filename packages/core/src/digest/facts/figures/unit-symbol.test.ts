import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { articleSentences } from "../../evidence/article-sentences.js";
import { findNumberMentions } from "./find-number-mentions.js";
import { unitSymbolAfter } from "./unit-symbol.js";

function readingOf(text: string): string[] {
  const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2026-05-09" });
  return findNumberMentions(articleSentences([article])).map(({ value, unit }) => `${value} ${unit}`);
}

describe("unit symbols after a figure", () => {
  it("names the unit a symbol stands for, glued or apart, and nothing for a word that only starts like one", () => {
    expect(unitSymbolAfter("kg and is 3 metres long")).toEqual({ unit: "kilogram", end: 2 });
    expect(unitSymbolAfter(" GB of records")).toEqual({ unit: "gigabyte", end: 3 });
    expect(unitSymbolAfter(" sq km of forest")?.unit).toBe("square kilometre");
    expect(unitSymbolAfter("kWh a year")?.unit).toBe("kilowatt hour");
    expect(unitSymbolAfter("ml of water")).toBeNull();
    expect(unitSymbolAfter(" hats were sold")).toBeNull();
  });

  it("reads a figure with its unit's symbol glued on as the figure in that unit spelled out", () => {
    expect(readingOf("The bronze statue weighs 310kg and stands on a plinth.")).toEqual(["310 kilogram"]);
    expect(readingOf("The hospital left a 270GB archive of scans open to anyone.")).toEqual(["270 gigabyte"]);
    expect(readingOf("Engineers were releasing about 42,000ML a day from the reservoir.")).toEqual(["42000 megalitre"]);
    expect(readingOf("The fire burned through 35 sq km of pine forest.")).toEqual(["35 square kilometre"]);
  });

  it("reads a scale word glued to a sum, and a metre's symbol before how far into a thing", () => {
    expect(readingOf("The repairs will cost the council £2.4million.")).toEqual(["2400000 pound"]);
    expect(readingOf("The new pier will reach 220m into the bay.")).toEqual(["220 metre"]);
  });
});
