import { describe, expect, it } from "vitest";
import { sameVerbAndObject } from "./same-verb-and-object.js";

describe("sameVerbAndObject", () => {
  it.each([
    // The act as verb and object, then as the thing done and its participle.
    [
      "Dock owners and the union reached a provisional deal late on Friday, ending a nine-day stoppage.",
      "The provisional deal reached yesterday gives dockers a 6% rise this year.",
    ],
    ["Police arrested a teacher in Ashvale on Monday.", "The teacher arrested on Monday was released on bail."],
    // The passive, auxiliaries between the thing and its verb.
    ["Kelby council signed the bus contract on Wednesday.", "The bus contract was signed on Wednesday night."],
    // An irregular past form.
    [
      "The Greens won the Ashvale seat on Thursday.",
      "The Ashvale seat won by the Greens on Thursday had been Labour's.",
    ],
  ])("tells one act in %s and %s", (left, right) => {
    expect(sameVerbAndObject(left, right)).toBe(true);
  });

  it.each([
    // One body's two acts: the subject of an active verb is not what it did.
    ["Kelby council approved the library budget on Tuesday.", "Kelby council approved a new bus lane on Tuesday."],
    // One verb, other things.
    ["Police arrested a teacher in Ashvale on Monday.", "Police arrested two protesters outside the court on Monday."],
    // Saying is who reports, not the act.
    ["The union said the deal was fair.", "The deal, the union said, would cost £4m."],
    // A participle describing what both acts were about.
    [
      "Police arrested two men over the leaked exam papers on Tuesday.",
      "The university suspended 12 students over the leaked exam papers on Tuesday.",
    ],
    // The same thing, another act.
    ["The union reached a deal on Friday.", "The union rejected the deal on Friday."],
  ])("tells two acts in %s and %s", (left, right) => {
    expect(sameVerbAndObject(left, right)).toBe(false);
  });
});
