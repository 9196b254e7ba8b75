import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";
import { analyzeText } from "./analyze-text.js";

const rootOf = (word: string) => analyzeText(word).tokens[0]!.root;

describe("analyzeText's derivational roots", () => {
  it("gives a noun and its verb one root however the noun was formed", () => {
    const pairs: Array<[string, string]> = [
      ["resignation", "resign"],
      ["invitation", "invite"],
      ["announcement", "announce"],
      ["closure", "close"],
      ["failure", "fail"],
      ["departure", "depart"],
      ["discovery", "discover"],
      ["evacuation", "evacuate"],
      ["approval", "approve"],
      ["measurement", "measure"],
    ];
    for (const [noun, verb] of pairs) expect(rootOf(noun), `${noun}/${verb}`).toBe(rootOf(verb));
  });

  it("keeps words apart that only look derived", () => {
    expect(rootOf("nation")).not.toBe(rootOf("nate"));
    expect(rootOf("measure")).not.toBe(rootOf("meas"));
    expect(rootOf("every")).toBe("every");
  });
});

describe("checkSupport with a nominalisation", () => {
  it("supports a verb told as its noun", () => {
    const cases: Array<[string, string]> = [
      [
        "The chairman of Dunmore Rovers, Peter Lowe, resigned on Friday after the fans voted against him.",
        "The chairman of Dunmore Rovers, Peter Lowe, announced his resignation on Friday after the fans voted against him.",
      ],
      [
        "The hospital was criticised by inspectors for failing to check the records of 40 patients.",
        "The hospital was criticised by inspectors for its failure to check the records of 40 patients.",
      ],
    ];
    for (const [passage, statement] of cases) expect(checkSupport(statement, [passage]).verdict).toBe("supported");
  });

  it("still flags a refusal told as done and another day", () => {
    const cases: Array<[string, string]> = [
      [
        "The chairman of Dunmore Rovers, Peter Lowe, refused to resign on Friday after the fans voted against him.",
        "The chairman of Dunmore Rovers, Peter Lowe, announced his resignation on Friday after the fans voted against him.",
      ],
      [
        "The chairman of Dunmore Rovers, Peter Lowe, resigned on Friday after the fans voted against him.",
        "The chairman of Dunmore Rovers, Peter Lowe, announced his resignation on Monday after the fans voted against him.",
      ],
    ];
    for (const [passage, statement] of cases) expect(checkSupport(statement, [passage]).verdict).toBe("unsupported");
  });
});

describe("analyzeText's verb of saying", () => {
  it("reads 'said' after a name the tagger took for a verb as the verb, not the adjective", () => {
    const said = (text: string) => analyzeText(text).tokens.find((token) => token.text === "said");
    expect(said("Administrators from Pell & Garner said services would continue.")?.key).toBe("say");
    expect(said("The said company was fined.")?.key).toBe("said");
  });

  it("so reads the future of reported speech as such", () => {
    const passage =
      "Administrators from Pell & Garner said services would continue to run normally while they sought a buyer.";
    const statement = "Services will continue to run normally while a buyer is sought, Pell & Garner said.";
    expect(checkSupport(statement, [passage]).verdict).toBe("supported");
  });
});

describe("analyzeText's phrasal verbs", () => {
  it("compares a phrasal verb as the one verb a rewrite uses for it", () => {
    const cases: Array<[string, string]> = [
      [
        "The council said it had drawn up plans to keep school buses running if the strike went ahead.",
        "The council said it had prepared plans to keep school buses running if the strike went ahead.",
      ],
      [
        "Water bills in the region will go up by 6.2% from April, the regulator said.",
        "Water bills in the region will rise by 6.2% from April, the regulator said.",
      ],
      [
        "The chair of Harbury Rovers, Ann Doyle, stepped down on Friday after the fans voted against her.",
        "The chair of Harbury Rovers, Ann Doyle, resigned on Friday after the fans voted against her.",
      ],
    ];
    for (const [passage, statement] of cases) expect(checkSupport(statement, [passage]).verdict).toBe("supported");
  });

  it("still flags the opposite direction", () => {
    expect(
      checkSupport("Water bills in the region will fall by 6.2% from April, the regulator said.", [
        "Water bills in the region will go up by 6.2% from April, the regulator said.",
      ]).verdict,
    ).toBe("unsupported");
  });
});

describe("analyzeText's figures with a magnitude", () => {
  it("reads the magnitude of a sum at a sentence's end as at any other place", () => {
    const keys = (text: string) => analyzeText(text).tokens.map((token) => token.key);
    expect(keys("The club paid £1.2m.")).toEqual(["the", "club", "pay", "£", "1.2", "m", "."]);
    expect(
      checkSupport("The gallery bought the painting for £3.4 million.", [
        "The gallery bought the painting for £3.4m, its director said on Friday.",
      ]).verdict,
    ).toBe("supported");
  });

  it("still flags a different sum", () => {
    expect(
      checkSupport("The gallery bought the painting for £4.3 million.", [
        "The gallery bought the painting for £3.4m, its director said on Friday.",
      ]).verdict,
    ).toBe("unsupported");
  });
});

describe("analyzeText's word with a full stop at a sentence's end", () => {
  it("reads 'ill.' as the word and the full stop, not Illinois", () => {
    const keys = (text: string) => analyzeText(text).tokens.map((token) => token.key);
    expect(keys("The driver fell ill.")).toEqual(["the", "driver", "fall", "ill", "."]);
    expect(
      checkSupport("The ferry returned to Brenport after a crew member fell ill.", [
        "The ferry returned to Brenport on Sunday after a crew member fell ill, the operator said.",
      ]).verdict,
    ).toBe("supported");
  });

  it("keeps a capitalised abbreviation a name", () => {
    expect(analyzeText("He was born in Springfield, Ill.").tokens.at(-1)!.pos).toBe("PROPN");
  });
});
