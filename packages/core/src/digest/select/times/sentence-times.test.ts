import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import type { Article } from "../../../model/index.js";
import { rankEvidence } from "../../evidence/rank-evidence.js";
import { extractFacts } from "../../facts/extract-facts.js";
import { sentenceTimes } from "./sentence-times.js";

/** The articles' facts, and the day sentenceTimes gives the evidence sentence opening with `start`. */
function timesOf(articles: Article[]) {
  const facts = extractFacts(articles);
  const evidence = rankEvidence(articles, facts);
  const times = sentenceTimes(evidence, articles, facts)!;
  const timeOf = (start: string) => {
    const candidate = evidence.find((item) => item.item.sentence.text.startsWith(start));
    return candidate ? new Date(times.get(candidate)!).toISOString().slice(0, 10) : undefined;
  };
  return { facts, timeOf };
}

describe("sentenceTimes", () => {
  // Sunday's paper on Saturday's final; a sentence recalls how the side reached it a month before.
  const articles = [
    prepareArticle({
      input: "final/1",
      source: "Sunday Paper",
      title: "How the final was won",
      publishedAt: "2026-05-17T06:00:00Z",
      originalText: [
        "On Saturday the home side won the final 2-1 at the national stadium in front of 60,000 fans.",
        "They reached the final by beating Eastfield on penalties on April 18.",
        "The visiting manager said his players had nothing left in extra time.",
        "The winners receive £2 million in prize money from the football association.",
      ].join("\n\n"),
    }),
  ];
  const { timeOf } = timesOf(articles);

  it("dates a sentence by the day it states, and one that states none by the sentence before it", () => {
    expect(timeOf("On Saturday the home side")).toBe("2026-05-16");
    expect(timeOf("They reached the final")).toBe("2026-04-18");
  });

  it("goes on with the story's moment past a sentence that recalls an earlier event", () => {
    expect(timeOf("The visiting manager said")).toBe("2026-05-16");
    expect(timeOf("The winners receive")).toBe("2026-05-16");
  });

  it("takes a report in the present perfect with no day of its own at its paper's time, not the day before it", () => {
    const later = [
      prepareArticle({
        input: "strike/1",
        source: "Morning Paper",
        title: "Lightning at the open",
        publishedAt: "2026-06-22T06:00:00Z",
        originalText: [
          "Lightning struck a tree near the 14th green on Saturday afternoon, injuring six spectators.",
          "The number injured has risen to eight, after two more spectators were treated for burns.",
          "One of them was standing beside the tree when it was hit.",
          "The fire department had counted 16 injured on Saturday. It now puts the number at 19.",
          "“We are now past the worst,” the fire chief said on Saturday.",
        ].join("\n\n"),
      }),
    ];
    const laterFacts = extractFacts(later);
    const laterEvidence = rankEvidence(later, laterFacts);
    const laterTimes = sentenceTimes(laterEvidence, later, laterFacts)!;
    const dayOf = (start: string) => {
      const candidate = laterEvidence.find((item) => item.item.sentence.text.startsWith(start));
      return candidate ? new Date(laterTimes.get(candidate)!).toISOString().slice(0, 10) : undefined;
    };
    expect(dayOf("Lightning struck")).toBe("2026-06-20");
    expect(dayOf("The number injured has risen")).toBe("2026-06-22");
    expect(dayOf("The fire department had counted")).toBe("2026-06-20");
    expect(dayOf("It now puts the number")).toBe("2026-06-22");
    // A speaker's "now" is the speaker's moment, not the paper's.
    expect(dayOf("“We are now past the worst,”")).toBe("2026-06-20");
  });
});

describe("sentenceTimes on a background line told by an earlier year (dates14)", () => {
  const articles = [
    prepareArticle({
      input: "blast/1",
      source: "City Paper",
      title: "Gas blast",
      publishedAt: "2036-03-09T09:00:00Z",
      originalText: [
        "An explosion at an apartment building killed one person on Saturday.",
        "A gas explosion in Harwood in 2019 killed three people.",
        "Firefighters searched the rubble overnight.",
      ].join("\n\n"),
    }),
  ];
  const { facts, timeOf } = timesOf(articles);

  it("times it at its year, though it is no date of the story", () => {
    expect(facts.sentenceDates[1]).toBe(null);
    expect(timeOf("A gas explosion in Harwood")).toBe("2019-01-01");
    expect(timeOf("An explosion at an apartment building")).toBe("2036-03-08");
  });

  it("keeps a sentence told as so now at the day before it when that day is its paper's own news", () => {
    const morning = [
      prepareArticle({
        input: "results/1",
        source: "Morning Wire",
        title: "Outlook cut",
        publishedAt: "2026-02-05T07:00:00Z",
        originalText: [
          "Halvorsen Appliances cut its sales forecast on Wednesday after reporting quarterly revenue of $1.27 billion.",
          "The company now expects revenue of $5.0 billion this year, down from its earlier forecast of $5.4 billion.",
        ].join("\n\n"),
      }),
    ];
    const morningFacts = extractFacts(morning);
    const morningEvidence = rankEvidence(morning, morningFacts);
    const morningTimes = sentenceTimes(morningEvidence, morning, morningFacts)!;
    const days = morningEvidence.map((item) => new Date(morningTimes.get(item)!).toISOString().slice(0, 10));
    expect(days).toEqual(["2026-02-04", "2026-02-04"]);
  });
});
