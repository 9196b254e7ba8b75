import { describe, expect, it } from "vitest";
import { verifyLines } from "./verify-lines.js";

const source = "Hamas rejected the proposal on Monday. At least 1,139 people were killed in the attack.";

describe("verifyLines (roundup verify)", () => {
  it("checks each line, reports a bad line by number and goes on, and gives figures for labelled lines", () => {
    const report = verifyLines(
      [
        JSON.stringify({ id: "set-1", sentence: "Hamas rejected the proposal on Monday.", source, label: "supported" }),
        "{not json",
        JSON.stringify({
          id: "set-2",
          sentence: "At least 1,893 people were killed.",
          sources: [source],
          label: "unsupported",
        }),
        JSON.stringify({ id: "set-3", sentence: "No source here." }),
        JSON.stringify({
          id: "set-4",
          sentence: "Israel accepted the proposal on Tuesday.",
          source,
          label: "unsupported",
        }),
      ].join("\n"),
    );
    expect(report.problems).toEqual([
      expect.stringMatching(/^line 2: not JSON/),
      expect.stringMatching(/^line 4: .*needs "source"/),
    ]);
    expect(report.results.map((result) => [result.id, result.verdict])).toEqual([
      ["set-1", "supported"],
      ["set-2", "unsupported"],
      ["set-4", "unsupported"],
    ]);
    expect(report.results[1]?.reasons.join(" ")).toContain("1,893");
    expect(report.figures.set).toEqual({ sentences: 3, balancedAccuracy: 1, unsupportedCaught: 1, supportedPassed: 1 });
  });

  it("checks quoted words in single curly quotes verbatim, and who said them", () => {
    const quoted = "The mediator said the talks were ‘making real progress’ on Monday.";
    const report = verifyLines(
      [
        JSON.stringify({
          id: "q-1",
          sentence: "The mediator said the talks were ‘making great progress’.",
          source: quoted,
        }),
        JSON.stringify({
          id: "q-2",
          sentence: "The mediator said the talks were 'making real progress'.",
          source: quoted,
        }),
      ].join("\n"),
    );
    expect(report.results[0]).toMatchObject({
      verdict: "unsupported",
      reasons: expect.arrayContaining([expect.stringMatching(/quoted words "making great progress"/)]),
    });
    expect(report.results[1]?.verdict).toBe("supported");
  });
});
