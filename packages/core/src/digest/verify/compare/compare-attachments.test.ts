import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

// Written for this test: two counts of one thing in coordinated phrases, each with its own detail.
const LAYOFFS =
  "Kestrel Airways will cut 600 jobs at its Leeds base and 250 jobs in Glasgow, the company said on Thursday.";
const STAFF = "The brewery employs 600 people at its plant in Dunmore and 250 in its offices in Cork.";
const SALES = "Sales rose 8% in the third quarter and 5% in the fourth.";

describe("checkSupport: which figure goes with which detail", () => {
  it("flags a count given the other count's place", () => {
    const glasgow = checkSupport("Kestrel Airways will cut 600 jobs in Glasgow.", [LAYOFFS]);
    expect(glasgow.verdict).toBe("unsupported");
    expect(glasgow.reasons[0]).toContain('gives "Glasgow" to 250, not to 600');
    expect(checkSupport("Kestrel Airways will cut 250 jobs at its Leeds base.", [LAYOFFS]).verdict).toBe("unsupported");
    expect(checkSupport("The brewery employs 600 people in Cork.", [STAFF]).verdict).toBe("unsupported");
  });

  it("flags a figure given the other figure's period", () => {
    const check = checkSupport("Sales rose 5% in the third quarter.", [SALES]);
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons[0]).toContain('gives "third" to 8');
  });

  it("passes each count with its own detail, and the noun both counts share", () => {
    expect(checkSupport("Kestrel Airways will cut 250 jobs in Glasgow.", [LAYOFFS]).verdict).toBe("supported");
    expect(checkSupport("Kestrel Airways will cut 600 jobs at its Leeds base.", [LAYOFFS]).verdict).toBe("supported");
    expect(checkSupport("The brewery employs 250 people in its offices in Cork.", [STAFF]).verdict).toBe("supported");
  });

  it('takes a figure after a preposition for no second count (", in 2006" is no "and 250")', () => {
    const check = checkSupport("Price records began nine years ago in 2006.", [
      "Prices fell the most in a single year since records began nine years ago, in 2006.",
    ]);
    expect(check.reasons).toEqual([]);
  });
});
