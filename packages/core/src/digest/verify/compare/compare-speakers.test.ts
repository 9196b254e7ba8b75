import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

describe("compareSpeakers: a bare 'the company' is the organisation its passage has just named", () => {
  const prices =
    "Dorland Energy said on Thursday that it would cut gas prices by 5% from June. " +
    "The company said the cut would save a typical household £60 a year.";

  it("passes the organisation's name for 'the company', and 'the company' for its name", () => {
    expect(
      checkSupport("The cut would save a typical household £60 a year, Dorland Energy said.", [prices]),
    ).toMatchObject({ verdict: "supported", reasons: [] });
    expect(
      checkSupport("Dorland Energy would cut gas prices by 5% from June, the company said.", [prices]),
    ).toMatchObject({ verdict: "supported", reasons: [] });
  });

  it("still flags another speaker, and a person's name for what 'the company' said", () => {
    expect(
      checkSupport("The cut would save a typical household £60 a year, the regulator said.", [prices]).verdict,
    ).toBe("unsupported");
    const statement = "Ann Moreau said the cut would save a typical household £60 a year.";
    const company = "The company said the cut would save a typical household £60 a year.";
    for (const opening of [
      "Chief executive Ann Moreau said on Thursday that prices would fall.",
      "Ann Moreau said on Thursday that prices would fall. Moreau spoke in Paris.",
      "Ann Moreau said on Thursday that prices would fall, adding that her staff had worked hard.",
    ])
      expect(checkSupport(statement, [`${opening} ${company}`]).verdict).toBe("unsupported");
  });
});

describe("compareSpeakers: 'add' with an amount reports no words", () => {
  it("does not take what a runway 'would add' for something said by the runway", () => {
    const emissions = "Environmental groups said the runway would add 1.2 million tonnes of carbon dioxide a year.";
    expect(
      checkSupport(
        "According to environmental groups, the runway would add 1.2 million tonnes of carbon dioxide a year.",
        [emissions],
      ),
    ).toMatchObject({ verdict: "supported", reasons: [] });
    expect(
      checkSupport("The airport said the runway would add 1.2 million tonnes of carbon dioxide a year.", [emissions])
        .verdict,
    ).toBe("unsupported");
  });
});

describe("compareSpeakers: reported words joined to a narrative sentence", () => {
  const passages = [
    "Residents of Aldmoor voted on Sunday to accept the council's flood-barrier plan after a two-year campaign. " +
      "Council leader Ian Probert said the barrier could be built by 2029. " +
      "Campaign chair Lena Osei said residents had been ready to block the work if the plan was not changed.",
  ];
  it("keeps the speaker of the words taken from a sentence that has one", () => {
    const check = checkSupport(
      "Ian Probert said residents had been ready to block the work before they voted on Sunday to accept the council's flood-barrier plan.",
      passages,
    );
    expect(check.reasons).toContainEqual(expect.stringMatching(/gives this to Campaign chair Lena Osei/));
  });
  it("passes the right speaker joined the same way", () => {
    const check = checkSupport(
      "Lena Osei said residents had been ready to block the work before they voted on Sunday to accept the council's flood-barrier plan.",
      passages,
    );
    expect(check.reasons).not.toContainEqual(expect.stringMatching(/gives this to/));
  });
});

describe("compareSpeakers: a speaker before a relative clause", () => {
  const passage =
    "The harbour board said it had suspended the pilot. " +
    "The pilot, who denies any error, told the Coastal Times he would appeal against the suspension.";

  it("gives 'X, who …, told' to X, so the words cannot be moved to another party", () => {
    const moved = checkSupport("The pilot would appeal against the suspension, the harbour board said.", [passage]);
    expect(moved.verdict).toBe("unsupported");
    expect(moved.reasons).toContain("the passage gives this to The pilot; the sentence gives it to the harbour board");
    expect(checkSupport("The pilot said he would appeal against the suspension.", [passage]).verdict).toBe("supported");
  });
});

describe("compareSpeakers: a named party the passages name but never quote", () => {
  const organ = [
    "The cathedral's director of music, Simon Carrow, said the organ had been silent since a leak damaged its bellows in 2022. " +
      "A rival bidder, Harland & Sons of Bristol, had offered to do the work for £1.1 million.",
  ];
  it("flags words given to a named party that says nothing, and keeps the speaker's own name and office", () => {
    expect(
      checkSupport("Harland & Sons said the organ had been silent since a leak damaged its bellows in 2022.", organ),
    ).toMatchObject({ verdict: "unsupported" });
    expect(
      checkSupport("Simon Carrow said the organ had been silent since a leak damaged its bellows in 2022.", organ)
        .verdict,
    ).toBe("supported");
    expect(
      checkSupport(
        "The organ had been silent since a leak damaged its bellows in 2022, the cathedral's director of music said.",
        organ,
      ).verdict,
    ).toBe("supported");
  });
});

describe("compareSpeakers and a speaker's age in apposition", () => {
  const GROUND = [
    "The club's head coach, Ana Ruiz, 39, said the team would play its home games at the new ground from August.",
    "The club said the move would cost about £4m.",
  ];
  it("keeps the description before the name and age as the speaker's", () => {
    const check = checkSupport(
      "The team would play its home games at the new ground from August, the club's head coach said.",
      GROUND,
    );
    expect(check.reasons.join(" ")).not.toContain("gives this to");
    expect(check.verdict).toBe("supported");
  });

  it("still flags another speaker", () => {
    expect(
      checkSupport("The team would play its home games at the new ground from August, the club's captain said.", GROUND)
        .verdict,
    ).toBe("unsupported");
  });
});

describe("compareSpeakers: the passive of a verb of saying", () => {
  const closure =
    "Renwick District Council said on Friday that it would close the Abbot Lane car park from 1 June to build homes.";

  it("takes the agent after 'by', not the subject, for the speaker", () => {
    const check = checkSupport("The closure of the Abbot Lane car park from 1 June was announced by the council.", [
      closure,
    ]);
    expect(check.reasons.join(" ")).not.toContain("the sentence gives it to The closure");
  });

  it("still flags another agent", () => {
    expect(
      checkSupport("The closure of the Abbot Lane car park from 1 June was announced by the residents' association.", [
        closure,
      ]).verdict,
    ).toBe("unsupported");
  });
});
