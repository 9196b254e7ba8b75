import { hash } from "node:crypto";

// Runs of whitespace that are not already a single space. Replacing only these gives the same
// string as replacing every /\s+/ run with a space, without a replacement per word gap.
const whitespaceToCollapse = /\s{2,}|[^\S ]/g;

/**
 * sha256 (hex) of the text after Unicode (NFKC), case and whitespace normalisation, so the same
 * article re-imported with different line endings or spacing hashes the same. Stored hashes depend
 * on this exact normalisation: changing it makes re-imports of old articles look new.
 */
export function contentHash(text: string): string {
  const normalized = text.normalize("NFKC").toLowerCase().replace(whitespaceToCollapse, " ").trim();
  return hash("sha256", normalized, "hex");
}
