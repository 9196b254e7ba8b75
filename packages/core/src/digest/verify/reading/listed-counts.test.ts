import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

describe("countsAList: a count restated from a list the passage gives", () => {
  const arrests =
    "Detectives arrested Owen Tait, 31, Gary Mills, 28, and Sean Boyle, 35, on suspicion of fraud on Monday. " +
    "A fourth man was interviewed and released.";
  const finds = "The box held two silver spoons and a pewter cup, the auction house said.";

  it("does not take the count of a list for a number the passage lacks", () => {
    const three = checkSupport("Three men were arrested on suspicion of fraud on Monday.", [arrests]);
    expect(three.reasons.join(" ")).not.toContain("not in the cited passage");
    expect(checkSupport("The box held three items, the auction house said.", [finds]).reasons.join(" ")).not.toContain(
      "number three",
    );
  });

  it("still flags a count that does not match the list", () => {
    const four = checkSupport("Four men were arrested on suspicion of fraud on Monday.", [arrests]);
    expect(four.verdict).toBe("unsupported");
    expect(four.reasons).toContain("number Four is not in the cited passage");
    expect(checkSupport("The box held four items, the auction house said.", [finds]).reasons).toContain(
      "number four is not in the cited passage",
    );
  });

  it("does not count a list of a sentence that shares nothing with the statement", () => {
    const unrelated =
      "The inquiry heard from Owen Tait, Gary Mills and Sean Boyle. Cleaners found a bag in the lobby on Monday.";
    expect(checkSupport("Cleaners found three bags in the lobby on Monday.", [unrelated]).reasons).toContain(
      "number three is not in the cited passage",
    );
  });
});
