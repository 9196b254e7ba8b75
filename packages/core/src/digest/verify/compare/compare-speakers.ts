import { type AnalyzedText, isContentToken, SAYING_VERBS, type TextToken } from "../reading/index.js";
import type { SupportContext, SupportFault } from "./support-fault.js";

const SPEECH = new Set([...SAYING_VERBS, "explain", "confirm", "accord"]);
const FINDING = new Set(["find", "show", "conclude", "suggest"]);
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
  return NOMINAL_POS.has(token.pos) || token.key === "of" || token.text === "-" || token.text === "&";
}

const OBJECT_POS = new Set(["NUM", "DET", "NOUN", "ADJ", "SYM"]);

/**
 * "Add" with an object it adds ("the runway would add 1.2 million tonnes", "added 300 jobs") says
 * nothing: only "added that …", "he added." and "…," added the mayor' report words.
 */
function addsAmount(tokens: readonly TextToken[], verb: number): boolean {
  if (tokens[verb]!.key !== "add" || tokens[verb - 1]?.pos === "PUNCT") return false;
  let next = verb + 1;
  while (tokens[next]?.pos === "ADV") next += 1;
  const object = tokens[next];
  return object !== undefined && object.sentence === tokens[verb]!.sentence && OBJECT_POS.has(object.pos);
}

/**
 * The speaker of each verb of saying: "Union leader Maria Costa said", "The hospital's chief
 * executive, Tom Reeve, said" (appositions between commas), "…, said the mayor", "according to X".
 */
function attributionsOf(text: AnalyzedText): Attribution[] {
  const tokens = text.tokens;
  const found: Attribution[] = [];
  tokens.forEach((token, verb) => {
    // "A study found that …" gives its finding as a speaker gives words.
    const finding = FINDING.has(token.key) && tokens[verb + 1]?.key === "that";
    if (!(SPEECH.has(token.key) || finding) || !(token.pos === "VERB" || token.key === "accord")) return;
    if (addsAmount(tokens, verb)) return;
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
    // "The closure was announced by the council": a passive's subject is what was said; its speaker
    // is the agent after "by", and without one ("it was announced") no one is named.
    let auxiliary = verb - 1;
    while (tokens[auxiliary]?.pos === "ADV") auxiliary -= 1;
    if (tokens[auxiliary]?.key === "be" && tokens[auxiliary]!.pos === "AUX" && /(?:ed|en|wn|ld)$/.test(token.text)) {
      if (tokens[verb + 1]?.key === "by") found.push({ verb, speaker: after(verb + 2) });
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
    // "Petrov, who denies wrongdoing, told …": the speaker stands before the relative clause.
    if (tokens[cursor]?.text === ",") {
      let relative = cursor - 1;
      while (relative > 0 && cursor - relative <= 15 && tokens[relative]!.sentence === sentence) {
        if (tokens[relative]!.text === ",") break;
        if (
          (tokens[relative]!.key === "who" || tokens[relative]!.key === "which") &&
          tokens[relative - 1]?.text === ","
        ) {
          cursor = relative - 2;
          break;
        }
        relative -= 1;
      }
    }
    // "The team's leader, Fiona Drummond, 47, said": an age closed by a comma right before the verb
    // opens no stretch of its own, or the third stretch (the description) would be lost.
    if (
      tokens[cursor]?.text === "," &&
      tokens[cursor - 1]?.pos === "NUM" &&
      tokens[cursor - 2]?.text === "," &&
      tokens[cursor - 1]!.sentence === sentence
    )
      cursor -= 1;
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

// Nouns a newsroom uses for a named organisation on second reference ("Harlow Telecom said …; the
// company said …", "Portvale have signed …, the club announced").
const ORGANISATIONS = new Set([
  "company",
  "firm",
  "group",
  "club",
  "team",
  "airline",
  "carmaker",
  "bank",
  "lender",
  "insurer",
  "retailer",
  "supermarket",
  "operator",
  "agency",
  "ministry",
  "department",
  "council",
  "union",
  "party",
  "university",
  "hospital",
  "charity",
  "museum",
  "broadcaster",
  "network",
  "publisher",
  "studio",
  "regulator",
  "watchdog",
  "organisation",
  "organization",
  "association",
  "federation",
  "league",
  "maker",
  "manufacturer",
  "developer",
]);
const TITLE_WORDS = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"]);

const PERSONAL_PRONOUNS = new Set(["he", "she", "him", "his", "her", "hers"]);

/**
 * Whether a name reads as a person's: after a title or a role ("manager Carla Dunn"), before an age
 * (", 58,"), with its last word standing alone elsewhere (a surname: "Costa said"; a firm is
 * shortened to its first, "Harlow's"), or with "he" or "her" in its sentence or the next.
 */
function personLike(text: AnalyzedText, run: readonly number[]): boolean {
  const tokens = text.tokens;
  const sentence = tokens[run[0]!]!.sentence;
  const pronoun = tokens.some(
    (token) =>
      (token.sentence === sentence || token.sentence === sentence + 1) &&
      PERSONAL_PRONOUNS.has(token.text.toLowerCase()),
  );
  const last = tokens[run.at(-1)!]!.key;
  const afterName = (index: number) => tokens[index - 1]?.pos === "PROPN";
  const sameWord = tokens.flatMap((token, index) => (token.pos === "PROPN" && token.key === last ? [index] : []));
  const surname = sameWord.some(afterName) && sameWord.some((index) => !afterName(index));
  const keys = new Set(run.map((index) => tokens[index]!.key));
  const titledOrAged = tokens.some((token, index) => {
    if (token.pos !== "PROPN" || !keys.has(token.key)) return false;
    const before = tokens[index - 1];
    if (before && (TITLE_WORDS.has(before.key) || (before.pos === "NOUN" && /^\p{Ll}/u.test(before.text)))) return true;
    return tokens[index + 1]?.text === "," && tokens[index + 2]?.pos === "NUM";
  });
  return pronoun || surname || titledOrAged;
}

/**
 * The organisation a bare "the company", "the club" speaker stands for: the name that opens its
 * sentence, or the one before, as the subject of a verb ("Portvale have signed …, the club
 * announced"). Null for any other speaker, and for a name that reads as a person's.
 */
function organisationMeant(text: AnalyzedText, attribution: Attribution): Set<string> | null {
  const speaker = attribution.speaker.map((index) => text.tokens[index]!);
  if (speaker.length !== 2 || speaker[0]!.key !== "the" || !ORGANISATIONS.has(speaker[1]!.key)) return null;
  const tokens = text.tokens;
  const sentence = tokens[attribution.verb]!.sentence;
  for (const candidate of [sentence, sentence - 1]) {
    const start = tokens.findIndex((token) => token.sentence === candidate);
    if (start < 0) continue;
    let end = start;
    while (end < tokens.length && tokens[end]!.sentence === candidate && tokens[end]!.pos === "PROPN") end += 1;
    const next = tokens[end];
    if (end === start || !next || next.sentence !== candidate || (next.pos !== "VERB" && next.pos !== "AUX")) continue;
    const run = Array.from({ length: end - start }, (_, offset) => start + offset);
    return personLike(text, run) ? null : new Set(run.map((index) => tokens[index]!.key));
  }
  return null;
}

/** A speaker's keys with the organisation a bare "the company" stands for. */
function resolvedSpeakerKeys(text: AnalyzedText, attribution: Attribution): Set<string> {
  const keys = speakerKeys(text, attribution);
  for (const key of organisationMeant(text, attribution) ?? []) keys.add(key);
  return keys;
}

function words(text: AnalyzedText, indices: readonly number[]): string {
  const tokens = indices.map((index) => text.tokens[index]!);
  return text.text.slice(tokens[0]!.start, tokens.at(-1)!.end);
}

/** How many reported words a statement must take from a passage sentence with a speaker to be reporting it. */
const ATTRIBUTED_WORDS = 3;

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
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return faults;
  const attributedIn = (key: string) => {
    const [passageAt, sentenceAt] = key.split(":").map(Number) as [number, number];
    return attributionsOf(passages[passageAt]!).filter(
      (item) => passages[passageAt]!.tokens[item.verb]!.sentence === sentenceAt,
    );
  };
  // Reported words joined to a narrative sentence ("X said the union had been prepared to strike …
  // before the workers voted …"): those taken from a sentence with a speaker keep that speaker.
  const best =
    attributedIn(ranked[0]![0]).length > 0
      ? ranked[0]!
      : (ranked.find(([key, count]) => count >= ATTRIBUTED_WORDS && attributedIn(key).length > 0) ?? ranked[0]!);
  const [passageIndex, sentence] = best[0].split(":").map(Number) as [number, number];
  const passage = passages[passageIndex]!;
  const inSentence = attributedIn(best[0]);
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
  const theirKeys = new Set(theirs.flatMap((item) => [...resolvedSpeakerKeys(passage, item)]));
  // The passages' own second reference to the speaker ("the company" for "Harlow Telecom") is theirs too.
  for (const other of passages)
    for (const item of attributionsOf(other)) {
      const meant = organisationMeant(other, item);
      if (meant && [...meant].some((key) => theirKeys.has(key))) theirKeys.add(other.tokens[item.speaker[1]!]!.key);
    }
  // Another description of the same person ("the former prime minister" for "Mr Blair") cannot be
  // told from a wrong speaker; flagged are speakers the passages give other words to, and speakers
  // the passages never name.
  const otherSpeakers = new Set(
    passages.flatMap((other) =>
      attributionsOf(other)
        .filter((item) => !theirs.includes(item))
        .flatMap((item) => [...resolvedSpeakerKeys(other, item)]),
    ),
  );
  // A named speaker (a name as the subject itself, "Harland & Sons said") the passages name but never
  // quote, for words they give to another named speaker, is no other description of that speaker:
  // two names are two parties.
  const theirsNamed = theirs.some((their) => their.speaker.some((index) => passage.tokens[index]!.pos === "PROPN"));
  const silentParty = (item: Attribution, keys: readonly string[]) =>
    theirsNamed &&
    statement.tokens[item.speaker.at(-1)!]!.pos === "PROPN" &&
    statement.tokens[item.speaker.at(-1)!]!.text !== "'s" &&
    !keys.some((key) => otherSpeakers.has(key));
  const named = new Set(passages.flatMap((other) => other.tokens.map((token) => token.key)));
  // "The Estonian grandmaster" for "the Polish grandmaster Anna Wrobel": a shared noun, but a name
  // before it that the passages give another party.
  const otherModifier = (item: Attribution) =>
    item.speaker.some((index) => {
      const token = statement.tokens[index]!;
      const next = statement.tokens[index + 1];
      return (
        token.pos === "PROPN" &&
        !TITLES.has(token.key) &&
        next?.pos === "NOUN" &&
        item.speaker.includes(index + 1) &&
        !theirKeys.has(token.key) &&
        named.has(token.key) &&
        // The passage's speaker has another name before that noun ("Polish grandmaster"), not a title ("Mr Price").
        theirs.some((their) =>
          their.speaker.some((at) => {
            const before = passage.tokens[at - 1];
            return (
              passage.tokens[at]!.key === next.key &&
              before?.pos === "PROPN" &&
              !TITLES.has(before.key) &&
              before.key !== token.key
            );
          }),
        )
      );
    });
  for (const item of claimed) {
    const keys = [...resolvedSpeakerKeys(statement, item)];
    if (keys.some((key) => theirKeys.has(key)) && !otherModifier(item)) continue;
    if (!keys.some((key) => otherSpeakers.has(key)) && keys.some((key) => named.has(key)) && !silentParty(item, keys))
      continue;
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
