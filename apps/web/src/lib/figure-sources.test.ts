import type { StoryPageArticle } from "@roundup/db";
import { describe, expect, it } from "vitest";
import { storyFigureSources } from "./figure-sources";

describe("storyFigureSources", () => {
  const text = "A lift collapsed at the Mill Lane car park on Saturday.\nTwelve people were injured, police said.";
  const article = (id: string, source: string | null): StoryPageArticle => ({
    id,
    title: `Car park lift collapse (${id})`,
    source,
    url: null,
    author: null,
    publishedAt: null,
    text,
    duplicateOf: null,
    chunks: [
      { id: `${id}-c0`, index: 0, start: 0, end: 55 },
      { id: `${id}-c1`, index: 1, start: 56, end: text.length },
    ],
  });
  const sourceOf = storyFigureSources([article("a", "Coastal Post"), article("b", null)]);

  it("links an outlet's other figure to the passage that gives it, named as citations name the article", () => {
    expect(sourceOf("a", "12")).toEqual({
      name: "Coastal Post",
      description: "¶2 of “Car park lift collapse (a)”",
      href: "#passage-a-c1",
    });
    expect(sourceOf("b", "12")).toMatchObject({ name: "Car park lift collapse (b)", href: "#passage-b-c1" });
  });

  it("links the article when no passage gives the figure, and nothing for an article gone from the story", () => {
    expect(sourceOf("a", "13")).toMatchObject({ name: "Coastal Post", href: "#article-a" });
    expect(sourceOf("gone", "12")).toMatchObject({ name: "an article no longer in this story", href: null });
  });
});
