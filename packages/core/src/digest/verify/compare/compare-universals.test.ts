import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

const PERMITS =
  "Households with more than two cars will need a parking permit from 1 April, Eldon Borough Council said on Tuesday.";

describe("compareUniversals: 'all' for a group the passage restricts", () => {
  it("flags 'all households' where the passage says households with more than two cars", () => {
    const check = checkSupport("All households will need a parking permit from 1 April, the council said.", [PERMITS]);
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons.join(" ")).toContain('"All households"');
  });

  it("passes the group with its restriction, and 'all' where the passage says it", () => {
    expect(
      checkSupport("Households with more than two cars will need a parking permit from 1 April.", [PERMITS]).verdict,
    ).toBe("supported");
    expect(
      checkSupport("All households will need a parking permit from 1 April.", [
        "All households in Eldon will need a parking permit from 1 April, the council said on Tuesday.",
      ]).verdict,
    ).toBe("supported");
  });
});
