import { copyFile, mkdir, mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleDraft } from "../model/index.js";
import { loadFileContent } from "./load-file.js";
import { loadInputs } from "./load-inputs.js";
import type { LoadOptions } from "./load-options.js";
import type { LoadResult } from "./load-result.js";
import { prepareArticle } from "./prepare-article.js";

const seedsDirectory = fileURLToPath(new URL("../../../../samples/seeds/", import.meta.url));
const fixtures = fileURLToPath(new URL("../../test-fixtures/ingest/", import.meta.url));
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "roundup-ingest-"));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function collect(inputs: string[], options: LoadOptions = {}): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for await (const result of loadInputs(inputs, options)) results.push(result);
  return results;
}

function draftsOf(results: LoadResult[]): ArticleDraft[] {
  return results.flatMap((result) => ("drafts" in result ? result.drafts : []));
}

function errorOf(results: LoadResult[]) {
  const result = results[0];
  if (!result || !("error" in result)) throw new Error(`expected an error, got ${JSON.stringify(results)}`);
  return result.error;
}

describe("loadInputs: text files and folders", () => {
  it("loads the seed folder: titles from the first line, 004 without one", async () => {
    // Only the seed articles: the folder may also hold a README.
    const results = (await collect([seedsDirectory])).filter((result) => result.input.endsWith(".txt"));
    expect(results).toHaveLength(5);
    const drafts = draftsOf(results);
    expect(drafts.map((draft) => draft.title)).toEqual([
      "Blinken says ‘a lot of work’ remains on Israel-Hamas truce talks",
      "Blinken Emphasizes Ongoing Efforts in Israel-Hamas Truce Negotiations | Updates on Israel’s Conflict with Gaza",
      "Israel-Hamas War Ceasefire Talks: Live Updates",
      "Israel-Hamas talks drag on in Qatar, Blinken in region",
      null,
    ]);
    for (const draft of drafts) {
      expect(draft.file).toBe(draft.input);
      if (draft.title) expect(draft.originalText).not.toContain(draft.title);
    }
    const seed004 = prepareArticle(drafts[4] as ArticleDraft);
    expect(seed004.titleInferred).toBe(true);
    expect(seed004.title).toMatch(/^U\.S\. Secretary of State Antony Blinken said/);
    expect(seed004.title.length).toBeLessThanOrEqual(101);
    const seed000 = prepareArticle(drafts[0] as ArticleDraft);
    expect(seed000.titleInferred).toBe(false);
    expect(seed000.text.startsWith("US Secretary of State Antony Blinken")).toBe(true);
  });

  it("recurses into sub-folders and skips hidden entries", async () => {
    const root = join(scratch, "tree");
    await mkdir(join(root, "nested", "deeper"), { recursive: true });
    await mkdir(join(root, ".git"), { recursive: true });
    await copyFile(join(seedsDirectory, "002_2dee00ce890550d2.txt"), join(root, "nested", "deeper", "a.txt"));
    await copyFile(join(fixtures, "article.md"), join(root, "b.md"));
    await writeFile(join(root, ".git", "config.txt"), "ignored");
    const results = await collect([root]);
    expect(results.map((result) => result.input)).toEqual([
      join(root, "b.md"),
      join(root, "nested", "deeper", "a.txt"),
    ]);
    const [markdown] = draftsOf(results);
    expect(markdown?.title).toBe("Ceasefire talks: what we know");
    expect(markdown?.originalText).toContain("from Qatar and Egypt");
    expect(markdown?.originalText).not.toMatch(/[*#[\]]/);
  });

  it("keeps going after a bad input", async () => {
    const results = await collect([join(scratch, "missing.txt"), join(seedsDirectory, "001_a5e68ea2d93fdf5a.txt")]);
    expect(errorOf(results).code).toBe("INPUT_NOT_FOUND");
    expect(draftsOf(results)).toHaveLength(1);
  });
});

describe("loadFileContent (an uploaded file)", () => {
  it("loads bytes exactly as loadFile loads the same file, and refuses what it refuses", async () => {
    const html = Buffer.from(
      '<html><head><meta charset="windows-1252"><title>Caf\xe9 talks</title></head><body><p>Talks resumed at the caf\xe9 in Doha on Sunday, officials said.</p></body></html>',
      "latin1",
    );
    const results: LoadResult[] = [];
    for await (const result of loadFileContent("talks.html", html)) results.push(result);
    for await (const result of loadFileContent("photo.png", Buffer.from([0x89, 0x50]))) results.push(result);
    for await (const result of loadFileContent("big.txt", Buffer.alloc(2048, 0x61), { maxBytes: 1024 }))
      results.push(result);
    expect(draftsOf(results)[0]).toMatchObject({ input: "talks.html", file: "talks.html", title: "Café talks" });
    expect(results.slice(1).map((result) => ("error" in result ? result.error.code : "drafts"))).toEqual([
      "INPUT_UNSUPPORTED",
      "INPUT_TOO_LARGE",
    ]);
  });
});

describe("loadInputs: bad files", () => {
  it("refuses an empty file", async () => {
    const path = join(scratch, "empty.txt");
    await writeFile(path, "");
    const error = errorOf(await collect([path]));
    expect(error.code).toBe("INPUT_EMPTY");
    expect(error.input).toBe(path);
    await writeFile(join(scratch, "blank.txt"), " \n\n  \n");
    expect(errorOf(await collect([join(scratch, "blank.txt")])).code).toBe("INPUT_EMPTY");
  });

  it("refuses a binary file", async () => {
    const path = join(scratch, "binary.txt");
    await writeFile(path, Buffer.from([0x47, 0x61, 0x7a, 0x61, 0x00, 0x01, 0x02, 0xff]));
    expect(errorOf(await collect([path])).code).toBe("INPUT_BINARY");
  });

  it("decodes UTF-16 text with a byte-order mark, little and big endian, instead of refusing it as binary", async () => {
    const text =
      "Talks resume in Doha\n\nMediators said on Sunday that the talks would resume in Doha – café included.";
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const big = Buffer.from(little);
    big.swap16();
    await writeFile(join(scratch, "utf16le.txt"), little);
    await writeFile(join(scratch, "utf16be.txt"), big);
    const drafts = draftsOf(await collect([join(scratch, "utf16le.txt"), join(scratch, "utf16be.txt")]));
    expect(drafts.map((draft) => [draft.title, draft.originalText])).toEqual([
      ["Talks resume in Doha", text.split("\n\n")[1]],
      ["Talks resume in Doha", text.split("\n\n")[1]],
    ]);
  });

  it("still refuses UTF-16 without a byte-order mark (it cannot be told from binary)", async () => {
    const path = join(scratch, "utf16-no-mark.txt");
    await writeFile(path, Buffer.from("Talks resume in Doha on Sunday.", "utf16le"));
    expect(errorOf(await collect([path])).code).toBe("INPUT_BINARY");
  });

  it("reports an XML file that is nothing but a DTD entity bomb as having no article in it, as .xml, .rss and .html", async () => {
    const inputs = [".xml", ".rss", ".html"].map((extension) => join(scratch, `bomb${extension}`));
    for (const input of inputs) await copyFile(join(fixtures, "entity-bomb.xml"), input);
    const results = await collect(inputs);
    expect(results.map((result) => ("error" in result ? [result.input, result.error.code] : result))).toEqual(
      inputs.map((input) => [input, "INPUT_EMPTY"]),
    );
    for (const result of results) if ("error" in result) expect(result.error.message).toContain("no article in it");
  });

  it("reports a feed item made only of DTD entities as having no article in it, never one titled &lol9;", async () => {
    const input = join(fixtures, "entity-bomb-feed.rss");
    const results = await collect([input]);
    expect(results.map((result) => ("error" in result ? [result.input, result.error.message] : result))).toEqual([
      [`${input}#bomb-1`, "There is no article in it: the feed item has no text and no link to its page."],
    ]);
  });

  it("keeps what a document says besides references to its own entities", async () => {
    const path = join(scratch, "declared.html");
    await writeFile(
      path,
      '<!DOCTYPE html [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]><html><head><title>Talks resume</title></head><body><p>Mediators said &x;talks would resume on Sunday in Doha.</p></body></html>',
    );
    const [draft] = draftsOf(await collect([path]));
    expect(draft?.originalText).toBe("Mediators said talks would resume on Sunday in Doha.");
  });

  it("refuses invalid UTF-8", async () => {
    const path = join(scratch, "latin1.txt");
    await writeFile(path, Buffer.from("Caf\xe9 talks in Doha\n\nThe envoy arrived.", "latin1"));
    const error = errorOf(await collect([path]));
    expect(error.code).toBe("INPUT_ENCODING");
    expect(error.fix).toContain("UTF-8");
  });

  it("decodes an HTML file in the charset it declares", async () => {
    const path = join(scratch, "latin1.html");
    const html =
      '<html><head><meta charset="windows-1252"><title>Caf\xe9 talks</title></head><body><p>Talks resumed at the caf\xe9 in Doha on Sunday, officials said.</p></body></html>';
    await writeFile(path, Buffer.from(html, "latin1"));
    const [draft] = draftsOf(await collect([path]));
    expect(draft?.title).toBe("Café talks");
    expect(draft?.originalText).toContain("the café in Doha");
  });

  it("refuses an unsupported type without reading it", async () => {
    const path = join(scratch, "photo.png");
    await writeFile(path, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const error = errorOf(await collect([path]));
    expect(error.code).toBe("INPUT_UNSUPPORTED");
    expect(error.message).toContain(".png");
  });

  it("refuses a 50 MB file cheaply, from its size alone", async () => {
    const path = join(scratch, "huge.txt");
    const handle = await open(path, "w");
    await handle.truncate(50 * 1024 * 1024); // sparse: takes no disk space
    await handle.close();
    const before = process.memoryUsage().rss;
    const error = errorOf(await collect([path]));
    expect(error.code).toBe("INPUT_TOO_LARGE");
    expect(error.message).toContain("50.0 MB");
    // Nothing of it was held in memory.
    expect(process.memoryUsage().rss - before).toBeLessThan(20 * 1024 * 1024);
    // The limit is configurable.
    expect(errorOf(await collect([join(seedsDirectory, "000_8707b4ad2ec9a16f.txt")], { maxBytes: 1000 })).code).toBe(
      "INPUT_TOO_LARGE",
    );
  });

  it("refuses non-http URLs", async () => {
    expect(errorOf(await collect(["ftp://example.org/feed.xml"])).code).toBe("INPUT_UNSUPPORTED");
  });
});

describe("loadInputs: HTML, JSON, JSONL and feed files", () => {
  it("reads the main text and metadata of an HTML page", async () => {
    const [draft] = draftsOf(await collect([join(fixtures, "article.html")]));
    expect(draft).toMatchObject({
      title: "Qatar says Gaza truce talks will resume in Doha",
      publishedAt: "2024-10-24T09:30:00.000Z",
      author: "Dana Reporter",
      url: "https://www.example-news.com/world/2024/10/24/qatar-truce-talks",
      source: "Example News",
    });
    const text = draft?.originalText ?? "";
    expect(text).toContain("U.S. Secretary of State Antony Blinken said on Thursday");
    expect(text).toContain("At least 42,847 people have been killed");
    expect(text).not.toContain("Unrelated story");
    expect(text).not.toContain("window.analytics");
    expect(text).not.toContain("Subscribe");
    expect(text.split("\n\n").length).toBeGreaterThanOrEqual(4);
    const article = prepareArticle(draft as ArticleDraft);
    expect(article.text).not.toContain("Share this article");
    expect(article.text).not.toContain("By Dana Reporter");
  });

  it("reads corpus JSONL, keeping ids and gold stories, with an error per bad line", async () => {
    const path = join(fixtures, "corpus.jsonl");
    const results = await collect([path]);
    const drafts = draftsOf(results);
    expect(drafts.map((draft) => [draft.input, draft.externalId, draft.goldStory])).toEqual([
      [`${path}#c-1`, "c-1", "gaza-truce"],
      [`${path}#c-2`, "c-2", "gaza-truce"],
    ]);
    expect(drafts[1]).toMatchObject({
      source: "example.org",
      url: "https://example.org/a",
      publishedAt: "2024-10-24T00:00:00Z",
    });
    expect(drafts[0]?.source).toBeNull();
    const errors = results.flatMap((result) => ("error" in result ? [result.error] : []));
    expect(errors.map((error) => [error.code, error.input])).toEqual([
      ["INPUT_MALFORMED", `${path}#L3`],
      ["INPUT_MALFORMED", `${path}#L4`],
    ]);
  });

  it("reads a JSON array of records and refuses malformed JSON", async () => {
    const drafts = draftsOf(await collect([join(fixtures, "corpus.json")]));
    expect(drafts.map((draft) => draft.externalId)).toEqual(["j-1", "2"]);
    expect(prepareArticle(drafts[1] as ArticleDraft).titleInferred).toBe(true);
    const broken = join(scratch, "broken.json");
    await writeFile(broken, '{"id": 1, "text": ');
    expect(errorOf(await collect([broken])).code).toBe("INPUT_MALFORMED");
  });

  it("reads an Atom feed file and refuses a malformed feed", async () => {
    const [draft] = draftsOf(await collect([join(fixtures, "feed-atom.xml")]));
    expect(draft).toMatchObject({
      title: "Israel-Hamas talks drag on in Qatar",
      url: "https://news.example.org/2024/03/20/talks-qatar",
      author: "Kim Author",
      publishedAt: "2024-03-20T11:00:00.000Z",
    });
    expect(draft?.originalText.split("\n\n")).toHaveLength(3);
    const error = errorOf(await collect([join(fixtures, "feed-malformed.xml")]));
    expect(error.code).toBe("INPUT_MALFORMED");
    expect(error.input).toBe(join(fixtures, "feed-malformed.xml"));
  });
});
