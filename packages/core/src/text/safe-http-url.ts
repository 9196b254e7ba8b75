/**
 * The URL when it is an absolute http or https URL, normalised (`new URL().href`); null for anything
 * else. Only these may become links: a `javascript:` or `data:` URL from a corpus record or a feed's
 * `<link>` would run or render in the reader's browser when clicked.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}
