import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

const check = (statement: string, passage: string) => checkSupport(statement, [passage]);

describe("a copy of part of a passage sentence", () => {
  it("keeps the bound on its figure", () => {
    const hurt = check("30 people were hurt in the blast.", "Police said at least 30 people were hurt in the blast.");
    expect(hurt.verdict).toBe("unsupported");
    expect(hurt.reasons).toEqual(['the passage says "at least 30"; the sentence leaves out "at least"']);
    expect(check("200 homes lost power.", "Up to 200 homes lost power on Sunday.").verdict).toBe("unsupported");
    // An approximation is not a bound, and an attribution left out changes nothing.
    expect(check("200 homes lost power.", "About 200 homes lost power on Sunday.").verdict).toBe("supported");
    expect(check("30 people were hurt in the blast.", "Police said 30 people were hurt in the blast.").verdict).toBe(
      "supported",
    );
  });

  it("is not told as fact where the passage denies, disputes or doubts it", () => {
    const denied = check(
      "The minister resigned over the scandal.",
      "The ministry denied that the minister resigned over the scandal.",
    );
    expect(denied.verdict).toBe("unsupported");
    expect(denied.reasons[0]).toMatch(/denied that …"; the sentence tells as fact what it denies or doubts/);
    for (const passage of [
      "It is false that the mayor took bribes from developers.",
      "There is no evidence that the mayor took bribes from developers.",
      "The council dismissed claims that the mayor took bribes from developers.",
      "Nobody has said the mayor took bribes from developers.",
      "Prosecutors did not confirm that the mayor took bribes from developers.",
    ])
      expect(check("The mayor took bribes from developers.", passage).verdict).toBe("unsupported");
    // A negation in an earlier clause is not the saying's.
    expect(
      check(
        "The driver is expected to make a full recovery.",
        "Her name has not been released but a spokesman said the driver is expected to make a full recovery.",
      ).verdict,
    ).toBe("supported");
  });

  it("keeps the condition it holds on", () => {
    expect(check("Taxes will rise next year.", "If the bill is passed, taxes will rise next year.").reasons[0]).toMatch(
      /leaves out the condition/,
    );
    expect(check("Taxes will rise next year.", "Taxes will rise next year unless the bill is withdrawn.").verdict).toBe(
      "unsupported",
    );
    // "Even if" asserts the clause whatever happens.
    expect(check("Taxes will rise next year.", "Even if the bill fails, taxes will rise next year.").verdict).toBe(
      "supported",
    );
    expect(check("Taxes will rise next year.", "Taxes will rise next year even if the bill fails.").verdict).toBe(
      "supported",
    );
  });

  it("does not tell a possibility as done, or one party's decision as the outcome", () => {
    expect(check("Close two factories.", "Analysts warned the firm could close two factories.").verdict).toBe(
      "unsupported",
    );
    expect(
      check("The firm could close two factories.", "Analysts warned the firm could close two factories.").verdict,
    ).toBe("supported");
    const overruled = check(
      "The plan was approved.",
      "The plan was approved by a committee but rejected by the council.",
    );
    expect(overruled.verdict).toBe("unsupported");
    expect(overruled.reasons[0]).toMatch(/leaves out who did it and who did not/);
    expect(check("The plan was approved.", "The plan was approved by the council on Tuesday.").verdict).toBe(
      "supported",
    );
  });
});

describe("a statement in its passage's words but not a copy", () => {
  it("keeps the denial or the condition around the words it uses", () => {
    expect(
      check(
        "The mayor took bribes from property developers.",
        "It is false that the mayor took bribes from developers.",
      ).reasons,
    ).toContain('the passage says "it is false that …"; the sentence tells as fact what it denies or doubts');
    expect(
      check("Taxes will rise in 2025.", "If the bill is passed, taxes will rise next year, in 2025.").reasons,
    ).toContain('the passage says "if the bill is passed, …"; the sentence leaves out the condition');
    // A frame the statement keeps, or an attribution it leaves out, is no fault.
    expect(
      check(
        "If the bill is passed, taxes will rise in 2025.",
        "If the bill is passed, taxes will rise next year, in 2025.",
      ).verdict,
    ).toBe("supported");
    expect(check("Taxes will rise in 2025.", "The minister said taxes will rise next year, in 2025.").verdict).toBe(
      "supported",
    );
  });
});
