import type { PrismaClient } from "./generated/sqlite/client.js";
import { readStoredText } from "./stored-text.js";

/**
 * A client whose reads of the texts pages show (story labels, article titles, outlets and authors,
 * user names, feed titles) come back cleaned by readStoredText, whatever query reads them; writes
 * are unchanged. Article text is left as stored: citations point into it by offset.
 */
export function cleanTextOnRead(client: PrismaClient): PrismaClient {
  const extended = client.$extends({
    result: {
      story: { label: { needs: { label: true }, compute: (story) => readStoredText(story.label) } },
      article: {
        title: { needs: { title: true }, compute: (article) => readStoredText(article.title) },
        source: { needs: { source: true }, compute: (article) => readStoredText(article.source) },
        author: { needs: { author: true }, compute: (article) => readStoredText(article.author) },
      },
      user: { name: { needs: { name: true }, compute: (user) => readStoredText(user.name) } },
      feed: { title: { needs: { title: true }, compute: (feed) => readStoredText(feed.title) } },
    },
  });
  // The fields keep their types, so the extended client keeps the base client's API.
  return extended as unknown as PrismaClient;
}
