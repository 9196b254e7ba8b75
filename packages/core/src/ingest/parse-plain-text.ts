import type { ArticleDraft } from "../model/index.js";
import { bylineAuthor } from "./byline-author.js";

const blankLine = /^\s*$/;
const ruleLine = /^\s*([-=_*~])(\s*\1){2,}\s*$/;

/**
 * A plain-text or Markdown article. The first line is the title when a blank line or a rule
 * (`-----`, `=====`) follows it and it reads like a headline (short, no final full stop);
 * otherwise the title is left null and inferred later. `originalText` is everything after the title.
 * A byline line ("By Jane Doe") gives the author; the line stays in `originalText` (the cleaner drops it).
 */
export function parsePlainText(
  text: string,
  context: { input: string; file?: string | null; markdown?: boolean },
): ArticleDraft {
  const normalized = text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  const body = context.markdown ? markdownToText(normalized) : normalized;
  const lines = body.split("\n");
  const firstIndex = lines.findIndex((line) => !blankLine.test(line));
  const firstLine = lines[firstIndex]?.trim() ?? "";
  const next = lines[firstIndex + 1];
  const titleLike = firstLine.length > 0 && firstLine.length <= 200 && !/[.:;,]$/.test(firstLine);
  const separated = next === undefined || blankLine.test(next) || ruleLine.test(next);
  if (firstIndex >= 0 && titleLike && separated && lines.length > firstIndex + 1) {
    const originalText = lines
      .slice(firstIndex + 1)
      .join("\n")
      .replace(/^\s*\n/, "");
    return {
      input: context.input,
      file: context.file ?? null,
      title: firstLine,
      originalText,
      author: bylineAuthor(originalText),
    };
  }
  return {
    input: context.input,
    file: context.file ?? null,
    title: null,
    originalText: body,
    author: bylineAuthor(body),
  };
}

/** Reduces Markdown to readable text: headings, emphasis, links and images lose their syntax. */
function markdownToText(markdown: string): string {
  return markdown
    .replace(/^```[^\n]*\n[\s\S]*?^```\s*$/gm, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^>\s?/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])\*([^*\n]+)\*(?=[^\w*]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1");
}
