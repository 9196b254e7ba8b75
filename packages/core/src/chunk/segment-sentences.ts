import model from "wink-eng-lite-web-model";
import winkNLP, { type WinkMethods } from "wink-nlp";
import type { Sentence } from "../model/index.js";

// Only the sentence-boundary pipe: the rest of wink's pipeline (POS, entities…) is not needed to
// split sentences. Built lazily because loading the model takes a noticeable fraction of a second.
let nlp: WinkMethods | null = null;
function getNlp(): WinkMethods {
  nlp ??= winkNLP(model, ["sbd"]);
  return nlp;
}

// Titles before a name ("Mr. Smith", "Gen. Halevi"); most also end with a full stop inside a sentence.
const TITLE_WORDS = [
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sen",
  "rep",
  "gov",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "cmdr",
  "adm",
  "maj",
  "rev",
  "hon",
  "pres",
  "supt",
];
// Month abbreviations before a day ("Oct. 7").
const MONTH_WORDS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];
// Words that usually end with a full stop without ending the sentence (titles, months, initials…).
const abbreviations = new Set([
  ...TITLE_WORDS,
  ...MONTH_WORDS,
  "st",
  "jr",
  "sr",
  "mt",
  "ft",
  "no",
  "nos",
  "vs",
  "etc",
  "inc",
  "corp",
  "ltd",
  "co",
  "approx",
  "est",
  "fig",
  "al",
  "dept",
  "univ",
  "assn",
  "bros",
  "ave",
  "blvd",
]);
const titles = new Set([...TITLE_WORDS, "insp", "amb", "sheikh"]);
// Weekdays abbreviated as American copy does ("will be held Thurs. at the church").
const weekdays = new Set(["mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"]);
const months = new Set(MONTH_WORDS);
// Capitalised words that usually start a sentence rather than continue a name.
const sentenceOpeners = new Set(
  "The A An He She It They We I You But And In On At This That These Those There His Her Its Their Our After When While As If So Yet For With Some Many Most According However Meanwhile".split(
    " ",
  ),
);
// A candidate boundary: closing punctuation, optional closing quotes or brackets, then whitespace.
const candidate = /[.!?…]+["'”’)\]]*(?=\s+\S)/g;

/**
 * Splits cleaned text into sentences with exact, trimmed offsets
 * (`text.slice(s.start, s.end) === s.text`). A line break always ends a sentence (titles, list
 * items and single-newline paragraphs carry no final stop). Within a line, a full stop, question
 * or exclamation mark followed by a capitalised word ends a sentence; abbreviations are handled
 * by rules where they are clear (`Mr. Smith`, `J. R. Doe`, `Oct. 7`, `U.S. officials`,
 * `U.S. Secretary` vs `in the U.S. The…`), and the lines that stay ambiguous (other abbreviations,
 * lower-case continuations, ellipses) go to wink-nlp's sentence boundary detection. wink on every
 * line cost ~1.5 ms per article, most of the ingest budget; this agrees with it on the seeds and
 * ECB+ except where wink splits inside "People.com", ".358" or before a stray closing quote.
 */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > lineStart) splitLine(text, lineStart, lineEnd, sentences);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function splitLine(text: string, start: number, end: number, into: Sentence[]): void {
  const line = text.slice(start, end);
  const boundaries: number[] = [];
  candidate.lastIndex = 0;
  for (let match = candidate.exec(line); match; match = candidate.exec(line)) {
    const after = match.index + match[0].length;
    const kind = classify(line, match.index, match[0], after);
    if (kind === "ambiguous") {
      splitWithWink(text, start, end, into);
      return;
    }
    if (kind === "boundary") boundaries.push(after);
  }
  let sentenceStart = 0;
  for (const boundary of boundaries) {
    pushTrimmed(text, start + sentenceStart, start + boundary, into);
    sentenceStart = boundary;
  }
  pushTrimmed(text, start + sentenceStart, end, into);
}

/**
 * Whether closing punctuation ends a sentence. Clear cases are decided here (titles and initials
 * before a name never end one: "Mr. Smith", "J. R. Doe"; a month before a number neither:
 * "Oct. 7"); the rest ("in the U.S. The…", "Apple Inc. Its…", a lower-case continuation) go to wink.
 */
function classify(line: string, index: number, punctuation: string, after: number): "boundary" | "none" | "ambiguous" {
  const next = nextNonSpace(line, after);
  const capitalised = /[\p{Lu}"“‘'([]/u.test(next);
  if (punctuation.startsWith("...") || punctuation.startsWith("…")) return "ambiguous";
  if (punctuation[0] !== "." || punctuation.length > 1) return capitalised ? "boundary" : "ambiguous";
  // The letters and dots just before the full stop ("Wittman/P.J." → "P.J").
  const word = wordBefore(line, index);
  const lower = word.toLowerCase();
  if (capitalised && (titles.has(lower) || /^\p{Lu}$/u.test(word))) return "none";
  // "HARRISBURG, Pa. (AP) — …", "FORT WAYNE, Ind. (WANE) —": an agency tag after the place goes on with the dateline.
  if (/^\((?:\p{Lu}{2,10}|\p{Lu}\p{Ll}{2,15})\)\s*(?:—|–|--|-|:)/u.test(line.slice(after).trimStart())) return "none";
  if (/^\p{N}/u.test(next) && (months.has(lower) || lower === "no" || lower === "nos")) return "none";
  // An abbreviation followed by a lower-case word continues the sentence ("U.S. officials", "Thurs. at").
  if (
    /^\p{Ll}/u.test(next) &&
    (/^(\p{L}\.)+\p{L}?$/u.test(word) || abbreviations.has(lower) || (weekdays.has(lower) && /^\p{Lu}/u.test(word)))
  )
    return "none";
  if (!capitalised) return "ambiguous";
  if (word === "") return "boundary";
  // After a dotted abbreviation, a word that commonly opens a sentence means the sentence ended
  // ("…in the U.S. The talks…"); a name or noun means it did not ("U.S. Secretary of State").
  if (/^(\p{L}\.)+\p{L}?$/u.test(word)) {
    const nextWord = /^[\p{L}']+/u.exec(line.slice(after).trimStart())?.[0] ?? "";
    return sentenceOpeners.has(nextWord) ? "boundary" : /^\p{Lu}\p{Ll}/u.test(nextWord) ? "none" : "ambiguous";
  }
  if (abbreviations.has(lower)) return "ambiguous";
  return "boundary";
}

const letter = /^\p{L}$/u;

/**
 * The letters and dots just before `index`, within 40 characters, without leading dots
 * ("Wittman/P.J." → "P.J"). A backward walk: an end-anchored /[\p{L}.]*$/ retries from every
 * position of the window, and was a fifth of the segmentation time.
 */
function wordBefore(line: string, index: number): string {
  const windowStart = Math.max(0, index - 40);
  let start = index;
  while (start > windowStart) {
    const code = line.charCodeAt(start - 1);
    if (code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      start--;
      continue;
    }
    if (code < 128) break;
    // A letter outside ASCII, possibly a surrogate pair (one code point, when both halves are in the window).
    const high = start - 2 >= windowStart ? line.charCodeAt(start - 2) : 0;
    const width = code >= 0xdc00 && code <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!letter.test(line.slice(start - width, start))) break;
    start -= width;
  }
  while (start < index && line.charCodeAt(start) === 46) start++;
  return line.slice(start, index);
}

function nextNonSpace(line: string, position: number): string {
  let index = position;
  while (index < line.length && /\s/.test(line[index] ?? "")) index++;
  return line[index] ?? "";
}

/** wink's sentence spans for one line, mapped back to character offsets in `text`. */
function splitWithWink(text: string, start: number, end: number, into: Sentence[]): void {
  const line = text.slice(start, end);
  const winkNlp = getNlp();
  const doc = winkNlp.readDoc(line);
  const values = doc.tokens().out(winkNlp.its.value) as string[];
  const spans = doc.sentences().out(winkNlp.its.span) as unknown as Array<[number, number]>;
  // wink reports token indices; find each token in the line in order to recover offsets.
  const tokenStart = new Array<number>(values.length);
  let cursor = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? "";
    const found = line.startsWith(value, cursor) ? cursor : line.indexOf(value, cursor);
    tokenStart[index] = found < 0 ? cursor : found;
    cursor = found < 0 ? cursor : found + value.length;
  }
  // Keep wink's boundaries only between whitespace-separated words: it also splits inside
  // "People.com" and "hit .358", and before a stray closing quote ('' in the ECB+ texts).
  const boundaries: number[] = [];
  for (let spanIndex = 1; spanIndex < spans.length; spanIndex++) {
    const boundary = tokenStart[spans[spanIndex]?.[0] ?? 0] ?? 0;
    if (boundary <= (boundaries.at(-1) ?? 0) || !/\s/.test(line[boundary - 1] ?? "")) continue;
    // Nor after an abbreviated weekday before a lower-case word ("held Thurs. at St. Anne's"), which
    // the rules above keep whole when wink is not asked.
    const stop = line.slice(0, boundary).trimEnd();
    const word = stop.endsWith(".") ? wordBefore(line, stop.length - 1) : "";
    if (weekdays.has(word.toLowerCase()) && /^\p{Lu}/u.test(word) && /^\p{Ll}/u.test(line[boundary] ?? "")) continue;
    boundaries.push(boundary);
  }
  let sentenceStart = 0;
  boundaries.forEach((boundary, index) => {
    const following = line.slice(boundary, boundaries[index + 1] ?? line.length);
    if (!/[\p{L}\p{N}]/u.test(following)) return;
    pushTrimmed(text, start + sentenceStart, start + boundary, into);
    sentenceStart = boundary;
  });
  pushTrimmed(text, start + sentenceStart, end, into);
}

function pushTrimmed(text: string, start: number, end: number, into: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) into.push({ start: s, end: e, text: text.slice(s, e) });
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 160 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f
  );
}
