import { parseHTML } from "linkedom";

const blockTags = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TR",
  "UL",
]);
const skippedTags = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "IFRAME",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
]);

interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

export interface HtmlToTextOptions {
  /**
   * Drop blocks (paragraphs, list items, lines between `<br>`s) that are mostly link text with
   * little else: lists of other headlines, "Read more: <headline>", "More on this story" (default true).
   */
  dropLinkBlocks?: boolean;
}

/** A block whose text is at least this share link text, with fewer than `linkBlockOtherCharacters` others, is navigation. */
const linkBlockShare = 0.5;
const linkBlockOtherCharacters = 60;

/**
 * Text of an HTML fragment with one paragraph per block element (separated by a blank line) and
 * `<br>` as a line break, so paragraphs survive into the cleaned text and the sentence splitter.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const dropLinkBlocks = options.dropLinkBlocks ?? true;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  // The block being read: where its text starts in `parts`, and how much of it is inside links.
  let blockStart = 0;
  let linkCharacters = 0;
  const endBlock = () => {
    if (dropLinkBlocks && linkCharacters > 0) {
      const text = parts.slice(blockStart).join("").replace(/\s+/g, " ").trim();
      const others = text.length - linkCharacters;
      if (text.length > 0 && linkCharacters >= linkBlockShare * text.length && others < linkBlockOtherCharacters)
        parts.length = blockStart;
    }
    blockStart = parts.length;
    linkCharacters = 0;
  };
  const walk = (node: TextNodeLike, inLink: boolean) => {
    if (node.nodeType === 3) {
      const text = (node.textContent ?? "").replace(/\s+/g, " ");
      if (inLink) linkCharacters += text.trim().length;
      parts.push(text);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (skippedTags.has(tag)) return;
    if (tag === "BR") {
      endBlock();
      parts.push("\n");
      blockStart = parts.length;
      return;
    }
    const block = blockTags.has(tag);
    if (block) {
      endBlock();
      parts.push("\n\n");
      blockStart = parts.length;
    }
    for (const child of Array.from(node.childNodes)) walk(child, inLink || tag === "A");
    if (block) {
      endBlock();
      parts.push("\n\n");
      blockStart = parts.length;
    }
  };
  walk(document.body as unknown as TextNodeLike, false);
  endBlock();
  return parts
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
