import { describe, expect, it } from "vitest";
import { wreckDepth } from "./wreck-depth.js";

describe("wreckDepth", () => {
  it("reads the depth a sunken thing lies at, in water or by the noun", () => {
    expect(wreckDepth("The vessel went down in ", " of water near the east bank.")).toBe(true);
    expect(wreckDepth("The trawler sank in about ", " of water.")).toBe(true);
    expect(wreckDepth("to raise the Delta Ranger, which lies at a depth of ", " in the main channel.")).toBe(true);
  });

  it("leaves other lengths alone: a dive, a sheen, a channel", () => {
    expect(wreckDepth("Divers worked at a depth of ", " for two hours.")).toBe(false);
    expect(wreckDepth("The sheen stretched ", " downstream.")).toBe(false);
    expect(wreckDepth("The channel is dredged to ", " deep.")).toBe(false);
  });
});
