import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findPassedSentences } from "./find-passed-sentences.js";
import { findSuperseded } from "./find-superseded.js";

function answeredIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...new Set([...findPassedSentences(evidence, times)].map((item) => item.item.sentence.text))].sort();
}

const ASKED = "The prosecution asked for a 12-year sentence for Odile Marchand at the court in Lille on Monday.";
const PLEA = "Her lawyers are seeking a suspended prison term, citing her age.";
const MONDAY = [ASKED, PLEA, "Marchand, 71, was convicted of taking bribes over a housing contract."];

describe("findPassedSentences: the sentence asked of a court, once the court passed one", () => {
  it("outdates both sides' demands, dated or not, once she “was jailed”, for findSuperseded too", () => {
    const jailed = "Odile Marchand was jailed for eight years on Thursday by the court in Lille.";
    const appeal = "Her lawyer said she would appeal against the sentence.";
    expect(answeredIn(MONDAY, [jailed, appeal])).toEqual([PLEA, ASKED].sort());
    const { evidence, times, facts } = twoReportStory(MONDAY, [jailed, appeal]);
    const outdated = [...findSuperseded(evidence, times, facts).outdated].map((item) => item.item.sentence.text);
    expect(outdated).toContain(ASKED);
    expect(outdated).not.toContain(jailed);
  });

  it("keeps the demands while the sentence is only expected, and keeps the demand recalled beside the outcome", () => {
    expect(
      answeredIn(MONDAY, [
        "Odile Marchand is expected to be sentenced by the court in Lille on Friday.",
        "Her lawyer said she was ready.",
      ]),
    ).toEqual([]);
    expect(
      answeredIn(
        [
          "The term was four years shorter than the 12 years the prosecution had sought for Odile Marchand.",
          "Marchand, 71, was convicted of taking bribes.",
        ],
        [
          "Odile Marchand has been sentenced to eight years in prison by the court in Lille.",
          "Her lawyer said she would appeal.",
        ],
      ),
    ).toEqual([]);
  });
});

describe("findPassedSentences: demands in other words", () => {
  it("outdates “asked the judge to jail” and “are seeking the death penalty” once a sentence is passed", () => {
    const jail = "Prosecutors asked the judge to jail Tomas Keane for 14 years over the Brightwater fraud.";
    const death = "The district attorney is seeking the death penalty for Tomas Keane.";
    expect(
      answeredIn(
        [jail, death, "Keane, 52, was convicted in March."],
        ["Tomas Keane was sentenced to life without parole on Thursday.", "His lawyers said they would appeal."],
      ),
    ).toEqual([death, jail].sort());
  });
});
