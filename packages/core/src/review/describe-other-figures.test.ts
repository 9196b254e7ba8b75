import { describe, expect, it } from "vitest";
import { describeOtherFigures } from "./describe-other-figures.js";

describe("describeOtherFigures", () => {
  it("says how many of the outlets counted give another figure, and which, as a reader writes figures", () => {
    expect(
      describeOtherFigures({
        outlets: 3,
        articleIds: ["a", "b", "c"],
        otherFigures: [{ articleId: "b", figure: "14", instead: "12" }],
      }),
    ).toEqual({ lead: "1 of them gives another figure", figures: [{ articleId: "b", figure: "14", instead: "12" }] });
    expect(
      describeOtherFigures({
        outlets: 4,
        articleIds: ["a", "b", "c", "d"],
        otherFigures: [
          { articleId: "b", figure: "1500", instead: "1200" },
          { articleId: "c", figure: "1500", instead: "1800" },
          { articleId: "c", figure: "3", instead: "4" },
        ],
      })?.lead,
    ).toBe("2 of them give other figures");
    expect(
      describeOtherFigures({
        outlets: 2,
        articleIds: ["a", "b"],
        otherFigures: [{ articleId: "b", figure: "31500", instead: "30000" }],
      })?.figures,
    ).toEqual([{ articleId: "b", figure: "31,500", instead: "30,000" }]);
  });

  it("says which outlets giving another figure are not among those counted", () => {
    expect(
      describeOtherFigures({
        outlets: 1,
        articleIds: ["a"],
        otherFigures: [{ articleId: "b", figure: "58", instead: "46" }],
      })?.lead,
    ).toBe("1 other outlet gives another figure");
    expect(
      describeOtherFigures({
        outlets: 2,
        articleIds: ["a", "b"],
        otherFigures: [
          { articleId: "b", figure: "14", instead: "12" },
          { articleId: "c", figure: "14", instead: "20" },
        ],
      })?.lead,
    ).toBe("1 of them and 1 other outlet give other figures");
  });

  it("says nothing when every outlet counted gives the statement's own figures", () => {
    expect(describeOtherFigures({ outlets: 3, articleIds: ["a", "b", "c"] })).toBeNull();
    expect(describeOtherFigures({ outlets: 3, articleIds: ["a", "b", "c"], otherFigures: [] })).toBeNull();
    expect(describeOtherFigures(undefined)).toBeNull();
  });
});
