/**
 * Ids per query. A PostgreSQL bind message carries at most 65,535 parameters, and Prisma sends an
 * `in` list (or an `include`d relation) as one parameter per id: at 100,000 articles such a query
 * failed ("bind message has 34465 parameter formats").
 */
export const ID_PAGE_SIZE = 10_000;

/** Runs `read` on `ids` a page at a time and returns every page's rows, in page order. */
export async function readInIdPages<T>(
  ids: readonly string[],
  read: (page: string[]) => Promise<T[]>,
  pageSize: number = ID_PAGE_SIZE,
): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += pageSize) {
    // A loop, not push(...page): a page of chunks can outgrow the engine's argument limit.
    for (const row of await read(ids.slice(start, start + pageSize))) rows.push(row);
  }
  return rows;
}

/**
 * The rows of `orderedIds`, read a page of ids at a time and returned in that order: how a loader
 * gets a database-ordered result without one query holding every row. An id with no row is skipped.
 */
export async function readInIdOrder<T extends { id: string }>(
  orderedIds: readonly string[],
  read: (page: string[]) => Promise<T[]>,
  pageSize: number = ID_PAGE_SIZE,
): Promise<T[]> {
  const byId = new Map((await readInIdPages(orderedIds, read, pageSize)).map((row) => [row.id, row]));
  return orderedIds.flatMap((id) => byId.get(id) ?? []);
}
