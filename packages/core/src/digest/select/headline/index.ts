export { chooseLede } from "./choose-lede.js";
export { citeHeadline } from "./cite-headline.js";
export { findHeadlineSource } from "./find-headline-source.js";
export { isOpinionPiece } from "./is-opinion-piece.js";
export { hasMainVerb, rankHeadlineCandidates, rankHeadlines } from "./rank-headlines.js";
