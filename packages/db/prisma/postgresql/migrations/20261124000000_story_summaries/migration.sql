-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "articleCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "digestStatus" TEXT,
ADD COLUMN     "disagreementCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "summaryVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "unsupportedCount" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Story_lastActivityAt_id_idx" ON "Story"("lastActivityAt", "id");

-- CreateIndex
CREATE INDEX "Story_label_id_idx" ON "Story"("label", "id");

-- CreateIndex
CREATE INDEX "Story_sourceCount_lastActivityAt_id_idx" ON "Story"("sourceCount", "lastActivityAt", "id");

-- CreateIndex
CREATE INDEX "Story_digestStatus_lastActivityAt_id_idx" ON "Story"("digestStatus", "lastActivityAt", "id");

-- CreateIndex
CREATE INDEX "Story_digestStatus_label_id_idx" ON "Story"("digestStatus", "label", "id");

-- CreateIndex
CREATE INDEX "Story_articleCount_idx" ON "Story"("articleCount");

-- Backfill the inbox columns from the stories' articles and digests, so the inbox is right at once.
-- The digest flags need the digest's JSON read by code: summaryVersion stays 0, and openDatabase
-- recomputes such stories with refreshStorySummaries (which also folds non-ASCII case).
UPDATE "Story" s SET
    "articleCount" = (SELECT COUNT(*) FROM "Article" a WHERE a."storyId" = s."id"),
    "sourceCount" = (
        SELECT COUNT(DISTINCT COALESCE(NULLIF(LOWER(TRIM(a."source")), ''), 'article:' || a."id"))
        FROM "Article" a WHERE a."storyId" = s."id" AND a."duplicateOfId" IS NULL
    ),
    "digestStatus" = (SELECT d."status" FROM "Digest" d WHERE d."storyId" = s."id"),
    "lastActivityAt" = GREATEST(s."updatedAt", COALESCE((SELECT d."updatedAt" FROM "Digest" d WHERE d."storyId" = s."id"), s."updatedAt")),
    "searchText" = LOWER(s."label" || COALESCE((
        SELECT chr(10) || string_agg(a."title" || chr(10) || COALESCE(a."source", ''), chr(10))
        FROM "Article" a WHERE a."storyId" = s."id"
    ), ''));
