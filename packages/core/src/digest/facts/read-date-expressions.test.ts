import { describe, expect, it } from "vitest";
import { mayHoldDate, readDateExpressions } from "./read-date-expressions.js";

describe("mayHoldDate", () => {
  const days = ["2024-02-29", "2025-12-31", "2026-06-15", null];

  it("is false only for sentences readDateExpressions finds no date in, on any day", () => {
    const undated = [
      "The council voted to close the library, the mayor said.",
      "About 1,200 people were killed and 250 taken hostage.",
      "“We will not give in,” she told reporters.",
    ];
    for (const sentence of undated) {
      expect(mayHoldDate(sentence)).toBe(false);
      for (const day of days) expect(readDateExpressions(sentence, day)).toEqual([]);
    }
  });

  it("is true for a weekday, a month with its day, a casual day and a year", () => {
    for (const sentence of [
      "The strike began on Tuesday.",
      "Talks resume on March 4.",
      "Crews worked overnight and again yesterday.",
      "The dam was built in 1884.",
      "A 1994 earthquake killed 600 people.",
    ])
      expect(mayHoldDate(sentence)).toBe(true);
  });
});
