import type { Database } from "@roundup/db";

type JobRowUpdate = Pick<Parameters<Database["job"]["update"]>[0], "where" | "data">;

/**
 * Updates one `Job` row while it still matches `where` (its id and the state it must still be in);
 * false when it no longer does. Not `updateMany`: Prisma runs that inside a transaction of its own,
 * and such transactions writing one PostgreSQL row at once (a running job's progress, heartbeat and
 * saved state, its completion) were seen to hang until the pool ran dry (prisma/prisma#8707).
 */
export async function updateJobRow(db: Database, { where, data }: JobRowUpdate): Promise<boolean> {
  try {
    await db.job.update({ where, data, select: { id: true } });
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === "P2025") return false;
    throw error;
  }
}
