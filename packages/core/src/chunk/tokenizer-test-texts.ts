// Test helpers shared by the tokenizer tests: odd strings built to meet every kind of pre-tokenizer
// boundary, and real articles (the seeds, and the ECB+ corpus when it sits beside the repository).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const seedsDirectory = new URL("../../../../samples/seeds/", import.meta.url);
const ecbPlusPath = fileURLToPath(new URL("../../../../../shared/corpus/ecbplus-dev.jsonl", import.meta.url));

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

/** The seed articles, then the ECB+ development texts when the corpus is there. */
export function realTexts(): string[] {
  const texts = readdirSync(seedsDirectory).map((name) => readFileSync(new URL(name, seedsDirectory), "utf8"));
  if (!existsSync(ecbPlusPath)) return texts;
  const records = readFileSync(ecbPlusPath, "utf8").trim().split("\n");
  return [...texts, ...records.map((line) => (JSON.parse(line) as { text: string }).text)];
}
