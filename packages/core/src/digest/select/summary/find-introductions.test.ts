import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findIntroductions } from "./find-introductions.js";

// From the lead's budget story: a senator named in full on Monday, by surname alone on Thursday.
const INTRODUCED =
  "Senate Majority Leader Carla Benton said the House plan spent too much on road projects and too little on schools.";
const QUOTED = "“We will not pass a budget that shortchanges our classrooms,” Benton said.";
const SURNAME_ONLY = "According to Benton, “the schools got more than they have in a decade.”";

function introductionsIn(monday: readonly string[], thursday: readonly string[]) {
  const { evidence, facts } = twoReportStory(monday, thursday);
  const found = findIntroductions(
    evidence,
    facts.quotes.map((quote) => quote.speaker),
  );
  return new Map(
    [...found].map(([sentence, needs]) => [
      sentence.item.sentence.text,
      needs.map((need) => need.map((introducer) => introducer.item.sentence.text)),
    ]),
  );
}

describe("findIntroductions: a person named by surname alone needs a sentence naming them in full", () => {
  it("asks for the sentence that names Carla Benton before “According to Benton, …”", () => {
    const found = introductionsIn(
      [
        INTRODUCED,
        QUOTED,
        "The state Senate on Monday rejected the House's $48.2 billion spending plan by a vote of 22-17.",
      ],
      [SURNAME_ONLY, "Legislative leaders agreed on Wednesday night to a $47.5 billion budget."],
    );
    expect(found.get(SURNAME_ONLY)).toEqual([[INTRODUCED]]);
    expect(found.get(QUOTED)).toEqual([[INTRODUCED]]);
    expect(found.has(INTRODUCED)).toBe(false);
  });

  it("asks for nothing for a place, an organisation or a common word that looks like a surname", () => {
    const found = introductionsIn(
      [
        INTRODUCED,
        QUOTED,
        "Marlow Power & Light said a transformer at its Eastfield substation caught fire.",
        "Two British climbers were reported missing on Mont Varenne.",
      ],
      ["Power was fully restored in Marlow on Wednesday evening.", "The British pair were found alive near Varenne."],
    );
    expect([...found.keys()]).toEqual([QUOTED]);
  });

  it("asks nothing for a country or a company quoted as a speaker", () => {
    const { evidence } = twoReportStory(
      ["North Korea said it had withdrawn the invitation because of military drills."],
      ["North Korea cancelled the envoy's visit on Thursday, the State Department said."],
    );
    expect(findIntroductions(evidence, ["North Korea", "Harbourline Ferries"]).size).toBe(0);
  });

  it("gives a need no sentence meets when only a sentence outside those given names the person in full", () => {
    const { evidence, facts } = twoReportStory([INTRODUCED, QUOTED], [SURNAME_ONLY]);
    const alone = evidence.filter((candidate) => candidate.item.sentence.text !== INTRODUCED);
    const needs = findIntroductions(
      alone,
      facts.quotes.map((quote) => quote.speaker),
    );
    expect([...needs.values()]).toEqual([[[]], [[]]]);
  });
});
