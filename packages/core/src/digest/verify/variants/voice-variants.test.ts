import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

const STATUE =
  "A bronze statue taken from a churchyard in Tenby two years ago has been returned, police said on Monday.";
const ARREST = "Two men wanted over a robbery at a jewellers in Castlegate last week have been arrested, police said.";

describe("checkSupport with an active sentence for a passive passage", () => {
  it("moves the object's relative clause with the object", () => {
    expect(
      checkSupport("Police have returned a bronze statue that was taken from a churchyard in Tenby two years ago.", [
        STATUE,
      ]).verdict,
    ).toBe("supported");
    expect(
      checkSupport(
        "Police have arrested two men who were wanted over a robbery at a jewellers in Castlegate last week.",
        [ARREST],
      ).verdict,
    ).toBe("supported");
  });

  it("still compares what the relative clause says", () => {
    expect(
      checkSupport("Police have returned a bronze statue that was taken from a churchyard in Tenby five years ago.", [
        STATUE,
      ]).verdict,
    ).toBe("unsupported");
    expect(
      checkSupport(
        "Police have arrested two men who were wanted over a robbery at a jewellers in Castlegate last month.",
        [ARREST],
      ).verdict,
    ).toBe("unsupported");
  });
});

describe("voiceVariants: an active clause against a participle with its agent after a noun", () => {
  const pier = [
    "Traders protested on Friday against a 20% rise in the harbour fees imposed by the Port Authority. " +
      "The lease, signed by Osgood Marine in March, runs for ten years.",
  ];
  it("passes the active clause, its object whole, and flags its roles turned round", () => {
    expect(checkSupport("The Port Authority imposed a 20% rise in the harbour fees.", pier).verdict).toBe("supported");
    expect(checkSupport("Osgood Marine signed the lease in March.", pier).verdict).toBe("supported");
    expect(checkSupport("The harbour fees imposed a 20% rise in the Port Authority.", pier).verdict).toBe(
      "unsupported",
    );
    expect(checkSupport("The lease signed Osgood Marine in March.", pier).verdict).toBe("unsupported");
  });
});
