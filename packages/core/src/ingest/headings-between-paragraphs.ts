import { comparableLine } from "./comparable-line.js";

interface ElementLike {
  tagName: string;
  textContent: string | null;
  previousElementSibling: ElementLike | null;
  nextElementSibling: ElementLike | null;
}

interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
}

/** A run of headings written between two paragraphs of one parent, with those paragraphs' letters. */
export interface HeadingRun {
  before: string;
  headings: string[];
  after: string;
}

const HEADING = /^H[2-6]$/;
/** Longer than this a "heading" is a paragraph set in a heading's type, which Readability keeps. */
const MAX_HEADING_LENGTH = 150;

/**
 * The page's section headings that sit between two paragraphs of one parent (a run of them, when a
 * section opens on a subsection). Read before Readability, which moves the nodes it reads: when its pick
 * is an inner block and the story's first paragraphs are that block's siblings, it appends the sibling
 * paragraphs and drops the headings between them (it adds siblings only when they are paragraphs).
 */
export function headingsBetweenParagraphs(document: DocumentLike): HeadingRun[] {
  const runs: HeadingRun[] = [];
  for (const heading of Array.from(document.querySelectorAll("h2, h3, h4, h5, h6"))) {
    const previous = heading.previousElementSibling;
    // Each run once, from its first heading.
    if (!previous || previous.tagName !== "P") continue;
    const headings: string[] = [];
    let next: ElementLike | null = heading;
    while (next && HEADING.test(next.tagName)) {
      const text = (next.textContent ?? "").replace(/\s+/g, " ").trim();
      if (text !== "") headings.push(text);
      next = next.nextElementSibling;
    }
    if (!next || next.tagName !== "P" || headings.length === 0) continue;
    if (headings.some((text) => text.length > MAX_HEADING_LENGTH)) continue;
    const before = comparableLine(previous.textContent ?? "");
    const after = comparableLine(next.textContent ?? "");
    if (before !== "" && after !== "") runs.push({ before, headings, after });
  }
  return runs;
}

/**
 * The text with each run's headings put back where the text holds its two paragraphs one after the
 * other and none of its headings: Readability kept the paragraphs around a section heading and lost the
 * heading. The headings put back are added to `headings` (the article's section headings).
 */
export function restoreHeadings(text: string, runs: readonly HeadingRun[], headings: string[]): string {
  if (runs.length === 0) return text;
  const lines = text.split("\n");
  const keys = lines.map(comparableLine);
  const present = new Set(keys);
  const inserts = new Map<number, string[]>();
  for (const run of runs) {
    if (run.headings.some((heading) => present.has(comparableLine(heading)))) continue;
    for (let index = 0; index < lines.length; index += 1) {
      if (keys[index] !== run.before) continue;
      let next = index + 1;
      while (next < lines.length && keys[next] === "") next += 1;
      if (keys[next] !== run.after) continue;
      inserts.set(next, run.headings);
      headings.push(...run.headings);
      break;
    }
  }
  if (inserts.size === 0) return text;
  const out: string[] = [];
  for (const [index, line] of lines.entries()) {
    for (const heading of inserts.get(index) ?? []) out.push(heading, "");
    out.push(line);
  }
  return out.join("\n");
}
