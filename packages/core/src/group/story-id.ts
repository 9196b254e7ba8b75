import { createHash } from "node:crypto";

/** A new story's id: derived from its earliest member, so regrouping the same articles gives the same id. */
export function storyIdFor(articleId: string, attempt = 0): string {
  const seed = attempt === 0 ? articleId : `${articleId}#${attempt}`;
  return `s_${createHash("sha256").update(seed).digest("hex").slice(0, 12)}`;
}
