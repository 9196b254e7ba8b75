import { hostOf, isShareHost } from "./link-blocks-to-drop.js";

interface NodeLike {
  nodeType: number;
  textContent: string | null;
  childNodes?: ArrayLike<NodeLike>;
}

interface ElementLike extends NodeLike {
  tagName: string;
  parentElement: ElementLike | null;
  childNodes: ArrayLike<NodeLike>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
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
/** The elements a roundup sets its items in. */
const itemTags = new Set(["DIV", "ARTICLE", "LI", "SECTION"]);
/** Resolves relative links when the page's address is unknown: relative links are the page's own site. */
const unknownPage = "http://page.invalid/";

/** A call to action is the site's furniture wherever it sits ("Learn more about …"): such a link goes. */
const callToAction =
  /^(?:learn more|read more|find out more|see more|more|continue reading|read the full|download|try it|sign up|subscribe|get started)\b/i;

const squeeze = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

/** The text of a paragraph outside its links, in characters. */
function proseOutsideLinks(paragraph: ElementLike): number {
  const parts: string[] = [];
  const collect = (node: NodeLike) => {
    for (const child of Array.from(node.childNodes ?? [])) {
      if (child.nodeType === 3) parts.push(child.textContent ?? "");
      else if (child.nodeType === 1 && (child as ElementLike).tagName.toUpperCase() !== "A") collect(child);
    }
  };
  collect(paragraph);
  return squeeze(parts.join("")).length;
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
  // Each element's paragraph prose, summed up from the paragraphs (one pass over them).
  const prose = new Map<ElementLike, number>();
  let pageProse = 0;
  for (const paragraph of Array.from(document.querySelectorAll("p"))) {
    const characters = proseOutsideLinks(paragraph);
    pageProse += characters;
    if (characters > 0)
      for (let element = paragraph.parentElement; element; element = element.parentElement)
        prose.set(element, (prose.get(element) ?? 0) + characters);
  }
  // The elements alike (one tag and class) with a paragraph of commentary each.
  const groups = new Map<string, ElementLike[]>();
  for (const [element, characters] of prose) {
    const tag = element.tagName.toUpperCase();
    const className = squeeze(element.getAttribute("class"));
    if (characters < commentaryCharacters || className === "" || !itemTags.has(tag)) continue;
    const group = groups.get(`${tag} ${className}`) ?? [];
    group.push(element);
    groups.set(`${tag} ${className}`, group);
  }
  const linksAnotherSite = (element: ElementLike) =>
    Array.from(element.querySelectorAll("a[href]")).some((link) => {
      const host = hostOf(link.getAttribute("href") ?? "", base);
      return host !== null && host !== pageHost && !isShareHost(host);
    });
  for (const group of groups.values()) {
    if (group.length < minimumItems) continue;
    // The outermost of nested elements alike: a class reused inside an item is part of that item.
    const inGroup = new Set(group);
    const outermost = group.filter((element) => {
      for (let outer = element.parentElement; outer; outer = outer.parentElement) if (inGroup.has(outer)) return false;
      return true;
    });
    const proseOf = (elements: ElementLike[]) => elements.reduce((sum, item) => sum + (prose.get(item) ?? 0), 0);
    if (outermost.length < minimumItems || proseOf(outermost) < pageProseShare * pageProse) continue;
    const items = outermost.filter(linksAnotherSite);
    if (items.length < minimumItems || proseOf(items) < pageProseShare * pageProse) continue;
    // Most elements of that tag and class, as a roundup's items are: a class any container wears
    // ("container", "row") holds a product page's panels among many empty ones.
    const [tag, className] = [group[0]?.tagName ?? "", squeeze(group[0]?.getAttribute("class") ?? "")];
    const alike = Array.from(document.querySelectorAll(tag.toLowerCase())).filter(
      (element) => squeeze(element.getAttribute("class")) === className,
    );
    if (items.length * 2 < alike.length) continue;
    for (const item of items)
      for (const link of Array.from(item.querySelectorAll("a")))
        if (callToAction.test(squeeze(link.textContent))) link.remove();
        else link.replaceWith(...Array.from(link.childNodes));
  }
}
