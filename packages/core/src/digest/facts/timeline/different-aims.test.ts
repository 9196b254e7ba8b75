import { describe, expect, it } from "vitest";
import { differentAims } from "./different-aims.js";

describe("differentAims", () => {
  it("tells two decisions of one body apart by what each was for", () => {
    expect(
      differentAims(
        "Harlow district council voted on Tuesday to sell the old depot.",
        "Harlow district council voted on Tuesday to freeze allotment rents.",
      ),
    ).toBe(true);
  });

  it("leaves alone one aim told in other words, or an act told with no aim", () => {
    expect(
      differentAims(
        "Harlow council voted on Tuesday to sell the old depot.",
        "Councillors agreed on Tuesday to dispose of the depot on Mill Road.",
      ),
    ).toBe(false);
    expect(
      differentAims(
        "Harlow council voted on Tuesday to sell the old depot.",
        "The depot sale was approved on Tuesday.",
      ),
    ).toBe(false);
    // What the aim is done to may stand past a name that owns it.
    expect(
      differentAims(
        "The museum said on Friday it had asked dealers to return 14 paintings from its storerooms.",
        "The museum has asked dealers to give up 14 of Tobias Wren's paintings.",
      ),
    ).toBe(false);
  });
});
