import type { Command } from "commander";
import type { CommandIo } from "../cli-io.js";

export function registerArticlesCommand(program: Command, io: CommandIo): void {
  program
    .command("articles")
    .description("list the stored articles with their cleaned text and chunks")
    .option("--json", "print JSON on stdout")
    .action(async (options: { json?: boolean }) => {
      const [{ loadArticles }, { openDatabase }] = await Promise.all([
        import("@roundup/db"),
        import("../open-database.js"),
      ]);
      const db = await openDatabase(io.env);
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
          io.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
          return;
        }
        for (const article of articles) {
          const flags = [
            article.duplicateOf ? `duplicate of ${article.duplicateOf}` : "",
            article.titleInferred ? "title inferred" : "",
          ]
            .filter(Boolean)
            .join(", ");
          io.stdout.write(
            `${article.id}  ${article.publishedAt?.slice(0, 10) ?? "undated   "}  ${article.source ?? "-"}  ${article.title}${flags ? `  (${flags})` : ""}\n`,
          );
        }
        io.stdout.write(`${articles.length} articles\n`);
      } finally {
        await db.$disconnect();
      }
    });
}
