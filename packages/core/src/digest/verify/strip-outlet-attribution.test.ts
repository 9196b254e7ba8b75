import { describe, expect, it } from "vitest";
import { stripOutletAttribution } from "./strip-outlet-attribution.js";

describe("stripOutletAttribution", () => {
  it("takes off an attribution to one of the given outlets, at the start or the end", () => {
    const outlets = ["Harbour Gazette", "Reuters"];
    expect(stripOutletAttribution("About 3,200 walked out, the Harbour Gazette reported.", outlets)).toBe(
      "About 3,200 walked out.",
    );
    expect(stripOutletAttribution("According to Reuters, 40 ships wait.", outlets)).toBe("40 ships wait.");
    expect(stripOutletAttribution("The Harbour Gazette said that the port reopened.", outlets)).toBe(
      "The port reopened.",
    );
  });

  it("keeps any other attribution, and a statement that is nothing but one", () => {
    expect(stripOutletAttribution("About 3,200 walked out, the union said.", ["Reuters"])).toBe(
      "About 3,200 walked out, the union said.",
    );
    expect(stripOutletAttribution("According to Reuters", ["Reuters"])).toBe("According to Reuters");
  });
});
