import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatLooseDate, formatTimelineDate } from "./format-date";

describe("dates for readers", () => {
  it("writes dates out in UTC instead of ISO strings", () => {
    expect(formatDateTime(new Date("2024-02-07T09:30:00Z"))).toBe("7 Feb 2024, 09:30 UTC");
    expect(formatDate(new Date("2024-02-07T23:30:00Z"))).toBe("7 February 2024");
    expect(formatDateTime(null)).toBe("undated");
  });

  it("reads the dates sources give, whole or partial, and keeps anything else as it came", () => {
    expect(formatLooseDate("2024-02-07")).toBe("7 February 2024");
    expect(formatLooseDate("2024-02-07T09:30:00.000Z")).toBe("7 February 2024");
    expect(formatLooseDate("2024-02")).toBe("February 2024");
    expect(formatLooseDate("2024")).toBe("2024");
    expect(formatLooseDate("last spring")).toBe("last spring");
  });

  it("shows a timeline entry's week by its Monday, and an entry with no date as undated", () => {
    expect(formatTimelineDate({ date: "2026-11-23", precision: "week" })).toBe("week of 23 November 2026");
    expect(formatTimelineDate({ date: "2026-11-23" })).toBe("23 November 2026");
    expect(formatTimelineDate({ date: null })).toBe("Undated");
  });
});
