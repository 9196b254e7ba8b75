export type { Database, SqliteBusyOptions } from "./create-database.js";
export { createDatabase, isPostgresUrl, providerOf } from "./create-database.js";
export { defaultDatabaseFile, describeDatabaseUrl, resolveDatabaseUrl } from "./database-url.js";
export { readDatabaseEnv } from "./env.js";
export { migrateDatabase } from "./migrate-database.js";
export { openDatabase } from "./open-database.js";
export { pendingMigrations } from "./pending-migrations.js";
export type { SaveArticleResult, SaveArticlesResult, StoredArticle } from "./queries/articles.js";
export {
  findArticlesByContentHash,
  listArticleIdsSince,
  loadArticleFingerprints,
  loadArticles,
  saveArticle,
  saveArticles,
} from "./queries/articles.js";
export type { AuditEventInput, AuditEventView, ListAuditEventsOptions } from "./queries/audit.js";
export { listAuditEvents, recordAuditEvent, resolveNames } from "./queries/audit.js";
export { closeInactiveStories } from "./queries/close-inactive-stories.js";
export type { DigestEvidence, EvidencePassage, EvidenceSource } from "./queries/digest-evidence.js";
export type {
  AcceptStatementInput,
  DecideDigestInput,
  DigestChangeResult,
  DigestDecision,
  DigestRevisionView,
  DigestSnapshot,
  SaveDigestEditInput,
} from "./queries/digest-review.js";
export {
  acceptDigestStatement,
  decideDigest,
  digestDecisions,
  getDigestSnapshot,
  getDigestVersionContent,
  listDigestRevisions,
  nextDigestStatus,
  saveDigestEdit,
  statusAfterEdit,
} from "./queries/digest-review.js";
export type { SaveGeneratedDigestResult, StoredStoryDigest } from "./queries/digests.js";
export {
  digestVersionOf,
  findDigestFingerprint,
  findRegenerationSettings,
  loadStoryDigests,
  saveGeneratedDigest,
} from "./queries/digests.js";
export type { ClaimedFeed, FeedPollOutcome, FeedView, StoredFeedItem } from "./queries/feeds.js";
export {
  addFeed,
  claimDueFeeds,
  feedIntervalMinutes,
  findFeedItems,
  getFeed,
  hasDueFeeds,
  listFeeds,
  makeFeedDue,
  normalizeFeedUrl,
  recordFeedPoll,
  releaseFeeds,
  removeFeed,
} from "./queries/feeds.js";
export type {
  GroupingDecisionKind,
  GroupingDecisionView,
  GroupingEditOptions,
  GroupingEditResult,
  StoryHeading,
} from "./queries/grouping-decisions.js";
export {
  groupingDecisionKinds,
  listGroupingDecisions,
  mergeStories,
  moveArticleToStory,
  splitStory,
} from "./queries/grouping-decisions.js";
export type { StoredGroupableArticle } from "./queries/load-groupable-articles.js";
export { loadGroupableArticles } from "./queries/load-groupable-articles.js";
export { loadGroupableStoryArticles } from "./queries/load-groupable-story-articles.js";
export { loadWindowPlacements } from "./queries/load-window-placements.js";
export type { ReadableDigest } from "./queries/published-digests.js";
export { getDigestForExport, listPublishedDigests } from "./queries/published-digests.js";
export type { StorySummary, StorySummaryInput } from "./queries/refresh-story-summaries.js";
export {
  countNewArticles,
  countSources,
  refreshStaleStorySummaries,
  refreshStorySummaries,
  storySummaryVersion,
  summarizeStory,
} from "./queries/refresh-story-summaries.js";
export { reopenStory } from "./queries/reopen-story.js";
export { createSession, endSession, endUserSessions, findSessionUser } from "./queries/sessions.js";
export type { StoredStory } from "./queries/stories.js";
export { loadStories, saveStories, storyExists, storyOfArticle } from "./queries/stories.js";
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
  getStoryDigestVersion,
  getStoryPage,
  inboxSorts,
  isDigestStatus,
  listInboxStories,
  listStoryChoices,
  parseDigestContent,
} from "./queries/story-pages.js";
export type { AuditActor, ChangePasswordResult, CreateUserInput, PublicUser, UserRole } from "./queries/users.js";
export {
  authenticateUser,
  changePassword,
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
