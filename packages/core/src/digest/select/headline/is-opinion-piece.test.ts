import { describe, expect, it } from "vitest";
import { isOpinionPiece } from "./is-opinion-piece.js";

describe("isOpinionPiece", () => {
  it("reads an outlet's label for a view in the title", () => {
    expect(isOpinionPiece({ title: "Comment: The reef deserves more respect", url: null })).toBe(true);
    expect(isOpinionPiece({ title: "Opinion | Why the park must change", url: null })).toBe(true);
    expect(isOpinionPiece({ title: "Our view: Heritage worth paying for", url: null })).toBe(true);
  });

  it("reads the section a URL files the article under", () => {
    expect(isOpinionPiece({ title: "Heritage worth paying for", url: "https://paper.example/opinion/heritage" })).toBe(
      true,
    );
    expect(isOpinionPiece({ title: "A view", url: "https://paper.example/uk/commentisfree/2033/jun/a-view" })).toBe(
      true,
    );
  });

  it("leaves reports alone, whatever words they hold", () => {
    expect(isOpinionPiece({ title: "Council leader's comment angers residents", url: null })).toBe(false);
    expect(
      isOpinionPiece({
        title: "Jury finds park failings contributed to death",
        url: "https://paper.example/news/jury",
      }),
    ).toBe(false);
    expect(isOpinionPiece({ title: "A week without the bridge", url: "https://commuters.example/blog/a-week" })).toBe(
      false,
    );
    expect(isOpinionPiece({ title: "Opinion poll puts Labour ahead", url: null })).toBe(false);
  });
});
