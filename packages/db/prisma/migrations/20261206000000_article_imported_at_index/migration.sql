-- The near-duplicate window reads the articles stored lately whose publication time is unknown.
-- CreateIndex
CREATE INDEX "Article_importedAt_idx" ON "Article"("importedAt");
