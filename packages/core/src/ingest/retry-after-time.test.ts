import { describe, expect, it } from "vitest";
import { retryAfterTime } from "./retry-after-time.js";

const now = new Date("2026-12-04T12:00:00Z");

describe("retryAfterTime", () => {
  it("reads a number of seconds from now", () => {
    expect(retryAfterTime("120", now)?.toISOString()).toBe("2026-12-04T12:02:00.000Z");
    expect(retryAfterTime(" 0 ", now)?.toISOString()).toBe("2026-12-04T12:00:00.000Z");
  });

  it("reads an HTTP date, and a date already past as now", () => {
    expect(retryAfterTime("Fri, 04 Dec 2026 13:30:00 GMT", now)?.toISOString()).toBe("2026-12-04T13:30:00.000Z");
    expect(retryAfterTime("Thu, 03 Dec 2026 13:30:00 GMT", now)?.toISOString()).toBe(now.toISOString());
  });

  it("caps a wait of years at seven days, and ignores what is neither", () => {
    expect(retryAfterTime("Fri, 04 Dec 2099 13:30:00 GMT", now)?.toISOString()).toBe("2026-12-11T12:00:00.000Z");
    expect(retryAfterTime("999999999", now)?.toISOString()).toBe("2026-12-11T12:00:00.000Z");
    expect(retryAfterTime("soon", now)).toBeNull();
    expect(retryAfterTime("-5", now)).toBeNull();
    expect(retryAfterTime(null, now)).toBeNull();
  });
});
