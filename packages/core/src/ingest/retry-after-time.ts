/** The longest wait a server's Retry-After is followed for (a date years ahead is taken as this). */
const maxRetryAfterMs = 7 * 24 * 3600_000;

/**
 * When a server that answered 429 or 503 asked to be tried again, from its `Retry-After` header
 * (RFC 9110: a number of seconds, or an HTTP date) as of `now`; null when the header is missing or
 * says neither. Capped at seven days from `now`.
 */
export function retryAfterTime(header: string | null | undefined, now: Date): Date | null {
  const value = header?.trim();
  if (!value) return null;
  let at: number;
  if (/^\d+$/.test(value)) at = now.getTime() + Number(value) * 1000;
  else {
    // Every HTTP date form starts with the day's name ("Fri, 04 Dec 2026 …"); Date.parse alone reads "-5" as a year.
    at = /^[A-Za-z]{3}/.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(at)) return null;
  }
  return new Date(Math.min(Math.max(at, now.getTime()), now.getTime() + maxRetryAfterMs));
}
