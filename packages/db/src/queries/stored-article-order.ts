import type { Prisma } from "../generated/sqlite/client.js";

/**
 * The order every loader of stored articles returns them in: oldest first, then by import, then id
 * (unique, so the order is total). Grouping depends on its input order, so its loaders share this.
 */
export const storedArticleOrder = [
  { publishedAt: "asc" },
  { importedAt: "asc" },
  { id: "asc" },
] satisfies Prisma.ArticleOrderByWithRelationInput[];
