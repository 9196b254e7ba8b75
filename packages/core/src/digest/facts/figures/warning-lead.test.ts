import { describe, expect, it } from "vitest";
import { warningLead } from "./warning-lead.js";

describe("warningLead", () => {
  it("reads a warning's lead told by its noun or its verb, counted back from what came", () => {
    expect(warningLead("The siren sounded ", " before the strike")).toBe("warned");
    expect(warningLead("Marshals shouted a warning about ", " before the car left the road")).toBe("warned");
    expect(warningLead("Residents were alerted only ", " ahead of the flood")).toBe("warned");
  });

  it("leaves a span with no warning, one not counted back, and a lead asked for or promised", () => {
    expect(warningLead("Racing had restarted only ", " before the crash")).toBeNull();
    expect(warningLead("The siren sounded for ", " and then stopped")).toBeNull();
    expect(warningLead("The union wants the siren sounded ", " before any storm")).toBeNull();
    expect(warningLead("The tour will sound the horn ", " before lightning is expected")).toBeNull();
  });
});
