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

describe("readDateExpressions: a figure before 'on <weekday>'", () => {
  // chrono took "24 on Thursday" for an hour of Thursday and dropped the impossible hour with the day.
  it.each([
    "Councillors voted 31 to 24 on Thursday to close five libraries.",
    "Rovers won 3-1 on Thursday.",
    "The index closed at 1,024 on Thursday.",
  ])("keeps the weekday of %s", (sentence) => {
    const found = readDateExpressions(sentence, "2035-09-20");
    expect(found.map((expression) => [expression.text, expression.date])).toEqual([["Thursday", "2035-09-20"]]);
  });

  it("leaves a clock time and its day as they were", () => {
    const found = readDateExpressions("By around 3:30 on Sunday morning, the crowd had gone.", "2035-09-20");
    expect(found.map((expression) => expression.date)).toEqual(["2035-09-16"]);
  });
});
