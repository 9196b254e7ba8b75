import { describe, expect, it } from "vitest";
import { datelineEnd, editorialProblem } from "./editorial-problem.js";

describe("editorialProblem", () => {
  it("accepts whole news sentences, brand names in camel case and abbreviations included", () => {
    for (const sentence of [
      "Union leader Mara Solvik said the union would study the offer with its members before answering.",
      "Police said the girl's mother discovered the messages on her daughter's iPod last spring.",
      "Preserving the key features of money market funds is vital to the U.S. economy.",
      "It is unclear whether the port authority will raise its offer before the weekend.",
      "Then-President Obama signed the bill into law in a ceremony at the White House.",
    ])
      expect(editorialProblem(sentence), sentence).toBeNull();
  });

  it("refuses machine-mangled text", () => {
    for (const sentence of [
      "Israel said on Monday that the attack on Shifa Kill Faike MabhuThe Israel Defense Forces identified him as a senior official.",
      "The proposal includes the return of civilians to the north, where the population has been drastically reduced. ing.",
      "Officials warned that a deal could take weeks. It could be completely disruptive. in the southern city of Rafah.",
      "The tracks had been carefully catalogued but then locked away in the the band's archive for decades.",
      "With less than two weeks to go until the U.S. election, Blinken has responded to the Hamas-led attack on Israel on October 7, 2023, after Israel launched an attack on Gaza last week that killed Hamas leader Yahya Sinwar.",
    ])
      expect(editorialProblem(sentence), sentence).toBe("garbled");
  });

  it("refuses openers that need a sentence before them", () => {
    for (const sentence of [
      "However, negotiations stalled, with Israeli Prime Minister Benjamin Netanyahu insisting on troops at the border.",
      "He said the two partners were seeking a plan so that Israel can withdraw.",
      "But they added that no formal offer had been made to the actor.",
      "This has now been confirmed as deriving from the Viking mound.",
      "The officials provided details of the proposal on condition of anonymity.",
    ])
      expect(editorialProblem(sentence), sentence).toBe("needs antecedent");
    expect(editorialProblem("“There is no other solution to this war, not now and not later.”")).toBe(
      "quote without speaker",
    );
  });

  it("refuses questions, fragments, labels, bylines and page furniture", () => {
    expect(editorialProblem("Will the port authority raise its offer before the weekend?")).toBe("question");
    expect(editorialProblem("announced its reopening.")).toBe("fragment");
    expect(editorialProblem("Withdrawn.")).toBe("fragment");
    expect(editorialProblem("Israel-Hamas War Ceasefire Talks: Live Updates")).toBe("label");
    expect(editorialProblem("Live Updates")).toBe("label");
    expect(editorialProblem("By Ali Raza")).toBe("byline");
    expect(editorialProblem("Reporting by Jane Doe and John Smith in Halden; editing by Mark Potter.")).toBe("byline");
    expect(
      editorialProblem("You can add location information to your Tweets, such as your city or precise location."),
    ).toBe("boilerplate");
    expect(editorialProblem("“We will enter Rafah,” he said, “and we will finish the job there.")).toBe(
      "partial quote",
    );
  });
});

describe("datelineEnd", () => {
  it("finds where the news starts after a dateline or agency tag", () => {
    const text = "DOHA, Qatar — Israel and Hamas have been locked in slow talks in Doha this week.";
    expect(text.slice(datelineEnd(text))).toBe("Israel and Hamas have been locked in slow talks in Doha this week.");
    const agency = "WASHINGTON (AP) — The Senate passed the bill on Tuesday.";
    expect(agency.slice(datelineEnd(agency))).toBe("The Senate passed the bill on Tuesday.");
    expect(datelineEnd("US Secretary of State Antony Blinken has said a lot of work remained.")).toBe(0);
  });
});
