import { hostOf } from "./link-blocks-to-drop.js";

interface ElementLike {
  tagName: string;
  children: ArrayLike<ElementLike>;
  textContent: string | null;
  querySelector(selector: string): ElementLike | null;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  getAttribute(name: string): string | null;
  remove(): void;
}

interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
}

/** A story card's teaser is a sentence or two under its headline. */
const teaserCharacters = 300;
/** A list of other stories has more than one card. */
const minimumCards = 2;
/** Resolves relative links when the page's address is unknown: relative links are the page's own site. */
const unknownPage = "http://page.invalid/";

const squeeze = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

/**
 * Removes lists of story cards from a page before its article is read: items that open with a
 * headline (a heading that is all link, to the page's own site) over a teaser of a sentence or two
 * ("<Life in transit> A man who has spent four months living in an airport"), two or more in one list
 * and most of its items. Readability drops such a list's headings as furniture and kept the teasers,
 * which then read as lines of the article. An article's own list of linked names with descriptions
 * links other sites (the apps an author uses), and a list item with a long text is prose.
 */
export function removeStoryCardLists(document: DocumentLike, pageUrl: string | null): void {
  const pageHost = hostOf(pageUrl ?? unknownPage, unknownPage);
  const isCard = (item: ElementLike) => {
    const heading = item.querySelector("h1, h2, h3, h4, h5, h6");
    if (!heading || item.querySelector("ul, ol")) return false;
    const links = Array.from(heading.querySelectorAll("a[href]"));
    const headline = squeeze(heading.textContent);
    if (links.length === 0 || headline === "" || squeeze(links.map((link) => link.textContent).join(" ")) !== headline)
      return false;
    if (!links.every((link) => hostOf(link.getAttribute("href") ?? "", pageUrl ?? unknownPage) === pageHost))
      return false;
    return squeeze(item.textContent).length - headline.length <= teaserCharacters;
  };
  for (const list of Array.from(document.querySelectorAll("ul, ol"))) {
    const items = Array.from(list.children).filter((child) => child.tagName.toUpperCase() === "LI");
    const cards = items.filter(isCard);
    if (cards.length >= minimumCards && cards.length * 2 >= items.length) for (const card of cards) card.remove();
  }
}
