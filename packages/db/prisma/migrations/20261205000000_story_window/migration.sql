-- The grouping window: a story is open while articles keep arriving, and grouping holds only open stories.
-- AlterTable
ALTER TABLE "Story" ADD COLUMN "activeAt" DATETIME;
ALTER TABLE "Story" ADD COLUMN "closedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Story_closedAt_activeAt_idx" ON "Story"("closedAt", "activeAt");

-- Backfill: a story was last active when its latest article arrived (else when it was created). The
-- next group job closes those beyond the window.
UPDATE "Story" SET "activeAt" = COALESCE(
    (SELECT MAX(a."importedAt") FROM "Article" a WHERE a."storyId" = "Story"."id"),
    "createdAt"
);
