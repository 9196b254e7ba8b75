import { getEncoding, type Tiktoken } from "js-tiktoken";

// o200k_base's split pattern as js-tiktoken ships it. tiktoken splits text with it and encodes each
// piece on its own, so the token count of a text is the sum of its pieces' counts.
const o200kPattern = String.raw`[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+('s|'S|'t|'T|'re|'rE|'Re|'RE|'ve|'vE|'Ve|'VE|'m|'M|'ll|'lL|'Ll|'LL|'d|'D)?|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*('s|'S|'t|'T|'re|'rE|'Re|'RE|'ve|'vE|'Ve|'VE|'m|'M|'ll|'lL|'Ll|'LL|'d|'D)?|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+`;

// The same pattern with each Unicode class cut down to its ASCII members (\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}
// → A-Z, \p{Ll}\p{Lm}\p{Lo}\p{M} → a-z, \p{N} → 0-9, \p{L} → A-Za-z; \s is the same in both). On
// ASCII-only text it matches exactly the same pieces, about five times faster than the /u pattern.
const asciiPattern =
  /[^\r\nA-Za-z0-9]?[A-Z]*[a-z]+(?:'[sStTmMdD]|'[rR][eE]|'[vV][eE]|'[lL][lL])?|[^\r\nA-Za-z0-9]?[A-Z]+[a-z]*(?:'[sStTmMdD]|'[rR][eE]|'[vV][eE]|'[lL][lL])?|[0-9]{1,3}| ?[^\sA-Za-z0-9]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+/g;

interface Tokenizer {
  encoder: Tiktoken;
  /** The encoder's own pattern, global, without capture groups (which change nothing in what matches). */
  unicode: RegExp;
  /** The ASCII pattern, when the encoder's pattern is the one it was derived from. */
  ascii: RegExp | null;
}

// The encoder holds large rank tables: build it once, on first use, not at import time.
let tokenizer: Tokenizer | null = null;

/** The o200k_base encoder and its split patterns. */
export function o200kTokenizer(): Tokenizer {
  if (!tokenizer) {
    const encoder = getEncoding("o200k_base");
    const pattern = (encoder as unknown as { patStr: string }).patStr;
    tokenizer = {
      encoder,
      unicode: new RegExp(pattern.replace(/\((?!\?)/g, "(?:"), "gu"),
      // A js-tiktoken with another pattern gets the exact, slower path only.
      ascii: pattern === o200kPattern ? asciiPattern : null,
    };
  }
  return tokenizer;
}

const nonAscii = /[\u0080-\uffff]/g;
// Characters on which the ASCII pattern could split differently: letters, digits, marks and spaces
// outside ASCII (and surrogates: the ASCII pattern sees an astral character as two UTF-16 units).
// Others (“curly quotes”, dashes, bullets) fall in the same classes of both patterns.
const differsFromAscii = /[\p{L}\p{N}\p{M}\s\ud800-\udfff]/u;

/** The position of the next character at or after `from` that needs the Unicode pattern, or -1. */
function nextNeedingUnicode(text: string, from: number): number {
  nonAscii.lastIndex = from;
  for (let match = nonAscii.exec(text); match; match = nonAscii.exec(text)) {
    if (differsFromAscii.test(match[0])) return match.index;
  }
  return -1;
}
const whitespace = /\s/;

/**
 * tiktoken's pre-tokenization of `text` into pieces (the same pieces as the encoder's own pattern),
 * in groups whose concatenation is the list of pieces.
 * ASCII stretches go through the fast ASCII pattern; each word holding a non-ASCII character goes
 * through the Unicode pattern, cut out at positions where the pattern always ends a piece whatever
 * follows (see `isPieceBoundary`), so both halves match exactly as they would in the whole text.
 */
export function pretokenize(text: string): string[][] {
  const { unicode, ascii } = o200kTokenizer();
  let next = nextNeedingUnicode(text, 0);
  if (next < 0 || !ascii) return [text.match(next < 0 && ascii ? ascii : unicode) ?? []];
  // Groups of pieces, in order, as the patterns return them: copying them into one array would
  // cost as much as matching the ASCII stretches.
  const groups: string[][] = [];
  let asciiStart = 0;
  while (next >= 0) {
    let left = next;
    while (left > asciiStart && !isPieceBoundary(text, left)) left--;
    let right = next + 1;
    while (right < text.length && !isPieceBoundary(text, right)) right++;
    if (left > asciiStart) groups.push(text.slice(asciiStart, left).match(ascii) ?? []);
    groups.push(text.slice(left, right).match(unicode) ?? []);
    asciiStart = right;
    next = nextNeedingUnicode(text, right);
  }
  if (asciiStart < text.length) groups.push(text.slice(asciiStart).match(ascii) ?? []);
  return groups;
}

/**
 * Whether every match of the o200k pattern over `text` ends a piece at `position`, and the pieces
 * before it are the same whether or not the text goes on. Two cases, from the pattern's
 * alternatives (it has no look-behind, so what follows a boundary never depends on what precedes):
 * - a space (any whitespace but a line break) after a non-space: words, numbers and punctuation
 *   runs stop at whitespace, and punctuation only takes line breaks and slashes after it;
 * - a non-space other than "/" after a line break: a run of whitespace ending in a line break is one
 *   piece, and nothing that takes a line break continues into a letter, digit or punctuation mark.
 */
export function isPieceBoundary(text: string, position: number): boolean {
  const before = text[position - 1];
  const at = text[position];
  if (before === undefined || at === undefined) return true;
  if (whitespace.test(at)) return at !== "\n" && at !== "\r" && !whitespace.test(before);
  return (before === "\n" || before === "\r") && at !== "/";
}
