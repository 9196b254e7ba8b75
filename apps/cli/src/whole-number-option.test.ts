import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { wholeNumberOption } from "./whole-number-option.js";

describe("wholeNumberOption", () => {
  it("takes whole numbers from the minimum up and refuses the rest with the rule", () => {
    expect(wholeNumberOption(0)("0")).toBe(0);
    expect(wholeNumberOption(1)("15")).toBe(15);
    for (const bad of ["0", "-2", "1.5", "ten", ""])
      expect(() => wholeNumberOption(1)(bad)).toThrow(new InvalidArgumentError("must be a whole number of at least 1"));
  });
});
