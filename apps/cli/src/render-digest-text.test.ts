import type { StoryPage } from "@roundup/db";
import type { Digest } from "@roundup/prompts";
import { describe, expect, it } from "vitest";
import { renderDigestText } from "./render-digest-text.js";

describe("renderDigestText", () => {
  it("prints each statement on its line even when the passage it comes from breaks across lines", () => {
    // A quote that runs over a line break in its article, as pages' text often does.
    const text = "“We will end the blockade and\nrebuild the port,” Hamdan said.\nThe talks\tresume on Monday.";
    const quoteEnd = text.indexOf("”");
    const second = text.indexOf("The talks");
    const page = {
      id: "s_1",
      label: "Port talks",
      digest: null,
      articles: [{ id: "a1", title: "Port talks", source: "Gazette", publishedAt: null, text }],
    } as unknown as StoryPage;
    const citation = (start: number, end: number) => [{ articleId: "a1", start, end }];
    const digest = {
      headline: "The talks\tresume on Monday",
      headlineCitations: citation(second, text.length),
      summary: [{ text: text.slice(second), citations: citation(second, text.length) }],
      keyPoints: [],
      timeline: [{ date: null, text: text.slice(0, quoteEnd + 1), citations: citation(0, quoteEnd + 1) }],
      quotes: [
        { text: text.slice(1, quoteEnd - 1), speaker: "Hamdan", partial: false, citations: citation(0, second) },
      ],
      disagreements: [],
      sources: [],
    } as unknown as Digest;

    const lines = renderDigestText(page, digest).split("\n");

    expect(lines[0]).toBe("The talks resume on Monday [1]");
    expect(lines).toContain("  1. The talks resume on Monday. [1]");
    expect(lines).toContain("  “We will end the blockade and rebuild the port” — Hamdan [3]");
    expect(lines).toContain("  undated     “We will end the blockade and rebuild the port,” [2]");

    const weekly = {
      ...digest,
      timeline: [
        {
          date: "2026-11-23",
          precision: "week",
          text: "The talks broke down.",
          citations: citation(second, text.length),
        },
        { date: "2026-11-30", text: "The talks resume.", citations: citation(second, text.length) },
      ],
    } as unknown as Digest;
    const weeklyLines = renderDigestText(page, weekly).split("\n");
    expect(weeklyLines).toContain("  week of 2026-11-23  The talks broke down. [1]");
    expect(weeklyLines).toContain("  2026-11-30          The talks resume. [1]");
  });

  it("names each side's source when one sentence reports both sides of a disagreement", () => {
    const text = "The coast guard put the number aboard at 214, while Blue Strait Lines said its manifest listed 176.";
    const page = {
      id: "s_1",
      label: "Ferry",
      digest: null,
      articles: [{ id: "a1", title: "Ferry", source: "Gazette", publishedAt: null, text }],
    } as unknown as StoryPage;
    const citations = [{ articleId: "a1", start: 0, end: text.length }];
    const digest = {
      headline: "Ferry capsizes",
      headlineCitations: citations,
      summary: [],
      keyPoints: [],
      timeline: [],
      quotes: [],
      disagreements: [
        {
          topic: "people aboard",
          claims: [
            { value: "214", text, citations, outlets: ["Gazette"], source: "the coast guard" },
            { value: "176", text, citations, outlets: ["Gazette"], source: "Blue Strait Lines" },
          ],
        },
      ],
      sources: [],
    } as unknown as Digest;

    const lines = renderDigestText(page, digest).split("\n");

    expect(lines).toContain("    214 — the coast guard, in Gazette [1]");
    expect(lines).toContain("    176 — Blue Strait Lines, in Gazette [1]");
  });

  it("says under the outlet count which outlets counted give another figure, named as their citations are", () => {
    const ours = "Fourteen people were hurt on Saturday when a lift gave way at the Mill Lane car park.";
    const theirs = "Twelve people were injured when a lift collapsed at a car park in Mill Lane on Saturday.";
    const page = {
      id: "s_1",
      label: "Lift collapse",
      digest: null,
      articles: [
        { id: "a1", title: "Lift gives way", source: "Gazette", publishedAt: null, text: ours },
        { id: "a2", title: "Twelve hurt in car park", source: "Coastal Post", publishedAt: null, text: theirs },
        { id: "a3", title: "Mill Lane lift collapse", source: null, publishedAt: null, text: ours },
      ],
    } as unknown as StoryPage;
    const citations = [{ articleId: "a1", start: 0, end: ours.length }];
    const digest = {
      headline: "Lift gives way",
      headlineCitations: citations,
      summary: [
        {
          text: ours,
          citations,
          corroboration: {
            outlets: 3,
            articleIds: ["a1", "a2", "a3"],
            otherFigures: [{ articleId: "a2", figure: "14", instead: "12" }],
          },
        },
      ],
      keyPoints: [
        {
          text: ours,
          citations,
          corroboration: {
            outlets: 3,
            articleIds: ["a1", "a2", "a3"],
            otherFigures: [
              { articleId: "a2", figure: "14", instead: "12" },
              { articleId: "a3", figure: "14", instead: "15" },
            ],
          },
        },
      ],
      timeline: [],
      quotes: [],
      disagreements: [],
      sources: [],
    } as unknown as Digest;

    const lines = renderDigestText(page, digest).split("\n");

    const summary = lines.indexOf(`  1. ${ours} [1]  (3 outlets)`);
    expect(summary).toBeGreaterThan(0);
    expect(lines[summary + 1]).toBe("      1 of them gives another figure: 12 (Coastal Post) for 14");
    const point = lines.indexOf(`  • ${ours} [1]  (3 outlets)`);
    expect(lines[point + 1]).toBe(
      "      2 of them give other figures: 12 (Coastal Post) for 14; 15 (Mill Lane lift collapse) for 14",
    );
  });
});
