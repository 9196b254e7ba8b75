-- AlterTable
ALTER TABLE "Digest" ADD COLUMN "publishedContent" TEXT;
ALTER TABLE "Digest" ADD COLUMN "publishedEvidence" TEXT;
ALTER TABLE "Digest" ADD COLUMN "publishedRevision" INTEGER;

-- AlterTable
ALTER TABLE "DigestRevision" ADD COLUMN "version" INTEGER;


-- Backfill: a digest published before this migration is live as it is stored, and every revision so far
-- was written together with one version step, so its number is the version it made.
UPDATE "Digest" SET "publishedContent" = "content",
  "publishedRevision" = (SELECT MAX(r."number") FROM "DigestRevision" r WHERE r."digestId" = "Digest"."id" AND r."action" = 'published')
WHERE "status" = 'published';
UPDATE "DigestRevision" SET "version" = "number";

