/**
 * A worker could not start on its database: a setting that waiting cannot fix (`DATABASE_UNUSABLE`:
 * a malformed URL, a refused password or user) or a database still unreachable when the wait the
 * operator allowed ran out (`DATABASE_WAIT_EXPIRED`).
 */
export class DatabaseStartError extends Error {
  constructor(
    readonly code: "DATABASE_UNUSABLE" | "DATABASE_WAIT_EXPIRED",
    readonly database: string,
    readonly reason: string,
    readonly fix: string,
  ) {
    super(
      code === "DATABASE_UNUSABLE"
        ? `cannot use the database at ${database} (${reason}): ${fix}`
        : `the database at ${database} is still unreachable (${reason}): ${fix}`,
    );
    this.name = "DatabaseStartError";
  }
}
