export { lexRankScores } from "../digest/evidence/lexrank-scores.js";
export type { BcubedScore } from "./bcubed.js";
export { bcubed } from "./bcubed.js";
export type {
  DigestEvaluation,
  EvaluateDigestsOptions,
  EvaluatedCitation,
  ReferenceSummaries,
  StoryDigestEvaluation,
} from "./evaluate-digests.js";
export { evaluateDigests, parseReferences, readReferences } from "./evaluate-digests.js";
export type { GroupingEvaluation } from "./evaluate-grouping.js";
export { evaluateGrouping } from "./evaluate-grouping.js";
export type { LexRankOptions, LexRankSummary } from "./lexrank.js";
export { cutToWords, lexRankSummary } from "./lexrank.js";
export type { PreparedCorpus, SkippedItem } from "./prepare-corpus.js";
export { prepareCorpus } from "./prepare-corpus.js";
export type { CorpusRecord } from "./read-corpus.js";
export { parseCorpus, readCorpus } from "./read-corpus.js";
export type { RougeOptions, RougeScore, RougeScores } from "./rouge.js";
export { averageRougeScores, porterStem, rouge, rougeScores, rougeTokens } from "./rouge.js";
export type { NgramOverlap } from "./word-ngram-overlap.js";
export { wordNgramOverlap } from "./word-ngram-overlap.js";
