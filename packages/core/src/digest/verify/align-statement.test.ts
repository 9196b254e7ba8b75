import { describe, expect, it } from "vitest";
import { checkSupport } from "./check-support.js";

const SEARCH = "Officers searched the house in Penmarth on Tuesday, police said.";
const WRECK = "Amateur divers discovered the wreck off Penmarth in May, the trust said.";

describe("alignStatement with a light verb", () => {
  it("lets a light verb carry the passage's verb as a noun", () => {
    expect(
      checkSupport("Officers carried out a search of the house in Penmarth on Tuesday, police said.", [SEARCH]).verdict,
    ).toBe("supported");
    expect(
      checkSupport("Amateur divers made the discovery of the wreck off Penmarth in May, the trust said.", [WRECK])
        .verdict,
    ).toBe("supported");
  });

  it("still compares what the noun is about", () => {
    expect(
      checkSupport("Officers carried out a search of the garage in Penmarth on Tuesday, police said.", [SEARCH])
        .verdict,
    ).toBe("unsupported");
    expect(checkSupport("Amateur divers made no discovery off Penmarth in May, the trust said.", [WRECK]).verdict).toBe(
      "unsupported",
    );
  });
});

const BAIL = "A 52-year-old woman from Dunmore was arrested on suspicion of arson and has been released on bail.";
const COUNCILS = "Nine councils in the region, among them Harbury, voted to raise council tax by 5%.";

describe("alignStatement with a participle used as a preposition", () => {
  it("reads 'following' and 'including' as grammar", () => {
    expect(
      checkSupport("A 52-year-old Dunmore woman has been bailed following her arrest on suspicion of arson.", [BAIL])
        .verdict,
    ).toBe("supported");
    expect(
      checkSupport("Nine councils in the region, including Harbury, voted to raise council tax by 5%.", [COUNCILS])
        .verdict,
    ).toBe("supported");
  });

  it("still compares what they govern", () => {
    expect(
      checkSupport("A 52-year-old Dunmore woman has been bailed following her arrest on suspicion of murder.", [BAIL])
        .verdict,
    ).toBe("unsupported");
    expect(
      checkSupport("Nine councils in the region, including Tenby, voted to raise council tax by 5%.", [COUNCILS])
        .verdict,
    ).toBe("unsupported");
  });
});
