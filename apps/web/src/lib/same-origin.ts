/**
 * True when a request comes from a page of this site: its Origin names the host it was sent to.
 * Browsers send Origin on every cross-origin request and on same-origin POSTs; a POST without one is refused.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
