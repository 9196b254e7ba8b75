/**
 * Words that name page furniture in class names and ids across CMSs (in the spirit of the lists
 * Readability and trafilatura keep): photo captions and credits, newsletter and subscription boxes,
 * paywall offers, related and recommended links, share buttons, comments, cookie banners, bylines and
 * author boxes, tags, breadcrumbs, advertising slots, pull quotes, modal dialogs (a site's editor or
 * sign-in dialogs sit in every page, hidden). Not "popup": inline links to notes are called that.
 */
const furnitureWords = new Set([
  "caption",
  "credit",
  "credits",
  "newsletter",
  "signup",
  "subscribe",
  "subscription",
  "paywall",
  "promo",
  "related",
  "recommended",
  "recirculation",
  "outbrain",
  "taboola",
  "share",
  "sharing",
  "sharedaddy",
  "social",
  "comments",
  "comment",
  "respond",
  "disqus",
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "byline",
  "dateline",
  "author",
  "bio",
  "tags",
  "topics",
  "breadcrumb",
  "breadcrumbs",
  "advert",
  "advertisement",
  "sponsored",
  "pullquote",
  "popular",
  "trending",
  "most-read",
  "most-popular",
  "read-more",
  "more-on",
  "more-on-this",
  "read-next",
  "pull-quote",
  "ad-slot",
  "sign-up",
  "sign-off",
  "jp-relatedposts",
  "modal",
  // share bars and social widgets by their makers' names, a page toolbar, and the mark a page sets on
  // what is not its content for search robots (Yahoo's `robots-nocontent`)
  "addthis",
  "sharethis",
  "facebook",
  "toolbar",
  "nocontent",
]);

/** Elements that are furniture by their tag wherever they are. */
const furnitureTags = new Set(["NAV", "ASIDE", "FOOTER", "FORM", "FIGCAPTION", "DIALOG"]);

interface ElementLike {
  tagName: string;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  textContent: string | null;
  parentElement: ElementLike | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): ElementLike | null;
  contains(other: ElementLike): boolean;
  remove(): void;
}

interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  body?: { textContent: string | null } | null;
}

/** Words that name readers' comments in class names and ids. */
const commentWords = new Set(["comment", "comments"]);

/** The furniture words a class or id carries, as whole words, hyphenated pairs or camelCase parts (`newsletter-signup`, `most-read`, `photoCaption`). */
function namesFurniture(value: string | null, words: ReadonlySet<string> = furnitureWords): boolean {
  if (!value) return false;
  // camelCase names are words too (`rolloverCaption`, `relatedLinks`, `shareBar`), as sites of the 2010s wrote them
  for (const token of value
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1-$2")
    .toLowerCase()
    .split(/[\s_]+/)) {
    if (words.has(token)) return true;
    const parts = token.split("-");
    for (let index = 0; index < parts.length; index++) {
      if (words.has(parts[index] ?? "")) return true;
      if (words.has(`${parts[index]}-${parts[index + 1]}`)) return true;
    }
  }
  return false;
}

/**
 * Removes page furniture from a parsed page before the article is extracted: navigation, asides,
 * footers, forms, captions, and elements whose class or id names furniture. An element holding most
 * of the page's paragraph text is never removed, whatever its name (a site that calls its article
 * container "story-comments-enabled" keeps its article).
 */
export function removeBoilerplateElements(document: DocumentLike): void {
  const paragraphText = (element: ElementLike | DocumentLike) =>
    Array.from((element as DocumentLike).querySelectorAll("p")).reduce(
      (total, paragraph) => total + (paragraph.textContent?.trim().length ?? 0),
      0,
    );
  // Readers' comments go first, so that shares of the page's prose are measured without them: under
  // a short post they hold most of it, and an article container named by a furniture word
  // ("newsletter-post") would otherwise go as a small share of the page.
  for (const element of Array.from(document.querySelectorAll("*"))) if (isCommentThread(element)) element.remove();
  // A page without paragraphs (text in divs and <br>s) is measured by its whole text instead: an
  // ASP.NET page wraps its entire body in one <form>, which must not go.
  const paragraphs = paragraphText(document);
  const measure = (element: ElementLike | DocumentLike) =>
    paragraphs > 0
      ? paragraphText(element)
      : (("tagName" in element ? element.textContent : element.body?.textContent)?.trim().length ?? 0);
  const total = measure(document);
  // A slideshow writes its article in the slides' captions: when captions hold most of the page's
  // paragraph text, they are the article, not furniture.
  const captions = Array.from(document.querySelectorAll("figcaption"));
  const captionText = captions.reduce((sum, caption) => sum + measure(caption), 0);
  const slideshow = paragraphs > 0 && captionText > total * 0.5;
  for (const element of Array.from(document.querySelectorAll("*"))) {
    const furniture =
      furnitureTags.has(element.tagName.toUpperCase()) ||
      namesFurniture(element.getAttribute("class")) ||
      (namesFurniture(element.getAttribute("id")) && !anchorsOwnHeading(element)) ||
      isDialogWithoutProse(element);
    if (!furniture) continue;
    if (slideshow && captions.some((caption) => caption === element || caption.contains(element))) continue;
    if (total > 0 && measure(element) > total * 0.4) continue;
    element.remove();
  }
  for (const image of Array.from(document.querySelectorAll("img, picture, video"))) {
    const block = imageBlock(image);
    if (block) block.remove();
  }
  for (const audio of Array.from(document.querySelectorAll("audio"))) playerBlock(audio)?.remove();
}

/**
 * The block an audio player sits in with its controls, when the block is nothing else: its buttons,
 * speed menu, time display and screen-reader hints ("Listen to this article", "Speed 1x", "0:00 /
 * --:--", "Use left and right arrow keys to seek audio.") are the site's interface, not the article.
 * A container with a paragraph or a list (a podcast's notes or transcript) is not such a block.
 */
function playerBlock(audio: ElementLike): ElementLike | null {
  let block: ElementLike | null = null;
  for (let node = audio.parentElement, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
    if (node.querySelector("p, li, h1, h2, h3") || (node.textContent?.trim().length ?? 0) > 300) break;
    block = node;
  }
  return block;
}

/** Whether a class or id names readers' comments (`comment-body`, `commentList`, `comments`). */
const namesComments = (element: ElementLike) =>
  namesFurniture(element.getAttribute("class"), commentWords) ||
  namesFurniture(element.getAttribute("id"), commentWords);

/**
 * A thread of readers' comments: an element named for comments holding two or more separate
 * elements named for comments that have paragraphs of their own (each reader's comment). It goes
 * however much of the page's prose it holds: under a short post, one reader's comment can be longer
 * than the post, and Roundup would otherwise keep the thread, or take a comment for the story. An
 * article container a site happens to call "story-comments-enabled" holds no such items.
 */
function isCommentThread(element: ElementLike): boolean {
  if (!namesComments(element)) return false;
  const items = Array.from(element.querySelectorAll("*")).filter(
    (node) =>
      namesComments(node) && Array.from(node.querySelectorAll("p")).some((paragraph) => paragraph.textContent?.trim()),
  );
  return items.filter((item) => !items.some((other) => other !== item && other.contains(item))).length >= 2;
}

/**
 * A dialog the site keeps hidden in the page to open over it, named so (`share-dialog`, run together
 * as `makehomepagedialog`) or given the role, holding no paragraph: its steps, buttons and form
 * labels ("Make MSN my homepage", "On the toolbar, click Firefox") are the site's interface, never
 * an article's text. One holding a paragraph is left to the other rules (a news alert's dialog may
 * sit where Readability reads the headline).
 */
function isDialogWithoutProse(element: ElementLike): boolean {
  const role = element.getAttribute("role")?.toLowerCase();
  const named =
    role === "dialog" ||
    role === "alertdialog" ||
    [element.getAttribute("id"), element.getAttribute("class")].some((value) =>
      (value ?? "")
        .toLowerCase()
        .split(/[\s_-]+/)
        .some((token) => token.endsWith("dialog")),
    );
  return named && !Array.from(element.querySelectorAll("p")).some((paragraph) => paragraph.textContent?.trim());
}

/** Letters and digits only, lower-cased: how a heading and the anchor made from it compare. */
const slugKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * Whether an element's id is the anchor a site made from its own heading, as documentation
 * generators and blogs do for every section ("sharing-with-a-single-developer" for "Sharing with a
 * single developer"): such an id spells out the section's title, not the element's role, so a
 * furniture word in it ("sharing", "comments") names nothing.
 */
function anchorsOwnHeading(element: ElementLike): boolean {
  const id = element.getAttribute("id");
  if (!id || !/[-_]/.test(id)) return false;
  const heading = /^H[1-6]$/i.test(element.tagName) ? element : element.querySelector("h1, h2, h3, h4, h5, h6");
  const key = slugKey(id);
  return heading !== null && key.length > 0 && slugKey(heading.textContent ?? "") === key;
}

/** Containers that hold an image with its caption or credit, whatever their class is called. */
const imageContainerTags = new Set(["DIV", "SPAN", "FIGURE", "SECTION", "A", "PICTURE"]);

/**
 * The block an image sits in with its caption and credit, when the block is nothing else: a
 * container (not a paragraph) with no paragraph inside and little text. An image inside a paragraph
 * of text is left with its paragraph.
 */
function imageBlock(image: ElementLike): ElementLike | null {
  let block: ElementLike | null = null;
  for (let node = image.parentElement, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    if (!imageContainerTags.has(node.tagName.toUpperCase()) || node.querySelector("p, li, h1, h2, h3")) break;
    if ((node.textContent?.trim().length ?? 0) > 300) break;
    block = node;
  }
  return block && (block.textContent?.trim().length ?? 0) > 0 ? block : null;
}
