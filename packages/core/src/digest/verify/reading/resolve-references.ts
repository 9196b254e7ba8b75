import { type AnalyzedText, isLexiconWord, type TextToken } from "./analyze-text.js";
import { relativeDays } from "./relative-days.js";

/** A passage with what its words refer to written out, and the way back to the passage's own offsets. */
export interface ResolvedPassage {
  text: string;
  /** The offset in the original passage of an offset in `text` (inside an insertion: where it was inserted). */
  originalOffset(offset: number): number;
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

const OBJECT_PRONOUNS = new Set(["him", "her"]);
// "its", and "their" of a team or body named as the sentence before's subject ("Jamaica, coached by
// Marva Thompson, will play England. Their shooter …"); "his" or "her" after "Rita Olsen met the
// minister." could be either, and no gender is known.
const POSSESSIVES = new Set(["its", "their"]);
// "her" before a noun or adjective is a possessive ("her daughter"), not an object.
const POSSESSED = new Set(["NOUN", "ADJ", "PROPN", "NUM"]);
// What may follow a count that carries its own noun: "14 were injured" has none, "14 passengers" has.
const COUNTED = new Set(["NOUN", "PROPN", "ADJ", "NUM", "SYM"]);

const isCount = (token: TextToken) => token.pos === "NUM" && /^\d+$/.test(token.key);

/**
 * The name an object pronoun stands for: the nearest name before it in its sentence (or the one
 * before), when an earlier verb takes that name as its object ("found Mark Ellery … not guilty but
 * convicted him" → "Mark Ellery"). Names after a preposition are places or bodies ("at Leeds Crown
 * Court") and are passed over. Null otherwise: "him" never stands for the subject of its own clause
 * ("Rita Olsen met the minister and thanked him" is the minister), and a nearer name that is no
 * object ("called Karl Dahl, then Ivo Marsh, and thanked him") leaves it open.
 */
function antecedentOf(tokens: readonly TextToken[], pronoun: number): readonly TextToken[] | null {
  const sentence = tokens[pronoun]!.sentence;
  // "Judge Ruth Akers told him": the name is the verb's subject, so "him" is the one the previous
  // sentence is about ("Alan Finch, 58, … was jailed").
  if (tokens[pronoun - 2]?.pos === "PROPN" && tokens[pronoun - 2]!.sentence === sentence)
    return openingNameOf(tokens, sentence - 1);
  for (let index = pronoun - 1; index >= 0 && tokens[index]!.sentence >= sentence - 1; index -= 1) {
    if (tokens[index]!.pos !== "PROPN") continue;
    let first = index;
    while (first > 0 && tokens[first - 1]!.pos === "PROPN" && tokens[first - 1]!.sentence === tokens[index]!.sentence)
      first -= 1;
    const before = tokens[first - 1];
    const sameSentence = before !== undefined && before.sentence === tokens[first]!.sentence;
    if (sameSentence && before.pos === "ADP") {
      index = first;
      continue;
    }
    return sameSentence && before.pos === "VERB" ? tokens.slice(first, index + 1) : null;
  }
  return null;
}

/** The name that opens a sentence as its subject, after a title or description ("Striker Leah Moss scored"), or null. */
function openingNameOf(tokens: readonly TextToken[], sentence: number): readonly TextToken[] | null {
  const first = tokens.findIndex((token) => token.sentence === sentence);
  if (first < 0) return null;
  let name = first;
  while (name < first + 3 && ["DET", "ADJ", "NOUN"].includes(tokens[name]?.pos ?? "")) name += 1;
  let end = name;
  while (tokens[end]?.pos === "PROPN" && tokens[end]!.sentence === sentence) end += 1;
  const after = tokens[end];
  if (end === name || !after || !(after.pos === "VERB" || after.pos === "AUX" || after.text === ",")) return null;
  return tokens.slice(name, end);
}

/**
 * The name "its" in a sentence's subject stands for ("Sales of its electric cars rose" after
 * "Vantage Motors recalled…"): the name that opens the previous sentence's subject, when nothing is
 * named before the possessive in its own sentence. Null otherwise.
 */
function previousSubjectOf(tokens: readonly TextToken[], pronoun: number): readonly TextToken[] | null {
  const sentence = tokens[pronoun]!.sentence;
  let start = pronoun;
  while (start > 0 && tokens[start - 1]!.sentence === sentence) start -= 1;
  if (start === 0) return null;
  for (let index = start; index < pronoun; index += 1) {
    const token = tokens[index]!;
    // A capitalised common word opening the sentence ("Sales of its…") is tagged as a name; it is none.
    const opening = index === start && isLexiconWord(token.text);
    if ((token.pos === "PROPN" && !opening) || token.pos === "VERB" || token.pos === "AUX") return null;
  }
  // A title or description before the name: "The carmaker Vantage Motors", "Striker Leah Moss".
  return openingNameOf(tokens, sentence - 1);
}

const SUBJECT_PRONOUNS = new Set(["he", "she"]);

/**
 * The person a "He" or "She" opening a sentence stands for ("Gareth Lowe, 41, was arrested on
 * Monday. He will appear in court on Friday." → "Gareth Lowe"): the name of two words or more that is
 * the subject of the sentence before, opening it or in apposition to its opening description ("The
 * company's managing director, Ian Tulloch, said"), or brought in with an age ("Lena Voss, 24,"),
 * when that sentence names no one else. A name after
 * a preposition ("of Port Ellin", "from the Varna Open") or before "'s" ("Velsen's offer") is no one else; any
 * other name is ("Judge Helen Ward said Pike had driven … He was also banned": Pike, not the judge),
 * and the pronoun is left alone.
 */
export function previousPersonOf(tokens: readonly TextToken[], pronoun: number): readonly TextToken[] | null {
  const sentence = tokens[pronoun]!.sentence;
  if (sentence === 0 || tokens[pronoun - 1]?.sentence === sentence) return null;
  const runs: Array<{ start: number; end: number }> = [];
  for (let index = pronoun - 1; index >= 0 && tokens[index]!.sentence === sentence - 1; index -= 1) {
    if (tokens[index]!.pos !== "PROPN") continue;
    let start = index;
    while (tokens[start - 1]?.pos === "PROPN" && tokens[start - 1]!.sentence === sentence - 1) start -= 1;
    // "from the Varna Open": the preposition may stand before an article or adjective.
    let at = start - 1;
    while (at >= 0 && (tokens[at]!.pos === "DET" || tokens[at]!.pos === "ADJ")) at -= 1;
    const before = tokens[at];
    const governed = before !== undefined && before.sentence === sentence - 1 && before.pos === "ADP";
    const possessor = tokens[index + 1]?.key === "'s" || tokens[index + 1]?.text === "'";
    // A capitalised common word opening the sentence ("Police arrested …") is tagged as a name; it is none.
    const opener = start === index && (start === 0 || tokens[start - 1]!.sentence !== tokens[start]!.sentence);
    if (!governed && !possessor && !(opener && isLexiconWord(tokens[start]!.text))) runs.unshift({ start, end: index });
    index = start;
  }
  if (runs.length !== 1) return null;
  const { start, end } = runs[0]!;
  if (end === start) return null;
  // Its subject: opening the sentence (after a title word or two), or set off by commas after the opening description.
  const before = tokens[start - 1];
  const opening = start === 0 || before!.sentence !== sentence - 1;
  const apposition = before?.text === "," && tokens[end + 1]?.text === ",";
  // Or introduced with an age anywhere in it ("… means Lena Voss, 24, of Germany, leads"): the one person the sentence brings in.
  const aged = tokens[end + 1]?.text === "," && tokens[end + 2]?.pos === "NUM" && tokens[end + 3]?.text === ",";
  if (aged && !opening && !apposition) return trimmed(tokens, start, end);
  if (!opening && !apposition) return null;
  // Then its verb, after an age or a place in commas ("Gareth Lowe, 41, of Port Ellin, was arrested").
  let next = end + 1;
  while (tokens[next]?.text === "," && tokens[next]!.sentence === sentence - 1) {
    next += 1;
    if (tokens[next]?.pos === "AUX" || tokens[next]?.pos === "VERB") break;
    while (tokens[next] && tokens[next]!.text !== "," && tokens[next]!.sentence === sentence - 1) next += 1;
  }
  const verb = tokens[next];
  if (!verb || verb.sentence !== sentence - 1 || (verb.pos !== "AUX" && verb.pos !== "VERB")) return null;
  return trimmed(tokens, start, end);
}

/** A name without the title or rank before it, which a sentence naming the person may leave out ("Grandmaster Pavel Orlik"). */
function trimmed(tokens: readonly TextToken[], start: number, end: number): readonly TextToken[] {
  let first = start;
  while (first < end - 1 && isLexiconWord(tokens[first]!.text)) first += 1;
  return tokens.slice(first, end + 1);
}

const NOT_FIRST_NAMES = new Set(["mr", "mrs", "ms", "miss", "dr", "judge", "sir", "dame", "lord", "lady"]);

/**
 * The first names the passage gives each surname ("midfielder Jonas Ekdahl" → ekdahl: Jonas): the
 * name word just before a last name word, a title ("Dr", "Judge") not counted.
 */
function firstNamesOf(tokens: readonly TextToken[]): Map<string, Map<string, TextToken>> {
  const names = new Map<string, Map<string, TextToken>>();
  tokens.forEach((token, at) => {
    const first = tokens[at - 1];
    if (token.pos !== "PROPN" || !first || first.pos !== "PROPN" || tokens[at + 1]?.pos === "PROPN") return;
    if (NOT_FIRST_NAMES.has(first.key) || !/^\p{Lu}\p{Ll}/u.test(first.text)) return;
    const firsts = names.get(token.key) ?? new Map<string, TextToken>();
    firsts.set(first.key, first);
    names.set(token.key, firsts);
  });
  return names;
}

/**
 * The first name a surname standing alone stands for ("Ekdahl was" after "midfielder Jonas Ekdahl"):
 * the one first name the passage gives that surname. Null for a name written whole, a name given two
 * first names ("Anna Kessler … Tom Kessler") and a word that is never a surname in the passage.
 */
function firstNameOf(
  tokens: readonly TextToken[],
  index: number,
  firstNames: ReadonlyMap<string, ReadonlyMap<string, TextToken>>,
): TextToken | null {
  const token = tokens[index]!;
  if (token.pos !== "PROPN" || tokens[index - 1]?.pos === "PROPN" || tokens[index + 1]?.pos === "PROPN") return null;
  const firsts = firstNames.get(token.key);
  return firsts?.size === 1 ? [...firsts.values()][0]! : null;
}

/**
 * The name a bare "the club", "the museum" stands for: the one name before it in the passage that
 * ends in that noun ("the Kelby Rowing Club", "the Hartwell Museum"). Null when no name or two do.
 */
function namedAs(tokens: readonly TextToken[], index: number): readonly TextToken[] | null {
  const noun = tokens[index]!;
  const after = tokens[index + 1];
  if (noun.pos !== "NOUN" || tokens[index - 1]?.key !== "the" || /^\p{Lu}/u.test(noun.text)) return null;
  if (after && (after.pos === "NOUN" || after.pos === "PROPN")) return null;
  const runs = new Map<string, readonly TextToken[]>();
  for (let end = 0; end < index; end += 1) {
    if (tokens[end]!.pos !== "PROPN" || tokens[end]!.key !== noun.key || tokens[end + 1]?.pos === "PROPN") continue;
    let start = end;
    while (start > 0 && tokens[start - 1]!.pos === "PROPN") start -= 1;
    if (start === end) continue;
    const run = tokens.slice(start, end + 1);
    runs.set(run.map((token) => token.key).join(" "), run);
  }
  return runs.size === 1 ? [...runs.values()][0]! : null;
}

/**
 * The person "The 24-year-old has agreed …" stands for: the one person the sentence before names (a
 * name after a role or title, "midfielder Jonas Ekdahl", or before an age, "Alan Finch, 58,"). Null
 * when that sentence names none or two.
 */
function personAged(tokens: readonly TextToken[], index: number): readonly TextToken[] | null {
  const [the, age, dash, year, dash2, old, verb] = tokens.slice(index, index + 7);
  if (the?.key !== "the" || age?.pos !== "NUM" || dash?.text !== "-" || year?.key !== "year") return null;
  if (dash2?.text !== "-" || old?.key !== "old" || !verb || (verb.pos !== "AUX" && verb.pos !== "VERB")) return null;
  if (index > 0 && tokens[index - 1]!.sentence === the.sentence) return null;
  const people = new Map<string, readonly TextToken[]>();
  for (let end = 0; end < index; end += 1) {
    const token = tokens[end]!;
    if (token.sentence !== the.sentence - 1 || token.pos !== "PROPN" || tokens[end + 1]?.pos === "PROPN") continue;
    let start = end;
    while (start > 0 && tokens[start - 1]!.pos === "PROPN") start -= 1;
    const before = tokens[start - 1];
    const role = before !== undefined && before.pos === "NOUN" && /^\p{Ll}/u.test(before.text);
    const aged = tokens[end + 1]?.text === "," && tokens[end + 2]?.pos === "NUM";
    if (end > start && (role || aged))
      people.set(
        tokens
          .slice(start, end + 1)
          .map((t) => t.key)
          .join(" "),
        tokens.slice(start, end + 1),
      );
  }
  return people.size === 1 ? [...people.values()][0]! : null;
}

/**
 * Writes out what a passage's words refer to within it, as an editor reads them: a surname alone as
 * the whole name the passage gives it ("Ekdahl was" → "Jonas Ekdahl was"), a bare "the club" as the
 * one name ending in "Club" before it, "The 24-year-old" as the person the sentence before names, an object pronoun
 * as the name it stands for ("convicted him" → "convicted Mark Ellery"), a possessive in a subject as
 * the previous sentence's subject ("Sales of its cars" → "Sales of Vantage Motors's cars"), and a count whose noun is
 * left to an earlier count of the same sentence ("Two passengers died and 14 were injured" → "14
 * passengers were injured"; "600 people in Dunmore and 250 in Cork" → "250 people in Cork"). A statement that says "The jury convicted Mark Ellery" or "Fourteen
 * passengers were injured" then aligns with the words the passage means. Null when there is nothing
 * to write out.
 */
export function resolveReferences(passage: AnalyzedText): ResolvedPassage | null {
  const { tokens, text } = passage;
  const replacements: Replacement[] = [];
  const firstNames = firstNamesOf(tokens);
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    const firstName = firstNameOf(tokens, index, firstNames);
    if (firstName) {
      replacements.push({ start: token.start, end: token.start, text: `${firstName.text} ` });
      return;
    }
    const aged = personAged(tokens, index);
    if (aged) {
      const name = text.slice(aged[0]!.start, aged.at(-1)!.end);
      replacements.push({ start: token.start, end: token.end, text: `${name}, ${token.text.toLowerCase()}` });
      return;
    }
    const name = namedAs(tokens, index);
    if (name) {
      replacements.push({ start: token.start, end: token.end, text: text.slice(name[0]!.start, name.at(-1)!.end) });
      return;
    }
    if (token.pos === "PRON" && POSSESSIVES.has(token.text.toLowerCase()) && next && POSSESSED.has(next.pos)) {
      const names = previousSubjectOf(tokens, index);
      if (names)
        replacements.push({
          start: token.start,
          end: token.end,
          text: `${text.slice(names[0]!.start, names.at(-1)!.end)}'s`,
        });
      return;
    }
    if (token.pos === "PRON" && SUBJECT_PRONOUNS.has(token.key)) {
      const names = previousPersonOf(tokens, index);
      if (names)
        replacements.push({ start: token.start, end: token.end, text: text.slice(names[0]!.start, names.at(-1)!.end) });
      return;
    }
    if (token.pos === "PRON" && OBJECT_PRONOUNS.has(token.key) && index > 0 && tokens[index - 1]!.pos === "VERB") {
      const names = antecedentOf(tokens, index);
      if (names)
        replacements.push({
          start: token.start,
          end: token.end,
          text: text.slice(names[0]!.start, names.at(-1)!.end),
        });
      return;
    }
    if (!isCount(token) || !next || COUNTED.has(next.pos) || next.sentence !== token.sentence) return;
    // Its noun left out: before a verb ("14 were injured") or as the second of two counts ("and 250 in Cork").
    const previous = tokens[index - 1];
    const coordinated = previous !== undefined && (previous.pos === "CCONJ" || previous.text === ",");
    if (next.pos !== "AUX" && next.pos !== "VERB" && !coordinated) return;
    // The nearest earlier count of the sentence with a noun of its own: "Two passengers … and 14 were".
    for (let earlier = index - 1; earlier >= 0 && tokens[earlier]!.sentence === token.sentence; earlier -= 1) {
      const count = tokens[earlier]!;
      const noun = tokens[earlier + 1];
      if (count.pos !== "NUM") continue;
      if (noun && noun.pos === "NOUN")
        replacements.push({ start: token.end, end: token.end, text: ` ${text.slice(noun.start, noun.end)}` });
      break;
    }
  });
  replacements.push(...relativeDays(text));
  if (replacements.length === 0) return null;
  replacements.sort((first, second) => first.start - second.start);
  let resolved = "";
  let at = 0;
  // Pieces of the resolved text where they start in it and in the passage; an inserted piece maps to where it was inserted.
  const pieces: Array<{ resolved: number; original: number; kept: boolean }> = [];
  for (const replacement of replacements) {
    pieces.push({ resolved: resolved.length, original: at, kept: true });
    resolved += text.slice(at, replacement.start);
    pieces.push({ resolved: resolved.length, original: replacement.start, kept: false });
    resolved += replacement.text;
    at = replacement.end;
  }
  pieces.push({ resolved: resolved.length, original: at, kept: true });
  resolved += text.slice(at);
  return {
    text: resolved,
    originalOffset(offset: number): number {
      let piece = pieces[0]!;
      for (const candidate of pieces) if (candidate.resolved <= offset) piece = candidate;
      return piece.kept ? piece.original + (offset - piece.resolved) : piece.original;
    },
  };
}
