import { describe, expect, it } from "vitest";
import { toldAsEquivalent } from "./equivalence-measure.js";

describe("toldAsEquivalent", () => {
  it("reads a figure told as an equivalent, whichever words", () => {
    expect(toldAsEquivalent("would deliver the equivalent of about ")).toBe(true);
    expect(toldAsEquivalent("would give the same dose as ")).toBe(true);
    expect(toldAsEquivalent("The block is as heavy as ")).toBe(true);
    expect(toldAsEquivalent("The block has the weight of ")).toBe(true);
  });

  it("leaves figures told otherwise", () => {
    expect(toldAsEquivalent("The clinic carried out ")).toBe(false);
    expect(toldAsEquivalent("as many people as in 2020, about ")).toBe(false);
  });
});

describe("toldAsEquivalent on bounds", () => {
  it("leaves “as much as” and “as many as”, which bound a figure", () => {
    expect(toldAsEquivalent("As much as ")).toBe(false);
    expect(toldAsEquivalent("hold the records of as many as ")).toBe(false);
  });
});
