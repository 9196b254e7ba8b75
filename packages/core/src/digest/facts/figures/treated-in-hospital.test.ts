import { describe, expect, it } from "vitest";
import { twoOutletDisputes } from "../../testing/two-outlet-disputes.js";
import { overnightOnly, treatedByHospital, treatedInHospital } from "./treated-in-hospital.js";

describe("treatedInHospital", () => {
  it("reads those a hospital treated and those taken there with the verb split by the count", () => {
    expect(treatedInHospital("Hospitals in Telford treated ", " wedding guests overnight.")).toBe(true);
    expect(treatedInHospital("The ambulance service said it had taken ", " people to hospital by early Sunday.")).toBe(
      true,
    );
  });

  it("leaves treatment elsewhere and those still in hospital alone", () => {
    expect(treatedInHospital("Paramedics treated ", " people at the scene.")).toBe(false);
    expect(treatedInHospital("", " guests were still in hospital on Sunday.")).toBe(false);
  });

  it("reads those treated at hospitals as those taken there, never those treated at the scene", () => {
    expect(treatedInHospital("", " officers were treated in hospital.")).toBe(false);
    expect(treatedInHospital("", " passengers were treated at hospitals, mostly for sprains.")).toBe(true);
    expect(treatedInHospital("", " passengers were treated at the scene.")).toBe(false);
    const disputes = (first: string, second: string) =>
      twoOutletDisputes(first, second, { day: "2036-01-18", opening: "A coach overturned on the A1 on Tuesday." });
    expect(
      disputes("Nine passengers were treated at hospitals, police said.", "Seven passengers were taken to hospital."),
    ).toHaveLength(1);
    expect(
      disputes("Nine passengers were treated at the scene, police said.", "Seven passengers were taken to hospital."),
    ).toEqual([]);
  });
});

describe("overnightOnly", () => {
  it("takes 'overnight' as when one incident's casualties were treated, unless they are new ones", () => {
    expect(overnightOnly("Hospitals treated ", "Hospitals treated 12 officers overnight")).toBe(true);
    expect(overnightOnly("Hospitals treated a further ", "treated a further 12 officers overnight")).toBe(false);
  });
});

describe("treatedByHospital", () => {
  it("reads a hospital's verb of treating right before the count, never treatment elsewhere", () => {
    expect(treatedByHospital("Three hospitals said they treated ")).toBe(true);
    expect(treatedByHospital("Paramedics treated ")).toBe(false);
  });

  it("sets those hospitals treated, described as injured, against those taken to hospital that day, never those treated at the scene", () => {
    const disputes = (first: string, second: string) =>
      twoOutletDisputes(first, second, { day: "2036-01-18", opening: "Fog caused a pileup on the A1 on Tuesday." });
    expect(
      disputes(
        "Three hospitals said they treated 37 people injured in the crash.",
        "Thirty-one people were taken to hospital, police said.",
      ),
    ).toEqual([["Thirty-one", "37"]]);
    expect(
      disputes(
        "Three hospitals said they treated 37 people injured in the crash.",
        "Paramedics treated 20 people injured in the crash at the scene.",
      ),
    ).toEqual([]);
  });
});
