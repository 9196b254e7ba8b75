import { describe, expect, it } from "vitest";
import { extractFeatures } from "./extract-features.js";

const featuresOf = (title: string, text: string) => {
  const { keys, counts } = extractFeatures({ title, text });
  return new Map(keys.map((key, index) => [key, counts[index] as number]));
};

describe("extractFeatures", () => {
  const features = featuresOf(
    "Lindsay Lohan checks into Betty Ford Center",
    "May 03, 2013\n\nAfter skipping rehab in Newport Beach, Lindsay Lohan has checked into the Betty Ford Center on Tuesday for a 90 - day stay. The U.S. court said 27,580 people were checking.",
  );

  it("finds names as capitalised phrases and their words, not sentence-initial function words", () => {
    expect(features.get("e:lindsay lohan")).toBeGreaterThan(0);
    expect(features.has("e:lohan")).toBe(true);
    expect(features.has("e:newport beach")).toBe(true);
    expect(features.has("e:after")).toBe(false);
    expect(features.has("e:the")).toBe(false);
  });

  it("reads dates, weekdays, years and figures", () => {
    expect(features.has("d:md:may-3")).toBe(true);
    expect(features.has("d:y:2013")).toBe(true);
    expect(features.has("d:wd:tuesday")).toBe(true);
    expect(features.has("n:90")).toBe(true);
    expect(features.has("n:27580")).toBe(true);
  });

  it("stems terms lightly, drops stop words and weighs title words up", () => {
    // "checks" (title, ×2) + "checked" + "checking" meet on one stem.
    expect(features.get("t:check")).toBe(4);
    expect(features.has("t:the")).toBe(false);
    expect(features.has("t:into")).toBe(false);
  });

  it("takes entities from a Title Case headline only when the body names them too", () => {
    const headline = featuresOf("Storm Hits Coast As Lindsay Lohan Watches", "Lindsay Lohan watched the storm.");
    expect(headline.has("e:lohan")).toBe(true);
    expect(headline.has("e:storm")).toBe(false);
    expect(headline.has("e:coast")).toBe(false);
  });
});
