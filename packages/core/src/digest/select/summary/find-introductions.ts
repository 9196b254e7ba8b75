import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { isOrganisationWord, splitTitledName, TITLE_WORDS } from "../../facts/names/index.js";

/** Capitalised words in a row (titles with their full stop: "Sen. Carla Benton"), possessive kept off. */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]*\.?(?:\s+\p{Lu}[\p{L}’'-]*\.?)*/gu;
/** Words that open a place's name, not a person's ("Mont Varenne", "Port Talbot", "New York"). */
const PLACE_OPENER =
  /^(?:Mont|Mount|Mt|Lake|Port|Fort|Saint|St|San|Santa|Los|Las|New|North|South|East|West|Cape|Glen)$/;

/**
 * The surname of a person the text names in full ("Senate Majority Leader Carla Benton" → Benton),
 * else null. A given name or surname the texts also write in lower case is a common word ("Two
 * British climbers", "Marlow Power"), not a name.
 */
function fullNameSurname(run: string, lowerWords: ReadonlySet<string>): string | null {
  const split = splitTitledName(run);
  if (!split) return null;
  const tokens = split.name.split(/\s+/);
  if (tokens.length < 2) return null;
  const surname = tokens[tokens.length - 1]!.replace(/[’']s$/, "");
  const given = tokens[0]!;
  if (
    tokens.some((token) => isOrganisationWord(token.replace(/[’']s$/, ""))) ||
    PLACE_OPENER.test(given) ||
    /\.$/.test(given) ||
    TITLE_WORDS.has(surname.toLowerCase()) ||
    lowerWords.has(surname.toLowerCase()) ||
    lowerWords.has(given.toLowerCase())
  )
    return null;
  return surname;
}

/**
 * Summary sentences that name a person by surname alone ("According to Benton, …", "…, Okafor
 * said") when the story names that person in full ("Senate Majority Leader Carla Benton"), each
 * with, per such surname, the sentences among `sentences` that give the full name (none, when only
 * sentences outside them do): a reader meets a person by full name first, so the sentence needs
 * one of them in the summary before it. The people are those the story quotes (`people`: the
 * speakers' full names, as the facts resolved them), whose names the facts have told apart from
 * places and organisations; a surname the texts also write in lower case is a common word.
 */
export function findIntroductions(
  sentences: readonly RankedSentence[],
  people: readonly (string | null)[],
): Map<RankedSentence, RankedSentence[][]> {
  const introductions = new Map<RankedSentence, RankedSentence[][]>();
  const texts = [...new Set(sentences.map((sentence) => sentence.item.sentence.text))];
  const lowerWords = new Set<string>();
  for (const text of texts)
    for (const word of text.match(/(?<![\p{L}])\p{Ll}[\p{L}’'-]*/gu) ?? []) lowerWords.add(word);
  // Only speakers whose name reads as a person's: a country or a company quoted as a speaker
  // ("North Korea said") has no surname to introduce.
  const surnames = new Set(
    people
      .map((name) => (name === null ? null : fullNameSurname(name.trim(), lowerWords)))
      .filter((surname): surname is string => surname !== null),
  );
  if (surnames.size === 0) return introductions;
  // Per text: the people it names in full, and those it names by surname alone (or after a title only).
  const readings = new Map<string, { full: Set<string>; alone: Set<string> }>();
  for (const text of texts) {
    const full = new Set<string>();
    const alone = new Set<string>();
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      const run = match[0].replace(/\.$/, "");
      const surname = run
        .split(/\s+/)
        .pop()!
        .replace(/[’']s$/, "");
      if (!surnames.has(surname) || lowerWords.has(surname.toLowerCase())) continue;
      if (fullNameSurname(run, lowerWords) === surname) full.add(surname);
      else alone.add(surname);
    }
    readings.set(text, { full, alone });
  }
  const holders = new Map<string, RankedSentence[]>();
  for (const sentence of sentences) {
    for (const surname of readings.get(sentence.item.sentence.text)!.full) {
      const list = holders.get(surname);
      if (list) list.push(sentence);
      else holders.set(surname, [sentence]);
    }
  }
  for (const sentence of sentences) {
    const { full, alone } = readings.get(sentence.item.sentence.text)!;
    const needed = [...alone].filter((surname) => !full.has(surname));
    if (needed.length === 0) continue;
    introductions.set(
      sentence,
      needed.map((surname) => (holders.get(surname) ?? []).filter((holder) => holder !== sentence)),
    );
  }
  return introductions;
}
