import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";
import { specificKeys } from "./hypernym-keys.js";

describe("specificKeys: the kinds a general word stands for, one way only", () => {
  it("gives the kinds of a general word, and none for a kind", () => {
    expect(specificKeys("aircraft")).toContain("helicopter");
    expect(specificKeys("attack")).toContain("stab");
    expect(specificKeys("helicopter")).toEqual([]);
    // A helicopter is an aircraft, not a plane.
    expect(specificKeys("plane")).not.toContain("helicopter");
  });
});

describe("checkSupport with a general word for a specific one", () => {
  const assault =
    "A 24-year-old woman was stabbed outside a nightclub in Hallam Street on Friday night, Marlow Police said. " +
    "She was taken to hospital with wounds that are not thought to be life-threatening.";
  const corrosion = "Inspectors found corrosion in 11 of the pier's iron supports in May, the borough council said.";

  it("passes 'attacked' for 'stabbed' and 'damage' for 'corrosion'", () => {
    expect(
      checkSupport("A 24-year-old woman was attacked outside a nightclub in Hallam Street on Friday night.", [assault]),
    ).toMatchObject({ verdict: "supported", reasons: [] });
    expect(
      checkSupport("Inspectors found damage in 11 of the pier's iron supports in May.", [corrosion]),
    ).toMatchObject({ verdict: "supported", reasons: [] });
  });

  it("still flags a sister word that changes the claim", () => {
    expect(
      checkSupport("A 24-year-old woman was shot outside a nightclub in Hallam Street on Friday night.", [assault])
        .verdict,
    ).toBe("unsupported");
    expect(checkSupport("Inspectors found cracks in 11 of the pier's iron supports in May.", [corrosion]).verdict).toBe(
      "unsupported",
    );
  });
});
