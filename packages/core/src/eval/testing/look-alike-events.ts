// The bundled test corpus of look-alike events (see test-fixtures/look-alike-events/README.md), for
// tests in any package: it ships in the repository, so tests pass in a clone with nothing beside it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const lookAlikeEventsPath = fileURLToPath(
  new URL("../../../test-fixtures/look-alike-events/look-alike-events.jsonl", import.meta.url),
);

export interface LookAlikeArticle {
  id: string;
  title: string;
  text: string;
  publishedAt: string | null;
  /** The gold event id. */
  story: string;
}

/** The corpus's articles of the given topics (`quake`, `ceo`, `ferry`, `pirates`, `coach`, `strike`), in file order; all without topics. */
export function lookAlikeArticles(topics?: readonly string[]): LookAlikeArticle[] {
  return readFileSync(lookAlikeEventsPath, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LookAlikeArticle)
    .filter((record) => !topics || topics.some((topic) => record.id.startsWith(`${topic}-`)))
    .map(({ id, title, text, publishedAt, story }) => ({ id, title, text, publishedAt: publishedAt ?? null, story }));
}
