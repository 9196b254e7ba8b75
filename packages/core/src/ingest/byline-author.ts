/** A byline on a line of its own: "By Jane Doe", up to four capitalised names (checked on trimmed lines of at most 60 characters). */
export const bylinePattern = /^[Bb]y\s+[\p{Lu}][\p{L}.'’-]*(\s+[\p{Lu}][\p{L}.'’-]*){0,3}$/u;
export const bylineMaxLength = 60;

/**
 * The author named by the first byline line of a plain text ("By Jane Doe" → "Jane Doe"), or null.
 * The cleaner removes such lines from the cited text; this keeps the name as the article's author.
 */
export function bylineAuthor(text: string): string | null {
  for (const rawLine of text.split("\n")) {
    const line = rawLine.replace(/\s+/g, " ").trim();
    if (line.length <= bylineMaxLength && bylinePattern.test(line)) return line.replace(/^by\s+/i, "");
  }
  return null;
}
