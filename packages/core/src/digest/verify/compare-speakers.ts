import { type AnalyzedText, isContentToken, type TextToken } from "./analyze-text.js";
import type { SupportContext, SupportFault } from "./support-fault.js";

const SPEECH = new Set([
  "say",
  "tell",
  "told",
  "add",
  "state",
  "announce",
  "warn",
  "insist",
  "claim",
  "explain",
  "confirm",
  "accord",
]);
const TITLES = new Set(["mr", "mrs", "ms", "dr", "prof", "sen", "gen"]);
const NOMINAL_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON"]);

/** Who a text says said something: the speech verb and the content words of its speaker. */
interface Attribution {
  /** Token index of the verb of saying ("said", "told", "according"). */
  verb: number;
  /** Token indices of the speaker's words (title words included; compared by content keys). */
  speaker: number[];
}

function isNominal(token: TextToken): boolean {
  return NOMINAL_POS.has(token.pos) || token.key === "of" || token.text === "-";
}

/**
 * The speaker of each verb of saying: "Union leader Maria Costa said", "The hospital's chief
 * executive, Tom Reeve, said" (appositions between commas), "…, said the mayor", "according to X".
 */
function attributionsOf(text: AnalyzedText): Attribution[] {
  const tokens = text.tokens;
  const found: Attribution[] = [];
  tokens.forEach((token, verb) => {
    if (!SPEECH.has(token.key) || !(token.pos === "VERB" || token.key === "accord")) return;
    const sentence = token.sentence;
    const after = (from: number): number[] => {
      const words: number[] = [];
      for (let index = from; index < tokens.length; index += 1) {
        const other = tokens[index]!;
        if (other.sentence !== sentence || !isNominal(other)) break;
        words.push(index);
      }
      return words;
    };
    if (token.key === "accord") {
      if (tokens[verb + 1]?.key === "to") found.push({ verb, speaker: after(verb + 2) });
      return;
    }
    // Back from the verb: the noun phrase before it ("but labour leader jim murphy ( right ) warned"),
    // then whole comma-separated stretches before that (appositions: "The chief executive, Tom Reeve, said").
    const speaker: number[] = [];
    let cursor = verb - 1;
    // "has told", "also said": the subject stands before the auxiliaries.
    while (cursor >= 0 && (tokens[cursor]!.pos === "AUX" || tokens[cursor]!.pos === "ADV")) cursor -= 1;
    // A pronoun is the whole subject ("he said"): a speaker the words cannot be compared with.
    if (cursor >= 0 && tokens[cursor]!.pos === "PRON") return;
    for (let stretches = 0; stretches < 3 && cursor >= 0; stretches += 1) {
      const stretch: number[] = [];
      while (cursor >= 0 && tokens[cursor]!.sentence === sentence && tokens[cursor]!.text !== ",") {
        if (tokens[cursor]!.text === ")") {
          while (cursor >= 0 && tokens[cursor]!.text !== "(") cursor -= 1;
          cursor -= 1;
          continue;
        }
        // The first stretch may carry prepositional phrases ("a review of the story about the case").
        if (!isNominal(tokens[cursor]!) && !(stretches === 0 && tokens[cursor]!.pos === "ADP")) break;
        if (tokens[cursor]!.pos === "PRON") break;
        stretch.push(cursor);
        cursor -= 1;
      }
      const whole = cursor < 0 || tokens[cursor]!.sentence !== sentence || tokens[cursor]!.text === ",";
      if (stretches > 0 && !whole) break;
      speaker.push(...stretch);
      if (!whole || cursor < 0 || tokens[cursor]!.text !== ",") break;
      cursor -= 1;
    }
    if (speaker.length > 0) {
      found.push({ verb, speaker: speaker.sort((a, b) => a - b) });
      return;
    }
    // "…, said the mayor.": a speaker after the verb, closing the sentence.
    const inverted = after(verb + 1);
    const closes = tokens.slice((inverted.at(-1) ?? verb) + 1).find((other) => other.sentence === sentence);
    if (token.key !== "tell" && token.key !== "told" && inverted.length > 0 && (!closes || closes.pos === "PUNCT"))
      found.push({ verb, speaker: inverted });
  });
  return found.filter((attribution) => speakerKeys(text, attribution).size > 0);
}

/** The passage words an attribution covers: what follows it up to the next speaker, or the clause before a closing ", X said". */
function scopeOf(text: AnalyzedText, item: Attribution, all: readonly Attribution[]): [number, number] {
  const tokens = text.tokens;
  const sentence = tokens[item.verb]!.sentence;
  let first = item.verb;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first -= 1;
  let last = item.verb;
  while (last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence) last += 1;
  const speakerStart = Math.min(item.verb, ...item.speaker);
  const speakerEnd = Math.max(item.verb, ...item.speaker);
  const closing = tokens.slice(speakerEnd + 1, last + 1).every((token) => token.pos === "PUNCT");
  if (closing) {
    const before = all.filter((other) => other !== item && other.verb < speakerStart);
    return [Math.max(first, ...before.map((other) => other.verb + 1)), speakerStart - 1];
  }
  const after = all.filter((other) => other.verb > item.verb).map((other) => Math.min(other.verb, ...other.speaker));
  return [speakerEnd + 1, Math.min(last, ...after.map((start) => start - 1))];
}

function speakerKeys(text: AnalyzedText, attribution: Attribution): Set<string> {
  return new Set(
    attribution.speaker
      .map((index) => text.tokens[index]!)
      .filter((token) => isContentToken(token) && token.pos !== "PRON" && !TITLES.has(token.key))
      .map((token) => token.key),
  );
}

function words(text: AnalyzedText, indices: readonly number[]): string {
  const tokens = indices.map((index) => text.tokens[index]!);
  return text.text.slice(tokens[0]!.start, tokens.at(-1)!.end);
}

/**
 * Reported speech keeps its speaker: "X said Y" where the passage sentence that says Y gives it to
 * someone else is a different claim ("the passage gives this to the mayor; the sentence to the
 * governor"). A statement may drop an attribution; it may not move one.
 */
export function compareSpeakers(context: SupportContext): SupportFault[] {
  const { statement, passages, alignment } = context;
  const faults: SupportFault[] = [];
  const claimed = attributionsOf(statement);
  if (claimed.length === 0) return faults;
  const attribution = new Set(claimed.flatMap((item) => [item.verb, ...item.speaker]));
  // The passage sentence the reported words come from (most links, attribution words aside).
  const counts = new Map<string, number>();
  alignment.links.forEach((link, index) => {
    if (!link || attribution.has(index) || !isContentToken(statement.tokens[index]!)) return;
    const key = `${link.passage}:${passages[link.passage]!.tokens[link.token]!.sentence}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) return faults;
  const [passageIndex, sentence] = best[0].split(":").map(Number) as [number, number];
  const passage = passages[passageIndex]!;
  const inSentence = attributionsOf(passage).filter((item) => passage.tokens[item.verb]!.sentence === sentence);
  // Of several speakers in the sentence ("X announced…, but Y said…"), the one whose words the statement reports.
  const reported = alignment.links.flatMap((link, index) =>
    link && link.passage === passageIndex && !attribution.has(index) && isContentToken(statement.tokens[index]!)
      ? [link.token]
      : [],
  );
  const scoped = inSentence.filter((item) => {
    const [from, to] = scopeOf(passage, item, inSentence);
    return reported.filter((token) => token >= from && token <= to).length * 2 > reported.length;
  });
  const theirs = scoped.length > 0 ? scoped : inSentence;
  if (theirs.length === 0) return faults;
  const theirKeys = new Set(theirs.flatMap((item) => [...speakerKeys(passage, item)]));
  // Another description of the same person ("the former prime minister" for "Mr Blair") cannot be
  // told from a wrong speaker; flagged are speakers the passages give other words to, and speakers
  // the passages never name.
  const otherSpeakers = new Set(
    passages.flatMap((other) =>
      attributionsOf(other)
        .filter((item) => !theirs.includes(item))
        .flatMap((item) => [...speakerKeys(other, item)]),
    ),
  );
  const named = new Set(passages.flatMap((other) => other.tokens.map((token) => token.key)));
  for (const item of claimed) {
    const keys = [...speakerKeys(statement, item)];
    if (keys.some((key) => theirKeys.has(key))) continue;
    if (!keys.some((key) => otherSpeakers.has(key)) && keys.some((key) => named.has(key))) continue;
    // A name no passage has is reported as such by the name check.
    const nameless = item.speaker.every((index) => statement.tokens[index]!.pos !== "PROPN");
    if (!keys.some((key) => named.has(key)) && !nameless) continue;
    faults.push({
      kind: "attribution",
      reason: `the passage gives this to ${words(passage, theirs[0]!.speaker)}; the sentence gives it to ${words(statement, item.speaker)}`,
    });
  }
  return faults;
}
