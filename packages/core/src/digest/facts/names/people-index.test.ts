import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { buildPeopleIndex } from "./people-index.js";

const first = prepareArticle({
  input: "first",
  title: "Harbour wall",
  originalText:
    "Harbour master Ines Calloway said the wall would be repaired. Engineer Tomas Reyes inspected it on Monday.\n\nCalloway said the work would take a month.",
});
const second = prepareArticle({
  input: "second",
  title: "Harbour wall repairs",
  originalText: "Councillor Priya Natt said the Harbour Trust would pay. Ines Calloway welcomed the decision.",
});

describe("buildPeopleIndex", () => {
  it("lists one article's mentions, in the story's order, apart from the other articles'", () => {
    const people = buildPeopleIndex([first, second]);
    for (const article of [first, second]) {
      const own = people.people.filter((mention) => mention.articleId === article.id);
      expect(own.length).toBeGreaterThan(0);
      expect(people.inArticle(article.id)).toEqual(own);
    }
    expect(people.inArticle("no such article")).toEqual([]);
  });
});

describe("PeopleIndex.resolve", () => {
  it("reads a surname as the person the article named, whichever article asks first and however often", () => {
    const other = prepareArticle({
      input: "other",
      title: "Harbour wall vote",
      originalText: "Councillor Mark Calloway voted against the repairs on Tuesday.",
    });
    const third = prepareArticle({
      input: "third",
      title: "Harbour wall",
      originalText: "Calloway said the vote was close.",
    });
    const people = buildPeopleIndex([first, other, third]);
    for (let round = 0; round < 2; round += 1) {
      expect(people.resolve("Calloway", other.id, other.text.length)).toBe("Mark Calloway");
      expect(people.resolve("Calloway", first.id, first.text.length)).toBe("Ines Calloway");
      expect(people.resolve("Calloway", third.id, 0)).toBeNull();
    }
  });
});
