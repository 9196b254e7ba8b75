import { createDatabase, type Database, isPostgresUrl } from "@roundup/db";
import type { JobQueue } from "./job-queue.js";
import { createPgBossJobQueue, type PgBossJobQueueOptions } from "./pg-boss-job-queue.js";
import { createSqliteJobQueue, type SqliteJobQueueOptions } from "./sqlite-job-queue.js";

export type CreateJobQueueOptions = SqliteJobQueueOptions &
  PgBossJobQueueOptions & {
    /** On SQLite, the open database to keep jobs in (otherwise one is opened and closed on stop). */
    db?: Database;
  };

/**
 * The job queue for a database: pg-boss for a `postgresql://` URL, the in-process runner on the
 * `Job` table for SQLite. Both behave the same behind `JobQueue`.
 */
export async function createJobQueue(databaseUrl: string, options: CreateJobQueueOptions = {}): Promise<JobQueue> {
  if (isPostgresUrl(databaseUrl)) return createPgBossJobQueue(databaseUrl, options);
  const sqliteOptions = { file: databaseUrl.replace(/^file:/, ""), ...options };
  if (options.db) return createSqliteJobQueue(options.db, sqliteOptions);
  const db = createDatabase(databaseUrl);
  const queue = createSqliteJobQueue(db, sqliteOptions);
  return {
    ...queue,
    async stop(stopOptions) {
      await queue.stop(stopOptions);
      await db.$disconnect();
    },
  };
}
