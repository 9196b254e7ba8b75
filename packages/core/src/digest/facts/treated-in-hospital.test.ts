import { describe, expect, it } from "vitest";
import { overnightOnly, treatedInHospital } from "./treated-in-hospital.js";

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
    expect(treatedInHospital("", " officers were treated in hospital.")).toBe(false);
  });
});

describe("overnightOnly", () => {
  it("takes 'overnight' as when one incident's casualties were treated, unless they are new ones", () => {
    expect(overnightOnly("Hospitals treated ", "Hospitals treated 12 officers overnight")).toBe(true);
    expect(overnightOnly("Hospitals treated a further ", "treated a further 12 officers overnight")).toBe(false);
  });
});
