import type { Acceptance, Citation, Digest } from "@roundup/prompts";

/**
 * A digest as readable lines, for diffs between revisions and plain-text views. Citations are written
 * as their footnote numbers (`[1][3]`, the one numbering of `markerOf`), never as passage ids.
 */
export function digestToLines(digest: Digest, markerOf: (citation: Citation) => number): string[] {
  const cite = (citations: Citation[]) => {
    const numbers = [...new Set(citations.map(markerOf).filter((number) => number > 0))];
    return numbers.length ? ` ${numbers.map((number) => `[${number}]`).join("")}` : "";
  };
  const accepted = (acceptance: Acceptance | undefined) =>
    acceptance ? [`    (accepted by ${acceptance.byName}: ${acceptance.reason})`] : [];
  const lines = [
    `# ${digest.headline}${cite(digest.headlineCitations ?? [])}`,
    ...accepted(digest.headlineAcceptance),
    "",
    "## Summary",
  ];
  for (const sentence of digest.summary)
    lines.push(`- ${sentence.text}${cite(sentence.citations)}`, ...accepted(sentence.acceptance));
  if (digest.keyPoints.length) {
    lines.push("", "## Key points");
    for (const point of digest.keyPoints)
      lines.push(`- ${point.text}${cite(point.citations)}`, ...accepted(point.acceptance));
  }
  if (digest.timeline.length) {
    lines.push("", "## Timeline");
    for (const entry of digest.timeline)
      lines.push(
        `- ${entry.date ? `${entry.precision === "week" ? "week of " : ""}${entry.date}` : "undated"}: ${entry.text}${cite(entry.citations)}`,
        ...accepted(entry.acceptance),
      );
  }
  if (digest.quotes.length) {
    lines.push("", "## Quotes");
    for (const quote of digest.quotes)
      lines.push(
        `- “${quote.text}” — ${quote.speaker ?? "unattributed"}${cite(quote.citations)}`,
        ...accepted(quote.acceptance),
      );
  }
  if (digest.disagreements.length) {
    lines.push("", "## Disagreements");
    for (const disagreement of digest.disagreements) {
      lines.push(`- ${disagreement.topic}`);
      for (const claim of disagreement.claims)
        lines.push(
          `  - ${claim.value}${claim.source ? ` (${claim.source})` : ""}: ${claim.text}${cite(claim.citations)}`,
        );
    }
  }
  return lines;
}
