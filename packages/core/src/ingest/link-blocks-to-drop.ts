/** One block of text as htmlToText reads it: a paragraph, list item, heading or line between `<br>`s. */
export interface TextBlock {
  /** The block's text, whitespace collapsed. */
  text: string;
  /** How many of its characters are inside links. */
  linkCharacters: number;
  /** Its links, with their text and `href` as written. */
  links: Array<{ text: string; href: string }>;
  /** The `<li>` it sits in (innermost) and the list holding that item, or null outside lists. */
  item: object | null;
  list: object | null;
  /** Whether it is (inside) a heading, `<h1>` to `<h6>`. */
  heading: boolean;
  /** The table row (`<tr>`, innermost) it sits in, or null outside tables. */
  row?: object | null;
}

/** A block whose text is at least this share link text, with fewer than `linkBlockOtherCharacters` others, is all links. */
const linkBlockShare = 0.5;
const linkBlockOtherCharacters = 60;
/** The prose a linked heading must introduce to be a section title rather than a teaser's headline. */
const sectionProseCharacters = 500;
/** The prose under a heading linking another site that makes it a roundup's item: a paragraph, more than a teaser's line. */
const otherSiteSectionProse = 200;
/** A roundup's items told in this many such sections: then an item of a sentence is one of them too. */
const roundupItems = 3;
/** The prose of a roundup's shortest item: a sentence, more than a label or a site's name. */
const roundupItemProse = 80;
/** A related list's title is a few words; a longer heading is a section's. */
const orphanHeadingCharacters = 40;
/** A row of a data table: its cells are short (a name, a figure); a layout table's row holds a page's columns. */
const dataRowCharacters = 200;
/** A related list has more than one headline; a one-link section may be a list of one name. */
const relatedListItems = 2;
/** Sites whose links are share and follow buttons, never something an article names. */
const shareHosts =
  /(^|\.)(facebook|twitter|x|t|linkedin|pinterest|reddit|tumblr|whatsapp|instagram|youtube|flipboard|addthis|sharethis|digg|stumbleupon|delicious|plus\.google)\.(com|co|me|net)$/;
/** Whether a host is a share or follow site's. */
export const isShareHost = (host: string) => shareHosts.test(host);
/** Resolves relative links when the page's address is unknown: relative links are the page's own site. */
const unknownPage = "http://page.invalid/";

/**
 * The blocks that are navigation made of links (related-story lists, "Read more: <headline>", menus,
 * share bars), by index, to leave out of the text. A block that is all link text is such furniture
 * unless its place shows it is part of the article:
 * - an item of a list whose other items are mostly prose (a one-link question among questions, a
 *   type named among described types): one point of an enumeration;
 * - an item of a list of three or more bare names, each linking to a different other site (the apps
 *   or tools an author lists): related stories and menus link to the page's own site, share bars to
 *   the social sites;
 * - an item of a list the article's own sentence announces with a colon, its links all to other
 *   sites ("Two stories caught my attention last week:"): the pages the writer cites;
 * - a heading outside lists that introduces a long section of prose (a weekly's article titles,
 *   linked to each article): a related story's headline comes with a teaser of a sentence or two;
 * - a sentence around its links that cites another site ("<The Courier reported> on the vote:");
 * - a block that labels figures in words and links only the figures ("Our guess: <$25,000,000>", a
 *   sum linked to its source): navigation names stories, sections and sites in words; a pager's page
 *   numbers and a share counter alone still go;
 * - a heading whose links all stay within the page (a permalink, a way back to the contents);
 * - a cell of a data table's row whose other cells are not links (a linked name beside its figures):
 *   a menu set in a table is links in every cell, and a layout table's row holds long columns.
 * Links to the page's own site are told by `pageUrl` (its canonical address); without it, only
 * relative links count as the site's own.
 */
export function linkBlocksToDrop(blocks: TextBlock[], pageUrl: string | null = null): Set<number> {
  const pageHost = hostOf(pageUrl ?? unknownPage, unknownPage);
  // A sentence citing another site ("<The Courier reported> on the vote:"), not the page's own
  // sections or a social site ("Please follow <Money Game> on <Twitter>.", a follow prompt).
  const citesAnotherSite = (block: TextBlock) =>
    block.links.some((link) => {
      const host = hostOf(link.href, pageUrl ?? unknownPage);
      return host !== null && host !== pageHost && !shareHosts.test(host);
    });
  const isLinkBlock = blocks.map(
    (block) =>
      block.linkCharacters > 0 &&
      block.linkCharacters >= linkBlockShare * block.text.length &&
      block.text.length - block.linkCharacters < linkBlockOtherCharacters &&
      !(isSentenceAroundLinks(block) && citesAnotherSite(block)) &&
      !statesFigures(block) &&
      !bibliographicReference.test(block.text),
  );
  // Each list's items, and for each item whether all its blocks are link blocks.
  const itemsOfList = new Map<object, Map<object, boolean>>();
  for (const [index, block] of blocks.entries()) {
    if (!block.list || !block.item) continue;
    const items = itemsOfList.get(block.list) ?? new Map<object, boolean>();
    items.set(block.item, (items.get(block.item) ?? true) && (isLinkBlock[index] ?? false));
    itemsOfList.set(block.list, items);
  }
  const isNamesList = (list: object) => {
    // Its items of links: a note in prose among them ("(More to come)") is no name.
    const items = [...(itemsOfList.get(list) ?? [])].filter(([, allLinks]) => allLinks).map(([item]) => item);
    if (items.length < 3) return false;
    const hosts = new Set<string>();
    for (const item of items) {
      const itemBlocks = blocks.filter((block) => block.item === item);
      const link = itemBlocks[0]?.links[0];
      if (itemBlocks.length !== 1 || itemBlocks[0]?.links.length !== 1 || !link) return false;
      const name = link.text.replace(/\s+/g, " ").trim();
      const host = hostOf(link.href, pageUrl ?? unknownPage);
      if (!namesOtherPage(name, itemBlocks[0]?.text ?? "")) return false;
      if (!host || host === pageHost || shareHosts.test(host)) return false;
      hosts.add(host);
    }
    return hosts.size >= Math.max(3, 0.6 * items.length);
  };
  const namesLists = new Map<object, boolean>();
  const namesList = (list: object) => {
    if (!namesLists.has(list)) namesLists.set(list, isNamesList(list));
    return namesLists.get(list) === true;
  };
  const introducesSection = (index: number, characters = sectionProseCharacters) => {
    let prose = 0;
    for (let next = index + 1; next < blocks.length && !isLinkBlock[next] && !blocks[next]?.heading; next++)
      prose += blocks[next]?.text.length ?? 0;
    return prose >= characters;
  };
  // A heading linking only other sites (not share sites): the item a weekly's roundup tells of ("<Is the
  // router safe yet?>" over what the writer says of it); related stories link the page's own site.
  const linksOtherSitesOnly = (block: TextBlock) =>
    block.links.every((link) => {
      const host = hostOf(link.href, pageUrl ?? unknownPage);
      return host !== null && host !== pageHost && !shareHosts.test(host);
    });
  // A list the article's own sentence announces ("Two stories caught my attention this week:"), its items
  // linking only other sites: the pages the writer cites. A related list's title is a label ("Read
  // more:", "Related"), not a sentence, and its headlines link the page's own site.
  const announcedLists = new Map<object, boolean>();
  const announcedList = (list: object) => {
    if (!announcedLists.has(list)) {
      const first = blocks.findIndex((block) => block.list === list);
      const before = blocks[first - 1];
      const listBlocks = blocks.filter((block, index) => block.list === list && isLinkBlock[index]);
      announcedLists.set(
        list,
        before !== undefined &&
          !before.list &&
          !before.heading &&
          !isLinkBlock[first - 1] &&
          announcesList(before.text) &&
          listBlocks.every((block) => linksOtherSitesOnly(block)),
      );
    }
    return announcedLists.get(list) === true;
  };
  // How many headings outside lists link only other sites over a paragraph: a weekly roundup's items,
  // three or more, make a page where such a heading over one sentence is an item too ("<A dataset that
  // turns dark photos bright>" over "This is crazy: … The video blew my mind."); a page's teasers are
  // one or two, or link its own site.
  const roundupSections = blocks.filter(
    (block, index) =>
      isLinkBlock[index] &&
      block.heading &&
      !block.list &&
      linksOtherSitesOnly(block) &&
      introducesSection(index, otherSiteSectionProse),
  ).length;
  // A data table's row: short cells, some not links (the figures beside a linked name).
  const rowText = new Map<object, { characters: number; words: boolean }>();
  for (const [index, block] of blocks.entries()) {
    if (!block.row) continue;
    const row = rowText.get(block.row) ?? { characters: 0, words: false };
    row.characters += block.text.length;
    row.words ||= !isLinkBlock[index];
    rowText.set(block.row, row);
  }
  const namesDataRow = (block: TextBlock) => {
    const row = block.row ? rowText.get(block.row) : undefined;
    return row?.words === true && row.characters <= dataRowCharacters;
  };
  // Lines of an annotated text (a song's or a speech's lines, each linked to its note on the same page):
  // three or more different lines outside lists linking only within the page, each next to another. A
  // table of contents is a list; a "Back to top" link repeats one text; a skip link stands alone.
  const withinPage = (block: TextBlock | undefined) =>
    block !== undefined &&
    !block.list &&
    !block.heading &&
    block.links.length > 0 &&
    block.links.every((link) => linksWithinPage(link.href, pageUrl));
  const annotatedLines = new Set(blocks.filter((block) => withinPage(block)).map((block) => block.text));
  const isAnnotatedLine = (index: number) =>
    annotatedLines.size >= annotatedTextLines &&
    withinPage(blocks[index]) &&
    (withinPage(blocks[index - 1]) || withinPage(blocks[index + 1]));
  const drop = new Set<number>();
  for (const [index, block] of blocks.entries()) {
    if (!isLinkBlock[index]) continue;
    if (isAnnotatedLine(index)) continue;
    // A linked name in a row of figures ("<Gmail> | 19.5 MB | 12.1 MB") labels that row's data.
    if (namesDataRow(block)) continue;
    // A heading linked only within the page (its permalink "¶", a way back to the contents) is the
    // section's own title: navigation and related stories lead off the page.
    if (block.heading && block.links.length > 0 && block.links.every((link) => link.href.startsWith("#"))) continue;
    // A link line inside an item of prose (a card's "Learn more") is not an item of its own.
    const ownItem = block.list && block.item ? itemsOfList.get(block.list)?.get(block.item) : undefined;
    if (block.list && ownItem !== false) {
      const items = [...(itemsOfList.get(block.list)?.values() ?? [])];
      const proseItems = items.filter((allLinks) => !allLinks).length;
      if (proseItems > 0 && proseItems >= items.length - proseItems) continue;
      if (namesList(block.list)) continue;
      if (announcedList(block.list)) continue;
    } else if (
      !block.list &&
      block.heading &&
      (introducesSection(index) ||
        (linksOtherSitesOnly(block) &&
          introducesSection(index, roundupSections >= roundupItems ? roundupItemProse : otherSiteSectionProse)))
    )
      continue;
    drop.add(index);
  }
  // A heading whose section is only dropped link blocks, two or more, titles a related list ("Read
  // Next", "More from …"): with its links gone it would stand alone before the next section or the end.
  for (const [index, block] of blocks.entries()) {
    if (!block.heading || block.list || drop.has(index) || block.text.length > orphanHeadingCharacters) continue;
    let next = index + 1;
    while (next < blocks.length && drop.has(next)) next++;
    if (next >= index + 1 + relatedListItems && (next === blocks.length || startsSection(blocks[next])))
      drop.add(index);
  }
  return drop;
}

/**
 * What may follow an item's link to another site: its site or writer in brackets ("<Our day at the
 * meetup> (Jane's blog)"), or a citation's outlet and date after commas ("<Ministry to scan devices>,
 * Harbour Times, 25 January 2019").
 */
const sourceAfterLink = /^\s*((\([^()]{1,80}\)\s*)+|(,\s*[^,]{1,40}){1,3})$/u;

/**
 * An item of a list of other sites' pages: a bare name (up to three words, the apps an author lists), or
 * a page's title followed by its site, writer or date (the posts a blog collects about an event, the
 * coverage it cites). Related stories link the page's own site, and a teaser runs on in prose after its
 * headline.
 */
function namesOtherPage(linkText: string, itemText: string): boolean {
  if (linkText === itemText) return linkText.split(" ").length <= 3;
  return itemText.startsWith(linkText) && sourceAfterLink.test(itemText.slice(linkText.length));
}

/** Words of a sentence that announces a list: more than a label's ("Read more:", "You might also like:"). */
const announcingSentenceWords = 6;

/** A sentence ending in a colon ("Two stories caught my attention last week:"), not a label. */
function announcesList(text: string): boolean {
  return /[:：]$/u.test(text.trim()) && text.trim().split(/\s+/).length >= announcingSentenceWords;
}

/** A heading, or a short line that is not a sentence: a section's title set in a `<div>` ("Footnotes"). */
function startsSection(block: TextBlock | undefined): boolean {
  if (!block) return false;
  return block.heading || (block.text.length <= orphanHeadingCharacters && !/[.!?:;,]["”’)]?$/u.test(block.text));
}

/**
 * A link whose text is a figure an article states: an amount with its currency ("$25,000,000", "€3.5
 * million"), a share ("12%", "3.4 per cent") or a count grouped by thousands ("1,250"). A pager's page
 * numbers ("2", "Next") are none of these.
 */
const figureLink =
  /^(?:[-+−]?[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|m|bn|k))?|[-+−]?\d[\d,.]*\s?(?:%|per ?cent)|\d{1,3}(?:,\d{3})+(?:\.\d+)?)$/iu;
/** A block that labels figures in words and links only the figures ("Our guess: <$25,000,000>"); a counter alone does not. */
function statesFigures(block: TextBlock): boolean {
  if (block.links.length === 0) return false;
  let outside = block.text;
  for (const link of block.links) {
    const text = link.text.replace(/\s+/g, " ").trim();
    if (!figureLink.test(text)) return false;
    outside = outside.replace(text, " ");
  }
  return /\p{L}/u.test(outside);
}

/** Different lines linked within the page that make an annotated text, not a skip link or two. */
const annotatedTextLines = 3;

/** Whether a link leads to a place on the page itself: "#note-12", or the page's own address with a fragment. */
function linksWithinPage(href: string, pageUrl: string | null): boolean {
  if (href.startsWith("#")) return href.length > 1;
  if (!pageUrl || !href.includes("#")) return false;
  try {
    const target = new URL(href, pageUrl);
    const page = new URL(pageUrl);
    return target.hash.length > 1 && target.host === page.host && target.pathname === page.pathname;
  } catch {
    return false;
  }
}

/**
 * An entry of a reference list, linked to the work it cites: a year, then a volume and its pages ("… Nat
 * Med. 1996 Sep;2(9):1033-5.", "… J Clin Pathol 51(8), 611–613 (1998)"). A headline or a menu entry reads
 * no such figures.
 */
const bibliographicReference =
  /\b(1[89]|20)\d\d\b[^;:]{0,12}[;:,]\s*\d+\s*(\(\d+\))?\s*[:,]\s*\d+\s*[-–]\s*\d+|\b\d+\s*\(\d+\)\s*[:,]\s*\d+\s*[-–]\s*\d+\s*\((1[89]|20)\d\d\)/u;

/** The host of a link (without `www.`), or null for mailto:, javascript: and the like. */
export function hostOf(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.hostname.replace(/^www\./, "") : null;
  } catch {
    return null;
  }
}

/** Words outside a block's links that make it a sentence naming a link, not a headline or a "Read more:" label. */
const sentenceWords = 3;
/** Fewer suffice when the sentence runs on into its link ("The study is <published in the journal Nature>."). */
const runOnSentenceWords = 2;

/**
 * A sentence whose subject or object is a link ("<The Courier reported> on the union's vote:"): its
 * words outside the links run on in lower case (three or more) and it ends as a sentence does. A
 * headline's words are its link; a label ("Read more:", "See also") has one lower-case word at most.
 * A sentence that opens outside its link and runs on into it in lower case ("The study is <published
 * in the journal Nature>.") needs two: a headline or a menu entry opens its link with a capital. An
 * item of a list may be such a sentence without its full stop, as the points of a changelog or a
 * weekly update go: a name and a verb, then the link ("Nadia has <a patch to speed up the export>").
 */
function isSentenceAroundLinks(block: TextBlock): boolean {
  let outside = block.text;
  for (const link of block.links) outside = outside.replace(link.text.replace(/\s+/g, " ").trim(), " ");
  const lowerCaseWords = outside.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? [];
  const endsAsSentence = /[.:!?]["”’)]?$/u.test(block.text);
  if (endsAsSentence && lowerCaseWords.length >= sentenceWords) return true;
  if (!endsAsSentence && !block.item) return false;
  const runsOnIntoLink =
    /^\p{L}/u.test(outside.trimStart()) &&
    !block.text.startsWith(block.links[0]?.text.trim() ?? "") &&
    block.links.some((link) => /^\p{Ll}/u.test(link.text.trim()));
  return runsOnIntoLink && lowerCaseWords.length >= (endsAsSentence ? runOnSentenceWords : 1);
}
