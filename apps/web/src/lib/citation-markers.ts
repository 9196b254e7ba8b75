import type { Citation, Digest } from "@roundup/prompts";
import type { CitedSpan } from "./passage-segments";

function citationKey(citation: Citation): string {
  return `${citation.chunkId}:${citation.start}:${citation.end}`;
}

/**
 * Numbers the digest's distinct citations [1], [2], … in reading order (headline sections first to
 * last), so a passage cited twice keeps one number everywhere.
 */
export function numberCitations(digest: Digest): { markerOf: (citation: Citation) => number; spans: CitedSpan[] } {
  const numbers = new Map<string, number>();
  const spans: CitedSpan[] = [];
  const visit = (citations: Citation[]) => {
    for (const citation of citations) {
      const key = citationKey(citation);
      if (numbers.has(key)) continue;
      const marker = numbers.size + 1;
      numbers.set(key, marker);
      spans.push({ chunkId: citation.chunkId, start: citation.start, end: citation.end, marker });
    }
  };
  visit(digest.headlineCitations ?? []);
  for (const sentence of digest.summary) visit(sentence.citations);
  for (const point of digest.keyPoints) visit(point.citations);
  for (const entry of digest.timeline) visit(entry.citations);
  for (const quote of digest.quotes) visit(quote.citations);
  for (const disagreement of digest.disagreements) for (const claim of disagreement.claims) visit(claim.citations);
  return { markerOf: (citation) => numbers.get(citationKey(citation)) ?? 0, spans };
}
