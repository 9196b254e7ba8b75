import type { Digest } from "@roundup/prompts";
import { XMLValidator } from "fast-xml-parser";
import { parseAtomFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { renderAtomFeed, xmlSafe } from "./atom-feed";
import { digestBodyHtml, digestToHtml, digestToJson, digestToMarkdown, type ExportableDigest } from "./digest-export";

const vote = { articleId: "a1", chunkId: "a1-c0", start: 0, end: 24 };
const turnout = { articleId: "a2", chunkId: "a2-c3", start: 100, end: 140 };
const content: Digest = {
  headline: 'Council <script>alert("x")</script> vote',
  headlineCitations: [vote],
  summary: [
    {
      text: "It passed [link](javascript:alert(1)) & more.",
      citations: [vote],
      corroboration: { outlets: 3, articleIds: ["a1", "a2", "a3"] },
    },
    {
      text: "About 95,000 people turned out.",
      citations: [turnout],
      verification: { status: "unsupported", reasons: ["number 95000 is not in the cited passage"] },
      acceptance: { by: "u1", byName: "Rita", reason: "Police figure, by phone", at: "2026-12-01T00:00:00.000Z" },
    },
  ],
  keyPoints: [{ text: "Key <b>point</b>", citations: [vote] }],
  timeline: [{ date: "2024-01-02", text: "Vote held", citations: [turnout] }],
  quotes: [{ speaker: "Mayor", text: "We did it", citations: [] }],
  disagreements: [
    {
      topic: "turnout",
      claims: [
        { value: "90,000", text: "Organisers said 90,000.", citations: [turnout], source: "the <organisers>" },
        { value: "40,000", text: "Police said 40,000.", citations: [vote] },
      ],
    },
  ],
  sources: [],
  generation: {
    engine: "offline",
    model: null,
    promptId: "p",
    inputHash: "h",
    usage: { inputTokens: 0, outputTokens: 0 },
    costUsd: 0,
    latencyMs: 1,
  },
};
const digest: ExportableDigest = {
  storyId: "s1",
  storyLabel: "Council",
  kind: "published",
  revision: 7,
  publishedAt: new Date("2024-01-03T10:00:00Z"),
  content,
  evidence: {
    passages: [
      { ...vote, text: "The council voted 7 to 2." },
      { ...turnout, text: "Organisers put the crowd at 90,000." },
    ],
    sources: [
      {
        articleId: "a1",
        title: "Ledger story",
        outlet: "Ledger",
        url: "https://ledger.example/1",
        publishedAt: "2024-01-02T08:00:00.000Z",
      },
      { articleId: "a2", title: "Wire story", outlet: "Wire", url: "javascript:alert(2)", publishedAt: null },
    ],
  },
};

describe("digest exports", () => {
  it("names the source of each side where one sentence reports both, escaped", () => {
    expect(digestToMarkdown(digest)).toContain("  - **90,000** (the \\<organisers\\>): Organisers said 90,000.");
    expect(digestToHtml(digest)).toContain(
      "<li><strong>90,000</strong> (the &lt;organisers&gt;): Organisers said 90,000.",
    );
    expect(digestToMarkdown(digest)).toContain("  - **40,000**: Police said 40,000.");
  });

  it("writes Markdown footnotes with outlet, title, date, link and the cited passage, in one numbering", () => {
    const markdown = digestToMarkdown(digest);
    expect(markdown).toContain("# Council \\<script\\>alert");
    expect(markdown).toContain("[^1]\n");
    expect(markdown).toContain(
      "It passed \\[link\\]\\(javascript:alert\\(1\\)\\) & more.[^1] _(reported by 3 independent outlets)_",
    );
    expect(markdown).toContain("About 95,000 people turned out.[^2]");
    expect(markdown).toContain("published on the desk's word: Police figure, by phone");
    expect(markdown).toContain("- **2 January 2024**: Vote held[^2]");
    expect(markdown).toContain("## Where sources disagree");
    expect(markdown).toContain(
      "[^1]: Ledger, “Ledger story”, 2 January 2024, <https://ledger.example/1>. Cited passage: “The council voted 7 to 2.”",
    );
    // A javascript: link is no link at all.
    expect(markdown).toContain("[^2]: Wire, “Wire story”. Cited passage: “Organisers put the crowd at 90,000.”");
    expect(markdown).not.toContain("javascript:alert(2)");
    expect(markdown).not.toMatch(/version \d+/);
  });

  it("escapes every text in HTML and links footnotes, never a javascript: URL", () => {
    const html = digestToHtml(digest);
    expect(html).toContain("Council &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; vote");
    expect(html).toContain("Key &lt;b&gt;point&lt;/b&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain('<a href="#fn-2" aria-label="Source 2">[2]</a>');
    expect(html).toContain('<li id="fn-1"><p><span class="outlet">Ledger</span>, <a href="https://ledger.example/1"');
    expect(html).toContain("<blockquote>Organisers put the crowd at 90,000.</blockquote>");
    expect(html).not.toContain("javascript:alert(2)");
    expect(html).toContain("Published 3 January 2024");
    expect(html).toContain('name="viewport"');
  });

  it("names the outlets counted that give another figure beside the count, linked to a footnote giving it", () => {
    const disputed: ExportableDigest = {
      ...digest,
      content: {
        ...content,
        summary: [
          {
            text: "About 95,000 people marched.",
            citations: [vote],
            corroboration: {
              outlets: 3,
              articleIds: ["a1", "a2", "a3"],
              otherFigures: [
                { articleId: "a2", figure: "95000", instead: "90000" },
                { articleId: "a3", figure: "95000", instead: "40000" },
              ],
            },
          },
          ...content.summary.slice(1),
        ],
      },
    };
    expect(digestToHtml(disputed)).toContain(
      '<span class="corroboration">reported by 3 independent outlets</span><span class="other-figures">; 2 of them give other figures: <a href="#fn-2">90,000 (Wire)</a> for 95,000; 40,000 (an article no longer in this story) for 95,000</span>',
    );
    expect(digestToMarkdown(disputed)).toContain(
      "About 95,000 people marched.[^1] _(reported by 3 independent outlets)_ _(2 of them give other figures: 90,000 \\(Wire\\) for 95,000; 40,000 \\(an article no longer in this story\\) for 95,000)_",
    );
    // A statement whose outlets all give its figure reads as before.
    expect(digestToHtml(digest)).not.toContain('other-figures"');
  });

  it("keeps the full digest and its footnotes in JSON", () => {
    const json = JSON.parse(digestToJson(digest));
    expect(json).toMatchObject({
      storyId: "s1",
      status: "published",
      revision: 7,
      digest: { headline: content.headline },
    });
    expect(json.footnotes).toEqual([
      expect.objectContaining({
        number: 1,
        outlet: "Ledger",
        url: "https://ledger.example/1",
        passage: "The council voted 7 to 2.",
      }),
      expect.objectContaining({ number: 2, outlet: "Wire", url: null, passage: "Organisers put the crowd at 90,000." }),
    ]);
  });

  it("renders an Atom feed with feedsmith that stays well-formed with control and bidi characters", () => {
    const odd = { ...digest, content: { ...content, headline: "Nul\u0000 here \u202Eevil\u202C & <b>" } };
    const feed = renderAtomFeed({
      title: "Roundup",
      id: "http://x/feed.xml",
      selfLink: "http://x/feed.xml",
      emptySince: new Date("2026-01-01T00:00:00Z"),
      entries: [
        {
          id: "http://x/s/1",
          title: odd.content.headline,
          summary: "text \u0007",
          content: digestBodyHtml(odd, { headline: false }),
          link: "http://x/published/s1",
          published: new Date("2024-01-03T10:00:00Z"),
          updated: new Date("2024-01-03T10:00:00Z"),
        },
      ],
    });
    expect(XMLValidator.validate(feed)).toBe(true);
    for (const character of ["\u0000", "\u0007", "\u202E", "\u202C"]) expect(feed).not.toContain(character);
    const parsed = parseAtomFeed(feed);
    expect(JSON.stringify(parsed.title)).toContain("Roundup");
    const [entry] = parsed.entries ?? [];
    expect(JSON.stringify(entry?.title)).toContain("Nul here evil & <b>");
    expect(JSON.stringify(entry?.content)).toContain("Organisers put the crowd at 90,000.");
    expect(JSON.stringify(entry?.content)).toContain('href=\\"#fn-1\\"');
    expect(parsed.updated).toContain("2024-01-03");
    const empty = renderAtomFeed({
      title: "R",
      id: "i",
      selfLink: "s",
      entries: [],
      emptySince: new Date("2026-01-01T00:00:00Z"),
    });
    expect(empty).toContain("2026-01-01T00:00:00.000Z");
    expect(xmlSafe("a\uD800b😀")).toBe("ab😀");
  });
});
