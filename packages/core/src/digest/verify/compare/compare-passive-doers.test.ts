import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

describe("comparePassiveDoers: a party told as undergoing what the passage says it did", () => {
  const tender = [
    "The council chose Brightwell Builders to repair the pier. " +
      "A rival contractor, Osgood Marine of Plymouth, had offered to do the repairs for £800,000.",
  ];
  const protest = ["About 60 tractors joined the protest, blocking a lorry from leaving the depot for five hours."];

  it("flags the doer of an apposition or a participle told as the one it was done to", () => {
    expect(checkSupport("Osgood Marine of Plymouth had been offered £800,000 to do the repairs.", tender).verdict).toBe(
      "unsupported",
    );
    expect(
      checkSupport("About 60 tractors were blocked from leaving the depot by a lorry for five hours.", protest).verdict,
    ).toBe("unsupported");
  });

  it("passes the same facts the right way round", () => {
    expect(
      checkSupport("A lorry was blocked from leaving the depot by about 60 tractors for five hours.", protest).verdict,
    ).toBe("supported");
    expect(
      checkSupport("A stationary commuter train was hit by a freight train.", [
        "A freight train hit a stationary commuter train near the station on Thursday.",
      ]).verdict,
    ).toBe("supported");
  });
});
