import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

describe("comparePolarity: a modal verb is one that governs a verb", () => {
  it("reads the name or month 'May' as no modal, so the passage's own modal is still compared", () => {
    expect(
      checkSupport("Theresa May said the council approved the plan on Friday.", [
        "Theresa May said the council could approve the plan on Friday.",
      ]).verdict,
    ).toBe("unsupported");
    expect(
      checkSupport("The council approved the plan in May, the mayor said.", [
        "The council may approve the plan in May, the mayor said.",
      ]).verdict,
    ).toBe("unsupported");
    expect(
      checkSupport("The council may approve the plan in May, the mayor said.", [
        "The council approved the plan in May, the mayor said.",
      ]).verdict,
    ).toBe("unsupported");
  });

  it("does not read a lower-cased name as a modal the sentence adds", () => {
    const passage =
      'former minister alan price says theresa may was right to sack him after she became prime minister. "so i entirely accept that sacking me at the time was the right thing to do," said mr price.';
    const check = checkSupport(
      "Alan price has said he accepts that being sacked by theresa may was the right thing to do.",
      [passage],
    );
    expect(check.reasons).toEqual([]);
  });

  it("still reads a modal before a bare verb, past an adverb or 'not'", () => {
    expect(
      checkSupport("The council may have approved the plan on Friday, the mayor said.", [
        "The council approved the plan on Friday, the mayor said.",
      ]).verdict,
    ).toBe("unsupported");
  });

  it("reads a modal before a quotation as governing the quoted verb", () => {
    const letters = 'The curator, Nadia Petrov, said the letters could "change how the war is taught in schools".';
    const firmer = checkSupport('Nadia Petrov said the letters would "change how the war is taught in schools".', [
      letters,
    ]);
    expect(firmer.verdict).toBe("unsupported");
    expect(firmer.reasons.join(" ")).toMatch(/a possibility; the sentence states it as fact/);
    expect(
      checkSupport('Nadia Petrov said the letters could "change how the war is taught in schools".', [letters]).verdict,
    ).toBe("supported");
  });

  it("reads 'would' in a second 'that' clause of a verb of saying as the reported future", () => {
    const appeal =
      "The managing director, Tomas Reyes, said the decision put 64 jobs at risk and that the orchestra would appeal against the decision.";
    expect(checkSupport("The orchestra will appeal against the decision.", [appeal])).toMatchObject({
      verdict: "supported",
      reasons: [],
    });
    // Without a verb of saying before it, "and that … would" is still a possibility.
    const hope =
      "The decision put 64 jobs at risk and that the orchestra would appeal against the decision was likely.";
    expect(checkSupport("The orchestra will appeal against the decision.", [hope]).verdict).toBe("unsupported");
  });

  it("reads 'said it had … and would' as the reported future of the same clause", () => {
    const passage = "The water board said it had closed the reservoir and would test the supply daily.";
    expect(
      checkSupport("The water board closed the reservoir and will test the supply daily.", [passage]),
    ).toMatchObject({
      verdict: "supported",
      reasons: [],
    });
    // Without a verb of saying before it, "and would" is still a possibility.
    const hope = "The water board closed the reservoir and would test the supply daily if staff allowed.";
    expect(checkSupport("The water board closed the reservoir and will test the supply daily.", [hope]).verdict).toBe(
      "unsupported",
    );
  });

  it("reads 'said those evicted would' as the reported future, the participle being the subject's", () => {
    const statement = "The council said those evicted would be offered temporary housing.";
    const would = "The council said it would offer those evicted temporary housing while their cases are heard.";
    expect(checkSupport(statement, [would])).toMatchObject({ verdict: "supported", reasons: [] });
    const could = "The council said it could offer those evicted temporary housing while their cases are heard.";
    expect(checkSupport(statement, [could]).verdict).toBe("unsupported");
  });
});

describe("comparePolarity: an action still being weighed", () => {
  const passage = "The club said it was considering an appeal against the ten-point deduction.";
  it("reads 'was considering an appeal' as undecided, so 'would appeal' states it as decided", () => {
    expect(checkSupport("The club said it would appeal against the ten-point deduction.", [passage]).verdict).toBe(
      "unsupported",
    );
  });
  it("passes the same hedge in other words", () => {
    expect(
      checkSupport("The club said it might appeal against the ten-point deduction.", [passage]).reasons,
    ).not.toContainEqual(expect.stringMatching(/a possibility; the sentence states it as fact/));
  });
});

describe("comparePolarity and reported vows", () => {
  const STAND = [
    "The club's chairman, Rob Deane, said on Monday that the club would rebuild the damaged stand before next season.",
  ];
  it("reads a vow's or a promise's 'would' as the future of reported words, as a 'said' one", () => {
    for (const verb of ["vowed", "promised", "pledged"])
      expect(
        checkSupport(
          `The club's chairman, Rob Deane, ${verb} that the club would rebuild the damaged stand before next season.`,
          STAND,
        ).verdict,
        verb,
      ).toBe("supported");
  });

  it("does not read a vow's 'would' as a possibility the quoted 'will' lacks", () => {
    const quoted = [
      '"We will rebuild the damaged stand before next season," the club\'s chairman, Rob Deane, said on Monday.',
    ];
    for (const verb of ["vowed", "promised", "pledged"])
      expect(
        checkSupport(
          `Rob Deane ${verb} that they would rebuild the damaged stand before next season.`,
          quoted,
        ).reasons.join(" "),
        verb,
      ).not.toContain('"would"');
  });

  it("still flags the vow given to someone else", () => {
    expect(
      checkSupport("The club's captain vowed that the club would rebuild the damaged stand before next season.", STAND)
        .verdict,
    ).toBe("unsupported");
  });
});

describe("comparePolarity: a denial just past the words found", () => {
  const ferry = [
    "The ferry's ramp jammed on Tuesday morning, forcing the first three sailings to leave without it. " +
      "Engineers repaired it by noon.",
  ];
  it("reads 'without' the passage has right after the found words as the passage's, and flags one it lacks", () => {
    const kept = checkSupport(
      "The first three sailings had to leave without the ferry's ramp on Tuesday morning.",
      ferry,
    );
    expect(kept.reasons.join(" ")).not.toContain('adds "without"');
    const added = checkSupport("Engineers repaired the ferry's ramp without delay by noon.", ferry);
    expect(added.reasons.join(" ")).toContain('adds "without"');
  });
});
