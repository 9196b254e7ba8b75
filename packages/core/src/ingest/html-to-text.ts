import { parseHTML } from "linkedom";
import { linkBlocksToDrop, type TextBlock } from "./link-blocks-to-drop.js";

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

interface ElementNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<ElementNodeLike>;
  getAttribute?(name: string): string | null;
}

export interface HtmlToTextOptions {
  /**
   * Drop blocks (paragraphs, list items, lines between `<br>`s) that are mostly link text with
   * little else: lists of other headlines, "Read more: <headline>", "More on this story", menus and
   * share bars; link-only blocks placed as part of the article stay (see linkBlocksToDrop) (default true).
   */
  dropLinkBlocks?: boolean;
  /** The page's address (its canonical one when known), so links to its own site are told from others. */
  pageUrl?: string | null;
  /** Filled with the text of each heading (`<h1>`–`<h6>`) read, so a caller can tell a section's title from a paragraph. */
  headings?: string[];
}

/** Where a block sits: its list item and list, its table row, and whether it is in a heading. */
type BlockPlace = Pick<TextBlock, "item" | "list" | "heading" | "row">;

/**
 * Text of an HTML fragment with one paragraph per block element (separated by a blank line) and
 * `<br>` as a line break, so paragraphs survive into the cleaned text and the sentence splitter.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const dropLinkBlocks = options.dropLinkBlocks ?? true;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  // Every block read, with the span of `parts` that holds its text, to drop link blocks once all are known.
  const blocks: TextBlock[] = [];
  const spans: Array<[number, number]> = [];
  let blockStart = 0;
  let linkCharacters = 0;
  let links: TextBlock["links"] = [];
  // Each link's part in the current block: a link running over a `<br>` goes on in the next block.
  let blockLinks = new Map<object, TextBlock["links"][number]>();
  let place: BlockPlace = { item: null, list: null, heading: false, row: null };
  const endBlock = () => {
    const text = parts.slice(blockStart).join("").replace(/\s+/g, " ").trim();
    if (text !== "") {
      if (place.heading) options.headings?.push(text);
      blocks.push({ text, linkCharacters, links, ...place });
      spans.push([blockStart, parts.length]);
    }
    blockStart = parts.length;
    linkCharacters = 0;
    links = [];
    blockLinks = new Map();
  };
  const walk = (node: ElementNodeLike, link: TextBlock["links"][number] | null) => {
    if (node.nodeType === 3) {
      const text = (node.textContent ?? "").replace(/\s+/g, " ");
      if (link) {
        linkCharacters += text.trim().length;
        let own = blockLinks.get(link);
        if (!own) {
          own = { text: "", href: link.href };
          blockLinks.set(link, own);
          links.push(own);
        }
        own.text += text;
      }
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
    const outer = place;
    if (block) {
      endBlock();
      parts.push("\n\n");
      blockStart = parts.length;
      if (tag === "UL" || tag === "OL") place = { ...place, list: node, item: null };
      else if (tag === "LI") place = { ...place, item: node };
      else if (/^H[1-6]$/.test(tag)) place = { ...place, heading: true };
      else if (tag === "TR") place = { ...place, row: node };
    }
    let inner = link;
    if (tag === "A" && !link) {
      inner = { text: "", href: node.getAttribute?.("href") ?? "" };
      blockLinks.set(inner, inner);
      links.push(inner);
    }
    for (const child of Array.from(node.childNodes)) walk(child, inner);
    if (block) {
      endBlock();
      parts.push("\n\n");
      blockStart = parts.length;
      place = outer;
    }
  };
  walk(document.body as unknown as ElementNodeLike, null);
  endBlock();
  if (dropLinkBlocks)
    for (const index of linkBlocksToDrop(blocks, options.pageUrl ?? null)) {
      const [start, end] = spans[index] ?? [0, 0];
      parts.fill("", start, end);
    }
  return parts
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
