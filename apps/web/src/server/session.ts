import { createSession, endSession, findSessionUser, type PublicUser } from "@roundup/db";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDatabase } from "./db";
import { can, type Permission } from "./permissions";
import { getSessionSecret } from "./session-secret";
import { sessionMaxAgeSeconds, signSessionToken, verifySessionToken } from "./session-token";

const sessionCookieName = "roundup_session";

async function isHttps(): Promise<boolean> {
  const headerList = await headers();
  return headerList.get("x-forwarded-proto") === "https";
}

/**
 * Starts a session: a row of Session on the server, named by a signed, httpOnly, SameSite=Lax cookie
 * that expires with it. Ending the row ends the session, whatever the browser keeps.
 */
export async function startSession(user: PublicUser): Promise<void> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + sessionMaxAgeSeconds * 1000);
  const session = await createSession(getDatabase(), { userId: user.id, expiresAt, now });
  const token = await signSessionToken({ userId: user.id, sessionId: session.id }, getSessionSecret(), now);
  (await cookies()).set(sessionCookieName, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttps(),
    path: "/",
    maxAge: sessionMaxAgeSeconds,
  });
}

async function currentClaims() {
  return verifySessionToken((await cookies()).get(sessionCookieName)?.value, getSessionSecret());
}

/** Signs this browser out: its session ends on the server (the token is refused from now on) and the cookie goes. */
export async function endCurrentSession(): Promise<void> {
  const claims = await currentClaims();
  if (claims) await endSession(getDatabase(), claims.jti);
  (await cookies()).delete(sessionCookieName);
}

/**
 * The signed-in user of a live session, read from the database on every request, so a sign-out, a
 * password or role change, "sign out everywhere" or a deleted user takes effect at once; null otherwise.
 */
// cache(): the layout and the page of one request share one lookup (React forgets it after the request).
export const getCurrentUser = cache(async (): Promise<PublicUser | null> => {
  const claims = await currentClaims();
  if (!claims) return null;
  const user = await findSessionUser(getDatabase(), claims.jti);
  return user?.id === claims.sub ? user : null;
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(returnTo?: string): Promise<PublicUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}

export class PermissionError extends Error {
  constructor(
    readonly permission: Permission,
    readonly role: string | null,
  ) {
    super(
      role
        ? `Your role (${role}) may not do this (${permission}). Ask an admin to change your role.`
        : "You are not signed in. Sign in and try again.",
    );
    this.name = "PermissionError";
  }
}

/** For actions and route handlers: the user when they hold `permission`, else a PermissionError. */
export async function authorize(permission: Permission): Promise<PublicUser> {
  const user = await getCurrentUser();
  if (!user) throw new PermissionError(permission, null);
  if (!can(user.role, permission)) throw new PermissionError(permission, user.role);
  return user;
}
