import { describe, expect, it } from "vitest";
import { sessionMaxAgeSeconds, signSessionToken, verifySessionToken } from "./session-token";

const secret = "a-test-secret-that-is-long-enough-0123456789";
const session = { userId: "user-1", sessionId: "session-1" };

describe("session tokens", () => {
  it("round-trips the user id and the session id", async () => {
    const token = await signSessionToken(session, secret);
    expect(await verifySessionToken(token, secret)).toMatchObject({ sub: "user-1", jti: "session-1" });
  });

  it("rejects a token signed with another secret or tampered with", async () => {
    const token = await signSessionToken(session, secret);
    expect(await verifySessionToken(token, `${secret}-other`)).toBeNull();
    const [header, payload, signature] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload ?? "", "base64url").toString()), jti: "session-2" }),
    ).toString("base64url");
    expect(await verifySessionToken(`${header}.${forged}.${signature}`, secret)).toBeNull();
  });

  it("expires after eight hours", async () => {
    const issued = new Date("2026-01-01T08:00:00Z");
    const token = await signSessionToken(session, secret, issued);
    expect(
      await verifySessionToken(token, secret, new Date(issued.getTime() + (sessionMaxAgeSeconds - 60) * 1000)),
    ).not.toBeNull();
    expect(
      await verifySessionToken(token, secret, new Date(issued.getTime() + (sessionMaxAgeSeconds + 60) * 1000)),
    ).toBeNull();
  });

  it("treats a missing or malformed token, or one without a session id, as no session", async () => {
    expect(await verifySessionToken(undefined, secret)).toBeNull();
    expect(await verifySessionToken("not-a-token", secret)).toBeNull();
    const { SignJWT } = await import("jose");
    const withoutSession = await new SignJWT({ role: "admin" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("user-1")
      .setIssuer("roundup")
      .setAudience("roundup-web")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(secret));
    expect(await verifySessionToken(withoutSession, secret)).toBeNull();
  });
});
