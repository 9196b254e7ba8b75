import type { Digest } from "@roundup/prompts";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { FigureSource } from "../lib/figure-sources";
import { DigestView } from "./digest-view";

const statement = "Fourteen people were hurt on Saturday when a lift gave way at the Mill Lane car park.";
const citations = [{ articleId: "a1", chunkId: "a1-c0", start: 0, end: statement.length }];
const digest = {
  headline: "Lift gives way at Mill Lane car park",
  summary: [
    {
      text: statement,
      citations,
      corroboration: {
        outlets: 3,
        articleIds: ["a1", "a2", "a3"],
        otherFigures: [{ articleId: "a2", figure: "14", instead: "12" }],
      },
    },
    { text: "The car park is closed.", citations, corroboration: { outlets: 2, articleIds: ["a1", "a3"] } },
  ],
  keyPoints: [
    {
      text: statement,
      citations,
      corroboration: {
        outlets: 3,
        // Counted when the digest was made; "gone" has since left the story.
        articleIds: ["a1", "a2", "gone"],
        otherFigures: [
          { articleId: "a2", figure: "14", instead: "12" },
          { articleId: "gone", figure: "14", instead: "15" },
        ],
      },
    },
  ],
  timeline: [],
  quotes: [],
  disagreements: [],
  sources: [],
  generation: {
    engine: "offline",
    model: null,
    promptId: "p",
    inputHash: "h",
    usage: { inputTokens: 0, outputTokens: 0 },
    costUsd: 0,
    latencyMs: 1,
  },
} satisfies Digest;

const figureSourceOf = (articleId: string, figure: string): FigureSource =>
  articleId === "a2"
    ? { name: "Coastal Post", description: `¶2 of “Twelve hurt” (${figure})`, href: "#passage-a2-c1" }
    : { name: "an article no longer in this story", description: "", href: null };

describe("DigestView", () => {
  const html = renderToStaticMarkup(createElement(DigestView, { digest, markerOf: () => 1, figureSourceOf }));
  const notes = [...html.matchAll(/<span class="other-figures" data-testid="other-figures">(.*?)<\/span>/g)].map(
    (match) => match[1],
  );

  it("says beside the outlet count which outlets give another figure, linking to the passage that gives it", () => {
    expect(html).toContain('data-testid="corroboration"');
    expect(notes[0]).toBe(
      '1 of them gives another figure: <a href="#passage-a2-c1" aria-label="12 (Coastal Post), ¶2 of “Twelve hurt” (12)">12 (Coastal Post)</a> for 14',
    );
    // An article gone from the story is named, not linked.
    expect(notes[1]).toBe(
      '2 of them give other figures: <a href="#passage-a2-c1" aria-label="12 (Coastal Post), ¶2 of “Twelve hurt” (12)">12 (Coastal Post)</a> for 14; 15 (an article no longer in this story) for 14',
    );
  });

  it("adds no note where every outlet counted gives the statement's own figures", () => {
    expect(notes).toHaveLength(2);
    expect(html.match(/data-testid="corroboration"/g)).toHaveLength(3);
  });
});
