/** Longest label we show; longer titles are cut at a word boundary. */
const STORY_LABEL_LENGTH = 80;

/** A headline for a story: a representative member's title (or opening words), trimmed for lists. */
export function storyLabel(title: string, text = ""): string {
  const source = title.trim() || text.trim().split(/\n/)[0]?.trim() || "Untitled story";
  const flat = source.replace(/\s+/g, " ");
  if (flat.length <= STORY_LABEL_LENGTH) return flat;
  const cut = flat.slice(0, STORY_LABEL_LENGTH - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > STORY_LABEL_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, "")}…`;
}
