import { describeOtherFigures, findFigurePassage } from "@roundup/core";
import type { ReadableDigest } from "@roundup/db";
import type { Acceptance, Citation, Corroboration, Digest } from "@roundup/prompts";
import { buildFootnotes, type Footnote, footnoteNumbers } from "./digest-footnotes";
import { formatDate, formatTimelineDate } from "./format-date";

/** What every export of a digest is made from: one version, its story and what it cites. */
export type ExportableDigest = Pick<
  ReadableDigest,
  "storyId" | "storyLabel" | "kind" | "revision" | "publishedAt" | "content" | "evidence"
>;

interface Statement {
  text: string;
  citations: Citation[];
  acceptance?: Acceptance | undefined;
  corroboration?: Corroboration | undefined;
}

function dateline(digest: ExportableDigest): string {
  return digest.kind === "published" && digest.publishedAt
    ? `Published ${formatDate(digest.publishedAt)}`
    : "Approved, not yet published";
}

function corroborationNote(statement: Statement): string | null {
  const outlets = statement.corroboration?.outlets;
  if (outlets === undefined) return null;
  return outlets === 1 ? "reported by 1 outlet" : `reported by ${outlets} independent outlets`;
}

/** An outlet's other count of a statement's figure as readers get it: "12 (Coastal Post)" for "14". */
interface OtherFigureNote {
  given: string;
  figure: string;
  /** The footnote whose passage gives it, when the digest cites one. */
  footnote: number | null;
}

/**
 * The outlets counted that give another count of the statement's figure ("1 of them gives another
 * figure"), each named as the footnotes name articles and linked to a footnote giving that figure.
 */
function otherFiguresNote(
  statement: Statement,
  digest: ExportableDigest,
  footnotes: readonly Footnote[],
): { lead: string; figures: OtherFigureNote[] } | null {
  const note = describeOtherFigures(statement.corroboration);
  if (!note) return null;
  const nameOf = (articleId: string) => {
    const listed = digest.content.sources.find((source) => source.articleId === articleId);
    const cited = digest.evidence.sources.find((source) => source.articleId === articleId);
    return listed?.source ?? cited?.outlet ?? listed?.title ?? cited?.title ?? "an article no longer in this story";
  };
  const figures = note.figures.map((item) => {
    const passages = footnotes.flatMap((footnote) =>
      footnote.citation.articleId === item.articleId && footnote.passage !== null
        ? [{ number: footnote.number, text: footnote.passage }]
        : [],
    );
    return {
      given: `${item.instead} (${nameOf(item.articleId)})`,
      figure: item.figure,
      footnote: findFigurePassage(passages, item.instead)?.number ?? null,
    };
  });
  return { lead: note.lead, figures };
}

function acceptanceNote(acceptance: Acceptance | undefined): string | null {
  return acceptance ? `Not found in the cited passages; published on the desk's word: ${acceptance.reason}` : null;
}

// ---------------------------------------------------------------------------------------------
// Markdown

function escapeMarkdown(text: string): string {
  // Model output is data: keep it from turning into links, images or HTML in a Markdown renderer.
  return text.replace(/([\\`*_{}[\]()<>#!|~])/g, "\\$1");
}

function markdownMarks(numbers: number[]): string {
  return numbers.map((number) => `[^${number}]`).join("");
}

function markdownFootnote(footnote: Footnote): string {
  const parts = [
    footnote.outlet ? escapeMarkdown(footnote.outlet) : null,
    `“${escapeMarkdown(footnote.title)}”`,
    footnote.dateLabel,
    footnote.url ? `<${footnote.url.replace(/[<>\s]/g, "")}>` : null,
  ].filter(Boolean);
  const passage = footnote.passage ? ` Cited passage: “${escapeMarkdown(footnote.passage)}”` : "";
  return `[^${footnote.number}]: ${parts.join(", ")}.${passage}`;
}

/** Markdown with every statement's citations as numbered footnotes (outlet, title, date, link, passage). */
export function digestToMarkdown(digest: ExportableDigest): string {
  const { content } = digest;
  const { markerOf, footnotes } = buildFootnotes(content, digest.evidence);
  const marks = (citations: Citation[]) => markdownMarks(footnoteNumbers(citations, markerOf));
  const otherFiguresText = (statement: Statement) => {
    const note = otherFiguresNote(statement, digest, footnotes);
    return note && `${note.lead}: ${note.figures.map((item) => `${item.given} for ${item.figure}`).join("; ")}`;
  };
  const notes = (statement: Statement) =>
    [corroborationNote(statement), otherFiguresText(statement), acceptanceNote(statement.acceptance)]
      .filter(Boolean)
      .map((note) => ` _(${escapeMarkdown(note as string)})_`)
      .join("");
  const lines = [
    `# ${escapeMarkdown(content.headline)}${marks(content.headlineCitations ?? [])}`,
    "",
    `_${escapeMarkdown(digest.storyLabel)} · ${dateline(digest)}_`,
    "",
  ];
  for (const sentence of content.summary)
    lines.push(`${escapeMarkdown(sentence.text)}${marks(sentence.citations)}${notes(sentence)}`, "");
  if (content.keyPoints.length) {
    lines.push("## Key points", "");
    for (const point of content.keyPoints)
      lines.push(`- ${escapeMarkdown(point.text)}${marks(point.citations)}${notes(point)}`);
    lines.push("");
  }
  if (content.timeline.length) {
    lines.push("## Timeline", "");
    for (const entry of content.timeline)
      lines.push(
        `- **${escapeMarkdown(formatTimelineDate(entry))}**: ${escapeMarkdown(entry.text)}${marks(entry.citations)}${notes(entry)}`,
      );
    lines.push("");
  }
  if (content.quotes.length) {
    lines.push("## Quotes", "");
    for (const quote of content.quotes)
      lines.push(
        `> “${escapeMarkdown(quote.text)}” — ${escapeMarkdown(quote.speaker ?? "unattributed")}${marks(quote.citations)}${notes(quote)}`,
        "",
      );
  }
  if (content.disagreements.length) {
    lines.push("## Where sources disagree", "");
    for (const disagreement of content.disagreements) {
      lines.push(`- ${escapeMarkdown(disagreement.topic)}`);
      for (const claim of disagreement.claims)
        lines.push(
          `  - **${escapeMarkdown(claim.value)}**${claim.source ? ` (${escapeMarkdown(claim.source)})` : ""}: ${escapeMarkdown(claim.text)}${marks(claim.citations)}`,
        );
    }
    lines.push("");
  }
  if (footnotes.length) {
    lines.push("## Sources and cited passages", "");
    for (const footnote of footnotes) lines.push(markdownFootnote(footnote));
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

// ---------------------------------------------------------------------------------------------
// HTML

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function htmlMarks(numbers: number[]): string {
  return numbers
    .map((number) => `<sup class="fn"><a href="#fn-${number}" aria-label="Source ${number}">[${number}]</a></sup>`)
    .join("");
}

function htmlOtherFigures(note: ReturnType<typeof otherFiguresNote>): string {
  if (!note) return "";
  const figures = note.figures.map(({ given, figure, footnote }) => {
    const source = footnote === null ? escapeHtml(given) : `<a href="#fn-${footnote}">${escapeHtml(given)}</a>`;
    return `${source} for ${escapeHtml(figure)}`;
  });
  // Read on from the count, as one phrase: "reported by 3 independent outlets; 1 of them gives …".
  return `<span class="other-figures">; ${escapeHtml(note.lead)}: ${figures.join("; ")}</span>`;
}

function htmlNotes(statement: Statement, otherFigures: ReturnType<typeof otherFiguresNote> = null): string {
  const corroboration = corroborationNote(statement);
  const acceptance = acceptanceNote(statement.acceptance);
  return [
    corroboration ? ` <span class="corroboration">${escapeHtml(corroboration)}</span>` : "",
    htmlOtherFigures(otherFigures),
    acceptance ? ` <span class="accepted">${escapeHtml(acceptance)}</span>` : "",
  ].join("");
}

function htmlFootnote(footnote: Footnote): string {
  const title = footnote.url
    ? `<a href="${escapeHtml(footnote.url)}" rel="noopener noreferrer">${escapeHtml(footnote.title)}</a>`
    : escapeHtml(footnote.title);
  const meta = [
    footnote.outlet ? `<span class="outlet">${escapeHtml(footnote.outlet)}</span>` : null,
    title,
    footnote.dateLabel && footnote.publishedAt
      ? `<time datetime="${escapeHtml(footnote.publishedAt)}">${escapeHtml(footnote.dateLabel)}</time>`
      : null,
  ].filter(Boolean);
  const passage = footnote.passage ? `<blockquote>${escapeHtml(footnote.passage)}</blockquote>` : "";
  return `<li id="fn-${footnote.number}"><p>${meta.join(", ")}</p>${passage}</li>`;
}

/** The digest's body as HTML (no document around it): the feed's entry content and the public page's article. */
export function digestBodyHtml(digest: ExportableDigest, options: { headline: boolean } = { headline: true }): string {
  const { content } = digest;
  const { markerOf, footnotes } = buildFootnotes(content, digest.evidence);
  const marks = (citations: Citation[]) => htmlMarks(footnoteNumbers(citations, markerOf));
  const notes = (statement: Statement) => htmlNotes(statement, otherFiguresNote(statement, digest, footnotes));
  const parts: string[] = [];
  if (options.headline) {
    parts.push(
      `<header><p class="kicker">${escapeHtml(digest.storyLabel)}</p>`,
      `<h1>${escapeHtml(content.headline)}${marks(content.headlineCitations ?? [])}</h1>`,
      `<p class="dateline">${escapeHtml(dateline(digest))}</p>${content.headlineAcceptance ? `<p class="accepted">${escapeHtml(acceptanceNote(content.headlineAcceptance) ?? "")}</p>` : ""}</header>`,
    );
  }
  parts.push(
    `<section class="summary">${content.summary.map((sentence) => `<p>${escapeHtml(sentence.text)}${marks(sentence.citations)}${notes(sentence)}</p>`).join("")}</section>`,
  );
  if (content.keyPoints.length)
    parts.push(
      `<h2>Key points</h2><ul>${content.keyPoints.map((point) => `<li>${escapeHtml(point.text)}${marks(point.citations)}${notes(point)}</li>`).join("")}</ul>`,
    );
  if (content.timeline.length)
    parts.push(
      `<h2>Timeline</h2><ol class="timeline">${content.timeline
        .map(
          (entry) =>
            `<li><strong>${escapeHtml(formatTimelineDate(entry))}</strong> ${escapeHtml(entry.text)}${marks(entry.citations)}${htmlNotes(entry)}</li>`,
        )
        .join("")}</ol>`,
    );
  if (content.quotes.length)
    parts.push(
      `<h2>Quotes</h2>${content.quotes
        .map(
          (quote) =>
            `<blockquote class="quote"><p>“${escapeHtml(quote.text)}”${marks(quote.citations)}</p><footer>${escapeHtml(quote.speaker ?? "Unattributed")}${htmlNotes(quote)}</footer></blockquote>`,
        )
        .join("")}`,
    );
  if (content.disagreements.length)
    parts.push(
      `<section class="disagreements"><h2>Where sources disagree</h2>${content.disagreements
        .map(
          (item) =>
            `<h3>${escapeHtml(item.topic)}</h3><ul>${item.claims.map((claim) => `<li><strong>${escapeHtml(claim.value)}</strong>${claim.source ? ` (${escapeHtml(claim.source)})` : ""}: ${escapeHtml(claim.text)}${marks(claim.citations)}</li>`).join("")}</ul>`,
        )
        .join("")}</section>`,
    );
  if (footnotes.length)
    parts.push(
      `<section class="footnotes"><h2>Sources and cited passages</h2><ol>${footnotes.map(htmlFootnote).join("")}</ol></section>`,
    );
  return parts.join("\n");
}

const pageStyle = `
:root{color-scheme:light;--ink:#1d1f23;--muted:#5b616b;--line:#d5d9e0;--accent:#1f4fbf;--wash:#f4f5f7}
*{box-sizing:border-box}
body{margin:0;background:var(--wash);color:var(--ink);font:1.0625rem/1.6 Georgia,"Iowan Old Style","Times New Roman",serif}
main{max-width:42rem;margin:0 auto;padding:1.25rem 1rem 3rem;background:#fff;min-height:100vh}
h1{font:700 1.9rem/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:.25rem 0 .5rem}
h2{font:700 1.15rem/1.3 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem 0 .5rem;border-top:1px solid var(--line);padding-top:1rem}
h3{font:600 1rem/1.3 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1rem 0 .25rem}
.kicker,.dateline{font:600 .85rem/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--muted);margin:0;text-transform:uppercase;letter-spacing:.04em}
.dateline{text-transform:none;letter-spacing:0;font-weight:400}
a{color:var(--accent)}
sup.fn{font:600 .7rem system-ui,sans-serif;margin-left:.1rem}
sup.fn a{text-decoration:none}
.corroboration,.accepted,.other-figures{font:.8rem/1.4 system-ui,sans-serif;color:var(--muted);white-space:nowrap}
.other-figures{white-space:normal;color:#7a4b00}
.accepted{white-space:normal;color:#7a4b00}
blockquote{margin:.5rem 0;padding:.25rem 0 .25rem 1rem;border-left:3px solid var(--line);color:#333}
blockquote.quote p{margin:0}
blockquote.quote footer{font:.85rem system-ui,sans-serif;color:var(--muted)}
.footnotes ol{padding-left:1.5rem;font:.9rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.footnotes li{margin-bottom:.75rem;overflow-wrap:anywhere}
.footnotes li:target{background:#fff6c8}
.footnotes p{margin:0}
.footnotes blockquote{font-family:Georgia,serif;font-size:.95rem}
.outlet{font-weight:600}
.timeline{padding-left:1.25rem}
@media (max-width:30rem){body{font-size:1rem}h1{font-size:1.5rem}main{padding:1rem .85rem 2.5rem}}
`;

/**
 * A standalone, styled HTML document of the digest, readable on a phone: the public page of a
 * published digest and the HTML export. Every piece of text is escaped; links are http(s) only.
 */
export function digestToHtml(digest: ExportableDigest): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(digest.content.headline)}</title><link rel="icon" href="/icon.svg" type="image/svg+xml">
<style>${pageStyle}</style></head>
<body><main><article>
${digestBodyHtml(digest)}
</article></main></body></html>
`;
}

/** The full digest with its numbered footnotes, for programs. */
export function digestToJson(digest: ExportableDigest): string {
  const { footnotes } = buildFootnotes(digest.content, digest.evidence);
  return `${JSON.stringify(
    {
      storyId: digest.storyId,
      story: digest.storyLabel,
      status: digest.kind,
      revision: digest.revision,
      publishedAt: digest.publishedAt?.toISOString() ?? null,
      digest: digest.content satisfies Digest,
      footnotes: footnotes.map(({ dateLabel: _label, ...footnote }) => footnote),
    },
    null,
    2,
  )}\n`;
}
