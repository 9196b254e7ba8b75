import { describe, expect, it } from "vitest";
import { evaluateGrouping } from "./evaluate-grouping.js";
import { readCorpus } from "./read-corpus.js";
import { lookAlikeEventsPath } from "./testing/look-alike-events.js";

describe("evaluateGrouping", () => {
  it("groups look-alike topics and scores them against gold, with corpus ids in the predictions", async () => {
    const records = (await readCorpus(lookAlikeEventsPath)).filter((record) =>
      /^(strike|ceo|pirates)-/.test(record.id),
    );
    const result = evaluateGrouping(records);
    expect(result.articles).toBe(records.length);
    expect(result.bcubed?.f1).toBeGreaterThan(0.9);
    const predicted = result.predictions.stories.flatMap((story) => story.articleIds).sort();
    expect(predicted).toEqual(records.map((record) => record.id).sort());
    expect(result.stories).toBe(result.predictions.stories.length);
  });

  it("never looks at the gold label while grouping", async () => {
    const records = (await readCorpus(lookAlikeEventsPath)).filter((record) => record.id.startsWith("strike-"));
    const scrambled = records.map((record, index) => ({ ...record, story: index % 2 === 0 ? "even" : "odd" }));
    const withGold = evaluateGrouping(records).predictions;
    expect(evaluateGrouping(scrambled).predictions).toEqual(withGold);
  });

  it("leaves the score out when the corpus has no gold labels", () => {
    const result = evaluateGrouping([
      { id: "a", title: "A storm", text: "Rain fell.", source: null, url: null, publishedAt: null, story: null },
    ]);
    expect(result.bcubed).toBeNull();
    expect(result.predictions.stories).toEqual([{ id: expect.stringMatching(/^s_/), articleIds: ["a"] }]);
  });
});
