import { segmentSentences } from "../chunk/index.js";

/**
 * A title for a text that has none: its first sentence, shortened at a word boundary to about
 * `maxLength` characters. Returns `Untitled` for empty text.
 */
export function inferTitle(text: string, maxLength = 100): string {
  const firstLine =
    text
      .split("\n")
      .find((line) => line.trim() !== "")
      ?.trim() ?? "";
  if (firstLine === "") return "Untitled";
  const firstSentence = segmentSentences(firstLine.slice(0, 2000))[0]?.text ?? firstLine;
  if (firstSentence.length <= maxLength) return firstSentence.replace(/[.!?]+$/, "");
  const cut = firstSentence.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.\-–—]+$/, "")}…`;
}
