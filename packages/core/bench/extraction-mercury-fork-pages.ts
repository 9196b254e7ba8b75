/**
 * How clean the article text Roundup keeps from real web pages is, on pages no rule was ever fitted to:
 * the fixtures that `jocmp/mercury-parser` (the Mercury parser as kept up by Capy Reader's author,
 * published as `@jocmp/mercury-parser`) added after Postlight's last release, saved in 2024–2026 from
 * news and tech sites (Android Authority, Deutsche Welle, TweakTown…), none of them in the other sets
 * (Postlight's fixtures end in 2022). The npm tarballs (3.0.2–3.0.7) ship the parser, not the fixtures,
 * so the pages were copied from the repository (through the search tool's stored copy; nothing fetched
 * from the web), one file per page in `<folder>/fixtures/<site>/<timestamp>.html` as the repository
 * keeps them. The copies leave out only what no reader sees (the drawings inside SVGs, `srcset` lists,
 * most `fb:pages` meta tags, tracking query strings in share links); every visible line is kept.
 *
 *   mkdir fork && cd fork && npm pack @jocmp/mercury-parser@3.0.7 && tar xzf jocmp-mercury-parser-3.0.7.tgz
 *   npm init -y && npm install --ignore-scripts @babel/runtime-corejs2@7 cheerio@1 dayjs ellipsize@0.6.0 \
 *     iconv-lite@0.7.2 postman-request string-direction@0.1.2 turndown@7 wuzzy@0.1.4 difflib@0.2.4
 *   npx tsx --conditions=@roundup/source bench/extraction-mercury-fork-pages.ts --pages <copied pages> \
 *     --parser fork/package/dist/mercury.js [--extractors <extractors.json>] [--show <fixture>] [--json]
 *
 * The gold body of a page is what its site's custom extractor takes (a content selector and what to
 * clean, written by hand for that site, then Mercury's own cleaning), as on Mercury's other sets. Sites
 * whose extractor came after 3.0.7 are given with --extractors: a JSON list of Mercury extractors of
 * that form (`{"domain": "www.dw.com", "content": {"selectors": ["…"], "clean": ["…"]}}`), each written
 * from the site's `src/extractors/custom/<site>/index.js` in the repository (only extractors without
 * transform functions). A page whose site has no custom extractor is not scored (Mercury's generic
 * extractor is not a gold), nor one whose body is under 100 words. Word 4-gram P / R / F1 per page,
 * averaged, as on the other real-page benches; Readability alone beside it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { comparePage, type PageComparison, reportComparisons } from "./extraction/compare-with-readability.js";
import { extractArticleText } from "./extraction/extract-article-text.js";
import { goldText } from "./extraction/readability-text.js";

const { values } = parseArgs({
  options: {
    pages: { type: "string" },
    parser: { type: "string" },
    extractors: { type: "string" },
    show: { type: "string" },
    json: { type: "boolean", default: false },
  },
});
if (!values.pages || !values.parser) {
  process.stderr.write(
    "give --pages <a folder of fixtures/<site>/<page>.html> and --parser <dist/mercury.js of @jocmp/mercury-parser 3.0.7, its dependencies installed> (see this file's first comment)\n",
  );
  process.exit(2);
}

interface MercuryExtractor {
  domain: string;
}
interface MercuryParser {
  parse(url: string, options: { html: string; fallback: boolean }): Promise<{ content?: string | null } | null>;
  addExtractor(extractor: MercuryExtractor): unknown;
}
const parserPath = path.resolve(values.parser);
const mercury = createRequire(import.meta.url)(parserPath) as MercuryParser;
/** The sites with a custom extractor: the bundle's own (its API does not say which it used) and those given. */
const sites = new Set([...readFileSync(parserPath, "utf8").matchAll(/domain: '([^']+)'/g)].map((match) => match[1]));
for (const extractor of values.extractors
  ? (JSON.parse(readFileSync(values.extractors, "utf8")) as MercuryExtractor[])
  : []) {
  mercury.addExtractor(extractor);
  sites.add(extractor.domain);
}

/** Shorter gold bodies are a video page or a caption, not an article. */
const minimumGoldWords = 100;

/** The page's own address (canonical link, else og:url), or its folder's site when it names none. */
function ownAddress(source: string, site: string): string {
  const address =
    /<link[^>]*href=["']([^"']+)["'][^>]*rel=["']canonical["']/i.exec(source)?.[1] ??
    /<link[^>]*rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(source)?.[1] ??
    /<meta[^>]*(?:value|content)=["']([^"']+)["'][^>]*(?:name|property)=["']og:url["']/i.exec(source)?.[1];
  return address?.startsWith("http") ? address : `https://${site}/`;
}

const fixtures = path.join(values.pages, "fixtures");
const results: PageComparison[] = [];
for (const site of readdirSync(fixtures).sort()) {
  if (!statSync(path.join(fixtures, site)).isDirectory() || !sites.has(site)) continue;
  for (const name of readdirSync(path.join(fixtures, site)).sort()) {
    const fixture = `${site}/${name}`;
    const source = readFileSync(path.join(fixtures, fixture), "utf8");
    const address = ownAddress(source, site);
    let body: string | null | undefined;
    try {
      body = (await mercury.parse(address, { html: source, fallback: false }))?.content;
    } catch {
      body = null;
    }
    const gold = body ? goldText(body) : "";
    if (gold.split(/\s+/).length < minimumGoldWords) continue;
    const kept = extractArticleText(source, fixture, address);
    results.push(comparePage(fixture, source, kept, gold, values.show));
  }
}

reportComparisons(results, { json: values.json, pageWidth: 50 });
