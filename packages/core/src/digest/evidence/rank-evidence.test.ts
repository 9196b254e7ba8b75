import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../ingest/index.js";
import type { Article } from "../../model/index.js";
import { extractFacts } from "../facts/extract-facts.js";
import { rankEvidence } from "./rank-evidence.js";

function article(id: string, text: string): Article {
  return prepareArticle({ input: `${id}.txt`, title: `Report ${id}`, originalText: text, source: `${id}.example` });
}

const evidenceOf = (articles: readonly Article[]) => rankEvidence(articles, extractFacts(articles));

describe("rankEvidence", () => {
  it("leaves out a sentence whose end was broken off, and the broken piece after it", () => {
    const articles = [
      article(
        "a",
        "The mayor of Tormund said the city and the province are trying to reopen the Elna bridge, saying engineers are exploring new options after months of failing to seal off a repair plan. announced its reopening.\n\nThe bridge has been closed to traffic since a flood damaged two of its pillars in March.",
      ),
      article(
        "b",
        "The Elna bridge in Tormund has been closed since March, when a flood damaged two of its pillars.\n\nThe mayor said engineers were studying new options to reopen the bridge.",
      ),
    ];
    const texts = evidenceOf(articles).map((candidate) => candidate.item.sentence.text);
    expect(texts.some((text) => text.includes("seal off a repair plan"))).toBe(false);
    expect(texts.some((text) => text.startsWith("announced"))).toBe(false);
    expect(texts).toContain("The bridge has been closed to traffic since a flood damaged two of its pillars in March.");
  });

  it("leaves out a photo's caption, the sentence right before its credit in one paragraph", () => {
    const articles = [
      article(
        "a",
        "The search for the missing airliner resumed on Friday in the southern Indian Ocean.\n\nThe captain of the missing airliner, Zaharie Ahmad Shah. Photo: Facebook\n\nInvestigators are examining the captain's flight simulator.",
      ),
      article("b", "Ships and planes searched the southern Indian Ocean for the missing airliner on Friday."),
    ];
    const texts = evidenceOf(articles).map((candidate) => candidate.item.sentence.text);
    expect(texts.some((text) => text.startsWith("The captain of the missing airliner"))).toBe(false);
    expect(texts).toContain("Investigators are examining the captain's flight simulator.");
  });

  it("does not rank an article off the story's subject as central because it is half the story", () => {
    const floodLead =
      "The river Elna burst its banks in Tormund on Monday, flooding the old town and the market square.";
    const articles = [
      article(
        "a",
        `${floodLead}\n\nVolunteers filled sandbags through the night as the water kept rising in the old town.`,
      ),
      article(
        "b",
        "Flood water covered the old town and the market square of Tormund on Monday after the Elna burst its banks.\n\nThe mayor thanked the volunteers who filled sandbags through the night.",
      ),
      // A page the scrape put in the wrong story: it shares nothing with the others.
      article(
        "c",
        "A new bakery opened on Harbour Street in Halden, selling rye bread, cinnamon buns and coffee.\n\nThe owner said the bakery would open every morning at six, including Sundays.",
      ),
    ];
    const evidence = evidenceOf(articles);
    const offTopic = evidence.filter((candidate) => candidate.item.article === articles[2]);
    const onTopic = evidence.filter((candidate) => candidate.item.article !== articles[2]);
    expect(Math.max(...offTopic.map((candidate) => candidate.centrality))).toBeLessThan(0.1);
    expect(Math.max(...onTopic.map((candidate) => candidate.centrality))).toBe(1);
  });
});
