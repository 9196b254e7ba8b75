import type { StoryPageArticle } from "@roundup/db";
import { describe, expect, it } from "vitest";
import { listCitablePassages } from "./story-passages";

describe("listCitablePassages", () => {
  it("lists every passage with its outlet and paragraph, in the order the sources are shown", () => {
    const article = (id: string, source: string | null, text: string): StoryPageArticle => ({
      id,
      title: `Title ${id}`,
      source,
      url: null,
      author: null,
      publishedAt: null,
      text,
      duplicateOf: null,
      chunks: [
        { id: `${id}-c0`, index: 0, start: 0, end: 5 },
        { id: `${id}-c1`, index: 1, start: 6, end: text.length },
      ],
    });
    const passages = listCitablePassages([article("a", "Ledger", "First second"), article("b", null, "Alpha beta")]);
    expect(passages.map((passage) => [passage.label, passage.preview])).toEqual([
      ["Ledger ¶1", "First"],
      ["Ledger ¶2", "second"],
      ["Title b ¶1", "Alpha"],
      ["Title b ¶2", "beta"],
    ]);
    expect(passages[1]).toMatchObject({ chunkId: "a-c1", articleId: "a", start: 6, end: 12 });
  });
});
