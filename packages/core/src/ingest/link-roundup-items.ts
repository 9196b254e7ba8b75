import { hostOf, isShareHost } from "./link-blocks-to-drop.js";

interface NodeLike {
  nodeType: number;
  textContent: string | null;
}

interface ElementLike extends NodeLike {
  tagName: string;
  parentElement: ElementLike | null;
  childNodes: ArrayLike<NodeLike>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  contains(other: ElementLike): boolean;
  replaceWith(...nodes: NodeLike[]): void;
  remove(): void;
}

interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
}

/** An item's own words on what it links: a sentence or two of commentary, not a headline's teaser line. */
const commentaryCharacters = 100;
/** A roundup has several items; two alike may be a pair of promos. */
const minimumItems = 3;
/** The items hold at least this share of the page's paragraph prose: they are the page, not a box beside it. */
const pageProseShare = 0.5;
/** Resolves relative links when the page's address is unknown: relative links are the page's own site. */
const unknownPage = "http://page.invalid/";

/** A call to action is the site's furniture wherever it sits ("Learn more about …"): such a link goes. */
const callToAction =
  /^(?:learn more|read more|find out more|see more|more|continue reading|read the full|download|try it|sign up|subscribe|get started)\b/i;

const squeeze = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

/** The text of an element's paragraphs outside their links, in characters. */
function paragraphProse(element: ElementLike): number {
  let characters = 0;
  for (const paragraph of Array.from(element.querySelectorAll("p"))) {
    let text = squeeze(paragraph.textContent);
    for (const link of Array.from(paragraph.querySelectorAll("a"))) text = text.replace(squeeze(link.textContent), "");
    characters += squeeze(text).length;
  }
  return characters;
}

/**
 * Unlinks the items of a link roundup (a curated newsletter, a link blog): elements alike (one tag and
 * class), three or more, each linking other sites and carrying a paragraph of its own commentary on
 * them, that together hold most of the page's prose. Each item's headline and "Title by Author" credit
 * are links, so Readability's conditional cleaning judged the shorter items too linky and dropped them
 * whole, commentary and all, and the link-block rule then took the headlines of the rest. Unlinked,
 * their text is read as the article it is; a call to action among them ("Learn more about …") goes,
 * as the link rule would have taken it. A related-stories box with teasers beside an article holds
 * a fraction of the page's prose, and story cards linking the page's own site are not roundup items.
 */
export function unlinkRoundupItems(document: DocumentLike, pageUrl: string | null): void {
  const base = pageUrl ?? unknownPage;
  const pageHost = hostOf(base, unknownPage);
  const linksAnotherSite = (element: ElementLike) =>
    Array.from(element.querySelectorAll("a[href]")).some((link) => {
      const host = hostOf(link.getAttribute("href") ?? "", base);
      return host !== null && host !== pageHost && !isShareHost(host);
    });
  const groups = new Map<string, ElementLike[]>();
  for (const element of Array.from(
    document.querySelectorAll("div[class], article[class], li[class], section[class]"),
  )) {
    const key = `${element.tagName.toUpperCase()} ${squeeze(element.getAttribute("class"))}`;
    const group = groups.get(key) ?? [];
    group.push(element);
    groups.set(key, group);
  }
  const pageProse = Array.from(document.querySelectorAll("body")).reduce((sum, body) => sum + paragraphProse(body), 0);
  for (const group of groups.values()) {
    if (group.length < minimumItems) continue;
    const commented = group.filter(
      (element) => paragraphProse(element) >= commentaryCharacters && linksAnotherSite(element),
    );
    // The outermost of nested elements alike: a class reused inside an item is part of that item.
    const items = commented.filter(
      (element) => !commented.some((other) => other !== element && other.contains(element)),
    );
    if (items.length < minimumItems || items.length * 2 < group.length) continue;
    const prose = items.reduce((sum, item) => sum + paragraphProse(item), 0);
    if (prose < pageProseShare * pageProse) continue;
    for (const item of items)
      for (const link of Array.from(item.querySelectorAll("a")))
        if (callToAction.test(squeeze(link.textContent))) link.remove();
        else link.replaceWith(...Array.from(link.childNodes));
  }
}
