import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

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

const MERGER = "Members of the Tallis Rowing Club voted on Monday to accept a merger proposal from Denholm Boat Club.";

describe("alignStatement with a noun phrase in its genitive form", () => {
  it("reads a possessive or a noun before the head as the passage's 'of' or 'from'", () => {
    expect(
      checkSupport("Tallis Rowing Club members voted to accept Denholm Boat Club's merger proposal.", [MERGER]).verdict,
    ).toBe("supported");
  });

  it("still flags a word the passage does not have", () => {
    expect(
      checkSupport("Tallis Rowing Club members voted to accept Denholm Boat Club's merger deal.", [MERGER]).verdict,
    ).toBe("unsupported");
  });
});

const CORDON = "The fire service said the warehouse was outside the cordon and had been cleared by midnight.";

describe("alignStatement with a verb of position", () => {
  it("reads 'lay outside' as 'was outside'", () => {
    expect(
      checkSupport("The fire service said the warehouse, which lay outside the cordon, had been cleared by midnight.", [
        CORDON,
      ]).verdict,
    ).toBe("supported");
  });

  it("still counts a verb that says what happened there", () => {
    expect(
      checkSupport(
        "The fire service said the warehouse, which burned outside the cordon, had been cleared by midnight.",
        [CORDON],
      ).verdict,
    ).toBe("unsupported");
  });
});

describe("alignStatement and an event told as a noun", () => {
  const park =
    "Hexley Borough Council announced on Thursday that it would close the Market Street car park, which has 400 spaces.";

  it("costs the grammar of the noun ('the closure of the') next to nothing", () => {
    expect(checkSupport("The closure of the Market Street car park was announced on Thursday.", [park]).verdict).toBe(
      "supported",
    );
  });

  it("still flags another day", () => {
    expect(checkSupport("The closure of the Market Street car park was announced on Friday.", [park]).verdict).toBe(
      "unsupported",
    );
  });
});
