import { describe, expect, it } from "vitest";
import { twoOutletDisputes } from "../../testing/two-outlet-disputes.js";

const disputes = (first: string, second: string) =>
  twoOutletDisputes(first, second, { day: "2036-03-11", opening: "A drug maker recalled a batch of insulin pens." });

describe("withStoryAct: a count told with no act counts the story's main act its sentence names", () => {
  it("sets a count caught up in the recall against the count recalled", () => {
    expect(
      disputes(
        "About 520,000 insulin pens are being recalled across the country, the regulator said.",
        "The Gazette understands nearly 580,000 insulin pens are caught up in the recall.",
      ),
    ).toEqual([["about 520,000", "nearly 580,000"]]);
  });

  it("never gives the act to a count whose sentence names no act of the story, tells a change, or lists other counts", () => {
    expect(
      disputes(
        "About 520,000 insulin pens are being recalled across the country, the regulator said.",
        "Nearly 580,000 insulin pens sit in pharmacies across the country.",
      ),
    ).toEqual([]);
    expect(
      disputes(
        "About 520,000 insulin pens are being recalled across the country, the regulator said.",
        "Nearly 580,000 insulin pens are now caught up in the widening recall.",
      ),
    ).toEqual([]);
    expect(
      disputes(
        "About 520,000 insulin pens are being recalled across the country, the regulator said.",
        "The recall takes in 580,000 insulin pens from one plant and 90,000 insulin pens from another.",
      ),
    ).toEqual([]);
  });
});
