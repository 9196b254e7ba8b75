/** The least an article needs to be grouped; an `Article` satisfies it. */
export interface GroupableArticle {
  id: string;
  title: string;
  text: string;
  /** ISO 8601 when known. */
  publishedAt: string | null;
  /** Set when the article is a near-duplicate of another: it always joins that article's story. */
  duplicateOf?: string | null;
  /**
   * ISO 8601: when the article reached Roundup (its import). A story stays open in a story index while
   * articles keep arriving (see `StoryIndex.closeInactive`); unknown means "with the latest arrival".
   */
  receivedAt?: string | null;
}
