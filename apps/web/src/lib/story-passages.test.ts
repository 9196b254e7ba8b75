import type { StoryPageArticle } from "@roundup/db";
import { describe, expect, it } from "vitest";
import { numberPassages, parsePassageLabels } from "./story-passages";

const article = (id: string, text: string, cuts: Array<[number, number]>): StoryPageArticle => ({
  id,
  title: `Title ${id}`,
  source: null,
  url: null,
  author: null,
  publishedAt: null,
  text,
  duplicateOf: null,
  chunks: cuts.map(([start, end], index) => ({ id: `${id}-c${index}`, index, start, end })),
});

const articles = [
  article("a", "First passage. Second passage.", [
    [0, 14],
    [15, 30],
  ]),
  article("b", "Third one.", [[0, 10]]),
];

describe("story passages", () => {
  it("numbers every chunk in reading order with its exact span and a preview", () => {
    expect(
      numberPassages(articles).map(({ label, chunkId, start, end, preview }) => [label, chunkId, start, end, preview]),
    ).toEqual([
      ["P1", "a-c0", 0, 14, "First passage."],
      ["P2", "a-c1", 15, 30, "Second passage."],
      ["P3", "b-c0", 0, 10, "Third one."],
    ]);
  });

  it("reads what an editor typed, in any case and separator, without repeats", () => {
    const passages = numberPassages(articles);
    expect(parsePassageLabels("P3, p1 3", passages, 1)).toEqual(["b-c0", "a-c0"]);
    expect(parsePassageLabels("  ", passages, 1)).toEqual([]);
    expect(() => parsePassageLabels("P1 P9", passages, 2)).toThrow(/Sentence 2 cites "P9".*P1 to P3/);
  });
});
