import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";
import { analyzeText } from "../reading/index.js";
import { quantityEquivalents } from "./quantity-equivalents.js";

const VOTE = ["Seven of the nine councillors on the planning committee voted against the new quarry on Thursday."];

describe("quantityEquivalents for a share told in words", () => {
  it("lets 'most of' align with a count that is more than half of its whole", () => {
    expect(
      quantityEquivalents(analyzeText("Most of the councillors voted."), VOTE.map(analyzeText))?.keys.get(0),
    ).toEqual(["7"]);
    expect(
      checkSupport("Most of the nine councillors on the planning committee voted against the new quarry.", VOTE)
        .verdict,
    ).toBe("supported");
  });

  it("finds nothing for a share the count is not", () => {
    const fewer = ["Three of the nine councillors on the planning committee voted against the new quarry on Thursday."];
    expect(quantityEquivalents(analyzeText("Most of the councillors voted."), fewer.map(analyzeText))).toBeUndefined();
    expect(
      checkSupport("Most of the nine councillors on the planning committee voted against the new quarry.", fewer)
        .verdict,
    ).toBe("unsupported");
  });
});
