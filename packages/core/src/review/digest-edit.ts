import type { Citation, Digest } from "@roundup/prompts";
import { withStatementIds } from "./statement-ids.js";

export interface StatementEdit {
  /** The statement's id; a new statement gets a fresh one from the editor's form. */
  id: string;
  text: string;
  citations: Citation[];
}

interface DisagreementEdit {
  id: string;
  topic: string;
  claims: Array<{ value: string; text: string; citations: Citation[] }>;
}

/** Everything an editor may change in a digest, in the order it reads. */
export interface DigestEdit {
  headline: string;
  headlineCitations: Citation[];
  summary: StatementEdit[];
  keyPoints: StatementEdit[];
  timeline: Array<StatementEdit & { date: string | null }>;
  quotes: Array<StatementEdit & { speaker: string | null }>;
  disagreements: DisagreementEdit[];
}

const citationsOf = (citations: Citation[]) =>
  citations.map(({ articleId, chunkId, start, end }) => ({ articleId, chunkId, start, end }));

/** The editable part of a digest, as the edit form starts from it. */
export function toDigestEdit(stored: Digest): DigestEdit {
  const digest = withStatementIds(stored);
  const statement = (item: { id?: string | undefined; text: string; citations: Citation[] }): StatementEdit => ({
    id: item.id ?? "",
    text: item.text,
    citations: citationsOf(item.citations),
  });
  return {
    headline: digest.headline,
    headlineCitations: citationsOf(digest.headlineCitations ?? []),
    summary: digest.summary.map(statement),
    keyPoints: digest.keyPoints.map(statement),
    timeline: digest.timeline.map((entry) => ({ ...statement(entry), date: entry.date })),
    quotes: digest.quotes.map((quote) => ({ ...statement(quote), speaker: quote.speaker })),
    disagreements: digest.disagreements.map((item) => ({
      id: item.id ?? "",
      topic: item.topic,
      claims: item.claims.map((claim) => ({
        value: claim.value,
        text: claim.text,
        citations: citationsOf(claim.citations),
      })),
    })),
  };
}
