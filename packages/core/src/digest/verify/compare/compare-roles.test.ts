import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

const FIGHT =
  "A 20-year-old man was stabbed in the arm outside the Corn Exchange in Wilby on Saturday night, police said.";

describe("compareRoles and a headline's passive", () => {
  it("reads 'man stabbed outside …' as the man undergoing it, not doing it", () => {
    expect(checkSupport("Man stabbed outside Corn Exchange in Wilby.", [FIGHT]).reasons.join(" ")).not.toContain(
      "underwent",
    );
  });

  it("still flags the roles swapped in prose", () => {
    expect(
      checkSupport("Police said the Corn Exchange stabbed a 20-year-old man in the arm.", [
        "Police said a 20-year-old man stabbed the Corn Exchange's doorman in the arm on Saturday night.",
      ]).verdict,
    ).toBe("unsupported");
  });
});
