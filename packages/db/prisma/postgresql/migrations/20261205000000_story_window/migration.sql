-- The grouping window: a story is open while articles keep arriving, and grouping holds only open stories.
-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "activeAt" TIMESTAMP(3),
ADD COLUMN     "closedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Story_closedAt_activeAt_idx" ON "Story"("closedAt", "activeAt");

-- Backfill: a story was last active when its latest article arrived (else when it was created). The
-- next group job closes those beyond the window.
UPDATE "Story" s SET "activeAt" = COALESCE(
    (SELECT MAX(a."importedAt") FROM "Article" a WHERE a."storyId" = s."id"),
    s."createdAt"
);
