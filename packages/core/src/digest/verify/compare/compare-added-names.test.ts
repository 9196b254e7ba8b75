import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

describe("compareAddedNames: a name or nationality no cited passage gives is a claim of its own", () => {
  const stage = "The rider Ida Lunde won the third stage of the Tour of Kelby on Sunday, ahead of Marta Kovac.";

  it("flags a nationality the passages never give, first word of the sentence or not", () => {
    const first = checkSupport(
      "French rider Ida Lunde won the third stage of the Tour of Kelby on Sunday, ahead of Marta Kovac.",
      [stage],
    );
    expect(first.verdict).toBe("unsupported");
    expect(first.reasons).toContain('nationality "French" is not in the cited passage');
    const inside = checkSupport(
      "The Spanish rider Ida Lunde won the third stage of the Tour of Kelby on Sunday, ahead of Marta Kovac.",
      [stage],
    );
    expect(inside.verdict).toBe("unsupported");
  });

  it("reads a country for its nationality, and the other way round, by its initials too", () => {
    expect(
      checkSupport("The American rider Ida Lunde won the third stage of the Tour of Kelby on Sunday.", [
        "Ida Lunde of the US won the third stage of the Tour of Kelby on Sunday.",
      ]).reasons.join(" "),
    ).not.toContain('"American" is not in the cited passage');
    expect(
      checkSupport("Ruth Dorey will take charge of Ireland in June.", [
        "Ruth Dorey will take charge of the Irish national team in June, the federation said.",
      ]).verdict,
    ).toBe("supported");
    expect(
      checkSupport("The Irish rider Ida Lunde won the third stage of the Tour of Kelby on Sunday.", [
        "Ida Lunde of Ireland won the third stage of the Tour of Kelby on Sunday.",
      ]).reasons.join(" "),
    ).not.toContain("Irish");
  });

  it("takes a common word capitalised as the sentence's first for no name, a name still for one", () => {
    const march =
      "Thousands of people marched through the centre of Dunmore on Saturday against the planned closure of the town's hospital, the organisers said.";
    expect(
      checkSupport(
        "Protesters marched through the centre of Dunmore on Saturday against the planned closure of the town's hospital, the organisers said.",
        [march],
      ).verdict,
    ).toBe("supported");
    for (const name of ["Stanton", "Mark Ellery"]) {
      const check = checkSupport(
        `${name} marched through the centre of Dunmore on Saturday against the planned closure of the town's hospital, the organisers said.`,
        [march],
      );
      expect(check.verdict).toBe("unsupported");
      expect(check.reasons.join(" ")).toContain(`name "${name.split(" ")[0]}"`);
    }
  });
});

describe("compareAddedNames: an adjective opening a sentence is no name", () => {
  const rain = "Heavy snow closed the road between Alder and Hume on Monday, the highways agency said.";

  it("does not read 'Heavy' before a noun as a name the passages lack", () => {
    expect(
      checkSupport("Heavy snow closed the road between Alder and Hume on Monday.", [
        "Snow closed the road between Alder and Hume on Monday, the highways agency said.",
      ]).reasons.join(" "),
    ).not.toContain('name "Heavy"');
    expect(checkSupport("Heavy snow closed the road between Alder and Hume on Monday.", [rain]).verdict).toBe(
      "supported",
    );
  });

  it("still flags a surname that is also an adjective", () => {
    expect(checkSupport("Young said snow closed the road between Alder and Hume.", [rain]).reasons).toContain(
      'name "Young" is not in the cited passage',
    );
  });
});
