import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** A gold line's key: the sha256 (first 16 hex) of its letters and digits, lower-cased; no page text is stored. */
export const lineHash = (line: string) =>
  createHash("sha256")
    .update(line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ""))
    .digest("hex")
    .slice(0, 16);

/**
 * Gold lines marked as furniture by the definition, read from a file of this folder (a hash per
 * line and page, no text): a function giving a page's gold without them and how many it held.
 */
export function markedFurniture(file: string): (gold: string, page: string) => { gold: string; dropped: number } {
  const pages = (
    JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), "utf8")) as { pages: Record<string, string[]> }
  ).pages;
  return (gold, page) => {
    const marked = new Set(pages[page] ?? []);
    const lines = gold.split("\n");
    const kept = lines.filter((line) => !marked.has(lineHash(line)));
    return { gold: kept.join("\n"), dropped: lines.length - kept.length };
  };
}
