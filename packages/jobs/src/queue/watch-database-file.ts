import { statSync } from "node:fs";

/** The SQLite file a worker opened is no longer at its path. */
class DatabaseFileGoneError extends Error {
  readonly code = "DATABASE_FILE_GONE";
  constructor(
    readonly file: string,
    readonly replaced: boolean,
  ) {
    super(
      replaced
        ? `${file} was replaced by another file since the worker opened it: restart the worker to use the new one`
        : `${file} was removed or moved since the worker opened it: put it back to resume`,
    );
    this.name = "DatabaseFileGoneError";
  }
}

function identity(file: string): string | null {
  try {
    const stats = statSync(file);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return null;
  }
}

/**
 * SQLite keeps working on an open file after it is deleted, so a worker whose database file was
 * removed would go on running jobs from a copy nobody else sees. The returned check throws
 * `DatabaseFileGoneError` while the file at `file` is not the one that was there at first.
 */
export function watchDatabaseFile(file: string): () => void {
  const opened = identity(file);
  return () => {
    if (opened === null) return;
    const now = identity(file);
    if (now !== opened) throw new DatabaseFileGoneError(file, now !== null);
  };
}
