import { describe, expect, it } from "vitest";
import { byPublication } from "./by-publication.js";

describe("byPublication", () => {
  it("orders stamps by their instant, whatever offset each keeps, undated last", () => {
    // 06:00 in Brisbane is 20:00 UTC the day before: after 19:00 UTC, before 21:00 UTC.
    const stamps = ["2026-03-02T21:00:00.000Z", null, "2026-03-03T06:00:00.000+10:00", "2026-03-02T19:00:00.000Z"];
    expect([...stamps].sort(byPublication)).toEqual([
      "2026-03-02T19:00:00.000Z",
      "2026-03-03T06:00:00.000+10:00",
      "2026-03-02T21:00:00.000Z",
      null,
    ]);
  });
});
