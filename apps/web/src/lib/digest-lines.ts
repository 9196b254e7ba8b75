import type { Digest } from "@roundup/prompts";

/** A digest as readable lines, for diffs between revisions and plain-text views. */
export function digestToLines(digest: Digest): string[] {
  const cite = (citations: { chunkId: string }[]) =>
    citations.length ? ` [${citations.map((citation) => citation.chunkId).join(", ")}]` : "";
  const lines = [`# ${digest.headline}`, "", "## Summary"];
  for (const sentence of digest.summary) lines.push(`- ${sentence.text}${cite(sentence.citations)}`);
  if (digest.keyPoints.length) {
    lines.push("", "## Key points");
    for (const point of digest.keyPoints) lines.push(`- ${point.text}${cite(point.citations)}`);
  }
  if (digest.timeline.length) {
    lines.push("", "## Timeline");
    for (const entry of digest.timeline)
      lines.push(`- ${entry.date ?? "undated"}: ${entry.text}${cite(entry.citations)}`);
  }
  if (digest.quotes.length) {
    lines.push("", "## Quotes");
    for (const quote of digest.quotes)
      lines.push(`- “${quote.text}” — ${quote.speaker ?? "unattributed"}${cite(quote.citations)}`);
  }
  if (digest.disagreements.length) {
    lines.push("", "## Disagreements");
    for (const disagreement of digest.disagreements) {
      lines.push(`- ${disagreement.topic}`);
      for (const claim of disagreement.claims) lines.push(`  - ${claim.value}: ${claim.text}${cite(claim.citations)}`);
    }
  }
  return lines;
}
