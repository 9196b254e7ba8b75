import { describe, expect, it } from "vitest";
import { payOfGroup } from "./pay-of-group.js";

describe("payOfGroup", () => {
  it("reads the group whose pay the sum after it is", () => {
    expect(payOfGroup("The average resident doctor earns £")).toBe("resident doctor");
    expect(payOfGroup("Resident doctors earn an average of ")).toBe("resident doctor");
    expect(payOfGroup("In London, bus drivers are paid about $")).toBe("bus driver");
  });

  it("reads no group from a pronoun, a quantifier or a sum that is no pay", () => {
    expect(payOfGroup("They earn ")).toBeNull();
    expect(payOfGroup("Most earn about £")).toBeNull();
    expect(payOfGroup("The club paid ")).toBeNull();
    // A named person's pay is read by pay-received.ts.
    expect(payOfGroup("Chief Executive Daniel Roper was paid £")).toBeNull();
  });
});
