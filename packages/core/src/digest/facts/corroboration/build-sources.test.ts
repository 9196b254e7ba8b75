import { expect, it } from "vitest";
import { derailmentArticles } from "../../testing/derailment-articles.js";
import { buildSources } from "./build-sources.js";

it("lists a rewrite the near-duplicate check missed as a copy of its original, not an independent source", () => {
  const articles = derailmentArticles();
  const sources = buildSources(articles);
  const wireBurn = articles.find((article) => article.title.startsWith("Crews burn off"))!;
  expect(sources.filter((source) => !source.independent)).toEqual([
    expect.objectContaining({ source: "Lakeshore Daily", duplicateOf: wireBurn.id }),
  ]);
  expect(sources).toHaveLength(articles.length);
});
