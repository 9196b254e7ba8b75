import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, securityHeaders } from "./lib/security-headers";

/**
 * Runs before every page and route: a fresh nonce per request, given to Next.js through the request's
 * Content-Security-Policy header (it puts the nonce on its scripts), and the policy and the other
 * security headers on the response.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not the hashed static files (scripts, styles, fonts): they are no documents.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
