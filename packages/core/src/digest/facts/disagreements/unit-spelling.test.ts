import { describe, expect, it } from "vitest";
import { commonSpelling } from "./unit-spelling.js";

describe("commonSpelling", () => {
  it("spells British -tre and -bre units as American outlets do", () => {
    expect(commonSpelling("centre")).toBe("center");
    expect(commonSpelling("cooling centre")).toBe("cooling center");
    expect(commonSpelling("litre")).toBe("liter");
    expect(commonSpelling("kilometre")).toBe("kilometer");
    expect(commonSpelling("fibre")).toBe("fiber");
  });

  it("leaves other units as written", () => {
    for (const unit of ["center", "barge", "tre", "acre", "people", "metro", "ogre"])
      expect(commonSpelling(unit)).toBe(unit);
  });
});
