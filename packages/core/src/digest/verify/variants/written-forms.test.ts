import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";
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

describe("inPassageForms for percentages, initialisms, clock times and ages", () => {
  it("writes each in its passage's notation when the value is the same", () => {
    expect(inPassageForms("rose to 5.2 per cent", ["rose to 5.2%"])).toBe("rose to 5.2%");
    expect(inPassageForms("The U.N. said", ["The UN said"])).toBe("The UN said");
    expect(inPassageForms("The US said", ["The U.S. said"])).toBe("The U.S. said");
    expect(inPassageForms("held at 15:00", ["held at 3pm"])).toBe("held at 3pm");
    expect(inPassageForms("held at 3 p.m.", ["held at 3pm"])).toBe("held at 3pm");
    expect(inPassageForms("a man aged 25 was held", ["a 25-year-old man was held"])).toBe("a 25-year-old man was held");
    expect(inPassageForms("has 1,200,000 residents", ["has 1.2 million residents"])).toBe("has 1.2 million residents");
  });

  it("leaves another value, measure, body, hour, person or age as written, and a pronoun alone", () => {
    expect(inPassageForms("rose 5.2 percentage points", ["rose 5.2%"])).toBe("rose 5.2 percentage points");
    expect(inPassageForms("rose to 5.3 per cent", ["rose to 5.2%"])).toBe("rose to 5.3 per cent");
    expect(inPassageForms("The EU said", ["The UN said"])).toBe("The EU said");
    expect(inPassageForms("held at 13:00", ["held at 3pm"])).toBe("held at 13:00");
    expect(inPassageForms("held at 3am", ["held at 3pm"])).toBe("held at 3am");
    expect(inPassageForms("a woman aged 25 was held", ["a 25-year-old man was held"])).toBe("a woman aged 25 was held");
    expect(inPassageForms("a man aged 52 was held", ["a 25-year-old man was held"])).toBe("a man aged 52 was held");
    expect(inPassageForms("They told us", ["The U.S. said"])).toBe("They told us");
    expect(inPassageForms("has 1,300,000 residents", ["has 1.2 million residents"])).toBe("has 1,300,000 residents");
    expect(inPassageForms("has 1.2 billion residents", ["has 1.2 million residents"])).toBe(
      "has 1.2 billion residents",
    );
  });
});

describe("inPassageForms for a person's second reference", () => {
  it('writes "Mr Reyes" as the one "Tom Reyes" its passages name', () => {
    expect(inPassageForms("Mr Reyes said", ["Chief executive Tom Reyes said"])).toBe("Tom Reyes said");
    expect(inPassageForms("Mrs Costa said", ["Maria Costa, the council leader, said"])).toBe("Maria Costa said");
  });

  it("leaves a surname the passages do not give, or give to two people, as written", () => {
    expect(inPassageForms("Mr Ortiz said", ["Chief executive Tom Reyes said"])).toBe("Mr Ortiz said");
    expect(inPassageForms("Mr Reyes said", ["Tom Reyes and his sister Ana Reyes said"])).toBe("Mr Reyes said");
    expect(inPassageForms("Mr Reyes said", ["Mr Reyes, Tom Reyes's father, said"])).toBe("Mr Reyes said");
  });

  it("supports the second reference and still flags what it is said to have said wrongly", () => {
    const passage = ["Chief executive Tom Reyes said sales at Dorvan had risen by 10% this year."];
    expect(checkSupport("Mr Reyes said sales at Dorvan had risen by 10% this year.", passage).verdict).toBe(
      "supported",
    );
    expect(checkSupport("Mr Reyes said sales at Dorvan had fallen by 10% this year.", passage).verdict).toBe(
      "unsupported",
    );
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

  it("supports a percentage, initialism, clock time or age written otherwise", () => {
    const cases: Array<[string, string]> = [
      [
        "Unemployment in Ostria rose to 5.2% in March, the statistics office said.",
        "Unemployment in Ostria rose to 5.2 per cent in March, the statistics office said.",
      ],
      ["The U.N. said the aid convoy reached Kessa on Monday.", "The UN said the aid convoy reached Kessa on Monday."],
      [
        "The council meeting was held at 3pm on Friday at the town hall.",
        "The council meeting was held at 15:00 on Friday at the town hall.",
      ],
      [
        "Police said a 25-year-old man had been arrested in Tennby.",
        "Police said a man aged 25 had been arrested in Tennby.",
      ],
      [
        "Ostria has 1.2 million residents, according to the census.",
        "Ostria has 1,200,000 residents, according to the census.",
      ],
    ];
    for (const [passage, statement] of cases) expect(checkSupport(statement, [passage]).verdict).toBe("supported");
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

describe("inPassageForms for small counts and named spans", () => {
  it("writes a count in words or digits as its passage writes the same count", () => {
    expect(inPassageForms("Forty-two people were rescued.", ["Rescuers reached 42 people."])).toBe(
      "42 people were rescued.",
    );
    expect(inPassageForms("The 12 miners were freed.", ["All twelve miners were freed."])).toBe(
      "The twelve miners were freed.",
    );
    expect(inPassageForms("He served as mayor for ten years.", ["He served as mayor for a decade."])).toBe(
      "He served as mayor for a decade.",
    );
    expect(inPassageForms("The trial lasted a fortnight.", ["The trial lasted two weeks."])).toBe(
      "The trial lasted two weeks.",
    );
  });

  it("leaves another count, a pronoun 'one', a score, a decimal and a sum as written", () => {
    expect(inPassageForms("Forty-three people were rescued.", ["Rescuers reached 42 people."])).toBe(
      "Forty-three people were rescued.",
    );
    expect(inPassageForms("One of them was hurt.", ["1 man was hurt."])).toBe("One of them was hurt.");
    expect(inPassageForms("They won by three goals.", ["They won 3-1."])).toBe("They won by three goals.");
    expect(inPassageForms("It rose by four points.", ["It rose 4.5 points."])).toBe("It rose by four points.");
    expect(inPassageForms("It cost five pounds.", ["It cost £5."])).toBe("It cost five pounds.");
    expect(inPassageForms("He served for eleven years.", ["He served for a decade."])).toBe(
      "He served for eleven years.",
    );
  });
});

describe("inPassageForms for a weekday", () => {
  const VOTE = [
    "The members of the Brayford parish council voted to sell the village hall on 14 April 2026, the clerk said.",
  ];
  it("writes a weekday as the one full date of the passages that falls on it", () => {
    expect(inPassageForms("The parish council voted on Tuesday to sell the hall.", VOTE)).toBe(
      "The parish council voted on 14 April 2026 to sell the hall.",
    );
    expect(
      checkSupport("The members of the Brayford parish council voted to sell the village hall on Tuesday.", VOTE)
        .verdict,
    ).toBe("supported");
  });

  it("leaves another weekday as written, for the dates to compare", () => {
    expect(inPassageForms("The parish council voted on Wednesday to sell the hall.", VOTE)).toBe(
      "The parish council voted on Wednesday to sell the hall.",
    );
    const check = checkSupport(
      "The members of the Brayford parish council voted to sell the village hall on Wednesday.",
      VOTE,
    );
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons.join(" ")).toContain("14 April 2026");
  });
});
