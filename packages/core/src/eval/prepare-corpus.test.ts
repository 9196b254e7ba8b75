import { describe, expect, it } from "vitest";
import { prepareCorpus } from "./prepare-corpus.js";
import type { CorpusRecord } from "./read-corpus.js";

const record = (id: string, text: string): CorpusRecord => ({
  id,
  title: "",
  text,
  source: null,
  url: null,
  publishedAt: null,
  story: "s1",
});

describe("prepareCorpus", () => {
  it("skips a record that is nothing but boilerplate, names it with the reason, and prepares the rest", () => {
    const { articles, skipped } = prepareCorpus(
      [
        record("good-1", "The river burst its banks on Monday and flooded the old town, officials said."),
        record("junk-1", "Leave a Comment"),
        record("good-2", "Rescue teams reached the flooded old town on Tuesday as the water began to fall."),
      ],
      "news.jsonl",
    );
    expect(articles.map((article) => article.externalId)).toEqual(["good-1", "good-2"]);
    expect(skipped).toEqual([{ id: "junk-1", reason: expect.stringMatching(/boilerplate/) }]);
  });
});
