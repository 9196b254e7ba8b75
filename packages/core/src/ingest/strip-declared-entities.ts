import { RoundupError } from "../errors/index.js";

export interface StrippedDocument {
  /** The document without its DTD's internal subset and without references to the entities it declared. */
  text: string;
  /** The entity names the internal subset declared (empty when it had none). */
  entities: string[];
}

// `<!DOCTYPE name [ … ]>`: the internal subset is where a document declares its own entities.
const internalSubset = /<!DOCTYPE\s+[^[>]*\[([\s\S]*?)\]\s*>/i;
const entityDeclaration = /<!ENTITY\s+(%\s+)?([\w.:-]+)/gi;

/**
 * Removes a document's own entity declarations (its DTD's internal subset) and every reference to
 * them. Roundup never expands such entities: that is how an "entity bomb" (`&lol9;` expanding to
 * gigabytes) or an external entity reading a local file works, and a page or feed that needs them
 * is not an article. Without the references, a document made only of them has nothing left, and
 * is refused as having no article in it instead of being imported as an article titled `&lol9;`.
 */
export function stripDeclaredEntities(document: string, input: string): StrippedDocument {
  const subset = internalSubset.exec(document.slice(0, 1_000_000));
  if (!subset) return { text: document, entities: [] };
  const entities = [...(subset[1] ?? "").matchAll(entityDeclaration)].map((match) => match[2] as string);
  let text = document.replace(internalSubset, (whole) => whole.replace(/\s*\[[\s\S]*\]\s*/, ""));
  if (entities.length > 0) {
    const names = new Set(entities);
    text = text.replace(/&([\w.:-]+);/g, (reference, name: string) => (names.has(name) ? "" : reference));
  }
  if (visibleText(text) === "")
    throw new RoundupError(
      "INPUT_EMPTY",
      `There is no article in it: only a DTD declaring entities${entities.length > 0 ? ` (${entities.slice(0, 3).join(", ")}${entities.length > 3 ? "…" : ""})` : ""}, which are never expanded.`,
      {
        input,
        fix: "Nothing to import: this looks like an entity-expansion attack, not an article. Import the article's page or feed instead.",
      },
    );
  return { text, entities };
}

/** The text left once markup (declarations, comments, instructions, tags, CDATA fences) is removed. */
function visibleText(document: string): string {
  return document
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<!\[CDATA\[|\]\]>/g, "")
    .replace(/<[!?][^>]*>/g, "")
    .replace(/<\/?[a-z][^>]*>/gi, "")
    .trim();
}
