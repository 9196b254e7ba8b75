import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";
import { analyzeText } from "../reading/index.js";
import { negationVariants } from "./negation-variants.js";

const PLANNING = "Members of Rushford council rejected the developer's plan for 300 homes on Monday evening.";
const GLIDER =
  "The pilot of the glider did not survive the crash near Elmstead on Sunday, the club said. " +
  "His passenger was taken to hospital with minor injuries.";
const CUP = "Westerby failed to win the county cup for the first time in six years on Saturday.";

describe("negationVariants", () => {
  it("reads a denied verb as the verb a passage uses for it, and the other way round", () => {
    expect(negationVariants(analyzeText("Rushford council did not accept the plan."), [analyzeText(PLANNING)])).toEqual(
      ["Rushford council rejected the plan."],
    );
    expect(negationVariants(analyzeText("The glider pilot died in the crash."), [analyzeText(GLIDER)])).toEqual([
      "The glider pilot did not survive in the crash.",
    ]);
    expect(negationVariants(analyzeText("Westerby lost the county cup."), [analyzeText(CUP)])).toEqual([
      "Westerby failed to win the county cup.",
    ]);
  });

  it("gives no reading where the passage denies nothing, or denies the other way", () => {
    expect(negationVariants(analyzeText("Westerby won the county cup."), [analyzeText(CUP)])).toEqual([]);
    expect(negationVariants(analyzeText("The council did not reject the plan."), [analyzeText(PLANNING)])).toEqual([]);
  });
});

describe("checkSupport with denied verbs", () => {
  it("passes 'did not accept' for 'rejected', 'lost' for 'failed to win', 'died' for 'did not survive'", () => {
    expect(
      checkSupport("Members of Rushford council did not accept the developer's plan for 300 homes.", [PLANNING])
        .verdict,
    ).toBe("supported");
    expect(checkSupport("Westerby lost the county cup for the first time in six years.", [CUP]).verdict).toBe(
      "supported",
    );
    expect(checkSupport("The pilot of the glider died in the crash near Elmstead on Sunday.", [GLIDER]).verdict).toBe(
      "supported",
    );
  });

  it("still flags the denial turned round or given to another party", () => {
    expect(
      checkSupport("Members of Rushford council accepted the developer's plan for 300 homes.", [PLANNING]).verdict,
    ).toBe("unsupported");
    expect(checkSupport("Westerby won the county cup for the first time in six years.", [CUP]).verdict).toBe(
      "unsupported",
    );
    expect(checkSupport("The glider's passenger died in the crash near Elmstead on Sunday.", [GLIDER]).verdict).toBe(
      "unsupported",
    );
  });
});
