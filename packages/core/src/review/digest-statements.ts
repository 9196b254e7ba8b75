import type { Acceptance, Citation, Digest, Verification } from "@roundup/prompts";

/** The parts of a digest that make statements a verifier checks and a reviewer may accept. */
export type StatementPart = "headline" | "summary" | "keyPoints" | "timeline" | "quotes";

/** The statement id of the headline (a digest has one headline, so it needs no derived id). */
export const headlineId = "headline";

export interface StatementView {
  part: StatementPart;
  id: string;
  /** 1-based position inside its part, for messages ("Summary sentence 2"). */
  position: number;
  text: string;
  citations: Citation[];
  verification: Verification | undefined;
  acceptance: Acceptance | undefined;
}

const partNames: Record<StatementPart, string> = {
  headline: "Headline",
  summary: "Summary sentence",
  keyPoints: "Key point",
  timeline: "Timeline entry",
  quotes: "Quote",
};

/** How editors name a statement: "Headline", "Summary sentence 2", "Quote 1". */
export function statementLabel(part: StatementPart, position: number): string {
  return part === "headline" ? partNames.headline : `${partNames[part]} ${position}`;
}

/** Every checked statement of a digest in reading order, the headline first. */
export function listStatements(digest: Digest): StatementView[] {
  const statements: StatementView[] = [
    {
      part: "headline",
      id: headlineId,
      position: 1,
      text: digest.headline,
      citations: digest.headlineCitations ?? [],
      verification: digest.headlineVerification,
      acceptance: digest.headlineAcceptance,
    },
  ];
  const lists = [
    ["summary", digest.summary],
    ["keyPoints", digest.keyPoints],
    ["timeline", digest.timeline],
    ["quotes", digest.quotes],
  ] as const;
  for (const [part, items] of lists) {
    items.forEach((item, index) => {
      statements.push({
        part,
        id: item.id ?? "",
        position: index + 1,
        text: item.text,
        citations: item.citations,
        verification: item.verification,
        acceptance: item.acceptance,
      });
    });
  }
  return statements;
}
