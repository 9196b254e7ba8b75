import { describe, expect, it } from "vitest";
import { checkSupport } from "./check-support.js";
import { analyzeText } from "./reading/index.js";
import { splitClauses } from "./split-clauses.js";

const FINE = [
  "The Maritime Safety Agency has fined the island ferry operator Skarra Lines £40,000 for sailing with a faulty radar. " +
    "The agency said the radar had failed twice in May.",
  "Skarra Lines, which carries about 300,000 passengers a year, said it would appeal against the fine.",
];

describe("splitClauses: a sentence joining facts of two passages is supported when each fact is", () => {
  it("passes a relative clause told in another passage than the clause it is joined to", () => {
    expect(
      checkSupport(
        "Skarra Lines, which carries about 300,000 passengers a year, was fined £40,000 by the Maritime Safety Agency.",
        FINE,
      ).verdict,
    ).toBe("supported");
  });

  it("still flags the relative clause given to the other party, roles swapped, and a second clause nobody told", () => {
    for (const statement of [
      "The Maritime Safety Agency, which carries about 300,000 passengers a year, fined Skarra Lines £40,000.",
      "Skarra Lines, which carries about 300,000 passengers a year, fined the Maritime Safety Agency £40,000.",
      "Skarra Lines, which carries about 300,000 passengers a year, was fined £40,000, and the coastguard said it would appeal.",
      "Skarra Lines, which was fined £40,000, said the radar had failed twice in May.",
    ])
      expect(checkSupport(statement, FINE).verdict).toBe("unsupported");
  });

  it("reads a participle with its agent as a relative clause", () => {
    const deal = [
      "Harlow Telecom signed the deal on Monday. The deal will create 300 jobs in Leeds, the company said.",
    ];
    expect(
      checkSupport("The deal, signed by Harlow Telecom on Monday, will create 300 jobs in Leeds.", deal).verdict,
    ).toBe("supported");
    expect(
      checkSupport("Harlow Telecom, signed by the deal on Monday, will create 300 jobs in Leeds.", deal).verdict,
    ).toBe("unsupported");
  });
});

describe("splitClauses: the antecedent of a relative clause after an age", () => {
  const parts = (text: string) => splitClauses(analyzeText(text));

  it("tells the clause of the name before the age, and of a hyphenated age", () => {
    expect(parts("Dora Kell, 64, who founded the bakery in 1990, has sold it to a rival.")?.[1]).toBe(
      "Dora Kell founded the bakery in 1990.",
    );
    expect(parts("The 64-year-old, who founded the bakery in 1990, has sold it to a rival.")?.[1]).toBe(
      "The 64-year-old founded the bakery in 1990.",
    );
  });
});
