/**
 * The address a request came from, for throttling sign-ins. scripts/serve.mjs puts the connection's
 * address in X-Forwarded-For (a browser's own header is replaced), or, with ROUNDUP_TRUST_PROXY=on,
 * keeps the header of the reverse proxy in front, whose last entry is the address the proxy saw.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded ? forwarded.slice(0, 100) : "unknown";
}
