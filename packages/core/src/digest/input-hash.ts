import { createHash } from "node:crypto";

/**
 * sha256 of what determines a generation: the evidence text and the prompt id@version (and any
 * engine settings passed in `parts`). Equal hashes mean a stored digest can be reused.
 */
export function inputHash(promptId: string, evidence: readonly string[], parts: readonly string[] = []): string {
  const hash = createHash("sha256");
  hash.update(`prompt:${promptId}\n`);
  for (const part of parts) hash.update(`part:${part}\n`);
  for (const text of evidence) hash.update(`evidence:${text.length}:${text}\n`);
  return hash.digest("hex");
}
