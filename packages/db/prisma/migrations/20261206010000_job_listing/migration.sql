-- The jobs page lists the newest jobs first (on PostgreSQL every pg-boss job has a row here too).
-- CreateIndex
CREATE INDEX "Job_createdAt_idx" ON "Job"("createdAt");
