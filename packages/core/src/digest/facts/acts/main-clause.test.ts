import { describe, expect, it } from "vitest";
import { mainClause } from "./main-clause.js";

describe("mainClause", () => {
  it("leaves out who reports the proposition, before or after it", () => {
    expect(mainClause("The trust said 48,310 patients were waiting for treatment, the board said on Tuesday.")).toBe(
      "48,310 patients were waiting for treatment",
    );
    expect(mainClause("Inspectors found that a bird's nest had blocked the flue.")).toBe(
      "a bird's nest had blocked the flue",
    );
    expect(mainClause("At least 40 homes were destroyed, according to the county.")).toBe(
      "At least 40 homes were destroyed",
    );
  });

  it("leaves out who believes the proposition, not a belief told as an act", () => {
    expect(mainClause("Investigators believe the fire started in a forklift, the harbour master said.")).toBe(
      "the fire started in a forklift",
    );
    expect(mainClause("The men are believed to have left the harbour by boat.")).toBe(
      "The men are believed to have left the harbour by boat",
    );
  });

  it("reads a figure's comma inside a set-off clause as no end of the clause", () => {
    expect(
      mainClause("Staff at the depot, which employs about 1,400 drivers, were told on Monday which routes would go."),
    ).toBe("Staff at the depot were told on Monday which routes would go");
    expect(mainClause("The ferry, a 12,500-tonne vessel, ran aground off Islay on Sunday.")).toBe(
      "The ferry ran aground off Islay on Sunday",
    );
  });

  it("ends the main clause at a semicolon: what follows is another claim", () => {
    expect(
      mainClause("The driver admitted three counts of careless driving in March; he had first denied all five."),
    ).toBe("The driver admitted three counts of careless driving in March");
  });

  it("leaves out a clause of time whose verb has an irregular past", () => {
    expect(mainClause("Firefighters evacuated 30 homes overnight as the blaze spread across the moor.")).toBe(
      "Firefighters evacuated 30 homes overnight",
    );
  });

  it("leaves out what the act was for, told by a verb of its own", () => {
    expect(mainClause("The haulier was fined £40,000 on Monday for overloading its lorries on the A9.")).toBe(
      "The haulier was fined £40,000 on Monday",
    );
    expect(mainClause("Fourteen people were treated for burns at the scene on Monday.")).toBe(
      "Fourteen people were treated for burns at the scene on Monday",
    );
  });

  it("keeps an act that only looks like a report", () => {
    expect(mainClause("The missing capsule was found on Sunday near the road.")).toBe(
      "The missing capsule was found on Sunday near the road",
    );
  });

  it("leaves out set-off descriptions and what follows the main clause", () => {
    expect(
      mainClause("Gary Pruett, 58, who was struck by lightning on Saturday, died on Tuesday at Sandhill hospital."),
    ).toBe("Gary Pruett died on Tuesday at Sandhill hospital");
    expect(
      mainClause("The Scarcliffe Cliff Railway reopened on Wednesday morning after its new brake cable passed tests."),
    ).toBe("The Scarcliffe Cliff Railway reopened on Wednesday morning");
    expect(
      mainClause(
        "A panel expelled 23 students on Thursday over the leaked papers, and suspended two others for a year.",
      ),
    ).toBe("A panel expelled 23 students on Thursday over the leaked papers");
  });

  it("keeps a time put before the clause", () => {
    expect(mainClause("Earlier on Monday, the temperature reached 38.1C at Northolt, forecasters said.")).toBe(
      "Earlier on Monday, the temperature reached 38.1C at Northolt",
    );
  });
});
