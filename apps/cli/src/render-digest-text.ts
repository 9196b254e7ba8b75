import { describeOtherFigures } from "@roundup/core";
import type { StoryPage } from "@roundup/db";
import type { Citation, Digest, DigestSentence, Verification } from "@roundup/prompts";

/** Numbered footnotes: one number per distinct cited passage, in order of first use. */
class Footnotes {
  private readonly numbers = new Map<string, number>();
  readonly cited: Citation[] = [];

  markers(citations: readonly Citation[]): string {
    return citations
      .map((citation) => {
        const key = `${citation.articleId}:${citation.start}:${citation.end}`;
        let number = this.numbers.get(key);
        if (number === undefined) {
          this.cited.push(citation);
          number = this.cited.length;
          this.numbers.set(key, number);
        }
        return `[${number}]`;
      })
      .join("");
  }
}

function day(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

function flag(verification: Verification | undefined): string {
  return verification?.status === "unsupported" ? `\n      ! unsupported: ${verification.reasons.join("; ")}` : "";
}

/**
 * The count of outlets carrying a statement and, on a line of its own, those of them that tell the
 * event with another count of its figure: "1 of them gives another figure: 12 (Outlet B) for 14".
 */
function corroboration(sentence: DigestSentence, outletOf: (articleId: string) => string): string {
  const outlets = sentence.corroboration?.outlets;
  if (outlets === undefined) return "";
  const count = outlets === 1 ? "  (1 outlet)" : `  (${outlets} outlets)`;
  const note = describeOtherFigures(sentence.corroboration);
  if (!note) return count;
  const figures = note.figures.map((item) => `${item.instead} (${outletOf(item.articleId)}) for ${item.figure}`);
  return `${count}\n      ${note.lead}: ${figures.join("; ")}`;
}

/** Article text keeps the page's line breaks and tabs; printed, each statement stays on its line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function shorten(text: string, limit: number): string {
  const flat = oneLine(text);
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}

/**
 * A stored digest as readable text: headline, summary with corroboration, key points, timeline,
 * quotes, disagreements with each side's outlet, sources, and the numbered citations with the
 * passage each one cites.
 */
export function renderDigestText(page: StoryPage, digest: Digest): string {
  const articles = new Map(page.articles.map((article) => [article.id, article]));
  const outletOf = (articleId: string) => {
    const article = articles.get(articleId);
    return article?.source ?? article?.title ?? articleId;
  };
  const notes = new Footnotes();
  const lines: string[] = [];
  const stored = page.digest;
  lines.push(
    `${oneLine(digest.headline)} ${notes.markers(digest.headlineCitations ?? [])}${flag(digest.headlineVerification)}`,
  );
  lines.push(`Story ${page.id} · ${page.label}`);
  if (stored) {
    const engine = stored.model ? `${stored.engine}, ${stored.model}` : stored.engine;
    const independent = digest.sources.filter((source) => source.independent).length;
    lines.push(
      `Digest v${stored.version} · ${stored.status} · ${engine} · ${digest.sources.length} sources, ${independent} independent`,
    );
  }

  lines.push("", "SUMMARY");
  digest.summary.forEach((sentence, index) => {
    lines.push(
      `  ${index + 1}. ${oneLine(sentence.text)} ${notes.markers(sentence.citations)}${corroboration(sentence, outletOf)}${flag(sentence.verification)}`,
    );
  });
  if (digest.keyPoints.length > 0) {
    lines.push("", "KEY POINTS");
    for (const point of digest.keyPoints)
      lines.push(
        `  • ${oneLine(point.text)} ${notes.markers(point.citations)}${corroboration(point, outletOf)}${flag(point.verification)}`,
      );
  }
  if (digest.timeline.length > 0) {
    lines.push("", "TIMELINE");
    // A week is shown by its Monday: "week of 2026-11-23".
    const dateOf = (entry: Digest["timeline"][number]) =>
      entry.date ? `${entry.precision === "week" ? "week of " : ""}${entry.date}` : "undated";
    const width = Math.max(10, ...digest.timeline.map((entry) => dateOf(entry).length));
    for (const entry of digest.timeline)
      lines.push(
        `  ${dateOf(entry).padEnd(width)}  ${oneLine(entry.text)} ${notes.markers(entry.citations)}${flag(entry.verification)}`,
      );
  }
  if (digest.quotes.length > 0) {
    lines.push("", "QUOTES");
    for (const quote of digest.quotes) {
      const partial = quote.partial ? " (partial quote)" : "";
      lines.push(
        `  “${oneLine(quote.text)}” — ${quote.speaker ?? "unattributed"}${partial} ${notes.markers(quote.citations)}${flag(quote.verification)}`,
      );
    }
  }
  if (digest.disagreements.length > 0) {
    lines.push("", "WHERE SOURCES DISAGREE");
    for (const disagreement of digest.disagreements) {
      lines.push(`  ${disagreement.topic}`);
      for (const claim of disagreement.claims) {
        const outlets = claim.outlets ?? [...new Set(claim.citations.map((citation) => outletOf(citation.articleId)))];
        const source = claim.source ? `${claim.source}, in ` : "";
        lines.push(`    ${claim.value} — ${source}${outlets.join(", ")} ${notes.markers(claim.citations)}`);
      }
    }
  }
  lines.push("", "SOURCES");
  for (const source of digest.sources) {
    const copy = source.duplicateOf ? `  (rewrite of ${outletOf(source.duplicateOf)})` : "";
    const date = source.publishedAt ? `, ${source.publishedAt.slice(0, 10)}` : "";
    lines.push(`  ${source.source ?? "unknown outlet"}: “${source.title}”${date}${copy}`);
  }
  lines.push("", "CITATIONS");
  notes.cited.forEach((citation, index) => {
    const article = articles.get(citation.articleId);
    if (!article) {
      lines.push(`  [${index + 1}] article ${citation.articleId} (no longer in this story)`);
      return;
    }
    const date = day(article.publishedAt);
    lines.push(`  [${index + 1}] ${article.source ?? "unknown outlet"}, “${article.title}”${date ? `, ${date}` : ""}`);
    lines.push(`      “${shorten(article.text.slice(citation.start, citation.end), 400)}”`);
  });
  return `${lines.join("\n")}\n`;
}
