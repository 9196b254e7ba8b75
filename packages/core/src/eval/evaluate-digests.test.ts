import { describe, expect, it } from "vitest";
import type { DigestEngine } from "../digest/engines/digest-engine.js";
import { createOfflineEngine } from "../digest/engines/offline-engine.js";
import { RoundupError } from "../errors/index.js";
import { prepareArticle } from "../ingest/index.js";
import { evaluateDigests, parseReferences } from "./evaluate-digests.js";

function corpusArticle(id: string, story: string, title: string, text: string) {
  return prepareArticle(
    { input: `corpus.jsonl#${id}`, externalId: id, title, originalText: text, goldStory: story },
    { skipCleaning: true },
  );
}

const articles = [
  corpusArticle(
    "q-1",
    "quake",
    "Earthquake hits coastal city",
    "A magnitude 6.1 earthquake struck the coastal city of Lorca on Monday morning. At least 12 people were killed and dozens were injured, officials said. Rescue teams searched collapsed buildings through the night.",
  ),
  corpusArticle(
    "q-2",
    "quake",
    "Deadly quake in Lorca",
    "An earthquake of magnitude 6.1 shook Lorca on Monday, killing at least 12 people. Hospitals treated dozens of injured residents. The government sent soldiers to help with the rescue.",
  ),
  corpusArticle(
    "r-1",
    "rehab",
    "Singer enters rehab",
    "The pop singer Dana Ross entered a rehabilitation clinic in Malibu on Friday, her spokesman said. Ross had cancelled three concerts this month. Her spokesman asked for privacy for the family.",
  ),
];

describe("evaluateDigests", () => {
  it("writes one cited digest per gold story and scores it against references next to LexRank", async () => {
    const references = parseReferences(
      [
        JSON.stringify({
          story: "quake",
          summaries: [
            "A magnitude 6.1 earthquake hit Lorca on Monday, killing at least 12 people and injuring dozens.",
            "An earthquake killed 12 in Lorca.",
          ],
        }),
        "",
      ].join("\n"),
    );
    const result = await evaluateDigests({ articles, references, words: 30 });
    expect(result.engine).toBe("offline");
    expect(result.stories.map((story) => story.story)).toEqual(["quake", "rehab"]);
    const quake = result.stories[0]!;
    expect(quake.text.split(" ").length).toBeLessThanOrEqual(30);
    expect(quake.lexrank.split(" ").length).toBeLessThanOrEqual(30);
    expect(quake.sentences[0]?.citations[0]?.articleId).toMatch(/^q-/);
    expect(quake.rouge?.rouge1.f1).toBeGreaterThan(0.3);
    expect(quake.lexrankRouge).not.toBeNull();
    expect(result.stories[1]?.rouge).toBeNull();
    expect(result.storiesWithReferences).toBe(1);
    expect(result.rouge?.rouge1.f1).toBeCloseTo(quake.rouge!.rouge1.f1);
    expect(result.citedSentenceShare).toBe(1);
    expect(result.verifiedCitationShare).toBe(1);
    expect(result.multipleReferences).toBe("average");
  });

  it("names a story it cannot digest with the reason and goes on with the others", async () => {
    const offline = createOfflineEngine();
    const failing: DigestEngine = {
      ...offline,
      name: "offline",
      async draft(request) {
        if (request.story.id === "rehab") {
          throw new RoundupError("MODEL_OUTPUT_INVALID", "the engine wrote nothing", { input: request.story.id });
        }
        return offline.draft(request);
      },
    };
    const result = await evaluateDigests({ articles, engine: failing, words: 30 });
    expect(result.stories.map((story) => story.story)).toEqual(["quake"]);
    expect(result.skippedStories).toEqual([{ id: "rehab", reason: "the engine wrote nothing" }]);
  });

  it("rejects references that are not records", () => {
    expect(() => parseReferences('{"story": 1}')).toThrow(/reference record/);
  });
});
