import { loadArticles } from "@roundup/db";
import type { Command } from "commander";
import { openDatabase } from "../open-database.js";

export function registerArticlesCommand(program: Command): void {
  program
    .command("articles")
    .description("list the stored articles with their cleaned text and chunks")
    .option("--json", "print JSON on stdout")
    .action(async (options: { json?: boolean }) => {
      const db = await openDatabase();
      try {
        const articles = (await loadArticles(db)).map((article) => ({
          id: article.id,
          title: article.title,
          titleInferred: article.titleInferred,
          source: article.source,
          url: article.url,
          file: article.file,
          publishedAt: article.publishedAt,
          language: article.language,
          duplicateOf: article.duplicateOf,
          storyId: article.storyId,
          text: article.text,
          chunks: article.chunks.map(({ id, index, start, end, tokens }) => ({ id, index, start, end, tokens })),
        }));
        if (options.json) {
          process.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
          return;
        }
        for (const article of articles) {
          const flags = [
            article.duplicateOf ? `duplicate of ${article.duplicateOf}` : "",
            article.titleInferred ? "title inferred" : "",
          ]
            .filter(Boolean)
            .join(", ");
          process.stdout.write(
            `${article.id}  ${article.publishedAt?.slice(0, 10) ?? "undated   "}  ${article.source ?? "-"}  ${article.title}${flags ? `  (${flags})` : ""}\n`,
          );
        }
        process.stdout.write(`${articles.length} articles\n`);
      } finally {
        await db.$disconnect();
      }
    });
}
