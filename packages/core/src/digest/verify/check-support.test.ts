import { describe, expect, it } from "vitest";
import { checkSupport } from "./check-support.js";

const passage =
  "Hamas rejected Israel's offer on Monday, officials said. The ministry said two million people had been displaced. " +
  "Unemployment rose to 9% in March 2024. Netanyahu may sign the deal next week. " +
  "The agreement was not signed by the mediators. Sinwar said: “We will not surrender.”";

const reasonsOf = (statement: string) => checkSupport(statement, [passage]);

describe("checkSupport", () => {
  it("passes a verbatim copy with score 1 and a close paraphrase", () => {
    expect(reasonsOf("Hamas rejected Israel's offer on Monday, officials said.")).toMatchObject({
      verdict: "supported",
      score: 1,
      reasons: [],
    });
    expect(reasonsOf("The ministry said 2 million people had been displaced.").verdict).toBe("supported");
  });

  it("catches swapped roles around the same verb", () => {
    const check = reasonsOf("Israel rejected Hamas's offer on Monday.");
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons.join(" ")).toMatch(/the passage says Hamas rejected .*; the sentence says Israel did/);
  });

  it("catches dropped negation and modality", () => {
    expect(reasonsOf("The agreement was signed by the mediators.").reasons.join(" ")).toMatch(/leaves out "not"/);
    expect(reasonsOf("Netanyahu signed the deal next week.").reasons.join(" ")).toMatch(/a possibility/);
  });

  it("compares numbers with their units and number words", () => {
    expect(reasonsOf("Unemployment rose to 9 in March 2024.").reasons.join(" ")).toMatch(/not the same measure/);
    expect(reasonsOf("The ministry said three million people had been displaced.").reasons.join(" ")).toMatch(
      /three million/,
    );
  });

  it("reads a bound by the amount it bounds: more than 100 for 116, not for 90 or 400", () => {
    const grave = ["Prosecutors began exhuming 116 bodies from a mass grave in Morelos on Monday."];
    const bounded = (statement: string) => checkSupport(statement, grave).reasons.join(" ");
    expect(bounded("Prosecutors began exhuming more than 100 bodies from a mass grave in Morelos on Monday.")).toBe("");
    expect(bounded("Prosecutors began exhuming almost 120 bodies from a mass grave in Morelos on Monday.")).toBe("");
    expect(bounded("Prosecutors began exhuming more than 120 bodies from a mass grave in Morelos on Monday.")).toMatch(
      /120/,
    );
    expect(bounded("Prosecutors began exhuming more than 50 bodies from a mass grave in Morelos on Monday.")).toMatch(
      /50/,
    );
    expect(bounded("Prosecutors began exhuming 100 bodies from a mass grave in Morelos on Monday.")).toMatch(/100/);
  });

  it("reads the same bound in other words as that bound, not another figure", () => {
    const frog = ["The frog was found only at altitudes above 2,500 metres."];
    const bounded = (statement: string) => checkSupport(statement, frog);
    expect(bounded("The frog was found only at altitudes of more than 2,500 metres.").verdict).toBe("supported");
    expect(bounded("The frog was found only at altitudes of more than 3,000 metres.").verdict).toBe("unsupported");
    expect(bounded("The frog was found only at altitudes of more than 2,000 metres.").verdict).toBe("unsupported");
    expect(bounded("The frog was found only at altitudes of less than 2,500 metres.").verdict).toBe("unsupported");
  });

  it("reads a score or tally written as one figure by both its numbers", () => {
    const final = [
      "Mazembe beat Bejaia 4-1 in Lubumbashi on Sunday. The first leg had ended 1-1. Three fans were hurt.",
    ];
    expect(checkSupport("Mazembe beat Bejaia 3-1 in Lubumbashi on Sunday.", final).reasons).toEqual([
      "the sentence says 3-1; the cited passage says 4-1",
    ]);
    expect(checkSupport("Mazembe beat Bejaia 4-1 in Lubumbashi on Sunday.", final).verdict).toBe("supported");
    // A tokenised corpus's "4 - 1" is the same figure; "7 votes to 2" says "7-2" in words.
    expect(
      checkSupport("Mazembe beat Bejaia 4-1 in Lubumbashi on Sunday.", [final[0]!.replace("4-1", "4 - 1")]).verdict,
    ).toBe("supported");
    expect(
      checkSupport("The council approved the bridge 7-2 on Monday.", [
        "The council approved the bridge on Monday by 7 votes to 2.",
      ]).reasons.join(" "),
    ).not.toMatch(/7-2/);
  });

  it("compares dates", () => {
    const check = reasonsOf("Hamas rejected Israel's offer on Tuesday, officials said.");
    expect(check.reasons).toContain("the sentence says Tuesday; the cited passage says Monday");
    expect(reasonsOf("Unemployment rose to 9% in March 2023.").reasons.join(" ")).toMatch(/2023/);
  });

  it("checks a quote's words and its speaker", () => {
    expect(reasonsOf("Netanyahu said: ‘We will not surrender.’").reasons.join(" ")).toMatch(
      /gives these words to Sinwar; the sentence gives them to Netanyahu/,
    );
    expect(reasonsOf("Sinwar said: 'We will never surrender.'").reasons.join(" ")).toMatch(/not verbatim/);
  });

  it("finds a quote's speaker named after a description of them, and the whole quotation's speaker for a part of it", () => {
    const passages = [
      "“We are thrilled,” said Zadan and Meron jointly. “It is an honor to welcome back Ellen DeGeneres as the host of the year,” said ABC Entertainment Group prexy Paul Lee.",
      '"The line got off to a strong start," Target spokesman Joshua Thomas said.',
      '"This balanced budget is an important first step," said Republican Senate Budget Chairman Mike Enzi.',
    ];
    const quote = (text: string, speaker: string) => checkSupport(text, passages, { kind: "quote", speaker });
    expect(quote("It is an honor to welcome back Ellen DeGeneres as the host of the year", "Paul Lee").reasons).toEqual(
      [],
    );
    expect(quote("The line got off to a strong start", "Joshua Thomas").reasons).toEqual([]);
    expect(quote("This balanced budget is an important first step", "Mike Enzi").reasons).toEqual([]);
    expect(quote("It is an honor to welcome back Ellen DeGeneres", "Zadan").reasons).toEqual([
      "the passage gives these words to Paul Lee; the sentence gives them to Zadan",
    ]);
    expect(quote("The line got off to a strong start", "Halle Berry").verdict).toBe("unsupported");
    // A military title abbreviated before the name is no name of its own.
    const admiral = ["“We are focused on the safety of the ship,” said Adm. Scott Swift, commander of the fleet."];
    expect(
      checkSupport("We are focused on the safety of the ship", admiral, { kind: "quote", speaker: "Scott Swift" })
        .reasons,
    ).toEqual([]);
    // A speaker the passage only describes ("a Nazi war criminal") cannot be told from another description.
    const described = ["‘I was not a responsible leader,’ writes Nazi war criminal in a personal petition."];
    expect(
      checkSupport("I was not a responsible leader", described, { kind: "quote", speaker: "Adolf Eichmann" }).verdict,
    ).toBe("supported");
    // A word of time between the verb and the quotation does not hide the speaker.
    expect(reasonsOf("Netanyahu said: “We will not surrender.”").reasons.join(" ")).toMatch(
      /gives these words to Sinwar/,
    );
    const yesterday = ["Sinwar said yesterday: “We will not surrender.”"];
    expect(checkSupport("We will not surrender", yesterday, { kind: "quote", speaker: "Netanyahu" }).verdict).toBe(
      "unsupported",
    );
  });

  it("reads a tokenised corpus's decimals, initials and elided names as they are written normally", () => {
    const tokenised = [
      "Scientists found that dog one got it right in 98. 7 per cent of cases. The clip begins with mum, american teri o' neil, 30, asking her daughter. U. S. District court judge jon tigar ruled on Friday.",
    ];
    for (const statement of [
      "Dog one got it right in 98.7 per cent of cases.",
      "American teri o'neil, 30, asked her daughter.",
      "U.S. District court judge jon tigar ruled on Friday.",
    ])
      expect(checkSupport(statement, tokenised), statement).toMatchObject({ verdict: "supported", reasons: [] });
    expect(checkSupport("Dog one got it right in 98.9 per cent of cases.", tokenised).reasons.join(" ")).toMatch(
      /98\.9/,
    );
    // A year closing a sentence is no integer part: the next sentence's figure stays its own.
    const years = ["The club was founded in 1998. 7 members left in the first year."];
    expect(checkSupport("The club was founded in 1998.7.", years).verdict).toBe("unsupported");
  });

  it("gives a coordinated verb phrase its sentence's subject, and a pronoun's predicate its antecedent past an adverb", () => {
    for (const [statement, passage] of [
      [
        "The coach has no plans to leave the club.",
        "The coach insists he is better than many rivals but has no plans to leave the club.",
      ],
      [
        "The striker would go on to win 26 caps.",
        "The striker broke on to the scene as a teenager and would go on to win 26 caps.",
      ],
      [
        "The council's new leader ordered a review of the budget.",
        "The council's new leader arrived in May to find the accounts in disarray. She immediately ordered a review of the budget.",
      ],
    ] as const)
      expect(checkSupport(statement, [passage]), statement).toMatchObject({ verdict: "supported", reasons: [] });
    // The verb after "and" belongs to the nearer subject: the talks were suspended, not the minister.
    expect(
      checkSupport("The minister was suspended.", ["The minister said the talks failed and were suspended."]).verdict,
    ).toBe("unsupported");
  });

  it("leaves out a participle that works as a preposition like any modifier, not as a clause", () => {
    const passage = ["The manager is under pressure following the cup semi-final defeat by Aston Villa."];
    expect(checkSupport("The manager is under pressure after the cup semi-final defeat.", passage)).toMatchObject({
      verdict: "supported",
      reasons: [],
    });
  });

  it("gives what follows a relative pronoun to the noun before it, not to a name taken from elsewhere", () => {
    const passage = [
      "Wolfsburg lost 2-0 at home on Saturday. The result means Bayern, who beat Hertha Berlin 1-0 on Saturday to go 15 points clear, have taken the title.",
    ];
    const swapped = checkSupport("Wolfsburg beat Hertha Berlin 1-0 on Saturday to go 15 points clear.", passage);
    expect(swapped.verdict).toBe("unsupported");
    expect(swapped.reasons).toContain('the cited passages name "Wolfsburg", but not in what they say here');
    expect(checkSupport("Bayern beat Hertha Berlin 1-0 on Saturday to go 15 points clear.", passage).verdict).toBe(
      "supported",
    );
    // The antecedent named more fully elsewhere is still the antecedent.
    const wedding = [
      "Kim Sears was seen in Miami on Tuesday. Kim, who will marry her long-term partner later this month, watched the match.",
    ];
    expect(checkSupport("Kim Sears will marry her long-term partner later this month.", wedding).verdict).toBe(
      "supported",
    );
  });

  it("passes a long sentence in other words whose every content word and fact the passages give, not one with a word, figure or doer changed", () => {
    const library = [
      "The council voted on Tuesday night to close the old library on Mill Street. Councillors said the building had become too expensive to heat and repair. Dozens of residents who use the library protested outside the town hall before the vote.",
    ];
    const ferry = [
      "Halvorsen Shipping said on Monday it had agreed to buy its smaller rival Brekke Lines for 40 million euros. The deal, which regulators must still approve, would make Halvorsen the largest ferry operator on the coast.",
    ];
    const rewrite = (statement: string, passages: string[]) => checkSupport(statement, passages);
    expect(
      rewrite(
        "The council has voted to close an old library in Mill Street because the building is too expensive to heat and repair.",
        library,
      ),
    ).toMatchObject({ verdict: "supported", reasons: [] });
    const deal =
      "Ferry operator Halvorsen Shipping has agreed a deal to buy the smaller Brekke Lines for 40 million euros, which regulators must approve.";
    expect(rewrite(deal, ferry).verdict).toBe("supported");
    // A word the passages never use, another figure, the doer and the one done to swapped, a short splice.
    expect(rewrite(deal.replace("buy", "sell"), ferry).verdict).toBe("unsupported");
    expect(rewrite(deal.replace("40", "45"), ferry).reasons).toEqual([
      "the sentence says 45 million; the cited passage says 40 million",
    ]);
    const swapped =
      "Ferry operator Brekke Lines has agreed a deal to buy the smaller Halvorsen Shipping for 40 million euros, which regulators must approve.";
    expect(rewrite(swapped, ferry).verdict).toBe("unsupported");
    expect(rewrite("Councillors voted to close the town hall.", library).verdict).toBe("unsupported");
  });

  it("names content the passages do not have", () => {
    const check = reasonsOf("Hamas rejected Israel's offer on Monday after it was signed by Qatar, officials said.");
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons.join(" ")).toMatch(/Qatar/);
  });

  it("passes an editor's compressions, moved phrases and attributions, and the other voice", () => {
    const bridge = ["The council approved the new bridge on Monday by 7 votes to 2."];
    const river = ["About 40,000 people cross the river every day, the mayor said."];
    for (const [statement, passages] of [
      ["The council approved the bridge by 7 votes to 2.", bridge],
      ["On Monday the council approved the new bridge.", bridge],
      ["The new bridge was approved by the council on Monday.", bridge],
      ["The mayor said about 40,000 people cross every day.", river],
      ["According to the mayor, about 40,000 people cross the river every day.", river],
    ] as const)
      expect(checkSupport(statement, passages), statement).toMatchObject({ verdict: "supported", reasons: [] });
  });

  it("keeps roles in the other voice and the speaker of reported speech", () => {
    const bridge = ["The council approved the new bridge on Monday by 7 votes to 2."];
    expect(checkSupport("The council was approved by the new bridge on Monday.", bridge).verdict).toBe("unsupported");
    const strike = [
      "Union leader Maria Costa said the strike would continue. The chief executive, Tom Reeve, said most operations had gone ahead.",
    ];
    const check = checkSupport("Tom Reeve said the strike would continue.", strike);
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons).toContain(
      "the passage gives this to Union leader Maria Costa; the sentence gives it to Tom Reeve",
    );
    expect(checkSupport("The strike will continue, Maria Costa said.", strike).verdict).toBe("supported");
  });

  it("flags a headline that is a section label or names a topic with no verb, even when a passage holds its words", () => {
    const strike = "Dockworkers at the Port of Halden ended their nine-day strike on Tuesday.";
    const headline = (text: string) => checkSupport(text, [strike], { kind: "headline" });
    expect(headline("Port of Halden")).toMatchObject({
      verdict: "unsupported",
      reasons: ["has no verb: it names a topic instead of saying what happened"],
    });
    expect(headline("Halden dockworkers: Live Updates").reasons[0]).toBe(
      'reads as a section label ("Live Updates"), not news',
    );
    expect(headline("Analysis: Halden dockworkers end strike").reasons[0]).toBe(
      'reads as a section label ("Analysis"), not news',
    );
    expect(headline("Halden dockworkers end nine-day strike")).toMatchObject({ verdict: "supported", reasons: [] });
  });

  it("reads an outlet's title in headlinese as its passage's, but no word, figure, negation or deed the passage lacks", () => {
    const threat =
      "The union representing 4,000 workers at carmaker Velora threatened on Monday to strike over pay after talks with management broke down.";
    const title = (text: string) => checkSupport(text, [threat], { kind: "title" });
    // Read as a sentence, the dropped article and the name before its noun cost too much.
    expect(checkSupport("Velora union threatens strike over pay", [threat]).verdict).toBe("unsupported");
    expect(title("Velora union threatens strike over pay")).toMatchObject({ verdict: "supported", reasons: [] });
    for (const unsupported of [
      "Velora union calls off strike over pay",
      "Velora union threatens strike over pensions",
      "Velora union does not threaten strike over pay",
      "Velora union threatens strike over 5,000 jobs",
      "Velora union strikes over pay",
      "Velora union to strike over pay",
    ])
      expect(title(unsupported).verdict, unsupported).toBe("unsupported");
  });

  it("gives quoted words to whom the passage gives them, a described speaker too, unless a cited sentence ties the two", () => {
    const quoted = "“This is a fair result for workers,” union leader Mara Solvik said after the vote.";
    const minister = "The transport minister urged both sides to settle.";
    const wrong = checkSupport("“This is a fair result for workers,” the transport minister said.", [quoted, minister]);
    expect(wrong.reasons).toContain(
      "the passage gives these words to union leader Mara Solvik; the sentence gives them to transport minister",
    );
    const called = checkSupport("The transport minister called the vote “a fair result for workers”.", [
      "Union leader Mara Solvik called the vote a fair result for workers.",
      minister,
    ]);
    expect(called.reasons).toContain(
      "the passage gives these words to Union leader Mara Solvik; the sentence gives them to transport minister",
    );
    // A description the passage ties to the name, or a pronoun it cannot tell, is not a wrong speaker.
    const tied = checkSupport("The union leader said: “This is a fair result for workers.”", [quoted]);
    expect(tied.reasons.join(" ")).not.toMatch(/gives these words/);
    const chair = checkSupport("The union's chair said: “This is a fair result for workers.”", [
      "“This is a fair result for workers,” Solvik said.",
      "Mara Solvik, the union's chair, spoke after the vote.",
    ]);
    expect(chair.reasons.join(" ")).not.toMatch(/gives these words/);
    const pronoun = checkSupport("The transport minister said: “This is a fair result for workers.”", [
      "“This is a fair result for workers,” she said.",
      minister,
    ]);
    expect(pronoun.reasons.join(" ")).not.toMatch(/gives these words/);
  });

  it('reads ", and" as the start of another clause, and a hyphen inside a word or score as no aside', () => {
    const fixtures = "Riverside beat Northgate 3-1 on Saturday, and Eastfield drew 2-2 with Westham on Sunday.";
    // The other clause's day is not this one's, though only a comma and a score's hyphen stand between.
    expect(checkSupport("Riverside beat Northgate 3-1 on Sunday.", [fixtures]).verdict).toBe("unsupported");
    expect(checkSupport("Riverside beat Northgate 3-1 on Saturday.", [fixtures]).verdict).toBe("supported");
    // A compound left out before its noun is a modifier ("long-running" holds no verb of a clause).
    const dispute = "The union ended its long-running dispute with the port on Friday.";
    expect(checkSupport("The union ended its dispute with the port on Friday.", [dispute]).verdict).toBe("supported");
  });

  it("closes an aside at the mark that opened it, not at a dash or hyphen inside it", () => {
    // "Nadia Brook, who … long - term partner …, cheered … watching Tom Hale beat": she watched, he beat.
    const spaced =
      "Nadia Brook, who will marry her long - term partner next month, cheered from the stands watching Tom Hale beat Ivan Petrov in the final.";
    const dashed =
      "Nadia Brook, who will marry her partner – a former rower – next month, cheered from the stands watching Tom Hale beat Ivan Petrov in the final.";
    for (const final of [spaced, dashed]) {
      expect(checkSupport("Nadia Brook and Tom Hale beat Ivan Petrov in the final.", [final]).verdict).toBe(
        "unsupported",
      );
      expect(checkSupport("Tom Hale beat Ivan Petrov in the final.", [final]).verdict).toBe("supported");
      expect(checkSupport("Nadia Brook cheered from the stands.", [final]).verdict).toBe("supported");
    }
  });

  it("does not pass what someone wanted, was willing or voted to do, told as done", () => {
    const harbour =
      "Elena Marsh said she can't wait to teach her grandchildren to sail. " +
      "The Harbour Trust is offering free moorings to families willing to live on the island all year. " +
      "Councillors voted on Monday to close the Dunmore library, but the mayor managed to save the town museum.";
    const told = (statement: string) => checkSupport(statement, [harbour]);
    const cannot = told("Elena Marsh said she can't teach her grandchildren to sail.");
    expect(cannot.verdict).toBe("unsupported");
    expect(cannot.reasons).toContain('the passage says "wait to teach"; the sentence tells "teach" as done');
    expect(
      told("The Harbour Trust is offering free moorings to families living on the island all year.").reasons,
    ).toEqual(['the passage says "willing to live"; the sentence tells "living" as done']);
    expect(told("Councillors closed the Dunmore library on Monday.").reasons).toContain(
      'the passage says "voted on Monday to close"; the sentence tells "closed" as done',
    );
    // What the passage tells as done ("managed to save"), or the sentence keeps as intended, passes.
    expect(told("The mayor saved the town museum.").reasons.join(" ")).not.toMatch(/as done/);
    expect(told("Councillors voted to close the Dunmore library on Monday.").verdict).toBe("supported");
    expect(told("Elena Marsh can't wait to teach her grandchildren to sail.").verdict).toBe("supported");
  });

  it("does not give a place the passage states once to two things", () => {
    const hiding =
      "Police said Dale Hume had been hiding in Spain, but it is believed he based himself in the Netherlands after officers raided a villa near Malaga last month.";
    const twice = checkSupport("Dale Hume had been hiding in Spain but it is believed he based himself in Spain.", [
      hiding,
    ]);
    expect(twice.verdict).toBe("unsupported");
    expect(twice.reasons).toContain('says "in Spain" of two things; the passage says it once ("hiding in Spain")');
    expect(
      checkSupport("Dale Hume had been hiding in Spain, but it is believed he based himself in the Netherlands.", [
        hiding,
      ]).verdict,
    ).toBe("supported");
    expect(checkSupport("Dale Hume had been hiding in Spain, police said.", [hiding]).verdict).toBe("supported");
  });

  it("does not pass a rank left out of what the passage ranks", () => {
    const ranked =
      "Kestrel Bank, the country's second-largest lender, said on Tuesday that its profits rose 12% last year. " +
      "Orla Finch is one of the most decorated riders in the sport. " +
      "Fizzle, which did not exist five years ago, is the fastest-growing big brand of soft drink in Ireland.";
    const rank = (statement: string) => checkSupport(statement, [ranked]);
    expect(rank("Kestrel Bank, the country's largest lender, said its profits rose 12% last year.").reasons).toContain(
      `the passage says "'s second-largest lender"; the sentence leaves out "second"`,
    );
    expect(rank("Orla Finch is the most decorated rider in the sport.").reasons.join(" ")).toMatch(
      /the passage says "one of the most.*"; the sentence leaves out "one of"/,
    );
    expect(rank("Fizzle is the big brand of soft drink in Ireland.").reasons).toContain(
      'the passage says "the fastest-growing big brand"; the sentence leaves out "fastest"',
    );
    // Leaving out the whole description, or a word that ranks nothing, is a compression.
    expect(rank("Kestrel Bank said its profits rose 12% last year.").verdict).toBe("supported");
    expect(rank("Fizzle is the fastest-growing brand of soft drink in Ireland.").verdict).toBe("supported");
    expect(rank("Orla Finch is one of the most decorated riders.").verdict).toBe("supported");
  });

  it("does not give one person details a passage sentence tells about another", () => {
    const road =
      "Trinity Gale was sitting in the road after an argument with her mother when she was hit by a car, police said. " +
      "Dana Miller, 24, was arrested by sheriff's deputies at her home in Orlando on Thursday after turning herself in and was released on bail of $3,500.";
    const stitched = checkSupport(
      "Dana Miller, 24, was arrested by sheriff's deputies at her home in Orlando on Thursday after an argument with her mother.",
      [road],
    );
    expect(stitched.verdict).toBe("unsupported");
    expect(stitched.reasons).toContain(
      'says "after an argument with…" of Miller; the passage says "after an argument with her mother" of Gale',
    );
    expect(
      checkSupport(
        "Dana Miller, 24, was arrested by sheriff's deputies at her home in Orlando on Thursday and was released on bail.",
        [road],
      ).verdict,
    ).toBe("supported");
    expect(
      checkSupport("Trinity Gale was sitting in the road after an argument with her mother, police said.", [road])
        .verdict,
    ).toBe("supported");
  });

  it("does not pass a preposition turned into its opposite", () => {
    const plan =
      "Residents' group leader Tom Baines, who had collected 2,000 signatures against the plan, said he would consider a legal challenge. " +
      "Shares in Calder Homes closed down 4% on Thursday. The council voted after a three-hour hearing.";
    const turned = (statement: string) => checkSupport(statement, [plan]);
    const signatures = turned(
      "Tom Baines, who had collected 2,000 signatures for the plan, said he would consider a legal challenge.",
    );
    expect(signatures.verdict).toBe("unsupported");
    expect(signatures.reasons).toContain('the passage says "against the plan"; the sentence says "for the plan"');
    expect(turned("Shares in Calder Homes closed up 4% on Thursday.").reasons.join(" ")).toMatch(
      /the passage says "down 4.*"; the sentence says "up 4/,
    );
    expect(turned("The council voted before a three-hour hearing.").reasons.join(" ")).toMatch(
      /the passage says "after a three.*"; the sentence says "before a three/,
    );
    expect(turned("The council voted after a hearing.").verdict).toBe("supported");
    // The opposite right before the same figure, after a longer stretch the sentence leaves out.
    const results =
      "Varlo Group reported revenue of £2.1 billion for the six months to the end of June, down 4% on a year earlier.";
    const up = checkSupport("Varlo Group reported revenue of £2.1 billion, up 4% on a year earlier.", [results]);
    expect(up.verdict).toBe("unsupported");
    expect(up.reasons.join(" ")).toMatch(/the passage says "down 4.*"; the sentence says "up 4/);
    expect(
      checkSupport("Varlo Group reported revenue of £2.1 billion, down 4% on a year earlier.", [results]).verdict,
    ).toBe("supported");
  });

  it("does not fetch a relative clause onto another name", () => {
    const hearing =
      "The council's planning chair, Ruth Okafor, said the scheme would include a primary school and a health centre. " +
      "Residents' group leader Tom Baines, who had collected 2,000 signatures against the plan, said he would consider a legal challenge. " +
      "Okafor, who has chaired the committee since 2019, voted for the scheme.";
    const fetched = checkSupport(
      "Ruth Okafor, who had collected 2,000 signatures against the plan, said the scheme would include a primary school.",
      [hearing],
    );
    expect(fetched.verdict).toBe("unsupported");
    expect(fetched.reasons).toContain('says "who had collected 2,000…" of Okafor; the passage says it of Baines');
    // The same name's relative clause from another sentence is hers.
    expect(
      checkSupport(
        "Ruth Okafor, who has chaired the committee since 2019, said the scheme would include a primary school and a health centre.",
        [hearing],
      ).reasons.join(" "),
    ).not.toMatch(/the passage says it of/);
  });

  it("does not pass a bound told as an amount", () => {
    const bridge =
      "Repairs to the Aldwick bridge could take up to four years, the council said on Friday. " +
      "At least 30 people were hurt in the crush at the gates, and nearly 200 were treated at the scene.";
    const repairs = checkSupport("Repairs to the Aldwick bridge could take four years, the council said on Friday.", [
      bridge,
    ]);
    expect(repairs.verdict).toBe("unsupported");
    expect(repairs.reasons).toEqual(['the passage says "up to four"; the sentence leaves out "up to"']);
    expect(checkSupport("The council said 30 people were hurt in the crush at the gates.", [bridge]).reasons).toContain(
      'the passage says "At least 30"; the sentence leaves out "At least"',
    );
    expect(checkSupport("At least 30 people were hurt in the crush at the gates.", [bridge]).verdict).toBe("supported");
    expect(checkSupport("Nearly 200 people were treated at the scene.", [bridge]).verdict).toBe("supported");
  });

  it("reads a passive participle the tagger takes for an adjective as the passive of the passage's verb", () => {
    const surgery = "Surgeons at Harwood Hospital in Leeds separated the twins in a nine-hour operation on Monday.";
    expect(checkSupport("The twins were separated on Monday.", [surgery]).verdict).toBe("supported");
    expect(checkSupport("The twins were separated on Tuesday.", [surgery]).verdict).toBe("unsupported");
    expect(checkSupport("The surgeons were separated from the twins on Monday.", [surgery]).verdict).toBe(
      "unsupported",
    );
  });

  it('links a participle read as an adjective to its verb as one word ("damaging" and "damaged")', () => {
    const quake = "A strong earthquake shook the valley before dawn on Tuesday, damaging scores of homes and a bridge.";
    expect(checkSupport("The earthquake damaged scores of homes.", [quake]).verdict).toBe("supported");
    expect(checkSupport("The earthquake damaged scores of schools.", [quake]).verdict).toBe("unsupported");
  });

  it('reads a reported "would" as the future, not as done and not as a possibility', () => {
    const port =
      "The Halden Port Authority said on Tuesday that it would spend £85 million on a new container terminal.";
    expect(checkSupport("The port authority will spend £85 million on a new container terminal.", [port]).verdict).toBe(
      "supported",
    );
    const spent = checkSupport("The port authority spent £85 million on a new container terminal.", [port]);
    expect(spent.verdict).toBe("unsupported");
    expect(spent.reasons).toContain('the passage says "would spend", still to happen; the sentence says "spent"');
    const mill = "The owners said the mill would close in June, with the loss of 120 jobs.";
    expect(checkSupport("The mill closed in June, with the loss of 120 jobs.", [mill]).verdict).toBe("unsupported");
    expect(checkSupport("The mill will close in June, with the loss of 120 jobs.", [mill]).verdict).toBe("supported");
  });

  it("does not pass a sentence in other words that tells as done what the passages name only as a noun", () => {
    const deal =
      "Brekke Lines has agreed to buy its smaller rival Halvorsen Shipping for 2.4 billion kroner, the two companies said on Monday. " +
      "The deal, which still needs approval from competition regulators, would create Norway's largest ferry operator.";
    expect(
      checkSupport(
        "Competition regulators have approved the 2.4 billion kroner deal that would create Norway's largest ferry operator, the companies said.",
        [deal],
      ).verdict,
    ).toBe("unsupported");
  });

  it("turns a passive whose subject is a noun chained by a preposition ('two paintings from the … collection') whole", () => {
    const sale = "A dealer bought two paintings from the Hartwell collection in March for £400,000.";
    expect(checkSupport("Two paintings from the Hartwell collection were bought by a dealer.", [sale]).verdict).toBe(
      "supported",
    );
    expect(checkSupport("Two paintings from the Hartwell collection were bought by a museum.", [sale]).verdict).toBe(
      "unsupported",
    );
  });

  it("reads 'According to X, …' as the passage's 'X said …', with X compared as its speaker", () => {
    const union = "The teachers' union said the strike would close 40 schools on Monday.";
    expect(checkSupport("According to the teachers' union, the strike would close 40 schools.", [union]).verdict).toBe(
      "supported",
    );
    expect(checkSupport("According to the council, the strike would close 40 schools.", [union]).verdict).toBe(
      "unsupported",
    );
  });

  it("does not count words the sentence puts elsewhere as left out, but still flags a clause left for another's", () => {
    const cuts = "Velmar, the shipping group, will cut 800 jobs by the end of the year.";
    expect(checkSupport("The shipping group Velmar is cutting 800 jobs.", [cuts]).verdict).toBe("supported");
    const results = "Riverside beat Northgate and Eastfield beat Westbrook on Saturday.";
    expect(checkSupport("Riverside beat Westbrook on Saturday.", [results]).verdict).toBe("unsupported");
    expect(checkSupport("Eastfield beat Northgate on Saturday.", [results]).verdict).toBe("unsupported");
  });

  it("passes a subject's predicate given after the clause it leads to, only for that subject", () => {
    const race = "Dana Whitfield defeated Omar Lind by 400 votes to win the mayoral race on Thursday.";
    expect(
      checkSupport("Dana Whitfield won the mayoral race on Thursday, defeating Omar Lind by 400 votes.", [race])
        .verdict,
    ).toBe("supported");
    expect(
      checkSupport("Omar Lind won the mayoral race on Thursday, defeating Dana Whitfield by 400 votes.", [race])
        .verdict,
    ).toBe("unsupported");
  });

  it("turns a passive whose subject is 'those' and a participle ('those evicted may be offered')", () => {
    const housing = "The council said it may offer those evicted temporary housing while their cases are heard.";
    expect(checkSupport("The council said those evicted may be offered temporary housing.", [housing]).verdict).toBe(
      "supported",
    );
    expect(checkSupport("The council said those evicted may be offered temporary jobs.", [housing]).verdict).toBe(
      "unsupported",
    );
  });

  it("reads a passive without 'by' as naming no agent: its subject underwent the action", () => {
    const avalanche = ["Four skiers were killed when an avalanche struck near Val Creuse."];
    const roleReasons = (statement: string) =>
      checkSupport(statement, avalanche).reasons.filter((reason) =>
        /the passage says .*; the sentence says/.test(reason),
      );
    expect(roleReasons("An avalanche killed four skiers near Val Creuse.")).toEqual([]);
    expect(roleReasons("Four skiers killed an avalanche near Val Creuse.")).toEqual([
      'the passage says skiers underwent "killed"; the sentence says skiers did it',
    ]);
  });

  it("supports nothing without words or without passages", () => {
    expect(checkSupport("  ", [passage]).verdict).toBe("unsupported");
    expect(checkSupport("Hamas rejected Israel's offer.", []).verdict).toBe("unsupported");
  });
});

describe("checkSupport on counts, bounds and 'yet to' written otherwise", () => {
  const storm =
    "Fifty-four flights were cancelled at the airport on Monday as wind speeds reached 71 mph. " +
    "The airport has not yet reopened its second runway.";

  it("reads a hyphenated count in words as the count in digits, both ways", () => {
    expect(checkSupport("54 flights were cancelled at the airport on Monday.", [storm]).verdict).toBe("supported");
    expect(
      checkSupport("Twenty-three schools closed.", ["23 schools closed across the county on Monday."]).verdict,
    ).toBe("supported");
    expect(checkSupport("45 flights were cancelled at the airport on Monday.", [storm]).verdict).toBe("unsupported");
  });

  it("reads 'above' and 'below' as bounds the passage's amount meets", () => {
    expect(checkSupport("Wind speeds reached above 70 mph on Monday.", [storm]).verdict).toBe("supported");
    expect(checkSupport("Wind speeds reached above 75 mph on Monday.", [storm]).verdict).toBe("unsupported");
  });

  it("reads 'has yet to' as 'has not yet', and does not let it deny what the passage says happened", () => {
    expect(checkSupport("The airport has yet to reopen its second runway.", [storm]).verdict).toBe("supported");
    expect(
      checkSupport("The airport has yet to reopen its second runway.", [
        "The airport reopened its second runway on Monday.",
      ]).verdict,
    ).toBe("unsupported");
  });
});

describe("checkSupport on 'a study found that …' for '…, according to a study'", () => {
  const sleep =
    "People who slept less than six hours a night were 20% more likely to catch a cold, " +
    "according to a study of 900 adults published on Monday.";
  const finding = (source: string, share = "20%") =>
    checkSupport(
      `${source} that people who slept less than six hours a night were ${share} more likely to catch a cold.`,
      [sleep],
    );

  it("passes the finding given to the study that found it", () => {
    expect(finding("A study of 900 adults found").verdict).toBe("supported");
    expect(finding("A study of 900 adults showed").verdict).toBe("supported");
  });

  it("flags the finding given to another source, or with another figure", () => {
    expect(finding("A government report found").reasons.join(" ")).toContain("the passage gives this to a study");
    expect(finding("The health ministry found").verdict).toBe("unsupported");
    expect(finding("A study of 900 adults found", "30%").verdict).toBe("unsupported");
  });
});
