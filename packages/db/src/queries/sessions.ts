import { randomBytes } from "node:crypto";
import type { Database } from "../create-database.js";
import { recordAuditEvent } from "./audit.js";
import { type AuditActor, type PublicUser, toPublicUser } from "./users.js";

/**
 * Starts a session for a user until `expiresAt`; returns its id (256 random bits), which the signed
 * cookie carries. Sessions that expired (anyone's) are removed on the way, so the table stays small.
 */
export async function createSession(
  db: Database,
  input: { userId: string; expiresAt: Date; now?: Date },
): Promise<{ id: string }> {
  const id = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.session.deleteMany({ where: { expiresAt: { lt: input.now ?? new Date() } } }),
    db.session.create({ data: { id, userId: input.userId, expiresAt: input.expiresAt } }),
  ]);
  return { id };
}

/**
 * The user of a live session, looked up on every request of the workbench: one indexed join (the same
 * SQL on both providers) reading only the public columns. Null once the session was ended. Expiry is
 * the cookie's signed `exp`, checked before this is called.
 */
export async function findSessionUser(db: Database, sessionId: string): Promise<PublicUser | null> {
  const [user] = await db.$queryRaw<Array<{ id: string; email: string; name: string; role: string }>>`
    SELECT u."id", u."email", u."name", u."role" FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionId}`;
  return user ? toPublicUser(user) : null;
}

/** Ends one session (signing out one browser); false when it had already ended. */
export async function endSession(db: Database, sessionId: string): Promise<boolean> {
  return (await db.session.deleteMany({ where: { id: sessionId } })).count > 0;
}

/**
 * Ends every session of a user ("sign out everywhere"); returns how many ended. With `audit`, records
 * `user.sessions_ended` in the same transaction.
 */
export async function endUserSessions(db: Database, userId: string, audit?: AuditActor): Promise<number> {
  return db.$transaction(async (tx) => {
    const ended = await tx.session.deleteMany({ where: { userId } });
    if (audit) {
      await recordAuditEvent(tx, {
        actorId: audit.actorId,
        action: "user.sessions_ended",
        entity: "user",
        entityId: userId,
        detail: { sessions: ended.count },
      });
    }
    return ended.count;
  });
}
