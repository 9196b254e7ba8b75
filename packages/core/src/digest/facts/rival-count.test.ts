import { describe, expect, it } from "vitest";
import { rivalCountCarries } from "./rival-count.js";

describe("rivalCountCarries", () => {
  it("counts two outlets tallying the same act differently in their main clauses", () => {
    expect(
      rivalCountCarries(
        "Nine climbers were rescued from the north face on Sunday, the mountain rescue team said.",
        "Eleven climbers were rescued from the mountain on Sunday after a storm.",
        [{ figure: "9", instead: "11" }],
      ),
    ).toBe(true);
  });

  it("takes a limit or a figure in a passing clause for a rival figure, not a carrier", () => {
    expect(
      rivalCountCarries(
        "At least 30 homes were flooded in Marlow on Friday.",
        "Twenty-two homes were flooded in Marlow on Friday, the council said.",
        [{ figure: "30", instead: "22" }],
      ),
    ).toBe(false);
    expect(
      rivalCountCarries(
        "The mayor won the vote by 40 votes on Monday.",
        "Her rival asked for a recount on Wednesday, two days after the mayor finished with a 52-vote lead.",
        [{ figure: "40", instead: "52" }],
      ),
    ).toBe(false);
  });
});
