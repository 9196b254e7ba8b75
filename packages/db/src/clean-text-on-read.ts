import type { PrismaClient } from "./generated/sqlite/client.js";
import { readStoredText } from "./stored-text.js";

/**
 * The columns pages show as names and titles: Story.label, Article.title, source and author,
 * User.name, Feed.title (Job.name shares a key and holds plain job names, which stay as they are).
 * Article text is not among them: citations point into it by offset.
 */
const shownKeys = new Set(["label", "title", "source", "author", "name"]);

/** Cleans the shown keys of a query result in place, through included relations; returns it. */
function cleanResult(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (const item of value) cleanResult(item);
  } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const row = value as Record<string, unknown>;
    for (const [key, field] of Object.entries(row)) {
      if (typeof field === "string") {
        if (shownKeys.has(key)) row[key] = readStoredText(field);
      } else if (field !== null && typeof field === "object") cleanResult(field);
    }
  }
  return value;
}

/**
 * A client whose model queries return the names and titles pages show cleaned by readStoredText,
 * however they are read (included relations too); writes and raw SQL are unchanged.
 */
export function cleanTextOnRead(client: PrismaClient): PrismaClient {
  const extended = client.$extends({
    query: {
      $allModels: {
        async $allOperations({ args, query }) {
          return cleanResult(await query(args));
        },
      },
    },
  });
  // Results keep their types, so the extended client keeps the base client's API.
  return extended as unknown as PrismaClient;
}
