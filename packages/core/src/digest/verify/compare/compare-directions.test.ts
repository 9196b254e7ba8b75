import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

describe("checkSupport on the direction a figure moved", () => {
  it("flags a figure told as moving the other way", () => {
    const cases: Array<[string, string]> = [
      [
        "Average rents in Harbury are now £1,240 a month, up 6.2% on a year earlier.",
        "Average rents in Harbury are now £1,240 a month, 6.2% lower than a year earlier.",
      ],
      [
        "Sales at the chain are now £41 million a week, down 3.4% on a year earlier.",
        "Sales at the chain are now £41 million a week, 3.4% higher than a year earlier.",
      ],
    ];
    for (const [passage, statement] of cases) expect(checkSupport(statement, [passage]).verdict).toBe("unsupported");
  });

  it("passes the same direction in other words, and a bound that is no direction", () => {
    const cases: Array<[string, string]> = [
      [
        "Sales at the chain are now £41 million a week, down 3.4% on a year earlier.",
        "Sales at the chain are now £41 million a week, 3.4% lower than a year earlier.",
      ],
      ["Up to 40 people were hurt in the crash, police said.", "Police said up to 40 people were hurt in the crash."],
    ];
    for (const [passage, statement] of cases) expect(checkSupport(statement, [passage]).verdict).toBe("supported");
  });
});
