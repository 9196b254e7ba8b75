import { hash as digest } from "node:crypto";
import { contentHash } from "./content-hash.js";
import type { FeedItem } from "./parse-feed.js";

export interface FeedItemIdentity {
  /**
   * Who the item is, across polls: its guid (Atom id, JSON Feed id) when the feed gives one, else its
   * link, else its text. An item edited in place keeps its key, so it is never a second article.
   */
  key: string;
  /** What the item says (title, text, link): a new hash under a known key is an edit. */
  hash: string;
}

const maxKeyLength = 500;

/** The identity of a feed item: see `FeedItemIdentity`. */
export function feedItemIdentity(item: FeedItem): FeedItemIdentity {
  const title = item.draft.title ?? "";
  const hash = contentHash([title, item.draft.originalText, item.link ?? ""].join("\n\u0000\n"));
  const key = item.guid ? `guid:${item.guid}` : item.link ? `link:${item.link}` : `text:${hash}`;
  // Keys are indexed: a very long guid or link is kept by its hash (a B-tree entry has a size limit).
  return { key: key.length > maxKeyLength ? `${key.slice(0, 5)}sha256:${digest("sha256", key, "hex")}` : key, hash };
}
