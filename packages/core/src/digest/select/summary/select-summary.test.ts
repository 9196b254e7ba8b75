import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import type { Article } from "../../../model/index.js";
import { rankEvidence } from "../../evidence/rank-evidence.js";
import { extractFacts } from "../../facts/extract-facts.js";
import { loadSeedArticles } from "../../testing/load-seed-articles.js";
import { selectSummary, wordCount } from "./select-summary.js";

function evidenceOf(articles: readonly Article[]) {
  return rankEvidence(articles, extractFacts(articles));
}

function article(id: string, text: string): Article {
  return prepareArticle({ input: `${id}.txt`, title: `Report ${id}`, originalText: text, source: `${id}.example` });
}

describe("selectSummary", () => {
  const seedEvidence = evidenceOf(loadSeedArticles());

  it("stays within the word budget, whatever the budget", async () => {
    for (const words of [25, 60, 120, 250]) {
      const chosen = await selectSummary(seedEvidence, { words, maxSentences: 16 });
      expect(chosen.length).toBeGreaterThan(0);
      expect(chosen.reduce((sum, sentence) => sum + wordCount(sentence.item.sentence.text), 0)).toBeLessThanOrEqual(
        words,
      );
    }
  });

  it("prefers what several independent sources report over what one source adds", async () => {
    const shared = "The river Elna burst its banks in Tormund on Monday, flooding the old town and the market square.";
    const articles = [
      article("a", `${shared}\n\nA local baker said her shop had flooded for the first time since she opened it.`),
      article(
        "b",
        "Flood water covered the old town and the market square of Tormund on Monday after the Elna burst its banks.\n\nThe mayor thanked volunteers who filled sandbags through the night in the rain.",
      ),
      article(
        "c",
        "In Tormund the Elna burst its banks on Monday and flooded the market square and much of the old town.\n\nA football match planned for Saturday was moved to a stadium in another city.",
      ),
    ];
    const chosen = await selectSummary(evidenceOf(articles), { words: 22, maxSentences: 1 });
    expect(chosen).toHaveLength(1);
    expect(chosen[0]!.item.sentence.text).toMatch(/burst its banks|Flood water/);
  });

  it("never chooses two sentences that say the same thing", async () => {
    const repeated = "The city council voted on Tuesday to close the Elna bridge to heavy trucks for two years.";
    const articles = [
      article("a", `${repeated}\n\nEngineers found deep cracks in two of the bridge's pillars during an inspection.`),
      article(
        "b",
        `${repeated}\n\nTruck drivers will have to take a detour of about forty kilometres around the city.`,
      ),
    ];
    const chosen = await selectSummary(evidenceOf(articles), { words: 200, maxSentences: 8 });
    expect(chosen.filter((sentence) => sentence.item.sentence.text === repeated)).toHaveLength(1);
  });

  it("takes a sentence that leans on the one before it only together with that one", async () => {
    const articles = [
      article(
        "a",
        "The Elna bridge will close to heavy trucks for two years, the city council decided on Tuesday.\n\nHowever, buses and delivery vans under 7 tonnes may still cross the Elna bridge during the repairs.",
      ),
      article(
        "b",
        "Heavy trucks are banned from the Elna bridge for two years while engineers repair its cracked pillars.\n\nBuses and delivery vans under 7 tonnes may still cross the Elna bridge during the repairs, the council said.",
      ),
    ];
    const evidence = evidenceOf(articles);
    const however = evidence.find((candidate) => candidate.item.sentence.text.startsWith("However"));
    expect(however?.follows?.item.sentence.text).toMatch(/^The Elna bridge will close/);
    for (const words of [20, 40, 80]) {
      const chosen = await selectSummary(evidence, { words, maxSentences: 8 });
      if (however && chosen.includes(however)) expect(chosen).toContain(however.follows);
    }
  });

  it("in a short summary prefers the sentence the other candidates agree with, in a long one the best-ranked", async () => {
    const central = "Flood water covered the market square of Tormund after the Elna burst.";
    const aside = "A football match planned for Saturday was moved to another city's stadium.";
    const articles = [
      article("a", `${central}\n\n${aside}`),
      article("b", "The Elna burst and flood water covered the market square of Tormund."),
      article("c", "Flood water covered the Tormund market square when the Elna burst."),
    ];
    // Equal in everything but graph centrality: the aside even ranks a little higher, and the other
    // reports' sentences, which agree with the central one, are never worth choosing themselves.
    const evidence = evidenceOf(articles).map((candidate) => {
      const text = candidate.item.sentence.text;
      const score = text === central ? 0.5 : text === aside ? 0.55 : -1;
      return { ...candidate, score, concepts: new Map<string, number>(), sourceKey: "one", follows: null };
    });
    expect(wordCount(central)).toBe(wordCount(aside));
    const short = await selectSummary(evidence, { words: 12, maxSentences: 1 });
    expect(short.map((sentence) => sentence.item.sentence.text)).toEqual([central]);
    const long = await selectSummary(evidence, { words: 200, maxSentences: 1 });
    expect(long.map((sentence) => sentence.item.sentence.text)).toEqual([aside]);
    const withoutCentrality = await selectSummary(evidence, { words: 12, maxSentences: 1, graphCentralityWeight: 0 });
    expect(withoutCentrality.map((sentence) => sentence.item.sentence.text)).toEqual([aside]);
  });

  it("in a short summary fills the budget with a longer sentence that ranks a little lower, rather than leave words unused", async () => {
    const brief = "The Elna burst its banks in Tormund.";
    const whole = "The Elna burst its banks in Tormund on Monday, flooding the old town and market.";
    const articles = [article("a", `${brief}\n\n${whole}`)];
    const evidence = evidenceOf(articles).map((candidate) => {
      const text = candidate.item.sentence.text;
      const score = text === brief ? 0.9 : text === whole ? 0.4 : -1;
      return { ...candidate, score, concepts: new Map<string, number>(), sourceKey: "one", follows: null };
    });
    expect([wordCount(brief), wordCount(whole)]).toEqual([7, 15]);
    const texts = async (words: number, wordValue?: number) =>
      (
        await selectSummary(evidence, {
          words,
          maxSentences: 1,
          graphCentralityWeight: 0,
          ...(wordValue !== undefined ? { wordValue } : {}),
        })
      ).map((sentence) => sentence.item.sentence.text);
    expect(await texts(16)).toEqual([whole]);
    expect(await texts(16, 0)).toEqual([brief]);
    // A long summary has room for both: which one leads is the ranking's to say.
    expect(await texts(200)).toEqual([brief]);
  });

  it("keeps the lede it is given and never chooses both sides of a conflict", async () => {
    const [first, second, third] = seedEvidence;
    const chosen = await selectSummary(seedEvidence, {
      words: 120,
      maxSentences: 8,
      lede: third!,
      conflicts: [[first!, second!]],
    });
    expect(chosen).toContain(third);
    expect(chosen.includes(first!) && chosen.includes(second!)).toBe(false);
  });
});
