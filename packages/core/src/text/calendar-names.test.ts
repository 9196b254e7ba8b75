import { describe, expect, it } from "vitest";
import { capitalised, MONTH_NAMES, monthNamed, WEEKDAY_NAMES } from "./calendar-names.js";

describe("calendar names", () => {
  it("gives a month's full name from its name or its abbreviation, with or without a full stop", () => {
    expect(monthNamed("October")).toBe("october");
    expect(monthNamed("Oct.")).toBe("october");
    expect(monthNamed("Sept")).toBe("september");
    expect(monthNamed("Octo")).toBeNull();
  });

  it("orders months and weekdays as a Date numbers them", () => {
    const day = new Date(Date.UTC(2026, 11, 7));
    expect(MONTH_NAMES[day.getUTCMonth()]).toBe("december");
    expect(capitalised(WEEKDAY_NAMES[day.getUTCDay()]!)).toBe("Monday");
  });
});
