// Test helpers shared by the tokenizer tests: odd strings built to meet every kind of pre-tokenizer
// boundary, and article texts (the seeds and the bundled look-alike events).
import { readdirSync, readFileSync } from "node:fs";
import { lookAlikeArticles } from "../eval/testing/look-alike-events.js";

const seedsDirectory = new URL("../../../../samples/seeds/", import.meta.url);

// Contractions, line breaks after punctuation, slashes, letters, digits, marks and spaces outside
// ASCII, astral characters and lone surrogates, punctuation outside ASCII, special-token text.
const alphabet = [
  ..."aZ'./,\"()-1 \n\r\t",
  "  ",
  "\n\n",
  " \n",
  "re",
  "ll",
  "x'S",
  "'RE",
  "Hello",
  " world",
  // ASCII cases the ASCII scan decides on its own: capitals without lower case, contractions in
  // lower case, runs of digits, other control and space characters, line breaks after slashes.
  "USA",
  "McD",
  "'s",
  "'ve",
  "'ll",
  "'d",
  "1234",
  "\v",
  "\f",
  "\r\n",
  "$/",
  ..."“”’—…·•–€é\u0301ǅª٣½Ⅻ中ß\u00a0\u2028\u3000\ufeff\u00ad\u200b",
  "😀",
  "\ud83d",
  "\ude00",
  "<|endoftext|>",
];

/** `count` strings of up to 24 pieces of the alphabet above, the same on every run (mulberry32). */
export function oddTexts(count: number, seed: number): string[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => {
    let text = "";
    const length = Math.floor(next() * 24);
    for (let index = 0; index < length; index++) text += alphabet[Math.floor(next() * alphabet.length)];
    return text;
  });
}

/** The seed articles, then the look-alike events' titles and texts. */
export function realTexts(): string[] {
  const texts = readdirSync(seedsDirectory).map((name) => readFileSync(new URL(name, seedsDirectory), "utf8"));
  return [...texts, ...lookAlikeArticles().flatMap((article) => [article.title, article.text])];
}
