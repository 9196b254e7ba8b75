import { sanitizeInputText } from "@roundup/core/text";

/**
 * Text read back from the database, cleaned as input is cleaned at the edge: rows stored before that
 * (by an older Roundup, or written into the database directly) can still hold a NUL, which breaks the
 * Atom feed, or bidi controls, which show text in another order than it is stored.
 */
export function readStoredText(text: string): string;
export function readStoredText(text: string | null): string | null;
export function readStoredText(text: string | null): string | null {
  return text === null ? null : sanitizeInputText(text);
}

/** JSON stored by Roundup (digests, evidence, audit details), every string in it read as readStoredText. */
export function parseStoredJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => (typeof value === "string" ? sanitizeInputText(value) : value));
}
