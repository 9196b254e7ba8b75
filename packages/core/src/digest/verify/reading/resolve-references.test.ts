import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";
import { analyzeText } from "./analyze-text.js";
import { resolveReferences } from "./resolve-references.js";

const TRIAL =
  "A jury at Dunmore Crown Court cleared Anna Kessler, 41, of fraud but convicted her of forging a signature.";
const FIRE = "Three firefighters died and 11 were hurt when the roof of the Marlow depot collapsed, the brigade said.";

describe("resolveReferences", () => {
  it("writes out an object pronoun as the one name before it, leaving places aside", () => {
    expect(resolveReferences(analyzeText(TRIAL))?.text).toBe(
      "A jury at Dunmore Crown Court cleared Anna Kessler, 41, of fraud but convicted Anna Kessler of forging a signature.",
    );
  });

  it("gives a bare count the noun of the sentence's earlier count", () => {
    expect(resolveReferences(analyzeText(FIRE))?.text).toBe(
      "Three firefighters died and 11 firefighters were hurt when the roof of the Marlow depot collapsed, the brigade said.",
    );
  });

  it("reads an object pronoun as the earlier verb's object, never its own clause's subject", () => {
    expect(resolveReferences(analyzeText("Karl Dahl met Ivo Marsh on Monday and thanked him."))?.text).toBe(
      "Karl Dahl met Ivo Marsh on Monday and thanked Ivo Marsh.",
    );
  });

  it("leaves a pronoun alone when no object or a nearer name could be meant, and a possessive always", () => {
    expect(resolveReferences(analyzeText("Rita Olsen met the minister and thanked him."))).toBeNull();
    expect(resolveReferences(analyzeText("Rita Olsen called Karl Dahl, then Ivo Marsh, and thanked him."))).toBeNull();
    expect(resolveReferences(analyzeText("Rita Olsen said she had called her lawyer."))).toBeNull();
  });

  it('writes out "its" in a subject as the previous sentence\'s named subject, never "his" or "her"', () => {
    const recall =
      "Vantage Motors recalled 12,000 vans because of a brake fault. Sales of its electric cars rose 8% in the third quarter.";
    expect(resolveReferences(analyzeText(recall))?.text).toContain("Sales of Vantage Motors's electric cars rose");
    expect(
      resolveReferences(analyzeText("Rita Olsen met the minister on Monday. His office said the talks went well.")),
    ).toBeNull();
    // Named before it in its own sentence: the possessive may be that name's.
    expect(
      resolveReferences(analyzeText("Vantage Motors recalled 12,000 vans. Rival Ostra said its sales rose.")),
    ).toBeNull();
  });

  it('writes out a "He" or "She" opening a sentence as the one person the sentence before has as its subject', () => {
    const court =
      "Dara Quill, 52, of Fenmouth, was charged on Monday. He will appear before magistrates in Ardley on Friday.";
    expect(resolveReferences(analyzeText(court))?.text).toContain("Dara Quill will appear before magistrates");
    const firm =
      "The union's general secretary, Mira Sandoval, said the offer from the Harlow Group was too low. She said members would vote next week.";
    expect(resolveReferences(analyzeText(firm))?.text).toContain("Mira Sandoval said members would vote");
    // Brought in with an age, the one person the sentence names is the pronoun's, subject or not.
    const arrest = "Officers arrested Tom Reid, 34, at his flat in Kelby on Friday. He will appear in court today.";
    expect(resolveReferences(analyzeText(arrest))?.text).toContain("Tom Reid will appear in court");
    // A second person in the sentence before (the reported clause's "Pike") leaves the pronoun open.
    const judge = "Judge Ewan Scott said Pike had driven without a break. He was also banned from driving.";
    expect(resolveReferences(analyzeText(judge))).toBeNull();
    // A name that is not the sentence's subject is not what "She" stands for.
    expect(
      resolveReferences(analyzeText("The award went to Lena Marsh of Ardley. She thanked her family.")),
    ).toBeNull();
  });

  it('writes out "their" as a team or body the sentence before has as its subject, and not a plural noun', () => {
    const cup = "Ostrava, managed by Pavel Hrubes, will meet Leeds in the final. Their striker Jan Kolar scored twice.";
    expect(resolveReferences(analyzeText(cup))?.text).toContain("Ostrava's striker Jan Kolar scored twice.");
    expect(resolveReferences(analyzeText("The players were tired. Their coach said so."))).toBeNull();
  });

  it("maps offsets in the written-out text back to the passage", () => {
    const resolved = resolveReferences(analyzeText(FIRE))!;
    const hurt = resolved.text.indexOf("were hurt");
    expect(FIRE.slice(resolved.originalOffset(hurt), resolved.originalOffset(hurt + 9))).toBe("were hurt");
    expect(resolved.originalOffset(resolved.text.indexOf("11"))).toBe(FIRE.indexOf("11"));
  });
});

describe("checkSupport with references written out", () => {
  it("supports a statement that names whom the passage's pronoun stands for", () => {
    expect(checkSupport("The jury convicted Anna Kessler of forging a signature.", [TRIAL]).verdict).toBe("supported");
  });

  it("supports a count given the noun it shares with an earlier count", () => {
    const check = checkSupport("Eleven firefighters were hurt, the brigade said.", [FIRE]);
    expect(check.verdict).toBe("supported");
    // The span is in the passage's own offsets, whatever was written out.
    expect(FIRE.slice(check.spans[0]!.start, check.spans[0]!.end)).toContain("11 were hurt");
  });

  it('supports a statement that names what a later sentence\'s "its" stands for', () => {
    const recall =
      "Vantage Motors recalled 12,000 vans because of a brake fault. Sales of its electric cars rose 8% in the third quarter.";
    expect(checkSupport("Sales of Vantage Motors' electric cars rose 8% in the third quarter.", [recall]).verdict).toBe(
      "supported",
    );
    expect(checkSupport("Sales of Vantage Motors' electric cars rose 9% in the third quarter.", [recall]).verdict).toBe(
      "unsupported",
    );
  });

  it("still flags the wrong figure, the wrong noun and the wrong verdict for the count or the name", () => {
    expect(checkSupport("Three firefighters were hurt, the brigade said.", [FIRE]).verdict).toBe("unsupported");
    expect(checkSupport("Eleven firefighters died, the brigade said.", [FIRE]).verdict).toBe("unsupported");
    expect(checkSupport("The jury convicted Anna Kessler of fraud.", [TRIAL]).verdict).toBe("unsupported");
  });
});

describe("resolveReferences for a surname alone and 'him' after a named subject", () => {
  const transfer = 'Striker Ola Berg joined Hallam Town in May. Berg said the move was "a dream come true".';
  const court =
    "Paul Dorsey, 44, was fined £2,000 on Monday for dangerous driving. " +
    'Magistrate Helen Price told him his driving had been "reckless".';

  it("writes out a surname as the one whole name the passage gives it", () => {
    expect(resolveReferences(analyzeText(transfer))?.text).toBe(
      'Striker Ola Berg joined Hallam Town in May. Ola Berg said the move was "a dream come true".',
    );
    expect(checkSupport('Ola Berg said the move was "a dream come true".', [transfer]).verdict).toBe("supported");
  });

  it("leaves a surname two people share, and a title's name, as written", () => {
    expect(
      resolveReferences(analyzeText("Ola Berg and Tim Berg joined Hallam Town. Berg said it was a dream.")),
    ).toBeNull();
    expect(resolveReferences(analyzeText("Dr Berg joined Hallam Town. Berg said it was a dream."))).toBeNull();
  });

  it("reads 'him' after a named subject as the previous sentence's subject", () => {
    expect(resolveReferences(analyzeText(court))?.text).toContain(
      "Magistrate Helen Price told Paul Dorsey his driving",
    );
    expect(checkSupport('Helen Price told Paul Dorsey his driving had been "reckless".', [court]).verdict).toBe(
      "supported",
    );
    expect(checkSupport('Paul Dorsey told Helen Price his driving had been "reckless".', [court]).verdict).toBe(
      "unsupported",
    );
  });
});

describe("resolveReferences for a bare 'the library' after a name ending in 'Library'", () => {
  const library =
    "Volunteers repaired the Eastgate Community Library in March. " +
    "The council has now agreed to fund the library for five more years.";

  it("writes out 'the library' as the one name ending in 'Library' before it", () => {
    expect(resolveReferences(analyzeText(library))?.text).toContain(
      "agreed to fund the Eastgate Community Library for five more years",
    );
    expect(
      checkSupport("The council has agreed to fund the Eastgate Community Library for five more years.", [library])
        .verdict,
    ).toBe("supported");
  });

  it("leaves it when two names end in that noun", () => {
    expect(
      resolveReferences(
        analyzeText("Eastgate Library and Westgate Library shut in March. The council will fund the library again."),
      ),
    ).toBeNull();
  });
});

describe("resolveReferences for 'The 52-year-old' opening a sentence", () => {
  const arrest =
    "Police arrested taxi driver Omar Haddad in Leeds on Tuesday. The 52-year-old has been charged with careless driving.";

  it("names the one person the sentence before names, keeping the age", () => {
    expect(resolveReferences(analyzeText(arrest))?.text).toContain(
      "Omar Haddad, the 52-year-old has been charged with careless driving.",
    );
    expect(checkSupport("Omar Haddad, 52, has been charged with careless driving.", [arrest]).verdict).toBe(
      "supported",
    );
  });

  it("leaves it when the sentence before names two people", () => {
    const two =
      "Police arrested driver Omar Haddad and passenger Tom Walsh on Tuesday. The 52-year-old has been charged with careless driving.";
    expect(resolveReferences(analyzeText(two))).toBeNull();
    expect(checkSupport("Tom Walsh has been charged with careless driving.", [two]).verdict).toBe("unsupported");
  });
});
