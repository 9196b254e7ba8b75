import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

describe("ageVariants: an age told before a name as the passage tells it after", () => {
  const chess = [
    "The federation suspended the Estonian grandmaster Viktor Saar, 34, for two years. " +
      "The club's head coach, Lena Moser, 47, said the team would appeal.",
  ];

  it("passes '34-year-old' and '47-year-old' for 'Saar, 34' and 'Lena Moser, 47'", () => {
    expect(
      checkSupport("The 34-year-old Estonian grandmaster Viktor Saar was suspended for two years.", chess).verdict,
    ).toBe("supported");
    expect(
      checkSupport("The club's 47-year-old head coach, Lena Moser, said the team would appeal.", chess).verdict,
    ).toBe("supported");
  });

  it("still flags a wrong age, and one person's age given to another", () => {
    expect(
      checkSupport("The 43-year-old Estonian grandmaster Viktor Saar was suspended for two years.", chess).verdict,
    ).toBe("unsupported");
    expect(
      checkSupport("The 47-year-old Estonian grandmaster Viktor Saar was suspended for two years.", chess).verdict,
    ).toBe("unsupported");
  });
});
