import { describe, expect, it } from "vitest";
import { sessionMaxAgeSeconds, signSessionToken, verifySessionToken } from "./session-token";

const secret = "a-test-secret-that-is-long-enough-0123456789";

describe("session tokens", () => {
  it("round-trips the user id and role", async () => {
    const token = await signSessionToken({ id: "user-1", role: "reviewer" }, secret);
    expect(await verifySessionToken(token, secret)).toMatchObject({ sub: "user-1", role: "reviewer" });
  });

  it("rejects a token signed with another secret or tampered with", async () => {
    const token = await signSessionToken({ id: "user-1", role: "editor" }, secret);
    expect(await verifySessionToken(token, `${secret}-other`)).toBeNull();
    const [header, payload, signature] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload ?? "", "base64url").toString()), role: "admin" }),
    ).toString("base64url");
    expect(await verifySessionToken(`${header}.${forged}.${signature}`, secret)).toBeNull();
  });

  it("expires after eight hours", async () => {
    const issued = new Date("2026-01-01T08:00:00Z");
    const token = await signSessionToken({ id: "user-1", role: "admin" }, secret, issued);
    expect(
      await verifySessionToken(token, secret, new Date(issued.getTime() + (sessionMaxAgeSeconds - 60) * 1000)),
    ).not.toBeNull();
    expect(
      await verifySessionToken(token, secret, new Date(issued.getTime() + (sessionMaxAgeSeconds + 60) * 1000)),
    ).toBeNull();
  });

  it("treats a missing or malformed token as no session", async () => {
    expect(await verifySessionToken(undefined, secret)).toBeNull();
    expect(await verifySessionToken("not-a-token", secret)).toBeNull();
  });
});
