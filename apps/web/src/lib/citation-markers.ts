import type { Citation } from "@roundup/prompts";
import type { CitedSpan } from "./passage-segments";

/** What carries citations, in the order a digest reads: a stored digest and an edit in progress alike. */
export interface CitedDigest {
  headlineCitations?: Citation[] | undefined;
  summary: ReadonlyArray<{ citations: Citation[] }>;
  keyPoints: ReadonlyArray<{ citations: Citation[] }>;
  timeline: ReadonlyArray<{ citations: Citation[] }>;
  quotes: ReadonlyArray<{ citations: Citation[] }>;
  disagreements: ReadonlyArray<{ claims: ReadonlyArray<{ citations: Citation[] }> }>;
}

export function citationKey(citation: Pick<Citation, "chunkId" | "start" | "end">): string {
  return `${citation.chunkId}:${citation.start}:${citation.end}`;
}

export interface CitationNumbering {
  /** The footnote number of a citation; 0 for one the digest does not carry. */
  markerOf: (citation: Pick<Citation, "chunkId" | "start" | "end">) => number;
  /** Each numbered citation once, in number order. */
  cited: Citation[];
  spans: CitedSpan[];
}

/**
 * The one numbering of a digest's citations, used by the story page, the edit form, the public page,
 * the exports and the feed: each distinct cited passage gets [1], [2], … in the order the digest
 * reads (headline, summary, key points, timeline, quotes, where sources disagree), so a passage cited
 * twice keeps its number and the markers rise as one reads.
 */
export function numberCitations(digest: CitedDigest): CitationNumbering {
  const numbers = new Map<string, number>();
  const cited: Citation[] = [];
  const visit = (citations: readonly Citation[]) => {
    for (const citation of citations) {
      const key = citationKey(citation);
      if (numbers.has(key)) continue;
      numbers.set(key, numbers.size + 1);
      cited.push(citation);
    }
  };
  visit(digest.headlineCitations ?? []);
  for (const list of [digest.summary, digest.keyPoints, digest.timeline, digest.quotes])
    for (const item of list) visit(item.citations);
  for (const disagreement of digest.disagreements) for (const claim of disagreement.claims) visit(claim.citations);
  return {
    markerOf: (citation) => numbers.get(citationKey(citation)) ?? 0,
    cited,
    spans: cited.map((citation, index) => ({
      chunkId: citation.chunkId,
      start: citation.start,
      end: citation.end,
      marker: index + 1,
    })),
  };
}
