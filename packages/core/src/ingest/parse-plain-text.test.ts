import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlainText } from "./parse-plain-text.js";
import { prepareArticle } from "./prepare-article.js";

const seed = (name: string) => readFileSync(new URL(`../../../../samples/seeds/${name}`, import.meta.url), "utf8");

describe("parsePlainText", () => {
  it("keeps the byline the cleaner removes as the author, and the line in the original", () => {
    const draft = parsePlainText(seed("003_2d736acade308af8.txt"), { input: "003.txt" });
    expect(draft.author).toBe("Ali Raza");
    const article = prepareArticle(draft);
    expect(article.author).toBe("Ali Raza");
    expect(article.originalText).toContain("\nBy Ali Raza\n");
    expect(article.text).not.toContain("By Ali Raza");
  });

  it("finds a byline in Markdown, and none where no line is one", () => {
    const markdown =
      "# Talks resume\n\n**By Jane Q. Doe**\n\nBy the end of the day, mediators said talks would resume.";
    expect(parsePlainText(markdown, { input: "note.md", markdown: true }).author).toBe("Jane Q. Doe");
    expect(parsePlainText(seed("000_8707b4ad2ec9a16f.txt"), { input: "000.txt" }).author).toBeNull();
    expect(parsePlainText("Title\n\nBy the end of the day, talks resumed.", { input: "a.txt" }).author).toBeNull();
  });
});
