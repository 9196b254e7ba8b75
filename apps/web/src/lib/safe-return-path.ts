const thisSite = "http://roundup.invalid";

/**
 * Only paths of this site are followed after sign-in, so the form cannot redirect to another site.
 * The URL parser decides, as a browser would: browsers drop tabs and newlines from URLs and read "\\"
 * as "/", so "/\t/evil.example" is "//evil.example", another site.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value?.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(value, thisSite);
  } catch {
    return "/";
  }
  if (url.origin !== thisSite) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
