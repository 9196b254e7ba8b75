import { describe, expect, it } from "vitest";
import { twoOutletDisputes } from "../testing/two-outlet-disputes.js";

const disputes = (first: string, second: string) =>
  twoOutletDisputes(first, second, { day: "2036-03-11", opening: "Floods hit Kelby on Tuesday." });

describe("standingReading: a fleet and a thing's size however told", () => {
  it("sets what an operator runs against its fleet, whatever befell the fleet or a part of it", () => {
    expect(
      disputes("The operator runs 40 double-deckers from the depot.", "Its fleet of 44 double-deckers was grounded."),
    ).toEqual([["40", "44"]]);
    expect(
      disputes(
        "The operator runs 40 double-deckers from the depot.",
        "Nine of its fleet of 44 double-deckers were damaged.",
      ),
    ).toEqual([["40", "44"]]);
  });

  it("never sets a part of the fleet, or sites an owner runs, against the fleet", () => {
    expect(
      disputes("The operator runs 40 double-deckers from the depot.", "Nine double-deckers were damaged."),
    ).toEqual([]);
    expect(disputes("The trust runs 12 leisure sites.", "The trust runs 14 bus routes.")).toEqual([]);
  });

  it("sets 'The arena has 4,200 seats' against 'the 3,800-seat arena'", () => {
    expect(
      disputes(
        "The arena has 4,200 seats, according to the trust.",
        "The storm ripped a section from the roof of the 3,800-seat arena.",
      ),
    ).toEqual([["3,800", "4,200"]]);
    expect(
      disputes("The hospital has 310 beds, a spokesman said.", "The flood closed wards at the 290-bed hospital."),
    ).toEqual([["290", "310"]]);
  });

  it("never sets a crowd, or a planned capacity, against the seats", () => {
    expect(
      disputes("The arena has 4,200 seats.", "A crowd of 3,900 had left the 4,200-seat arena two hours earlier."),
    ).toEqual([]);
    expect(
      disputes("The arena has 4,200 seats.", "Plans approved in 2025 would take the arena to 5,000 seats."),
    ).toEqual([]);
  });
});
