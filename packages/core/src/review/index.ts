// Reviewing a digest: statement ids, editors' edits and their merge, reviewers' acceptances, what
// blocks publishing, and the outlets that give another count of a statement's figure. Pure functions
// over the digest schema; storage is the db package's.
export { acceptStatement } from "./accept-statement.js";
export { applyDigestEdit } from "./apply-digest-edit.js";
export type { OtherFigure, OtherFiguresNote } from "./describe-other-figures.js";
export { describeOtherFigures } from "./describe-other-figures.js";
export type { DigestEdit } from "./digest-edit.js";
export { toDigestEdit } from "./digest-edit.js";
export { listStatements, statementLabel } from "./digest-statements.js";
export { findFigurePassage } from "./find-figure-passage.js";
export type { PublishBlocker } from "./find-publish-blockers.js";
export { findPublishBlockers } from "./find-publish-blockers.js";
export type { MergeConflict } from "./merge-digest-edits.js";
export { mergeDigestEdits } from "./merge-digest-edits.js";
export { reverifyEditedStatements } from "./reverify-edited-statements.js";
export { withStatementIds } from "./statement-ids.js";
