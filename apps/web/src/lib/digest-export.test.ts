import type { Digest } from "@roundup/prompts";
import { describe, expect, it } from "vitest";
import { digestToHtml, digestToJson, digestToMarkdown, type ExportableDigest, renderAtomFeed } from "./digest-export";

const content: Digest = {
  headline: 'Council <script>alert("x")</script> vote',
  summary: [
    {
      text: "It passed [link](javascript:alert(1)) & more.",
      citations: [{ articleId: "a1", chunkId: "c1", start: 0, end: 9 }],
    },
  ],
  keyPoints: [{ text: "Key <b>point</b>", citations: [] }],
  timeline: [{ date: "2024-01-02", text: "Vote held", citations: [] }],
  quotes: [{ speaker: "Mayor", text: "We did it", citations: [] }],
  disagreements: [],
  sources: [
    {
      articleId: "a1",
      title: "Ledger story",
      source: "Ledger",
      url: "https://ledger.example/1",
      publishedAt: null,
      independent: true,
      duplicateOf: null,
    },
  ],
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
  status: "approved",
  version: 3,
  publishedAt: null,
  content,
};

describe("digest exports", () => {
  it("writes Markdown with citations and without live links or HTML from the text", () => {
    const markdown = digestToMarkdown(digest);
    expect(markdown).toContain("# Council \\<script\\>alert");
    expect(markdown).toContain("It passed \\[link\\]\\(javascript:alert\\(1\\)\\) & more. [a1:0-9]");
    expect(markdown).toContain("## Timeline");
    expect(markdown).toContain("<https://ledger.example/1>");
  });

  it("links only http(s) sources: a javascript: URL stored before ingest refused it is no link", () => {
    const stored: ExportableDigest = {
      ...digest,
      content: {
        ...content,
        sources: [
          { ...(content.sources[0] as Digest["sources"][number]), url: "javascript:alert(document.cookie)" },
          { ...(content.sources[0] as Digest["sources"][number]), articleId: "a2", url: "JAVASCRIPT:alert(2)" },
        ],
      },
    };
    const markdown = digestToMarkdown(stored);
    expect(markdown).not.toMatch(/<javascript:/i);
    expect(markdown).toContain("- Ledger story — Ledger\n");
    expect(digestToHtml(stored)).not.toMatch(/href="javascript:/i);
  });

  it("escapes every text in HTML", () => {
    const html = digestToHtml(digest);
    expect(html).toContain("Council &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; vote");
    expect(html).toContain("Key &lt;b&gt;point&lt;/b&gt;");
    expect(html).not.toContain("<script>");
  });

  it("keeps the full digest in JSON", () => {
    expect(JSON.parse(digestToJson(digest))).toMatchObject({
      storyId: "s1",
      version: 3,
      digest: { headline: content.headline },
    });
  });

  it("renders an Atom feed with escaped entries", () => {
    const feed = renderAtomFeed({
      title: "Roundup",
      id: "http://x/feed.xml",
      selfLink: "http://x/feed.xml",
      entries: [
        {
          id: "http://x/s/1",
          title: "A & <B>",
          summary: "text",
          link: "http://x/p/1",
          updated: new Date("2024-01-02T00:00:00Z"),
        },
      ],
    });
    expect(feed).toContain("<title>A &amp; &lt;B&gt;</title>");
    expect(feed).toContain("<updated>2024-01-02T00:00:00.000Z</updated>");
  });
});
