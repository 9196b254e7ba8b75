import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

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

describe("compareAgedPeople across the passages of one article", () => {
  const coach = [
    "The Harlow Hawks have appointed Pia Lund as head coach, the club said on Friday.",
    "Lund, 41, played for the Hawks for nine seasons. Her assistant, Ron Vale, 52, will stay on.",
  ];

  it("passes an age told in one passage for a person named doing it in another", () => {
    // Flagged for the words it adds, not for the age.
    const check = checkSupport(
      "The 41-year-old was appointed as head coach of the Harlow Hawks after a long search.",
      coach,
    );
    expect(check.reasons.join(" ")).toContain("long search");
    expect(check.reasons.join(" ")).not.toContain("age 41");
  });

  it("still flags the age of someone else", () => {
    expect(
      checkSupport("The 52-year-old was appointed as head coach of the Harlow Hawks.", coach).reasons.join(" "),
    ).toContain("age 52");
  });
});
