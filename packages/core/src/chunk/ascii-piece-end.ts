// Character classes of the ASCII pattern (see pretokenize.ts). Within an ASCII stretch every
// character outside ASCII is OTHER: stretches hold no letter, digit, mark, space or surrogate
// outside ASCII, which is what lets them skip the Unicode pattern.
const NONE = 0;
const UPPER = 1;
const LOWER = 2;
const DIGIT = 3;
const NEWLINE = 4;
const SPACE = 5;
const OTHER = 6;

const asciiClasses = new Uint8Array(128).fill(OTHER);
for (let code = 65; code <= 90; code++) asciiClasses[code] = UPPER;
for (let code = 97; code <= 122; code++) asciiClasses[code] = LOWER;
for (let code = 48; code <= 57; code++) asciiClasses[code] = DIGIT;
asciiClasses[10] = NEWLINE;
asciiClasses[13] = NEWLINE;
// \s in ASCII: tab, vertical tab, form feed and space (line breaks apart).
for (const code of [9, 11, 12, 32]) asciiClasses[code] = SPACE;

function classAt(text: string, position: number, end: number): number {
  if (position >= end) return NONE;
  const code = text.charCodeAt(position);
  return code < 128 ? (asciiClasses[code] as number) : OTHER;
}

/**
 * The end of the piece that o200k_base's ASCII pattern matches at `start` in the stretch
 * `text[start, end)`, as `text.slice(start, end).match(asciiPattern)` would cut it, without making
 * a string: a scan per alternative of the pattern, tried in its order (pretokenize's tests check it
 * against the encoder's own pattern on odd strings and real articles):
 *   [^\r\nA-Za-z0-9]?[A-Z]*[a-z]+('s|'re…)? | [^\r\nA-Za-z0-9]?[A-Z]+[a-z]*('s|'re…)? | [0-9]{1,3}
 *   | ?[^\sA-Za-z0-9]+[\r\n/]* | \s*[\r\n]+ | \s+(?!\S) | \s+
 */
export function asciiPieceEnd(text: string, start: number, end: number): number {
  const first = classAt(text, start, end);
  // Words, with one leading character that is neither a line break, a letter nor a digit.
  if (first !== DIGIT && first !== NEWLINE) {
    const letters = first === SPACE || first === OTHER ? start + 1 : start;
    let position = letters;
    while (classAt(text, position, end) === UPPER) position++;
    if (classAt(text, position, end) === LOWER) {
      while (classAt(text, position, end) === LOWER) position++;
      return contractionEnd(text, position, end);
    }
    if (position > letters) return contractionEnd(text, position, end);
  }
  if (first === DIGIT) {
    let position = start + 1;
    while (position < start + 3 && classAt(text, position, end) === DIGIT) position++;
    return position;
  }
  // Punctuation, with one leading space, then any line breaks and slashes.
  const punctuation = text.charCodeAt(start) === 32 && classAt(text, start + 1, end) === OTHER ? start + 1 : start;
  if (classAt(text, punctuation, end) === OTHER) {
    let position = punctuation + 1;
    while (classAt(text, position, end) === OTHER) position++;
    while (position < end) {
      const code = text.charCodeAt(position);
      if (code !== 10 && code !== 13 && code !== 47) break;
      position++;
    }
    return position;
  }
  // Whitespace: up to its last line break if it holds one; else all of it at the end of the
  // stretch, all but its last character before a non-space (which that character leads), or the one character.
  let runEnd = start;
  let lastLineBreak = -1;
  for (let kind = first; kind === SPACE || kind === NEWLINE; kind = classAt(text, runEnd, end)) {
    if (kind === NEWLINE) lastLineBreak = runEnd;
    runEnd++;
  }
  if (lastLineBreak >= 0) return lastLineBreak + 1;
  if (runEnd === end || runEnd - start === 1) return runEnd;
  return runEnd - 1;
}

/** After a word: the end of a following 's, 't, 'm, 'd, 're, 've or 'll (any case), if there is one. */
function contractionEnd(text: string, position: number, end: number): number {
  if (position + 1 >= end || text.charCodeAt(position) !== 39) return position;
  const second = text.charCodeAt(position + 1) | 0x20;
  if (second === 115 || second === 116 || second === 109 || second === 100) return position + 2;
  if (position + 2 >= end) return position;
  const third = text.charCodeAt(position + 2) | 0x20;
  if ((second === 114 || second === 118) && third === 101) return position + 3;
  if (second === 108 && third === 108) return position + 3;
  return position;
}
