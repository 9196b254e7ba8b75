import { type AnalyzedText, findQuotedSpans, normalizeMarks, type TextToken } from "../reading/index.js";
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
const TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sen",
  "gen",
  "adm",
  "capt",
  "col",
  "lt",
  "maj",
  "cmdr",
  "sgt",
  "rev",
  "gov",
  "rep",
  "president",
  "minister",
  "prime",
]);

/** Text compared as words: marks, spacing and case aside. */
export function comparable(text: string): string {
  return normalizeMarks(text)
    .toLowerCase()
    .replace(/\s*([-–—])\s*/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** The longest run of words before or after a verb of saying that can name or describe a speaker. */
const SPEAKER_PHRASE_WORDS = 8;

/** Words of time that end a speaker's phrase: "said Jones yesterday" names Jones. */
const TIME_WORDS = new Set(["yesterday", "today", "tonight", "tomorrow", "earlier", "later", "now"]);

/** A word of a speaker's phrase: a name, a capitalised or lower-case noun or adjective ("ABC Entertainment Group prexy Paul Lee"), a possessive. */
function inSpeakerPhrase(token: TextToken): boolean {
  if (TIME_WORDS.has(token.key)) return false;
  return (
    token.pos === "PROPN" || token.pos === "NOUN" || token.pos === "ADJ" || (token.pos === "PART" && token.key === "'s")
  );
}

const capitalised = (token: TextToken) => token.pos === "PROPN" || /^\p{Lu}/u.test(token.text);

/**
 * The name in front of or after a verb of saying next to a quotation ("X said", "said X", "X told…: ").
 * A speaker is often described before being named ("said ABC Entertainment Group prexy Paul Lee",
 * "Target spokesman Joshua Thomas said"): the name is the run of capitalised words that ends the
 * phrase. A phrase that ends in a description ("writes Nazi war criminal") names no one and gives null.
 */
function speakerNear(text: AnalyzedText, start: number, end: number): TextToken[] | null {
  const tokens = text.tokens;
  /** The speaker's name from the phrase that starts at `from` and runs in `step`'s direction, and how many tokens the phrase took. */
  const name = (from: number, step: 1 | -1): { words: TextToken[]; length: number } => {
    const phrase: TextToken[] = [];
    for (let index = from; index >= 0 && index < tokens.length && phrase.length < SPEAKER_PHRASE_WORDS; index += step) {
      const token = tokens[index]!;
      if (!inSpeakerPhrase(token)) break;
      phrase.push(token);
    }
    const length = phrase.length;
    if (step === -1) phrase.reverse();
    // A phrase that ends in a lower-case word describes the speaker ("the minister") and names no one.
    const last = phrase.length - 1;
    if (last < 0 || !capitalised(phrase[last]!)) return { words: [], length };
    let first = last;
    while (first > 0 && capitalised(phrase[first - 1]!)) first -= 1;
    // The run may still start with titles or an organisation ("Republican Senate Budget Chairman Mike Enzi"): names are compared word by word.
    return { words: phrase.slice(first).filter((word) => !TITLES.has(word.key)), length };
  };
  const afterIndex = tokens.findIndex((token) => token.start >= end + 1 && token.pos !== "PUNCT");
  if (afterIndex >= 0 && tokens[afterIndex]!.start - end < 6) {
    const first = tokens[afterIndex]!;
    if (SPEECH.has(first.key)) {
      const { words } = name(afterIndex + 1, 1);
      if (words.length > 0) return words;
    }
    const { words, length } = name(afterIndex, 1);
    if (words.length > 0 && SPEECH.has(tokens[afterIndex + length]?.key ?? "")) return words;
  }
  let beforeIndex = -1;
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    if (tokens[index]!.end <= start - 1 && tokens[index]!.pos !== "PUNCT") {
      beforeIndex = index;
      break;
    }
  }
  const near = beforeIndex >= 0 && start - tokens[beforeIndex]!.end < 6;
  // "Sinwar said yesterday: “…”": the verb may stand one word of time before the quotation.
  if (near && TIME_WORDS.has(tokens[beforeIndex]!.key)) beforeIndex -= 1;
  if (near && beforeIndex >= 0 && SPEECH.has(tokens[beforeIndex]!.key)) {
    const { words } = name(beforeIndex - 1, -1);
    if (words.length > 0) return words;
  }
  return null;
}

/** Verbs that give words to someone besides the verbs of saying: "called the deal “…”", "described it as “…”". */
const ATTRIBUTING = new Set([
  ...SPEECH,
  "call",
  "describe",
  "dub",
  "term",
  "brand",
  "hail",
  "praise",
  "condemn",
  "denounce",
  "criticise",
  "criticize",
  "promise",
  "vow",
  "pledge",
  "urge",
  "admit",
  "acknowledge",
  "concede",
  "claim",
  "announce",
  "confirm",
  "deny",
  "predict",
  "note",
  "stress",
  "reply",
  "respond",
  "tweet",
]);
/** Honorifics: two people share them, so they tell no one apart. */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "prof"]);
/** What a speaker's phrase may hold besides names and nouns: "the", "union's", "of". */
const PHRASE_GLUE = new Set(["DET", "PART"]);

/** The content words of a speaker's phrase, by key: its names and the nouns that describe it. */
function holderKeys(tokens: readonly TextToken[]): Set<string> {
  return new Set(
    tokens
      .filter(
        (token) => (token.pos === "PROPN" || token.pos === "NOUN") && !HONORIFICS.has(token.key.replace(/\.$/, "")),
      )
      .map((token) => token.key),
  );
}

/**
 * Who a text gives quoted words to, named or described ("the transport minister", "Union leader
 * Mara Solvik"): the phrase beside a verb of saying right after the quotation ("…,” the minister
 * said", "…,” said X"), else the subject of the nearest verb that gives words to someone before it in
 * its sentence ("X called the agreement “…”", "X said the union had won “…”"). A pronoun or no
 * phrase gives null: who it is cannot be told from the text.
 */
function holderOf(text: AnalyzedText, start: number, end: number): TextToken[] | null {
  const tokens = text.tokens;
  const phrase = (from: number, step: 1 | -1): TextToken[] => {
    const words: TextToken[] = [];
    for (let index = from; index >= 0 && index < tokens.length; index += step) {
      const token = tokens[index]!;
      if (!(inSpeakerPhrase(token) || PHRASE_GLUE.has(token.pos) || token.key === "of")) break;
      words.push(token);
      if (words.length > SPEAKER_PHRASE_WORDS) break;
    }
    return words.filter((token) => token.pos === "PROPN" || token.pos === "NOUN");
  };
  const after = tokens.findIndex((token) => token.start >= end + 1 && token.pos !== "PUNCT");
  if (after >= 0 && tokens[after]!.start - end < 6) {
    if (SPEECH.has(tokens[after]!.key)) {
      const words = phrase(after + 1, 1);
      if (words.length > 0) return words;
    }
    let verb = after;
    while (verb < tokens.length && (inSpeakerPhrase(tokens[verb]!) || PHRASE_GLUE.has(tokens[verb]!.pos))) verb += 1;
    if (verb > after && SPEECH.has(tokens[verb]?.key ?? "")) {
      const words = phrase(after, 1);
      if (words.length > 0) return words;
      return null;
    }
  }
  const first = tokens.findIndex((token) => token.end > start - 1);
  const sentence = tokens[first]?.sentence;
  for (let index = (first < 0 ? tokens.length : first) - 1; index >= 0; index -= 1) {
    const token = tokens[index]!;
    if (token.sentence !== sentence) break;
    if (token.pos !== "VERB" || !ATTRIBUTING.has(token.key)) continue;
    // "has also said": the subject stands before the auxiliaries and adverbs.
    let subject = index - 1;
    while (subject >= 0 && (tokens[subject]!.pos === "AUX" || tokens[subject]!.pos === "ADV")) subject -= 1;
    if (subject < 0 || tokens[subject]!.sentence !== sentence || tokens[subject]!.pos === "PRON") return null;
    const words = phrase(subject, -1);
    return words.length > 0 ? words : null;
  }
  return null;
}

/**
 * Whether two phrases can name the same holder of words: they share a name or a describing noun, or
 * one passage sentence holds words of both ("Union leader Mara Solvik" ties "the union leader" to
 * "Solvik").
 */
function sameHolder(claimed: readonly TextToken[], actual: readonly TextToken[], passages: readonly AnalyzedText[]) {
  const claimedKeys = holderKeys(claimed);
  const actualKeys = holderKeys(actual);
  if (claimedKeys.size === 0 || actualKeys.size === 0) return true;
  if ([...claimedKeys].some((key) => actualKeys.has(key))) return true;
  return passages.some((passage) => {
    const bySentence = new Map<number, Set<string>>();
    for (const token of passage.tokens) {
      const keys = bySentence.get(token.sentence) ?? new Set<string>();
      keys.add(token.key);
      bySentence.set(token.sentence, keys);
    }
    return [...bySentence.values()].some(
      (keys) => [...claimedKeys].some((key) => keys.has(key)) && [...actualKeys].some((key) => keys.has(key)),
    );
  });
}

function phraseText(text: AnalyzedText, tokens: readonly TextToken[]): string {
  const starts = tokens.map((token) => token.start);
  const ends = tokens.map((token) => token.end);
  return text.text.slice(Math.min(...starts), Math.max(...ends));
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
      const end = start + span.text.length;
      // The speaker goes with the whole quotation, of which the statement may quote a part.
      const whole = findQuotedSpans(passage.text)
        .filter((quoted) => quoted.start <= start + 1 && quoted.end >= end - 1)
        .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
      found = { passage, start: whole?.start ?? start, end: whole?.end ?? end };
      break;
    }
    if (!found) {
      faults.push({ kind: "quote", reason: `quoted words "${span.text}" are not verbatim in the cited passage` });
      continue;
    }
    const claimed = speaker ? null : speakerNear(context.statement, span.start, span.end);
    const claimedName = speaker ?? claimed?.map((token) => token.text).join(" ") ?? null;
    const actual = claimedName ? speakerNear(found.passage, found.start, found.end) : null;
    if (!claimedName || !actual) {
      // A holder named or only described on either side ("the transport minister said “…”"), in a sentence
      // of prose: the words must still be given to whom the passage gives them.
      const claimedHolder = speaker ? null : holderOf(context.statement, span.start, span.end);
      const actualHolder = claimedHolder ? holderOf(found.passage, found.start, found.end) : null;
      if (claimedHolder && actualHolder && !sameHolder(claimedHolder, actualHolder, context.passages))
        faults.push({
          kind: "attribution",
          reason: `the passage gives these words to ${phraseText(found.passage, actualHolder)}; the sentence gives them to ${phraseText(context.statement, claimedHolder)}`,
        });
      continue;
    }
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
