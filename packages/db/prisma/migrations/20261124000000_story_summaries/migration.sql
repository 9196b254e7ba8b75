-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Story" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL,
    "startAt" DATETIME,
    "endAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "articleCount" INTEGER NOT NULL DEFAULT 0,
    "sourceCount" INTEGER NOT NULL DEFAULT 0,
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "digestStatus" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "unsupportedCount" INTEGER NOT NULL DEFAULT 0,
    "disagreementCount" INTEGER NOT NULL DEFAULT 0,
    "summaryVersion" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_Story" ("createdAt", "endAt", "id", "label", "startAt", "updatedAt") SELECT "createdAt", "endAt", "id", "label", "startAt", "updatedAt" FROM "Story";
DROP TABLE "Story";
ALTER TABLE "new_Story" RENAME TO "Story";
CREATE INDEX "Story_updatedAt_idx" ON "Story"("updatedAt");
CREATE INDEX "Story_lastActivityAt_id_idx" ON "Story"("lastActivityAt", "id");
CREATE INDEX "Story_label_id_idx" ON "Story"("label", "id");
CREATE INDEX "Story_sourceCount_lastActivityAt_id_idx" ON "Story"("sourceCount", "lastActivityAt", "id");
CREATE INDEX "Story_digestStatus_lastActivityAt_id_idx" ON "Story"("digestStatus", "lastActivityAt", "id");
CREATE INDEX "Story_digestStatus_label_id_idx" ON "Story"("digestStatus", "label", "id");
CREATE INDEX "Story_articleCount_idx" ON "Story"("articleCount");
-- Backfill the inbox columns from the stories' articles and digests, so the inbox is right at once.
-- The digest flags need the digest's JSON read by code: summaryVersion stays 0, and openDatabase
-- recomputes such stories with refreshStorySummaries (which also folds non-ASCII case).
UPDATE "Story" SET
    "articleCount" = (SELECT COUNT(*) FROM "Article" a WHERE a."storyId" = "Story"."id"),
    "sourceCount" = (
        SELECT COUNT(DISTINCT COALESCE(NULLIF(LOWER(TRIM(a."source")), ''), 'article:' || a."id"))
        FROM "Article" a WHERE a."storyId" = "Story"."id" AND a."duplicateOfId" IS NULL
    ),
    "digestStatus" = (SELECT d."status" FROM "Digest" d WHERE d."storyId" = "Story"."id"),
    "lastActivityAt" = MAX("updatedAt", COALESCE((SELECT d."updatedAt" FROM "Digest" d WHERE d."storyId" = "Story"."id"), "updatedAt")),
    "searchText" = LOWER("label" || COALESCE((
        SELECT char(10) || group_concat(a."title" || char(10) || COALESCE(a."source", ''), char(10))
        FROM "Article" a WHERE a."storyId" = "Story"."id"
    ), ''));
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
