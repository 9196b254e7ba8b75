import { describe, expect, it } from "vitest";
import { agesByDeed } from "./age-by-deed.js";

describe("agesByDeed", () => {
  it("ties an age to the deed closing its clause, after a noun or a name", () => {
    expect(agesByDeed("One worker, a 47-year-old welder from Hull, broke his wrist on the stairs.")).toEqual([
      { age: 47, raw: "47", deed: "broke wrist", name: null },
    ]);
    expect(agesByDeed("Lena Hart, 31, who injured her left knee, was flown out.")).toEqual([
      { age: 31, raw: "31", deed: "injured knee", name: "Lena Hart" },
    ]);
  });

  it("ties no age across a preposition or a second age", () => {
    expect(agesByDeed("A 47-year-old welder with his tools was hurt.")).toEqual([]);
    expect(agesByDeed("A 47-year-old welder and a 50-year-old fitter broke their arms.")).toEqual([]);
  });
});
