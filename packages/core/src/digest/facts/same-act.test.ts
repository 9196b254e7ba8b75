import { describe, expect, it } from "vitest";
import { sameAct } from "./same-act.js";

describe("sameAct", () => {
  it.each([
    [
      "Fellstone's chief executive apologised to residents at Thursday's meeting.",
      "The boss of Fellstone said sorry to villagers on Thursday night.",
    ],
    [
      "Rocks from the quarry smashed through three roofs this afternoon, injuring two people.",
      "Two people were hurt when rocks from a quarry blast rained down on five homes yesterday afternoon.",
    ],
    [
      "Six homes in Pontgarreg were evacuated last night as the fire spread.",
      "Families were forced from six homes by Thursday night's fire.",
    ],
    ["A woman hurt in Monday's collapse died Thursday.", "The woman died Thursday at St Mary's Hospital."],
  ])("tells one act in %s and %s", (left, right) => {
    expect(sameAct(left, right)).toBe(true);
  });

  it.each([
    // Two acts on one matter.
    [
      "Harrowfield Council issued a section 114 notice on Tuesday.",
      "Harrowfield Council staff were told on Tuesday that recruitment had been frozen.",
    ],
    // One family, nothing else shared: no sign it is the same act.
    ["A climber died on Ben Nevis on Sunday.", "An angler died on Loch Tay on Sunday."],
    // What answers an act is no telling of it.
    ["Two people were hurt in the blast on Tuesday.", "Police arrested two men on Tuesday."],
  ])("tells two acts in %s and %s", (left, right) => {
    expect(sameAct(left, right)).toBe(false);
  });
});
