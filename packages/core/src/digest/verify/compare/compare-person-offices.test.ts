import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

describe("comparePersonOffices: a person given an office the passages give someone else", () => {
  const theft =
    "A former club treasurer who stole £40,000 from Elmfield Rovers has been jailed for two years. " +
    "The club's secretary, Ann Lowe, said the theft had nearly forced it to fold.";

  it("flags a person the passages name with another office, put in the office of someone they leave unnamed", () => {
    const check = checkSupport(
      "Ann Lowe, a former club treasurer, has been jailed for two years for stealing £40,000 from Elmfield Rovers.",
      [theft],
    );
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons).toContain("the cited passages make Ann Lowe the secretary, not the treasurer");
  });

  it("passes the person's own office, and an office for a person the passages give none", () => {
    expect(
      checkSupport("Ann Lowe, the club's secretary, said the theft had nearly forced it to fold.", [theft]).verdict,
    ).toBe("supported");
    const untitled = checkSupport("Treasurer Ann Lowe said the theft had nearly forced the club to fold.", [
      "Ann Lowe said the theft had nearly forced the club to fold. The club's treasurer was appointed in May.",
    ]);
    expect(untitled.reasons.join(" ")).not.toContain("the cited passages make");
  });
});

describe("comparePersonOffices: an organisation's office given to a person of another", () => {
  const pier = [
    "The council's head of regeneration, Ian Barrow, said the pier had been closed since a storm in 2021. " +
      "Osgood Marine's managing director, Lucy Fenn, said the repairs would take about a year.",
  ];
  it("flags another person's named office, and passes the holder's own", () => {
    expect(
      checkSupport("Ian Barrow, Osgood Marine's managing director, said the repairs would take about a year.", pier)
        .verdict,
    ).toBe("unsupported");
    expect(
      checkSupport("Lucy Fenn, Osgood Marine's managing director, said the repairs would take about a year.", pier)
        .verdict,
    ).toBe("supported");
  });
});

describe("comparePersonOffices: a person's post at one organisation told as another's", () => {
  const merger = [
    "Tovald Foods has agreed to buy the bakery chain Crumbwell for £80m. " +
      "Crumbwell's finance director, Hana Ostrova, said the deal would protect 900 jobs at Tovald's request.",
  ];
  it("flags the post given to the other organisation the passage names, and passes the person's own", () => {
    const check = checkSupport(
      "Tovald Foods' finance director, Hana Ostrova, said the deal would protect 900 jobs.",
      merger,
    );
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons.join(" ")).toContain("another organisation");
    expect(
      checkSupport("Crumbwell's finance director, Hana Ostrova, said the deal would protect 900 jobs.", merger).verdict,
    ).toBe("supported");
  });
});

describe("comparePersonOffices: a team's post named before the person, given to someone else", () => {
  const cup = [
    "Pavel Hrubes's Ostrava side beat Leeds 2-1 in the final on Sunday. " +
      "Ostrava's captain, Jan Kolar, scored both goals. " +
      "Hrubes said the win was the best of his career.",
  ];
  it("flags the post the passages give another person, and passes its holder", () => {
    const check = checkSupport("The Ostrava captain, Pavel Hrubes, said the win was the best of his career.", cup);
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons.join(" ")).toContain("Jan Kolar the captain");
    expect(checkSupport("The Ostrava captain, Jan Kolar, scored both goals.", cup).verdict).toBe("supported");
  });
});
