/**
 * How clean the article text Roundup keeps from a web page is: word 4-gram precision, recall and F1
 * of the stored text (parseHtml, then the cleaning of prepareArticle) against each page's gold body,
 * averaged over pages (precision and recall per page, F1 of the two averages).
 *
 * The pages are NOT a public benchmark and not collected from the web (there is no network here):
 * `extraction/` holds ten article bodies written for it and seven page templates in the styles of
 * the sites that reach an aggregator (wire, newspaper, WordPress blog, scraped aggregator with the
 * seeds' spam, magazine, old local site, broadcaster), 70 pages in all. Rules tuned on them can fit
 * them; the public benchmark's figures (F1 0.954, P 0.922, R 0.988) are not comparable.
 *
 *   npx tsx bench/extraction-eval.ts [--show <template>/<slug>] [--json]
 */
import { parseArgs } from "node:util";
import { wordNgramOverlap } from "../src/eval/index.js";
import { articleBodies } from "./extraction/article-bodies.js";
import { averagePageScores, type PageScore } from "./extraction/average-page-scores.js";
import { extractArticleText } from "./extraction/extract-article-text.js";
import { finalHeldOutTemplates, heldOutTemplates, pageTemplates } from "./extraction/page-templates.js";

const { values } = parseArgs({ options: { show: { type: "string" }, json: { type: "boolean", default: false } } });

const scores: PageScore[] = [];
const templates = { ...pageTemplates, ...heldOutTemplates, ...finalHeldOutTemplates };
for (const [name, template] of Object.entries(templates)) {
  for (const [index, article] of articleBodies.entries()) {
    const others = [...articleBodies.slice(index + 1), ...articleBodies.slice(0, index)];
    const html = template(article, others);
    const page = `${name}/${article.slug}`;
    const url = `https://${name}.example/news/${article.slug}`;
    const text = extractArticleText(html, url, url);
    const gold = article.paragraphs.join("\n\n");
    const { precision, recall } = wordNgramOverlap(text, gold);
    scores.push({ page, precision, recall });
    if (values.show === page || values.show === name)
      process.stdout.write(`== ${page}  P ${precision.toFixed(3)} R ${recall.toFixed(3)}\n${text}\n\n`);
  }
}

const average = (list: PageScore[]) => {
  const { pages, precision, recall, f1 } = averagePageScores(list);
  return { pages, precision: round(precision), recall: round(recall), f1: round(f1) };
};
const round = (value: number) => Number(value.toFixed(3));

const ofTemplates = (names: string[]) =>
  average(scores.filter((score) => names.some((name) => score.page.startsWith(`${name}/`))));
const byTemplate = Object.fromEntries(Object.keys(templates).map((name) => [name, ofTemplates([name])]));
const tuned = ofTemplates([...Object.keys(pageTemplates), ...Object.keys(heldOutTemplates)]);
const heldOut = ofTemplates(Object.keys(finalHeldOutTemplates));
const overall = average(scores);
const line = (name: string, score: ReturnType<typeof average>) =>
  `${name.padEnd(18)} P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  F1 ${score.f1.toFixed(3)}  (${score.pages} pages)\n`;
if (values.json) process.stdout.write(`${JSON.stringify({ tuned, heldOut, overall, byTemplate }, null, 2)}\n`);
else {
  for (const [name, score] of Object.entries(byTemplate)) process.stdout.write(line(name, score));
  process.stdout.write(line("tuned on", tuned));
  process.stdout.write(line("held out", heldOut));
  process.stdout.write(line("all", overall));
}
