import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lookAlikeArticles } from "../eval/testing/look-alike-events.js";
import { linkNearDuplicates } from "./link-near-duplicates.js";
import { NearDuplicateIndex } from "./near-duplicate-index.js";
import { prepareArticle } from "./prepare-article.js";

const seedsDirectory = new URL("../../../../samples/seeds/", import.meta.url);
const seeds = readdirSync(seedsDirectory)
  .sort()
  .map((name) =>
    prepareArticle({
      input: name,
      file: name,
      title: null,
      originalText: readFileSync(new URL(name, seedsDirectory), "utf8"),
    }),
  );
const seed = (index: number) => {
  const article = seeds[index];
  if (!article) throw new Error(`seed ${index} missing`);
  return article;
};

describe("NearDuplicateIndex", () => {
  it("links the shortened rewrite 001 to 000 and no other seed pair, in either insertion order", () => {
    for (const order of [
      [0, 1, 2, 3, 4],
      [4, 3, 2, 1, 0],
    ]) {
      for (const probe of order) {
        const index = new NearDuplicateIndex();
        for (const other of order) if (other !== probe) index.add(seed(other));
        const original = index.findOriginal(seed(probe));
        // 001 duplicates 000 (the fuller text); 000 itself duplicates nothing.
        expect(original, `seed ${probe}`).toBe(probe === 1 ? seed(0).id : null);
      }
    }
  });

  it("reports exact overlap figures", () => {
    const index = new NearDuplicateIndex();
    const { containment } = index.similarity(seed(0).text, seed(1).text);
    expect(containment).toBeGreaterThan(0.7);
    for (const [a, b] of [
      [0, 2],
      [2, 3],
      [3, 4],
    ] as const) {
      expect(index.similarity(seed(a).text, seed(b).text).containment).toBeLessThan(0.1);
    }
  });

  it("never links an article to itself and ignores very short texts", () => {
    const index = new NearDuplicateIndex();
    index.add(seed(0));
    expect(index.findOriginal(seed(0))).toBeNull();
    index.add({ id: "short-1", text: "Talks resume." });
    expect(index.findOriginal({ id: "short-2", text: "Talks resume." })).toBeNull();
  });

  it("prefers the earliest published original", () => {
    const index = new NearDuplicateIndex();
    index.add({ id: "late", text: seed(0).text, publishedAt: "2024-02-08T00:00:00Z" });
    index.add({ id: "early", text: seed(0).text, publishedAt: "2024-02-07T00:00:00Z" });
    expect(index.findOriginal({ id: "copy", text: seed(1).text })).toBe("early");
  });
  it("forgets a removed article, also once removals rebuild the buckets", () => {
    // Distinct filler texts: words drawn by a fixed linear congruential sequence.
    let state = 7;
    const word = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return `w${state % 5000}`;
    };
    const filler = (id: number) => ({ id: `filler-${id}`, text: Array.from({ length: 40 }, word).join(" ") });
    const index = new NearDuplicateIndex();
    index.add(seed(0));
    expect(index.remove(seed(0).id)).toBe(true);
    expect(index.remove(seed(0).id)).toBe(false);
    expect(index.findOriginal(seed(1))).toBeNull();
    expect(index.size).toBe(0);

    // Added again after its removal, then kept while 3,000 others come and go (several rebuilds).
    index.add(seed(0));
    const fillers = Array.from({ length: 3000 }, (_, id) => filler(id));
    for (const article of fillers) index.add(article);
    for (const article of fillers.slice(0, 2900)) index.remove(article.id);
    expect(index.size).toBe(101);
    expect([...index.ids()]).toEqual([seed(0).id, ...fillers.slice(2900).map((article) => article.id)]);
    expect(index.has(seed(0).id) && index.has("filler-2999") && !index.has("filler-10")).toBe(true);
    expect(index.findOriginal(seed(1))).toBe(seed(0).id);
    // A kept filler is still found (a copy of it links to it); a removed one is not.
    const kept = fillers[2950] as { id: string; text: string };
    const removed = fillers[10] as { id: string; text: string };
    expect(index.findOriginal({ id: "copy-kept", text: kept.text })).toBe(kept.id);
    expect(index.findOriginal({ id: "copy-removed", text: removed.text })).toBeNull();
  });
});

describe("linkNearDuplicates", () => {
  it("marks 001 as a duplicate of 000 only, whatever the input order", () => {
    for (const batch of [seeds, [...seeds].reverse()]) {
      const linked = linkNearDuplicates(batch);
      const duplicates = linked.filter((article) => article.duplicateOf !== null);
      expect(duplicates.map((article) => [article.id, article.duplicateOf])).toEqual([[seed(1).id, seed(0).id]]);
      expect(linked.map((article) => article.id)).toEqual(batch.map((article) => article.id));
    }
  });

  it("keeps one article per exact content and does not mutate its input", () => {
    const copy = prepareArticle({ input: "copy.txt", title: null, originalText: `${seed(0).originalText}\n\n` });
    expect(copy.id).toBe(seed(0).id);
    const linked = linkNearDuplicates([seed(0), copy, seed(1)]);
    expect(linked).toHaveLength(2);
    expect(seed(1).duplicateOf).toBeNull();
  });

  it("links the wire copy to its original and only articles of the same event among look-alike events", () => {
    const articles = lookAlikeArticles().map((record) =>
      prepareArticle(
        {
          input: record.id,
          externalId: record.id,
          title: record.title,
          originalText: record.text,
          goldStory: record.story,
        },
        { skipCleaning: true },
      ),
    );
    const linked = linkNearDuplicates(articles);
    const byId = new Map(linked.map((article) => [article.id, article]));
    const links = linked.filter((article) => article.duplicateOf !== null);
    const externalIdOf = (id: string | null) => byId.get(id ?? "")?.externalId;
    expect(links.map((article) => [article.externalId, externalIdOf(article.duplicateOf)])).toContainEqual([
      "quake-peru-2",
      "quake-peru-1",
    ]);
    expect(links.length).toBeLessThan(articles.length * 0.1);
    for (const article of links) expect(byId.get(article.duplicateOf ?? "")?.goldStory).toBe(article.goldStory);
  });
});
