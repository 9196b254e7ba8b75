import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { linkNearDuplicates, parsePlainText, prepareArticle } from "../../ingest/index.js";
import type { Article } from "../../model/index.js";

/** The five seed articles of samples/seeds, prepared and linked as the product does it. Test support only. */
const SEEDS_DIRECTORY = fileURLToPath(new URL("../../../../../samples/seeds/", import.meta.url));

export function loadSeedArticles(): Article[] {
  const files = readdirSync(SEEDS_DIRECTORY)
    .filter((name) => name.endsWith(".txt"))
    .sort();
  const articles = files.map((file) => {
    const draft = parsePlainText(readFileSync(`${SEEDS_DIRECTORY}${file}`, "utf8"), { input: file, file });
    return prepareArticle({ ...draft, externalId: file.replace(/\.txt$/, "") });
  });
  return linkNearDuplicates(articles);
}
