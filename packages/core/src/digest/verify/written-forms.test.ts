import { describe, expect, it } from "vitest";
import { checkSupport } from "./check-support.js";
import { inPassageForms } from "./written-forms.js";

describe("inPassageForms", () => {
  it("writes a date in the order, spelling and suffix its passage uses for the same day", () => {
    expect(inPassageForms("The depot will close on March 14.", ["It closes on 14 March."])).toBe(
      "The depot will close on 14 March.",
    );
    expect(inPassageForms("It opened on 3 June 2024.", ["It opened on June 3rd, 2024."])).toBe(
      "It opened on June 3rd, 2024.",
    );
    expect(inPassageForms("It opened on the 3rd of June.", ["It opened on June 3, 2024."])).toBe(
      "It opened on June 3.",
    );
  });

  it("writes a sum in its passage's notation when the currency, amount and magnitude agree", () => {
    expect(inPassageForms("a £2 billion plan", ["a £2bn plan"])).toBe("a £2bn plan");
    expect(inPassageForms("paid $45m", ["paid $45 million"])).toBe("paid $45 million");
    expect(inPassageForms("worth 1.5bn euros", ["worth 1.5 billion euros"])).toBe("worth 1.5 billion euros");
  });

  it("leaves another day, year, amount, currency or magnitude as written", () => {
    expect(inPassageForms("on March 15", ["on 14 March"])).toBe("on March 15");
    expect(inPassageForms("on March 14, 2026", ["on 14 March 2025"])).toBe("on March 14, 2026");
    expect(inPassageForms("a £3 billion plan", ["a £2bn plan"])).toBe("a £3 billion plan");
    expect(inPassageForms("a $2 billion plan", ["a £2bn plan"])).toBe("a $2 billion plan");
    expect(inPassageForms("a £2 million plan", ["a £2bn plan"])).toBe("a £2 million plan");
  });
});

describe("checkSupport with a date or sum in another notation", () => {
  const closure = ["Harwick Foods will close its bakery in Tennby on 14 March, the company said."];
  const budget = ["The government has announced a £2bn investment in rural bus routes."];

  it("supports the same day or sum written otherwise", () => {
    expect(
      checkSupport("Harwick Foods will close its bakery in Tennby on March 14, the company said.", closure).verdict,
    ).toBe("supported");
    expect(
      checkSupport("The government has announced a £2 billion investment in rural bus routes.", budget).verdict,
    ).toBe("supported");
  });

  it("still flags another day or sum", () => {
    expect(
      checkSupport("Harwick Foods will close its bakery in Tennby on March 15, the company said.", closure).verdict,
    ).toBe("unsupported");
    expect(
      checkSupport("The government has announced a £2 million investment in rural bus routes.", budget).verdict,
    ).toBe("unsupported");
  });
});
