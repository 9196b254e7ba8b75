import { describe, expect, it } from "vitest";
import { singularNoun } from "./singular-noun.js";

describe("singularNoun", () => {
  it("reads a plural as its singular, lower-cased", () => {
    expect(["Lorries", "vehicles", "buses", "gases", "crises", "cables"].map(singularNoun)).toEqual([
      "lorry",
      "vehicle",
      "bus",
      "gas",
      "crisis",
      "cable",
    ]);
  });

  it("leaves singulars in -s, -us and -is, and people, as they are", () => {
    expect(["glass", "surplus", "axis", "people", "persons", "menus"].map(singularNoun)).toEqual([
      "glass",
      "surplus",
      "axis",
      "people",
      "people",
      "menu",
    ]);
  });
});
