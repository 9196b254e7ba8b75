import { describe, expect, it } from "vitest";
import { landmarkDistance } from "./landmark-distance.js";

describe("landmarkDistance", () => {
  it("names a landmark by its head noun, however modified or possessed", () => {
    expect(landmarkDistance("", " from the edge of the track, in an area")).toBe("from edge");
    expect(landmarkDistance("", " from the track's edge when the car left")).toBe("from edge");
    expect(landmarkDistance("", " from the 14th green, where a grandstand stood")).toBe("from green");
    expect(landmarkDistance("", " off the highway's shoulder, half buried")).toBe("from shoulder");
    expect(landmarkDistance("", " away from the main gate")).toBe("from gate");
  });

  it("leaves a landmark with no article, a name, and a length that is no distance from anything", () => {
    expect(landmarkDistance("", " from spectators")).toBeNull();
    expect(landmarkDistance("", " from Hollow Fen")).toBeNull();
    expect(landmarkDistance("", " across the grass")).toBeNull();
  });

  it("leaves a reach or a bound: a cordon, how far a blast was felt, within a distance", () => {
    expect(landmarkDistance("Police set a cordon ", " from the building")).toBeNull();
    expect(landmarkDistance("Windows were shattered up to ", " from the depot")).toBeNull();
    expect(landmarkDistance("Residents living within ", " from the plant were told to stay in")).toBeNull();
  });
});
