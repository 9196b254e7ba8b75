-- The inbox shows what a story says now: its digest's headline (backfilled by refreshStaleStorySummaries, version 3).
-- AlterTable
ALTER TABLE "Story" ADD COLUMN "headline" TEXT;
