import { describe, expect, it } from "vitest";
import { linkNearDuplicates, prepareArticle } from "../../../ingest/index.js";
import { createOfflineEngine } from "../../engines/offline-engine.js";
import { generateDigest } from "../../generate-digest.js";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findLaterTolls } from "./find-later-tolls.js";

const EVENT = "The coach plunged into a ravine on Monday, killing at least 18 people, police said.";
const TOLL = "The death toll rose to 23 after five of the injured died in hospital.";

/** Each event sentence findLaterTolls finds, with the texts of the sentences it needs beside it. */
function needsIn(monday: readonly string[], thursday: readonly string[]): Array<[string, string[]]> {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...findLaterTolls(evidence, times)].map(([event, needs]) => [
    event.item.sentence.text,
    [...new Set(needs.flat().map((toll) => toll.item.sentence.text))],
  ]);
}

describe("findLaterTolls: an event told with its first toll needs the story's latest toll beside it", () => {
  it("asks for the later, higher toll beside an event told with ', killing …'", () => {
    expect(needsIn([EVENT], [TOLL])).toEqual([[EVENT, [TOLL]]]);
    expect(needsIn([EVENT], ["Two more bodies were found on Wednesday, bringing the toll to twenty."])).toEqual([
      [EVENT, ["Two more bodies were found on Wednesday, bringing the toll to twenty."]],
    ]);
  });

  it("asks nothing for a lower or equal later count, a count over a period, or one in another place", () => {
    expect(needsIn([EVENT], ["At least 18 people died in Monday's crash, police confirmed."])).toEqual([]);
    expect(needsIn([EVENT], ["Road deaths in the province this year rose to 240."])).toEqual([]);
    expect(
      needsIn(
        ["The coach plunged into a ravine near Cusco on Monday, killing at least 18 people."],
        ["A landslide in Quillabamba on Wednesday killed 30 people."],
      ),
    ).toEqual([]);
    // A toll told alone is raised and left out (findRaisedCounts), not asked to stay.
    expect(needsIn(["At least 18 people were killed, police said."], [TOLL])).toEqual([]);
  });

  it("keeps an offline summary from telling the event's first toll without the latest", async () => {
    const articles = linkNearDuplicates(
      [
        {
          day: "2027-05-04T18:00:00Z",
          sentences: [
            "The bus plunged into a ravine on Tuesday, killing at least 18 people, police in Cusco province said.",
            "The bus was carrying 46 passengers from Cusco to Quillabamba when it left the road on a mountain bend.",
            "Rescuers used ropes to reach survivors at the bottom of the 200-metre ravine.",
            "The road was resurfaced in 2019.",
          ],
        },
        {
          day: "2027-05-05T12:00:00Z",
          sentences: [
            "Survivors of Tuesday's crash were taken to hospitals in Cusco and Quillabamba, where 21 are being treated.",
            "The driver survived and is being questioned by police, the transport ministry said.",
            "The bus company, Transportes Urubamba, had been fined twice for safety breaches.",
          ],
        },
        {
          day: "2027-05-06T09:00:00Z",
          sentences: [
            "Prosecutors charged the driver of the bus with manslaughter on Wednesday evening, saying he had been driving for 14 hours without a break.",
            "His lawyer said he would plead not guilty.",
            "The death toll rose to 23 after five of the injured died.",
            "Transportes Urubamba's licence was suspended by the ministry.",
          ],
        },
      ].map(({ day, sentences }, index) =>
        prepareArticle({
          input: `bus/${index}`,
          source: ["Andes Wire", "Lima Daily", "Andes Wire"][index]!,
          publishedAt: day,
          title: null,
          originalText: sentences.join("\n"),
        }),
      ),
    );
    for (const words of [120, 250]) {
      const digest = await generateDigest({
        story: {
          id: "bus",
          label: "bus",
          articleIds: articles.map((article) => article.id),
          startAt: null,
          endAt: null,
        },
        articles,
        engine: createOfflineEngine(),
        words,
      });
      const texts = digest.summary.map((sentence) => sentence.text);
      if (texts.some((text) => text.includes("killing at least 18")))
        expect(texts.some((text) => text.includes("rose to 23"))).toBe(true);
    }
  });
});
