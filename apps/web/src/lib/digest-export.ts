import { safeHttpUrl } from "@roundup/core";
import type { Citation, Digest } from "@roundup/prompts";

export interface ExportableDigest {
  storyId: string;
  storyLabel: string;
  status: string;
  version: number;
  publishedAt: Date | null;
  content: Digest;
}

function citationNote(citations: Citation[]): string {
  return citations.length
    ? ` [${citations.map((citation) => `${citation.articleId}:${citation.start}-${citation.end}`).join("; ")}]`
    : "";
}

function escapeMarkdown(text: string): string {
  // Model output is data: keep it from turning into links, images or HTML in a Markdown renderer.
  return text.replace(/([\\`*_{}[\]()<>#!|])/g, "\\$1");
}

export function digestToMarkdown(digest: ExportableDigest): string {
  const { content } = digest;
  const lines = [
    `# ${escapeMarkdown(content.headline)}`,
    "",
    `_${escapeMarkdown(digest.storyLabel)} · ${digest.status} · version ${digest.version}_`,
    "",
  ];
  for (const sentence of content.summary)
    lines.push(`${escapeMarkdown(sentence.text)}${citationNote(sentence.citations)}`, "");
  if (content.keyPoints.length) {
    lines.push("## Key points", "");
    for (const point of content.keyPoints)
      lines.push(`- ${escapeMarkdown(point.text)}${citationNote(point.citations)}`);
    lines.push("");
  }
  if (content.timeline.length) {
    lines.push("## Timeline", "");
    for (const entry of content.timeline)
      lines.push(`- **${entry.date ?? "undated"}**: ${escapeMarkdown(entry.text)}${citationNote(entry.citations)}`);
    lines.push("");
  }
  if (content.quotes.length) {
    lines.push("## Quotes", "");
    for (const quote of content.quotes)
      lines.push(
        `> “${escapeMarkdown(quote.text)}” — ${escapeMarkdown(quote.speaker ?? "unattributed")}${citationNote(quote.citations)}`,
        "",
      );
  }
  if (content.disagreements.length) {
    lines.push("## Where sources disagree", "");
    for (const disagreement of content.disagreements) {
      lines.push(`- ${escapeMarkdown(disagreement.topic)}`);
      for (const claim of disagreement.claims)
        lines.push(`  - ${escapeMarkdown(claim.value)}: ${escapeMarkdown(claim.text)}${citationNote(claim.citations)}`);
    }
    lines.push("");
  }
  if (content.sources.length) {
    lines.push("## Sources", "");
    for (const source of content.sources) {
      // Only http(s) becomes a link: older stored articles may hold a javascript: URL.
      const url = safeHttpUrl(source.url);
      lines.push(
        `- ${escapeMarkdown(source.title)}${source.source ? ` — ${escapeMarkdown(source.source)}` : ""}${url ? ` <${url.replace(/[<>\s]/g, "")}>` : ""}`,
      );
    }
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** A standalone HTML document; every piece of text is escaped. */
export function digestToHtml(digest: ExportableDigest): string {
  const { content } = digest;
  const list = (items: string[]) =>
    items.length ? `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>` : "";
  const parts = [
    `<h1>${escapeHtml(content.headline)}</h1>`,
    `<p><em>${escapeHtml(digest.storyLabel)} · ${escapeHtml(digest.status)} · version ${digest.version}</em></p>`,
    ...content.summary.map((sentence) => `<p>${escapeHtml(sentence.text)}</p>`),
  ];
  if (content.keyPoints.length)
    parts.push("<h2>Key points</h2>", list(content.keyPoints.map((point) => escapeHtml(point.text))));
  if (content.timeline.length) {
    parts.push(
      "<h2>Timeline</h2>",
      list(
        content.timeline.map(
          (entry) => `<strong>${escapeHtml(entry.date ?? "undated")}</strong>: ${escapeHtml(entry.text)}`,
        ),
      ),
    );
  }
  if (content.quotes.length) {
    parts.push(
      "<h2>Quotes</h2>",
      ...content.quotes.map(
        (quote) =>
          `<blockquote>“${escapeHtml(quote.text)}” — ${escapeHtml(quote.speaker ?? "unattributed")}</blockquote>`,
      ),
    );
  }
  if (content.disagreements.length) {
    parts.push(
      "<h2>Where sources disagree</h2>",
      list(
        content.disagreements.map(
          (item) =>
            `${escapeHtml(item.topic)}${list(item.claims.map((claim) => `${escapeHtml(claim.value)}: ${escapeHtml(claim.text)}`))}`,
        ),
      ),
    );
  }
  if (content.sources.length) {
    parts.push(
      "<h2>Sources</h2>",
      list(
        content.sources.map(
          (source) => `${escapeHtml(source.title)}${source.source ? ` — ${escapeHtml(source.source)}` : ""}`,
        ),
      ),
    );
  }
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(content.headline)}</title></head><body>\n${parts.join("\n")}\n</body></html>\n`;
}

export function digestToJson(digest: ExportableDigest): string {
  return `${JSON.stringify(
    {
      storyId: digest.storyId,
      story: digest.storyLabel,
      status: digest.status,
      version: digest.version,
      publishedAt: digest.publishedAt?.toISOString() ?? null,
      digest: digest.content,
    },
    null,
    2,
  )}\n`;
}

export interface FeedEntry {
  id: string;
  title: string;
  summary: string;
  link: string;
  updated: Date;
}

/** An Atom feed; all text is XML-escaped. */
export function renderAtomFeed(feed: { title: string; id: string; selfLink: string; entries: FeedEntry[] }): string {
  const updated = new Date(Math.max(0, ...feed.entries.map((entry) => entry.updated.getTime())));
  const entries = feed.entries
    .map(
      (entry) => `  <entry>
    <id>${escapeHtml(entry.id)}</id>
    <title>${escapeHtml(entry.title)}</title>
    <link href="${escapeHtml(entry.link)}"/>
    <updated>${entry.updated.toISOString()}</updated>
    <summary type="text">${escapeHtml(entry.summary)}</summary>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeHtml(feed.title)}</title>
  <id>${escapeHtml(feed.id)}</id>
  <link rel="self" href="${escapeHtml(feed.selfLink)}"/>
  <updated>${updated.toISOString()}</updated>
${entries}
</feed>
`;
}
