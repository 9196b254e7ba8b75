interface ElementLike {
  textContent: string | null;
  parentElement: ElementLike | null;
  innerHTML: string;
}

interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
}

export interface ParagraphContainer {
  /** The markup of the element whose own paragraphs hold the most text. */
  html: string;
  /** The text of those paragraphs, in characters. */
  ownParagraphText: number;
}

/**
 * The element whose child paragraphs hold the most text on the page: where an article's body is
 * written, whatever its container is called. The fallback when Readability's pick is a fraction of
 * the page's prose (it scored a menu or a teaser box above the story), so the story is not lost.
 */
export function mainParagraphContainer(document: DocumentLike): ParagraphContainer | null {
  const own = new Map<ElementLike, number>();
  for (const paragraph of Array.from(document.querySelectorAll("p"))) {
    const length = paragraph.textContent?.trim().length ?? 0;
    const parent = paragraph.parentElement;
    if (parent && length > 0) own.set(parent, (own.get(parent) ?? 0) + length);
  }
  let best: ElementLike | null = null;
  let bestText = 0;
  for (const [element, length] of own)
    if (length > bestText) {
      best = element;
      bestText = length;
    }
  return best ? { html: best.innerHTML, ownParagraphText: bestText } : null;
}
