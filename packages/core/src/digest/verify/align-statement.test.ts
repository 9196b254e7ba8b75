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
