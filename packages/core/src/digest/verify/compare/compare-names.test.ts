import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

// Written for this test: two people of one story, each in a sentence of their own.
const CHESS =
  "Mara Quint's sister, Lena, won the regional chess title in Hollin on Sunday. " +
  "The organiser, Dana Ross, praised the young players.";

describe("checkSupport: a name put where the passage names someone else", () => {
  it("flags another of the passages' names in the place of the one the passage gives", () => {
    const check = checkSupport("Dana Ross's sister, Lena, won the regional chess title in Hollin on Sunday.", [CHESS]);
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons).toContain('the passage names "Quint" here; the sentence names "Ross"');
  });

  it("passes the names where the passage has them", () => {
    expect(checkSupport("Mara Quint's sister Lena won the chess title in Hollin.", [CHESS]).verdict).toBe("supported");
    expect(checkSupport("Lena won the regional chess title in Hollin on Sunday.", [CHESS]).verdict).toBe("supported");
    expect(checkSupport("Dana Ross praised the young players.", [CHESS]).verdict).toBe("supported");
  });
});

describe("compareNames past an aside", () => {
  const final = ["Ostrava, managed by Pavel Hrubes since 2021, will meet Leeds in the final on Sunday."];
  it("flags another name given what the passage says of the subject before an aside, and passes the subject", () => {
    const swapped = checkSupport("Brno will meet Leeds in the final on Sunday.", final);
    expect(swapped.verdict).toBe("unsupported");
    expect(swapped.reasons.join(" ")).toContain('names "Ostrava" here');
    expect(checkSupport("Ostrava will meet Leeds in the final on Sunday.", final).verdict).toBe("supported");
  });
});
