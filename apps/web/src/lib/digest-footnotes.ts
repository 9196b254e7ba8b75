import { safeHttpUrl } from "@roundup/core/text";
import type { DigestEvidence } from "@roundup/db";
import type { Citation } from "@roundup/prompts";
import { type CitedDigest, citationKey, numberCitations } from "./citation-markers";
import { formatLooseDate } from "./format-date";

/** One numbered citation as a reader checks it: where it comes from and what it says. */
export interface Footnote {
  number: number;
  citation: Citation;
  outlet: string | null;
  title: string;
  /** As the source gives it (ISO), and written out for readers. */
  publishedAt: string | null;
  dateLabel: string | null;
  /** Only an http(s) link; anything else is dropped. */
  url: string | null;
  /** The cited passage's text; null when it could not be read. */
  passage: string | null;
}

export interface Footnotes {
  markerOf: (citation: Citation) => number;
  footnotes: Footnote[];
}

/** The digest's citations as numbered footnotes (the one numbering), with their evidence. */
export function buildFootnotes(digest: CitedDigest, evidence: DigestEvidence): Footnotes {
  const numbering = numberCitations(digest);
  const passages = new Map(evidence.passages.map((passage) => [citationKey(passage), passage.text]));
  const sources = new Map(evidence.sources.map((source) => [source.articleId, source]));
  const footnotes = numbering.cited.map((citation, index) => {
    const source = sources.get(citation.articleId);
    return {
      number: index + 1,
      citation,
      outlet: source?.outlet ?? null,
      title: source?.title ?? "Unknown article",
      publishedAt: source?.publishedAt ?? null,
      dateLabel: source?.publishedAt ? formatLooseDate(source.publishedAt) : null,
      url: safeHttpUrl(source?.url),
      passage: passages.get(citationKey(citation)) ?? null,
    };
  });
  return { markerOf: numbering.markerOf, footnotes };
}

/** The distinct footnote numbers of a statement's citations, in the order cited. */
export function footnoteNumbers(citations: readonly Citation[], markerOf: (citation: Citation) => number): number[] {
  return [...new Set(citations.map(markerOf).filter((number) => number > 0))];
}
