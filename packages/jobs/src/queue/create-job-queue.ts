import { createDatabase, type Database, isPostgresUrl } from "@roundup/db";
import type { JobQueue } from "./job-queue.js";
import { createPgBossJobQueue, type PgBossJobQueueOptions } from "./pg-boss-job-queue.js";
import { createSqliteJobQueue, type SqliteJobQueueOptions } from "./sqlite-job-queue.js";

export type CreateJobQueueOptions = SqliteJobQueueOptions &
  PgBossJobQueueOptions & {
    /** The open database whose `Job` table the queue keeps (otherwise one is opened and closed on stop). */
    db?: Database;
  };

/**
 * The job queue for a database: pg-boss for a `postgresql://` URL (with a `Job` row per job), the
 * in-process runner on the `Job` table for SQLite. Both behave the same behind `JobQueue`.
 */
export async function createJobQueue(databaseUrl: string, options: CreateJobQueueOptions = {}): Promise<JobQueue> {
  const open = async (db: Database): Promise<JobQueue> =>
    isPostgresUrl(databaseUrl)
      ? createPgBossJobQueue(databaseUrl, db, options)
      : createSqliteJobQueue(db, { file: databaseUrl.replace(/^file:/, ""), ...options });
  if (options.db) return open(options.db);
  const db = createDatabase(databaseUrl);
  const queue = await open(db).catch(async (error: unknown) => {
    await db.$disconnect();
    throw error;
  });
  return {
    ...queue,
    async stop(stopOptions) {
      await queue.stop(stopOptions);
      await db.$disconnect();
    },
  };
}
