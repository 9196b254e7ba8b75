import { createHash } from "node:crypto";

/**
 * sha256 (hex) of the text after Unicode (NFKC), case and whitespace normalisation, so the same
 * article re-imported with different line endings or spacing hashes the same.
 */
export function contentHash(text: string): string {
  const normalized = text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normalized).digest("hex");
}
