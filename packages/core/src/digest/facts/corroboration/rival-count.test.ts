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

  it("takes a limit, the statement's or the passage's, for a rival figure, not a carrier", () => {
    expect(
      rivalCountCarries(
        "At least 30 homes were flooded in Marlow on Friday.",
        "Twenty-two homes were flooded in Marlow on Friday, the council said.",
        [{ figure: "30", instead: "22" }],
      ),
    ).toBe(false);
    expect(
      rivalCountCarries(
        "Eleven climbers were rescued from the mountain on Sunday.",
        "As many as 20 climbers were rescued from the north face on Sunday.",
        [{ figure: "11", instead: "20" }],
      ),
    ).toBe(false);
  });
});
