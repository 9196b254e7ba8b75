import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

const PASSAGE =
  "An ambulance took the driver, who is 47, to hospital in Carrow, while his passenger was treated at the scene by paramedics. " +
  "Police said the driver had been wearing a seatbelt.";

describe("compareCrossedRoles: two participants' parts are not swapped", () => {
  it("flags the passenger told what the driver underwent and the driver what the passenger did", () => {
    const check = checkSupport(
      "The passenger was taken to hospital in Carrow by ambulance while the driver was treated at the scene by paramedics.",
      [PASSAGE],
    );
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons.join(" ")).toMatch(/passenger/);
  });

  it("does not read a swap into each participant told its own part", () => {
    const check = checkSupport(
      "The passenger was treated at the scene by paramedics while the driver was taken to hospital in Carrow.",
      [PASSAGE],
    );
    expect(check.reasons).not.toContainEqual(expect.stringMatching(/tell "/));
  });
});
