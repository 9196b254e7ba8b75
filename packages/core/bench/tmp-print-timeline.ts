import { extractFacts } from "../src/digest/facts/extract-facts.js";
import { spaceStationArticles } from "../src/digest/testing/space-station-articles.js";
import { riverPollutionArticles } from "../src/digest/testing/river-pollution-articles.js";
for (const articles of [spaceStationArticles(), riverPollutionArticles()]) {
  const facts = extractFacts(articles);
  console.log("=== timeline");
  for (const e of facts.timeline) console.log(`${e.date}${e.precision ? `(${e.precision})` : ""} | ${e.text} [${e.citations.length}]`);
  console.log("=== sentence dates");
  facts.sentences.forEach((s, i) => console.log(`${facts.sentenceDates[i]?.date ?? "null"} ${facts.sentenceDates[i]?.basis ?? ""} | ${s.article.source}: ${s.sentence.text.slice(0, 90)}`));
}
