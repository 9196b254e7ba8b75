import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";
import { analyzeText } from "../reading/index.js";
import { teamRoleVariants } from "./team-role-variants.js";

const MATCH = [
  "Owen Pryce's Glamorgan side lost by six wickets to Kent at Canterbury on Thursday. " +
    'Pryce, who took over in 2023, said his batsmen had been "too timid".',
];
const CLUB = ["Ashvale Rovers, managed by Tessa Lund, beat Holme 2-0 on Saturday. Lund said the win was deserved."];

describe("teamRoleVariants", () => {
  it("names a team's manager or coach by the name alone where the passage tells the team as theirs", () => {
    const passages = MATCH.map(analyzeText);
    expect(
      teamRoleVariants(analyzeText("Glamorgan coach Owen Pryce said his batsmen had been too timid."), passages),
    ).toEqual(["Owen Pryce said his batsmen had been too timid."]);
    expect(teamRoleVariants(analyzeText("The Glamorgan coach, Owen Pryce, took over in 2023."), passages)).toEqual([
      "Owen Pryce took over in 2023.",
    ]);
    expect(
      teamRoleVariants(
        analyzeText("Tessa Lund, the Ashvale Rovers manager, said the win was deserved."),
        CLUB.map(analyzeText),
      ),
    ).toEqual(["Tessa Lund said the win was deserved."]);
  });

  it("leaves a role the possessive does not tell, or another team's", () => {
    const passages = MATCH.map(analyzeText);
    expect(
      teamRoleVariants(analyzeText("Glamorgan captain Owen Pryce said his batsmen were timid."), passages),
    ).toEqual([]);
    expect(teamRoleVariants(analyzeText("Kent coach Owen Pryce said his batsmen were timid."), passages)).toEqual([]);
  });
});

describe("checkSupport with a team's role", () => {
  it("supports the coach named by the team the passage gives him, and not the captain", () => {
    expect(checkSupport("Glamorgan coach Owen Pryce said his batsmen had been too timid.", MATCH).verdict).toBe(
      "supported",
    );
    expect(checkSupport("Kent coach Owen Pryce said his batsmen had been too timid.", MATCH).verdict).toBe(
      "unsupported",
    );
  });
});
