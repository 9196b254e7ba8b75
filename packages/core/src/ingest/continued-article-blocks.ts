import { comparableLine } from "./comparable-line.js";

interface ElementLike {
  tagName: string;
  textContent: string | null;
  parentElement: ElementLike | null;
  getAttribute(name: string): string | null;
  contains(other: ElementLike): boolean;
}

interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
}

/** A class that names a story's body (Readability's positive words), shared by the blocks of one story. */
const BODY_CLASS = /article|body|content|entry|post|story|text/i;
/** A block of less prose than this is a teaser or a caption, not the story going on. */
const MIN_BLOCK_TEXT = 100;

/**
 * The paragraphs of the blocks that carry on the story after its main block: elements of the main
 * block's tag whose first class is the main block's first class, a body's name ("article-text"), outside
 * it and after it. Sites cut a story into such blocks around an advert; Readability reads the one it
 * scores and leaves the rest, which are not its siblings. Read before Readability, which moves the nodes
 * it reads. The main block is the element whose own paragraphs hold the most text.
 */
export function continuedArticleBlocks(document: DocumentLike): string[][] {
  const own = new Map<ElementLike, string[]>();
  for (const paragraph of Array.from(document.querySelectorAll("p"))) {
    const text = (paragraph.textContent ?? "").replace(/\s+/g, " ").trim();
    const parent = paragraph.parentElement;
    if (parent && text !== "") own.set(parent, [...(own.get(parent) ?? []), text]);
  }
  const length = (texts: string[]) => texts.reduce((sum, text) => sum + text.length, 0);
  let main: ElementLike | null = null;
  for (const [element, texts] of own) if (!main || length(texts) > length(own.get(main) ?? [])) main = element;
  if (!main) return [];
  const firstClass = (element: ElementLike) => (element.getAttribute("class") ?? "").trim().split(/\s+/)[0] ?? "";
  const name = firstClass(main);
  if (!BODY_CLASS.test(name)) return [];
  const blocks: string[][] = [];
  let after = false;
  for (const [element, texts] of own) {
    if (element === main) {
      after = true;
      continue;
    }
    if (!after || element.tagName !== main.tagName || firstClass(element) !== name) continue;
    if (main.contains(element) || element.contains(main) || length(texts) < MIN_BLOCK_TEXT) continue;
    blocks.push(texts);
  }
  return blocks;
}

/** The text with each continuing block's paragraphs added at its end, when none of them is in it yet. */
export function withContinuedBlocks(text: string, blocks: readonly string[][]): string {
  if (text === "" || blocks.length === 0) return text;
  const present = new Set(text.split("\n").map(comparableLine));
  const added = blocks.filter((block) => block.every((paragraph) => !present.has(comparableLine(paragraph))));
  if (added.length === 0) return text;
  return [text, ...added.flat()].join("\n\n");
}
