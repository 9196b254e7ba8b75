/**
 * How clean the article text Roundup keeps from real web pages is, on a second set of real pages it
 * was never tuned on: the fixtures of the Mercury parser (Postlight), real news and blog pages saved
 * in 2016–2019 from some 80 sites, each used by a test of that site's custom extractor. The gold body
 * of a page is what its site's extractor takes: a content selector and a list of what to clean
 * (captions, related links, share bars…) written by hand for that site by Mercury's contributors,
 * then Mercury's own cleaning. Word 4-gram precision / recall / F1 of the stored text against that
 * body, per page, averaged over pages (the measure of the other real-page benches).
 *
 * The pages and their tests come from the old package (the pages are their publishers', so they are
 * not in this repository); the extractors from the current one, whose dependencies install from the
 * npm registry (the old one's do not):
 *
 *   mkdir mercury && cd mercury
 *   npm pack @postlight/mercury-parser@1.1.1 && tar xzf postlight-mercury-parser-1.1.1.tgz
 *   npm pack @postlight/parser@2.2.3 && mkdir parser && tar xzf postlight-parser-2.2.3.tgz -C parser
 *   npm init -y && npm install --ignore-scripts @babel/runtime-corejs2@7 cheerio@0.22.0 difflib@0.2.4 \
 *     ellipsize@0.1.0 iconv-lite@0.5.0 moment moment-parseformat@3.0.0 moment-timezone@0.5.37 \
 *     postman-request string-direction turndown valid-url wuzzy
 *   npx tsx --conditions=@roundup/source bench/extraction-mercury-pages.ts \
 *     --pages mercury/package --parser mercury/parser/package/dist/mercury.js [--show <fixture>] [--json]
 *
 * A page is scored when a test names its address and its site's extractor gives a body of at least
 * 100 words (not a video page or a bare caption): 95 of the 98 pages the tests name have a body.
 * With --untested, only the fixtures no site test names are scored instead (older pages of the generic
 * tests, second pages of a site), each read as from its own canonical address, which chooses its
 * site's extractor (a tweet's page is left out): 11 have a body, and no bench scored them before 2026-12-05.
 *
 * With --since <an older unpacked package>, only the fixtures that package does not ship are scored. The
 * repository's later fixtures (2019–2022, some 50 sites more) ship in `@postlight/parser@2.2.2`, which
 * packed the whole repository (2.2.3 does not):
 *
 *   npm pack @postlight/parser@2.2.2 && mkdir parser-2.2.2-repo && tar xzf postlight-parser-2.2.2.tgz -C parser-2.2.2-repo
 *   npx tsx --conditions=@roundup/source bench/extraction-mercury-pages.ts --pages parser-2.2.2-repo/parser-2.2.2 \
 *     --parser mercury/parser/package/dist/mercury.js --since mercury/package
 *
 * With --marked, the gold lines of the later pages read as furniture by the issue's definition (photo
 * credits and captions, bylines, tags, related links, calls to subscribe, adverts:
 * extraction/mercury-later-furniture.json, a hash per line and fixture) are left out of the gold first.
 *
 * What the gold is: hand-written per site, so it is closer to "the article" than a generic
 * extractor's output, but each site's cleaning is as thorough as its contributor made it: some keep
 * captions, an author's bio or "Read more" lines, which Roundup removes by design (recall here is a
 * floor); some selectors take one column of a page whose article goes on elsewhere.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { comparePage, type PageComparison, reportComparisons } from "./extraction/compare-with-readability.js";
import { extractArticleText } from "./extraction/extract-article-text.js";
import { markedFurniture } from "./extraction/marked-furniture.js";
import { goldText } from "./extraction/readability-text.js";

const { values } = parseArgs({
  options: {
    pages: { type: "string" },
    parser: { type: "string" },
    show: { type: "string" },
    json: { type: "boolean", default: false },
    untested: { type: "boolean", default: false },
    since: { type: "string" },
    marked: { type: "boolean", default: false },
  },
});
if (!values.pages || !values.parser) {
  process.stderr.write(
    "give --pages <an unpacked @postlight/mercury-parser 1.1.1 package> and --parser <dist/mercury.js of an unpacked @postlight/parser 2.2.3, its dependencies installed> (see this file's first comment)\n",
  );
  process.exit(2);
}
const packageFolder = values.pages;

interface MercuryResult {
  content?: string | null;
}
interface MercuryParser {
  parse(url: string, options: { html: string; fallback: boolean }): Promise<MercuryResult | null>;
}
const mercury = createRequire(import.meta.url)(path.resolve(values.parser)) as MercuryParser;

/** Shorter gold bodies are a video page or a caption, not an article. */
const minimumGoldWords = 100;

interface TestedPage {
  url: string;
  fixture: string;
}

/** Each page a custom extractor's test reads, with the address the test gives it (the extractor is chosen by it). */
function testedPages(): TestedPage[] {
  const pages = new Map<string, string>();
  const visit = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) visit(file);
      else if (name.endsWith(".test.js")) {
        const test = readFileSync(file, "utf8");
        for (const match of test.matchAll(
          /url\s*=\s*['"`]([^'"`]+)['"`][\s\S]*?readFileSync\(\s*['"`]\.\/fixtures\/([^'"`]+)['"`]/g,
        ))
          if (match[1] && match[2] && !pages.has(match[2])) pages.set(match[2], match[1]);
      }
    }
  };
  visit(path.join(packageFolder, "src", "extractors", "custom"));
  return [...pages].map(([fixture, url]) => ({ fixture, url }));
}

/** The page's own address (canonical link, else og:url), or its folder's site when it names none. */
function ownAddress(source: string, fixture: string): string {
  const address =
    /<link[^>]*rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(source)?.[1] ??
    /<meta[^>]*property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(source)?.[1];
  return address?.startsWith("http") ? address : `https://${fixture.split("/")[0]}/`;
}

/** The fixtures no site test names, each with its own address. */
function untestedPages(): TestedPage[] {
  const tested = new Set(testedPages().map((page) => page.fixture));
  const fixtures = path.join(packageFolder, "fixtures");
  const found: string[] = [];
  const visit = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) visit(file);
      else if (name.endsWith(".html")) found.push(path.relative(fixtures, file));
    }
  };
  visit(fixtures);
  // A tweet's page is not a news or blog page.
  return found
    .filter((fixture) => !tested.has(fixture) && !fixture.startsWith("twitter.com/"))
    .map((fixture) => ({ fixture, url: ownAddress(readFileSync(path.join(fixtures, fixture), "utf8"), fixture) }));
}

/** With --since, the fixtures an older package (its folder) already shipped, which are left out. */
const olderFixtures = new Set<string>();
if (values.since) {
  const root = path.join(values.since, "fixtures");
  const visit = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) visit(file);
      else olderFixtures.add(path.relative(root, file));
    }
  };
  visit(root);
}

/** With --marked, the gold without the lines read as furniture by the issue's definition (later pages only). */
const withoutMarked = markedFurniture("mercury-later-furniture.json");

const results: PageComparison[] = [];
for (const { fixture, url } of (values.untested ? untestedPages() : testedPages()).filter(
  (page) => !olderFixtures.has(page.fixture),
)) {
  const source = readFileSync(path.join(packageFolder, "fixtures", fixture), "utf8");
  let body: string | null | undefined;
  try {
    body = (await mercury.parse(url, { html: source, fallback: false }))?.content;
  } catch {
    body = null;
  }
  const whole = body ? goldText(body) : "";
  if (whole.split(/\s+/).length < minimumGoldWords) continue;
  const gold = values.marked ? withoutMarked(whole, fixture).gold : whole;
  const kept = extractArticleText(source, fixture, url);
  results.push(comparePage(fixture, source, kept, gold, values.show));
}

reportComparisons(results, { json: values.json, pageWidth: 50 });
