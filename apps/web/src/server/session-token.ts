import { jwtVerify, SignJWT } from "jose";
import { z } from "zod";

/** Sessions last one working day; after that the user signs in again. */
export const sessionMaxAgeSeconds = 8 * 60 * 60;

const sessionClaimsSchema = z.object({
  sub: z.string().min(1),
  /** The server-side session (a row of Session): deleting it ends the session before `exp`. */
  jti: z.string().min(1),
  exp: z.number(),
});

export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

function keyFrom(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/**
 * Signs a session token (HS256) naming the user and their server-side session, valid for
 * `sessionMaxAgeSeconds` from `now`. The signature keeps forged ids from reaching the database.
 */
export async function signSessionToken(
  session: { userId: string; sessionId: string },
  secret: string,
  now: Date = new Date(),
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(session.userId)
    .setJti(session.sessionId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + sessionMaxAgeSeconds)
    .setIssuer("roundup")
    .setAudience("roundup-web")
    .sign(keyFrom(secret));
}

/** The claims of a valid, unexpired token signed with `secret`; null for anything else. */
export async function verifySessionToken(
  token: string | undefined,
  secret: string,
  now: Date = new Date(),
): Promise<SessionClaims | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, keyFrom(secret), {
      algorithms: ["HS256"],
      issuer: "roundup",
      audience: "roundup-web",
      currentDate: now,
    });
    const parsed = sessionClaimsSchema.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
