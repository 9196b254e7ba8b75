import { describe, expect, it } from "vitest";
import { publicationOffsetMinutes, withPublicationOffset } from "./publication-offset.js";

describe("a publication stamp's offset, kept apart from its instant and given back", () => {
  it("reads the minutes east of UTC a stamp keeps, none for UTC", () => {
    expect(publicationOffsetMinutes("2026-03-03T06:00:00.000+10:00")).toBe(600);
    expect(publicationOffsetMinutes("2026-03-03T06:00:00-0330")).toBe(-210);
    expect(publicationOffsetMinutes("2026-03-03T06:00:00.000Z")).toBe(null);
    expect(publicationOffsetMinutes("2026-03-03T06:00:00+00:00")).toBe(null);
    expect(publicationOffsetMinutes("2026-03-03")).toBe(null);
  });

  it("writes an instant back on the same clock, so the stamp's day is its writer's", () => {
    const stamp = "2026-03-03T06:00:00.000+10:00";
    expect(withPublicationOffset(Date.parse(stamp), publicationOffsetMinutes(stamp))).toBe(stamp);
    expect(withPublicationOffset(Date.parse("2026-03-04T03:00:00Z"), -300)).toBe("2026-03-03T22:00:00.000-05:00");
    expect(withPublicationOffset(Date.parse("2026-03-04T03:00:00Z"), null)).toBe("2026-03-04T03:00:00.000Z");
  });
});
