/** The outlet name for a URL: its host name without `www.` (`https://www.bbc.co.uk/x` → `bbc.co.uk`). */
export function sourceFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === "" ? null : host.replace(/^www\d*\./, "");
  } catch {
    return null;
  }
}
