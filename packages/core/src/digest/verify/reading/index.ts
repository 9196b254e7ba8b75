export { type Alignment, type AlignmentCosts, alignStatement, type StatementEquivalents } from "./align-statement.js";
export {
  type AnalyzedText,
  analyzeText,
  analyzeTextOnce,
  isContentToken,
  isLexiconWord,
  leavesClause,
  normalizeMarks,
  posTagger,
  stemOf,
  type TextToken,
  wordAlone,
} from "./analyze-text.js";
export { demonymPlace, placeDemonyms, placeWords } from "./demonym-place.js";
export { findQuotedSpans, type QuotedSpan } from "./find-quoted-spans.js";
export { specificKeys } from "./hypernym-keys.js";
export { countsAList } from "./listed-counts.js";
export { numberWordValue, type Quantity, readQuantities, sameQuantity, withinBound } from "./read-quantities.js";
export { previousPersonOf, type ResolvedPassage, resolveReferences } from "./resolve-references.js";
export { sameVerbSense } from "./same-verb-sense.js";
export { SAYING_VERBS } from "./saying-verbs.js";
export { synonymKeys } from "./synonym-keys.js";
export { verbAt } from "./verb-at.js";
