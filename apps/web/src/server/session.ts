import { findUserById, type PublicUser } from "@roundup/db";
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

/** Starts a session: a signed, httpOnly, SameSite=Lax cookie that expires with the token. */
export async function startSession(user: PublicUser): Promise<void> {
  const token = await signSessionToken(user, getSessionSecret());
  (await cookies()).set(sessionCookieName, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttps(),
    path: "/",
    maxAge: sessionMaxAgeSeconds,
  });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(sessionCookieName);
}

/**
 * The signed-in user, re-read from the database so a changed role or a deleted user takes effect at
 * once; null when there is no valid session.
 */
// cache(): the layout and the page of one request share one lookup (React forgets it after the request).
export const getCurrentUser = cache(async (): Promise<PublicUser | null> => {
  const claims = await verifySessionToken((await cookies()).get(sessionCookieName)?.value, getSessionSecret());
  if (!claims) return null;
  return findUserById(getDatabase(), claims.sub);
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
