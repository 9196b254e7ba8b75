import { type AnalyzedText, normalizeMarks, type TextToken } from "./analyze-text.js";
import { findQuotedSpans } from "./find-quoted-spans.js";
import type { SupportContext, SupportFault } from "./support-fault.js";

const SPEECH = new Set([
  "say",
  "tell",
  "told",
  "add",
  "write",
  "state",
  "declare",
  "insist",
  "explain",
  "argue",
  "warn",
]);
const TITLES = new Set(["mr", "mrs", "ms", "dr", "prof", "sen", "gen", "president", "minister", "prime"]);

/** Text compared as words: marks, spacing and case aside. */
export function comparable(text: string): string {
  return normalizeMarks(text)
    .toLowerCase()
    .replace(/\s*([-–—])\s*/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** The name in front of or after a verb of saying next to a quotation ("X said", "said X", "X told…: "). */
function speakerNear(text: AnalyzedText, start: number, end: number): TextToken[] | null {
  const tokens = text.tokens;
  const name = (from: number, step: 1 | -1): TextToken[] => {
    const words: TextToken[] = [];
    for (let index = from; index >= 0 && index < tokens.length && words.length < 4; index += step) {
      const token = tokens[index]!;
      if (token.pos !== "PROPN" && !(token.pos === "NOUN" && /^\p{Lu}/u.test(token.text))) break;
      words.push(token);
    }
    return words.filter((word) => !TITLES.has(word.key));
  };
  const afterIndex = tokens.findIndex((token) => token.start >= end + 1 && token.pos !== "PUNCT");
  if (afterIndex >= 0 && tokens[afterIndex]!.start - end < 6) {
    const first = tokens[afterIndex]!;
    if (SPEECH.has(first.key)) {
      const words = name(afterIndex + 1, 1);
      if (words.length > 0) return words;
    }
    const words = name(afterIndex, 1);
    if (words.length > 0 && SPEECH.has(tokens[afterIndex + words.length]?.key ?? "")) return words;
  }
  let beforeIndex = -1;
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    if (tokens[index]!.end <= start - 1 && tokens[index]!.pos !== "PUNCT") {
      beforeIndex = index;
      break;
    }
  }
  if (beforeIndex >= 0 && start - tokens[beforeIndex]!.end < 6 && SPEECH.has(tokens[beforeIndex]!.key)) {
    const words = name(beforeIndex - 1, -1).reverse();
    if (words.length > 0) return words;
  }
  return null;
}

/**
 * Quoted words must stand verbatim in a cited passage, whatever the quotation marks (double or
 * single, straight or curly), and a quotation the statement gives to someone must be the one the
 * passage gives to that person: the speaker is part of what a quote says.
 */
export function compareQuotes(context: SupportContext, speaker: string | null = null): SupportFault[] {
  const faults: SupportFault[] = [];
  for (const span of findQuotedSpans(context.statement.text)) {
    const wanted = comparable(span.text).replace(/[,.]$/, "");
    if (wanted.split(" ").length < 2 && wanted.length < 4) continue;
    let found: { passage: AnalyzedText; start: number; end: number } | null = null;
    for (const passage of context.passages) {
      const haystack = comparable(passage.text);
      const at = haystack.indexOf(wanted);
      if (at < 0) continue;
      // Map back to the passage text approximately through the first word.
      const firstWord = wanted.split(" ")[0]!;
      const start = locate(passage.text, firstWord, at);
      found = { passage, start, end: start + span.text.length };
      break;
    }
    if (!found) {
      faults.push({ kind: "quote", reason: `quoted words "${span.text}" are not verbatim in the cited passage` });
      continue;
    }
    const claimed = speaker ? null : speakerNear(context.statement, span.start, span.end);
    const claimedName = speaker ?? claimed?.map((token) => token.text).join(" ") ?? null;
    if (!claimedName) continue;
    const actual = speakerNear(found.passage, found.start, found.end);
    if (!actual) continue;
    // Compared word by word, possessives, hyphens and punctuation aside ("Ben-Zvi" meets "Ben").
    const nameWords = (name: string) =>
      normalizeMarks(name)
        .toLowerCase()
        .replace(/'s\b/g, "")
        .replace(/\./g, "")
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length > 1 && !TITLES.has(word));
    const actualWords = new Set(nameWords(actual.map((token) => token.text).join(" ")));
    if (actualWords.size === 0) continue; // only a title ("Sen.") was found: nothing to compare
    if (nameWords(claimedName).some((word) => actualWords.has(word))) continue;
    faults.push({
      kind: "attribution",
      reason: `the passage gives these words to ${actual.map((token) => token.text).join(" ")}; the sentence gives them to ${claimedName}`,
    });
  }
  return faults;
}

/** Where the quoted words start in the original text (the comparable form may be shorter). */
function locate(text: string, firstWord: string, approximate: number): number {
  const lower = normalizeMarks(text).toLowerCase();
  let best = -1;
  let index = lower.indexOf(firstWord);
  while (index >= 0) {
    if (best < 0 || Math.abs(index - approximate) < Math.abs(best - approximate)) best = index;
    index = lower.indexOf(firstWord, index + 1);
  }
  return best < 0 ? approximate : best;
}
