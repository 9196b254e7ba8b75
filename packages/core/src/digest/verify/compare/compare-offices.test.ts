import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

describe("compareOffices: an office no cited passage gives is a claim of its own", () => {
  const departure =
    "Dan Morley, 47, the coach of Elmfield Rovers for six years, has left the club by mutual consent, the club said on Friday.";

  it("flags a person given another office, though the rest of the sentence is the passage's", () => {
    for (const office of ["captain", "owner"]) {
      const check = checkSupport(
        `Dan Morley, 47, the ${office} of Elmfield Rovers for six years, has left the club by mutual consent.`,
        [departure],
      );
      expect(check.verdict).toBe("unsupported");
      expect(check.reasons.join(" ")).toContain(`calls someone "${office}"`);
    }
  });

  it("passes the passage's own office, and a description that names no office", () => {
    expect(
      checkSupport("Dan Morley, the coach of Elmfield Rovers for six years, has left the club by mutual consent.", [
        departure,
      ]).verdict,
    ).toBe("supported");
    expect(
      checkSupport("Dan Morley has left the club by mutual consent, the club said on Friday.", [departure]).verdict,
    ).toBe("supported");
  });
});
