-- A stamp's offset from UTC, kept beside its instant so a story read back counts its days as ingest did.
-- AlterTable
ALTER TABLE "Article" ADD COLUMN "publishedOffsetMinutes" INTEGER;
