import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { rankEvidence } from "../../evidence/rank-evidence.js";
import { extractFacts } from "../../facts/extract-facts.js";
import { generateDigest } from "../../generate-digest.js";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findCorrectedFigures } from "./find-corrected-figures.js";

const VOTE = "Of the members who voted, 89 percent backed walkouts, on a turnout of 64 percent, the union said.";
const OFFER = "The operator has offered a 4 percent rise this year, and the union is seeking 8 percent.";

function correctedIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { facts, evidence } = twoReportStory(monday, thursday);
  return [...findCorrectedFigures(evidence, facts.sentences)].map((item) => item.item.sentence.text);
}

describe("findCorrectedFigures: a figure a later correction withdrew", () => {
  it("withdraws the earlier sentence giving the figure the correction says was wrong, with its unit", () => {
    expect(
      correctedIn(
        [VOTE, OFFER],
        [
          "An article on Monday misstated the share of members who voted for strikes.",
          "It was 91 percent, not 89 percent.",
        ],
      ),
    ).toEqual([VOTE]);
  });

  it("withdraws nothing without a correction's words, or for a figure of another unit", () => {
    expect(correctedIn([VOTE, OFFER], ["The union said it was 91 percent, not 89 percent as first counted."])).toEqual(
      [],
    );
    expect(
      correctedIn(
        [VOTE, OFFER],
        ["An earlier version of this story misstated the size of the offer. It was 4 percent, not 89 days."],
      ),
    ).toEqual([]);
  });
});

describe("findCorrectedFigures orders stamps by their instant, whatever clock they are written on", () => {
  it("withdraws a figure an Australian paper stamped on its own clock before a British correction", () => {
    // 07:00 in Sydney on 3 March is 21:00 UTC on 2 March: before the British notice of 23:00 UTC.
    const articles = [
      prepareArticle({
        input: "au",
        source: "Harbour Herald",
        title: "Ferry crews vote to strike",
        publishedAt: "2026-03-03T07:00:00+10:00",
        originalText: `${VOTE} ${OFFER}`,
      }),
      prepareArticle({
        input: "uk",
        source: "Northern Post",
        title: "Ferry strike vote",
        publishedAt: "2026-03-02T23:00:00Z",
        originalText:
          "An earlier report misstated the share of members who voted for strikes. It was 91 percent, not 89 percent.",
      }),
    ];
    const facts = extractFacts(articles);
    const corrected = findCorrectedFigures(rankEvidence(articles, facts), facts.sentences);
    expect([...corrected].map((item) => item.item.sentence.text)).toEqual([VOTE]);
  });
});

describe("a correction in a digest", () => {
  it("leaves the withdrawn figure and the notice itself out of the summary", async () => {
    const articles = [
      prepareArticle({
        input: "vote.txt",
        source: "Transport Weekly",
        title: "Rail workers back strikes in pay dispute",
        publishedAt: "2026-11-25T11:00:00Z",
        originalText: [
          "Rail workers have voted overwhelmingly for strikes in a long-running dispute over pay, the union said on Wednesday.",
          VOTE,
        ].join("\n\n"),
      }),
      prepareArticle({
        input: "correction.txt",
        source: "Transport Weekly",
        title: "Correction: rail strike ballot result",
        publishedAt: "2026-11-28T09:00:00Z",
        originalText: [
          "An article on Wednesday misstated the share of union members who voted for strikes. It was 91 percent, not 89 percent.",
          "The union's turnout figure of 64 percent was correct.",
        ].join("\n\n"),
      }),
      prepareArticle({
        input: "dates.txt",
        source: "Evening Bulletin",
        title: "Rail strikes set for December",
        publishedAt: "2026-11-27T16:00:00Z",
        originalText: [
          "The union announced on Friday that its members will strike from Dec. 12 to Dec. 14.",
          "The union said 91 percent of members who took part in the ballot had voted to strike.",
        ].join("\n\n"),
      }),
    ];
    const facts = extractFacts(articles);
    expect(rankEvidence(articles, facts).map((candidate) => candidate.item.article.title)).not.toContain(
      "Correction: rail strike ballot result",
    );
    const story = {
      id: "s",
      label: "s",
      articleIds: articles.map((article) => article.id),
      startAt: null,
      endAt: null,
    };
    const digest = await generateDigest({ story, articles, words: 120 });
    const shown = [...digest.summary, ...digest.keyPoints].map((sentence) => sentence.text).join("\n");
    expect(shown).toContain("91 percent");
    expect(shown).not.toContain("89 percent");
    expect(shown).not.toMatch(/misstated|was correct/);
    expect(digest.timeline.map((entry) => entry.text).join("\n")).not.toMatch(/89 percent backed|misstated/);
  });
});
