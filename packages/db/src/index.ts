export type { Database } from "./create-database.js";
export { createDatabase, isPostgresUrl, providerOf } from "./create-database.js";
export { defaultDatabaseFile, describeDatabaseUrl, resolveDatabaseUrl } from "./database-url.js";
export { readDatabaseEnv } from "./env.js";
export { migrateDatabase } from "./migrate-database.js";
export { openDatabase } from "./open-database.js";
export { pendingMigrations } from "./pending-migrations.js";
export type { SaveArticleResult, SaveArticlesResult, StoredArticle } from "./queries/articles.js";
export {
  listArticleHashes,
  loadArticleFingerprints,
  loadArticles,
  saveArticle,
  saveArticles,
} from "./queries/articles.js";
export type { AuditEventInput, AuditEventView, ListAuditEventsOptions } from "./queries/audit.js";
export { listAuditEvents, recordAuditEvent } from "./queries/audit.js";
export { closeInactiveStories } from "./queries/close-inactive-stories.js";
export type {
  DecideDigestInput,
  DigestChangeResult,
  DigestDecision,
  DigestForExport,
  DigestRevisionView,
  DigestSnapshot,
  SaveDigestEditInput,
} from "./queries/digest-review.js";
export {
  decideDigest,
  digestDecisions,
  getDigestSnapshot,
  listDigestRevisions,
  listDigestsForExport,
  nextDigestStatus,
  saveDigestEdit,
  statusAfterEdit,
} from "./queries/digest-review.js";
export type { SaveGeneratedDigestResult } from "./queries/digests.js";
export { findDigestFingerprint, saveGeneratedDigest } from "./queries/digests.js";
export type { GroupingDecisionKind, GroupingDecisionView, GroupingEditResult } from "./queries/grouping-decisions.js";
export {
  groupingDecisionKinds,
  listGroupingDecisions,
  mergeStories,
  moveArticleToStory,
  splitStory,
} from "./queries/grouping-decisions.js";
export type { StoredGroupableArticle } from "./queries/load-groupable-articles.js";
export { loadGroupableArticles } from "./queries/load-groupable-articles.js";
export { loadWindowPlacements } from "./queries/load-window-placements.js";
export type { StorySummary, StorySummaryInput } from "./queries/refresh-story-summaries.js";
export {
  countSources,
  refreshStaleStorySummaries,
  refreshStorySummaries,
  storySummaryVersion,
  summarizeStory,
} from "./queries/refresh-story-summaries.js";
export { reopenStory } from "./queries/reopen-story.js";
export type { StoredStory } from "./queries/stories.js";
export { loadStories, saveStories } from "./queries/stories.js";
export type {
  DigestStatus,
  InboxPage,
  InboxSort,
  InboxStory,
  ListInboxStoriesOptions,
  StoryChoice,
  StoryPage,
  StoryPageArticle,
  StoryPageChunk,
  StoryPageDigest,
} from "./queries/story-pages.js";
export {
  digestFlags,
  digestStatuses,
  getStoryPage,
  inboxSorts,
  isDigestStatus,
  listInboxStories,
  listStoryChoices,
  parseDigestContent,
} from "./queries/story-pages.js";
export type { CreateUserInput, PublicUser, UserRole } from "./queries/users.js";
export {
  authenticateUser,
  findUserById,
  hashPassword,
  isUserRole,
  listUsers,
  normalizeEmail,
  setUserRole,
  upsertUser,
  userRoles,
  verifyPassword,
} from "./queries/users.js";
export { withGroupingLock } from "./with-grouping-lock.js";
