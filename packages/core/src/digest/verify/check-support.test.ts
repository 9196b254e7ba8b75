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

  it("passes an editor's compressions, moved phrases and attributions, and the other voice", () => {
    const bridge = ["The council approved the new bridge on Monday by 7 votes to 2."];
    const river = ["About 40,000 people cross the river every day, the mayor said."];
    for (const [statement, passages] of [
      ["The council approved the bridge by 7 votes to 2.", bridge],
      ["On Monday the council approved the new bridge.", bridge],
      ["The new bridge was approved by the council on Monday.", bridge],
      ["The mayor said about 40,000 people cross every day.", river],
      ["According to the mayor, about 40,000 people cross the river every day.", river],
    ] as const)
      expect(checkSupport(statement, passages), statement).toMatchObject({ verdict: "supported", reasons: [] });
  });

  it("keeps roles in the other voice and the speaker of reported speech", () => {
    const bridge = ["The council approved the new bridge on Monday by 7 votes to 2."];
    expect(checkSupport("The council was approved by the new bridge on Monday.", bridge).verdict).toBe("unsupported");
    const strike = [
      "Union leader Maria Costa said the strike would continue. The chief executive, Tom Reeve, said most operations had gone ahead.",
    ];
    const check = checkSupport("Tom Reeve said the strike would continue.", strike);
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons).toContain(
      "the passage gives this to Union leader Maria Costa; the sentence gives it to Tom Reeve",
    );
    expect(checkSupport("The strike will continue, Maria Costa said.", strike).verdict).toBe("supported");
  });

  it("supports nothing without words or without passages", () => {
    expect(checkSupport("  ", [passage]).verdict).toBe("unsupported");
    expect(checkSupport("Hamas rejected Israel's offer.", []).verdict).toBe("unsupported");
  });
});
