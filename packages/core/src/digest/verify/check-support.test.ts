import { describe, expect, it } from "vitest";
import { checkSupport } from "./check-support.js";

const passage =
  "Hamas rejected Israel's offer on Monday, officials said. The ministry said two million people had been displaced. " +
  "Unemployment rose to 9% in March 2024. Netanyahu may sign the deal next week. " +
  "The agreement was not signed by the mediators. Sinwar said: “We will not surrender.”";

const reasonsOf = (statement: string) => checkSupport(statement, [passage]);

describe("checkSupport", () => {
  it("passes a verbatim copy with score 1 and a close paraphrase", () => {
    expect(reasonsOf("Hamas rejected Israel's offer on Monday, officials said.")).toMatchObject({
      verdict: "supported",
      score: 1,
      reasons: [],
    });
    expect(reasonsOf("The ministry said 2 million people had been displaced.").verdict).toBe("supported");
  });

  it("catches swapped roles around the same verb", () => {
    const check = reasonsOf("Israel rejected Hamas's offer on Monday.");
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons.join(" ")).toMatch(/the passage says Hamas rejected .*; the sentence says Israel did/);
  });

  it("catches dropped negation and modality", () => {
    expect(reasonsOf("The agreement was signed by the mediators.").reasons.join(" ")).toMatch(/leaves out "not"/);
    expect(reasonsOf("Netanyahu signed the deal next week.").reasons.join(" ")).toMatch(/a possibility/);
  });

  it("compares numbers with their units and number words", () => {
    expect(reasonsOf("Unemployment rose to 9 in March 2024.").reasons.join(" ")).toMatch(/not the same measure/);
    expect(reasonsOf("The ministry said three million people had been displaced.").reasons.join(" ")).toMatch(
      /three million/,
    );
  });

  it("compares dates", () => {
    const check = reasonsOf("Hamas rejected Israel's offer on Tuesday, officials said.");
    expect(check.reasons).toContain("the sentence says Tuesday; the cited passage says Monday");
    expect(reasonsOf("Unemployment rose to 9% in March 2023.").reasons.join(" ")).toMatch(/2023/);
  });

  it("checks a quote's words and its speaker", () => {
    expect(reasonsOf("Netanyahu said: ‘We will not surrender.’").reasons.join(" ")).toMatch(
      /gives these words to Sinwar; the sentence gives them to Netanyahu/,
    );
    expect(reasonsOf("Sinwar said: 'We will never surrender.'").reasons.join(" ")).toMatch(/not verbatim/);
  });

  it("names content the passages do not have", () => {
    const check = reasonsOf("Hamas rejected Israel's offer on Monday after it was signed by Qatar, officials said.");
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons.join(" ")).toMatch(/Qatar/);
  });

  it("supports nothing without words or without passages", () => {
    expect(checkSupport("  ", [passage]).verdict).toBe("unsupported");
    expect(checkSupport("Hamas rejected Israel's offer.", []).verdict).toBe("unsupported");
  });
});
