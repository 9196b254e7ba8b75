import { describe, expect, it } from "vitest";
import { checkSupport } from "./check-support.js";

const TRANSFER = [
  "Dunmere United have signed the Aldridge Town winger Kofi Mensah for £2.5m, the Championship club announced on Tuesday. " +
    "The 22-year-old, who scored 11 goals last season, has agreed a three-year contract.",
  "The deal was completed hours before the transfer deadline. " +
    "Aldridge manager Paul Greer said he was sorry to see the player leave.",
];

describe("abstractiveSupport and a participle's agent", () => {
  it("flags a deal 'signed by' a party no passage tells signing", () => {
    const check = checkSupport(
      "The three-year deal, signed by Aldridge Town, was completed on Tuesday after the winger scored 11 goals last season.",
      TRANSFER,
    );
    expect(check.verdict).toBe("unsupported");
  });

  it("passes the party that did it", () => {
    expect(
      checkSupport(
        "The three-year deal, signed by Dunmere United, was completed on Tuesday after the winger scored 11 goals last season.",
        TRANSFER,
      ).verdict,
    ).toBe("supported");
  });
});

describe("abstractiveSupport and a name before a relative clause", () => {
  it("flags a signing told of a name the passages never tell signing", () => {
    expect(
      checkSupport(
        "Paul Greer, who was sorry to see the player leave, has signed the winger for £2.5m before the transfer deadline.",
        TRANSFER,
      ).verdict,
    ).toBe("unsupported");
  });

  it("passes the signing told of the player the club signed", () => {
    expect(
      checkSupport(
        "Kofi Mensah, who scored 11 goals last season, has signed for Dunmere United for £2.5m before the transfer deadline.",
        TRANSFER,
      ).verdict,
    ).toBe("supported");
  });
});
