import { o200kTokenizer } from "./pretokenize.js";

// Token counts of pre-tokenized pieces ("▁Gaza", "▁negotiations", ","). News vocabulary repeats,
// so most pieces are counted once and then looked up: exact counts at a fraction of encode()'s cost.
// The cache is keyed by the piece's characters, read in place from the text: making a string of
// each piece to look it up in a Map cost more than pre-tokenizing did.
const maxCachedPieces = 200_000;
// Open addressing: slot → entry (-1: empty). Per entry: its hash, where its characters start in
// `characters`, its length and its token count.
let slots = new Int32Array(1 << 12).fill(-1);
let slotShift = 32 - 12;
let entryHashes = new Int32Array(1 << 11);
let entryStarts = new Int32Array(1 << 11);
let entryLengths = new Int32Array(1 << 11);
let entryCounts = new Int32Array(1 << 11);
let entryCount = 0;
let characters = new Uint16Array(1 << 14);
let characterCount = 0;

/** Exact o200k_base token count of the piece `text[start, end)`; special-token text counts as ordinary text. */
export function pieceTokenCount(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  const length = end - start;
  const mask = slots.length - 1;
  let slot = Math.imul(hash, 0x9e3779b1) >>> slotShift;
  for (let entry = slots[slot] as number; entry !== -1; entry = slots[slot] as number) {
    if (entryHashes[entry] === hash && entryLengths[entry] === length && sameCharacters(text, start, entry))
      return entryCounts[entry] as number;
    slot = (slot + 1) & mask;
  }
  const count = encodedLength(text.slice(start, end));
  if (entryCount >= maxCachedPieces) {
    clearCache();
    slot = Math.imul(hash, 0x9e3779b1) >>> slotShift;
  } else if (2 * (entryCount + 1) > slots.length) {
    growSlots();
    slot = freeSlot(hash);
  }
  addEntry(slot, hash, text, start, end, count);
  return count;
}

function sameCharacters(text: string, start: number, entry: number): boolean {
  const from = entryStarts[entry] as number;
  const length = entryLengths[entry] as number;
  for (let offset = 0; offset < length; offset++)
    if (characters[from + offset] !== text.charCodeAt(start + offset)) return false;
  return true;
}

function freeSlot(hash: number): number {
  const mask = slots.length - 1;
  let slot = Math.imul(hash, 0x9e3779b1) >>> slotShift;
  while (slots[slot] !== -1) slot = (slot + 1) & mask;
  return slot;
}

function addEntry(slot: number, hash: number, text: string, start: number, end: number, count: number): void {
  if (entryCount === entryHashes.length) {
    entryHashes = grown(entryHashes);
    entryStarts = grown(entryStarts);
    entryLengths = grown(entryLengths);
    entryCounts = grown(entryCounts);
  }
  const length = end - start;
  if (characterCount + length > characters.length) {
    const larger = new Uint16Array(Math.max(2 * characters.length, characterCount + length));
    larger.set(characters);
    characters = larger;
  }
  for (let offset = 0; offset < length; offset++) characters[characterCount + offset] = text.charCodeAt(start + offset);
  const entry = entryCount++;
  entryHashes[entry] = hash;
  entryStarts[entry] = characterCount;
  entryLengths[entry] = length;
  entryCounts[entry] = count;
  characterCount += length;
  slots[slot] = entry;
}

function growSlots(): void {
  slots = new Int32Array(2 * slots.length).fill(-1);
  slotShift--;
  for (let entry = 0; entry < entryCount; entry++) slots[freeSlot(entryHashes[entry] as number)] = entry;
}

function clearCache(): void {
  slots.fill(-1);
  entryCount = 0;
  characterCount = 0;
}

function grown(values: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(2 * values.length);
  larger.set(values);
  return larger;
}

const utf8 = new TextEncoder();

/**
 * encode() first looks a piece up whole in its rank table and runs byte-pair merges only when it is
 * not there. Doing that lookup here skips encode()'s set-up on every call (regexes and sets, about
 * 10 µs) for the common new piece that is one token. `rankMap` is js-tiktoken's own table, not in
 * its typings: without it, encode() alone gives the same count.
 */
function encodedLength(piece: string): number {
  const { encoder } = o200kTokenizer();
  const ranks = (encoder as unknown as { rankMap?: unknown }).rankMap;
  if (ranks instanceof Map && ranks.has(utf8.encode(piece).join(","))) return 1;
  return encoder.encode(piece, [], []).length;
}
