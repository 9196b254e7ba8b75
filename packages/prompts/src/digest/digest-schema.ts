import { z } from "zod";

/**
 * The one digest shape every engine produces (offline, llm, batch) and the workbench edits.
 * Offsets are character offsets into the cited article's cleaned text.
 */
export const citationSchema = z.object({
  articleId: z.string().min(1),
  chunkId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** Filled by code (verifyDigest), never by a model. */
export const verificationSchema = z.object({
  status: z.enum(["verified", "unsupported"]),
  reasons: z.array(z.string()),
  /** How well the cited passages support the statement, 0 (not at all) to 1 (fully). */
  score: z.number().min(0).max(1).optional(),
});

/**
 * How many independent outlets carry a statement's claim (near-duplicates and rewrites count
 * once), computed by code; `articleIds` are the independent articles that carry it.
 */
export const corroborationSchema = z.object({
  outlets: z.number().int().nonnegative(),
  articleIds: z.array(z.string()),
  /**
   * Outlets that give another count of the same thing ("12 people injured" for "14 people hurt"):
   * those counted tell the same act with their own tally (they corroborate the event, not the figure);
   * those not among `articleIds` give a rival figure (against a limit: "at least 58").
   */
  otherFigures: z.array(z.object({ articleId: z.string(), figure: z.string(), instead: z.string() })).optional(),
});

/**
 * A reviewer's decision to publish a statement the verifier could not support, with the reason
 * written down. It holds for the text it was given on: editing the statement drops it.
 */
export const acceptanceSchema = z.object({
  /** The reviewer's user id (null once the account is gone). */
  by: z.string().nullable(),
  byName: z.string(),
  reason: z.string().min(1),
  /** ISO date-time of the decision. */
  at: z.string(),
});

/**
 * A statement's identity inside its digest, kept across edits, so two editors' changes are merged
 * statement by statement rather than by position. Optional: digests stored before ids get theirs
 * derived from their text when read (see withStatementIds in @roundup/core).
 */
const statementId = z.string().min(1).max(100);

export const digestSentenceSchema = z.object({
  id: statementId.optional(),
  text: z.string().min(1),
  citations: z.array(citationSchema),
  verification: verificationSchema.optional(),
  corroboration: corroborationSchema.optional(),
  /**
   * Passage ids a model cited that name no passage it was given (invented or mistyped); they map to
   * no citation, and verification flags the sentence while they are recorded.
   */
  unknownCitations: z.array(z.string()).optional(),
  /**
   * What code found wrong in how a model used its passages that the cited passages alone cannot
   * show (an earlier report that a later one supersedes, told as current), in words an editor reads;
   * verification flags the sentence while they are recorded. An edit of the sentence drops them.
   */
  modelFaults: z.array(z.string()).optional(),
  acceptance: acceptanceSchema.optional(),
});

export const timelineEntrySchema = z.object({
  id: statementId.optional(),
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) when known; null when only the order is known. */
  date: z.string().nullable(),
  /**
   * "week" when the sources give only a week ("said last week", "last week's vote"): `date` is then
   * that week's Monday (YYYY-MM-DD), which it sorts by, shown as "week of …". Absent (every digest
   * stored before weeks were dated): the form of `date` says its precision.
   */
  precision: z.literal("week").optional(),
  text: z.string().min(1),
  citations: z.array(citationSchema),
  verification: verificationSchema.optional(),
  acceptance: acceptanceSchema.optional(),
});

export const quoteSchema = z.object({
  id: statementId.optional(),
  speaker: z.string().nullable(),
  /** Verbatim from the cited passage. */
  text: z.string().min(1),
  citations: z.array(citationSchema),
  verification: verificationSchema.optional(),
  /** True for a fragment worked into the writer's own sentence ("called the offer “an insult”"). */
  partial: z.boolean().optional(),
  acceptance: acceptanceSchema.optional(),
});

export const disagreementClaimSchema = z.object({
  value: z.string().min(1),
  text: z.string().min(1),
  citations: z.array(citationSchema).min(1),
  /** Filled by code (verifyDigest): the claim's text and value against its passages. */
  verification: verificationSchema.optional(),
  /** The outlets that give this figure (names as their articles give them), when known. */
  outlets: z.array(z.string()).optional(),
  /**
   * Who gives this figure, when one sentence reports two named sources' values ("the coast guard",
   * "Blue Strait Lines"): both sides then have the same outlet, so the outlet cannot tell them apart.
   */
  source: z.string().optional(),
});

export const disagreementSchema = z.object({
  id: statementId.optional(),
  /** What the sources disagree about, e.g. "people killed on October 7". */
  topic: z.string().min(1),
  claims: z.array(disagreementClaimSchema).min(2),
});

export const digestSourceSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** False for a near-duplicate: it never counts as independent confirmation. */
  independent: z.boolean(),
  duplicateOf: z.string().nullable(),
});

export const generationSchema = z.object({
  engine: z.string(),
  model: z.string().nullable(),
  promptId: z.string(),
  inputHash: z.string(),
  usage: z.object({ inputTokens: z.number().int().nonnegative(), outputTokens: z.number().int().nonnegative() }),
  costUsd: z.number().nonnegative(),
  latencyMs: z.number().nonnegative(),
  /** Answers that failed the output schema and were repaired by a second turn (model engines). */
  repairs: z.number().int().nonnegative().optional(),
  /** Provider calls retried after a rate limit or server error (model engines). */
  retries: z.number().int().nonnegative().optional(),
});

/**
 * Most sentences a summary may have. The word budget is what bounds a summary; this only guards
 * against runaway output. 8 until November 2026, when 250-word summaries needed more room.
 */
export const MAX_SUMMARY_SENTENCES = 16;

export const digestSchema = z.object({
  headline: z.string().min(1),
  /**
   * The passages the headline rests on. Optional so digests stored before headlines were cited
   * still parse; every engine fills it now.
   */
  headlineCitations: z.array(citationSchema).optional(),
  /** Filled by code (verifyDigest) when the headline has citations; a failing headline is kept and flagged. */
  headlineVerification: verificationSchema.optional(),
  /** Passage ids the model cited for the headline that name no passage it was given. */
  headlineUnknownCitations: z.array(z.string()).optional(),
  /** What code found wrong in how the model's headline used its passages (see digestSentenceSchema's modelFaults). */
  headlineModelFaults: z.array(z.string()).optional(),
  summary: z.array(digestSentenceSchema).min(1).max(MAX_SUMMARY_SENTENCES),
  /** A reviewer's acceptance of an unsupported headline. */
  headlineAcceptance: acceptanceSchema.optional(),
  keyPoints: z.array(digestSentenceSchema),
  timeline: z.array(timelineEntrySchema),
  quotes: z.array(quoteSchema),
  disagreements: z.array(disagreementSchema),
  sources: z.array(digestSourceSchema),
  generation: generationSchema,
});

export type Citation = z.infer<typeof citationSchema>;
export type Verification = z.infer<typeof verificationSchema>;
export type Acceptance = z.infer<typeof acceptanceSchema>;
export type Corroboration = z.infer<typeof corroborationSchema>;
export type DigestSentence = z.infer<typeof digestSentenceSchema>;
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Disagreement = z.infer<typeof disagreementSchema>;
export type DigestSource = z.infer<typeof digestSourceSchema>;
export type Generation = z.infer<typeof generationSchema>;
export type Digest = z.infer<typeof digestSchema>;
