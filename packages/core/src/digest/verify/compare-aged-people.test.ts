import { describe, expect, it } from "vitest";
import { checkSupport } from "./check-support.js";

const FERRY = [
  "A 72-year-old passenger was taken to hospital after falling on the deck of the Orla ferry during a storm on Tuesday. " +
    "The ship's master, Colm Reddin, 55, said the crossing had been rougher than forecast.",
  "Reddin said the company would review its weather checks before the next sailing.",
];

describe("compareAgedPeople", () => {
  it("flags words given to a person by an age the passages give someone else", () => {
    const check = checkSupport(
      "The 72-year-old said the ferry's crossing had been rougher than forecast during the storm on Tuesday.",
      FERRY,
    );
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons.join(" ")).toContain("age 72");
  });

  it("passes the age of the person who said it, in the sentence that gives it or one that names them", () => {
    expect(
      checkSupport("The 55-year-old said the crossing had been rougher than forecast.", FERRY).reasons.join(" "),
    ).not.toContain("age 55");
    expect(
      checkSupport("The 55-year-old master said the company would review its weather checks.", FERRY).reasons.join(" "),
    ).not.toContain("age 55");
  });
});
