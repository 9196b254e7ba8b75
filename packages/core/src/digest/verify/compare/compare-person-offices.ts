import { type AnalyzedText, isLexiconWord, type TextToken } from "../reading/index.js";
import { OFFICES } from "./compare-offices.js";
import type { SupportContext, SupportFault } from "./support-fault.js";

/** A person named with an office beside the name: "chief executive, Moira Kent", "Moira Kent, the treasurer". */
interface NamedOffice {
  /** The name's last word's key (a surname, as reports repeat it). */
  name: string;
  /** The office's key, and the name as written. */
  office: string;
  written: string;
  sentence: number;
  /** The name whose office it is, where the phrase says ("Van Asten's managing director"): its last word's key. */
  owner: string | null;
  /** Every word of that name ("Velsen Maritime's": velsen, maritime). */
  ownerNames: string[];
  /** A name right before the office, without "'s" ("the Scotland captain": scotland): its words, or none. */
  attributive: string[];
}

/** The name before a possessive "'s" within `from`..`to` of an office phrase: its key, or null. */
function ownerIn(tokens: readonly TextToken[], from: number, to: number): string | null {
  return ownerNamesIn(tokens, from, to).at(-1) ?? null;
}

/** Every word of the name before a possessive "'s" ("Velsen Maritime's": velsen, maritime), or none. */
function ownerNamesIn(tokens: readonly TextToken[], from: number, to: number): string[] {
  for (let index = Math.max(1, from); index <= to; index += 1)
    if (/^['’]s?$/.test(tokens[index]!.text) && tokens[index - 1]!.pos === "PROPN") {
      let start = index - 1;
      while (start > 0 && tokens[start - 1]!.pos === "PROPN") start -= 1;
      return tokens.slice(start, index).map((token) => token.key);
    }
  return [];
}

const NOUN_PHRASE = new Set(["NOUN", "ADJ", "PROPN", "DET", "PART", "NUM"]);
/** How many words an office before a name, or after its comma, may take ("the hospice's chief executive"). */
const REACH = 5;
const stem = (key: string) => key.slice(0, 5);

function officesBesideNames(text: AnalyzedText): NamedOffice[] {
  const tokens = text.tokens;
  const found: NamedOffice[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    if (tokens[start]!.pos !== "PROPN" || tokens[start - 1]?.pos === "PROPN") continue;
    let end = start;
    while (tokens[end + 1]?.pos === "PROPN") end += 1;
    const sentence = tokens[start]!.sentence;
    const inSentence = (token: TextToken | undefined): token is TextToken => token?.sentence === sentence;
    // "Chairman Graham Ashdown": a capitalised office is read as part of the name.
    // An office alone ("Chairman said") names no one.
    if (start === end && OFFICES.has(tokens[start]!.key)) continue;
    let first = start;
    const offices: Array<{ office: string; owner: string | null; ownerNames: string[]; attributive?: string[] }> = [];
    while (first < end && OFFICES.has(tokens[first]!.key))
      offices.push({ office: tokens[first++]!.key, owner: null, ownerNames: [] });
    // Before the name, with or without a comma: the noun nearest the name ("chief executive, Moira Kent").
    let before = start - 1;
    if (tokens[before]?.text === ",") before -= 1;
    for (let index = before; index >= 0 && before - index < REACH && inSentence(tokens[index]); index -= 1) {
      const token = tokens[index]!;
      if (!NOUN_PHRASE.has(token.pos)) break;
      if (token.pos === "NOUN") {
        let attributive = index;
        while (tokens[attributive - 1]?.pos === "PROPN" && inSentence(tokens[attributive - 1])) attributive -= 1;
        offices.push({
          office: token.key,
          owner: ownerIn(tokens, index - REACH, index - 1),
          ownerNames: ownerNamesIn(tokens, index - REACH, index - 1),
          attributive: tokens.slice(attributive, index).map((word) => word.key),
        });
        break;
      }
    }
    // After the name's comma: the phrase's last noun ("Moira Kent, a former hospice treasurer,").
    if (tokens[end + 1]?.text === ",") {
      let head: string | null = null;
      let last = end + 1;
      for (let index = end + 2; index <= end + 1 + REACH && inSentence(tokens[index]); index += 1) {
        const token = tokens[index]!;
        // "managing director": a participle before a noun is part of the office.
        const modifier = token.pos === "VERB" && /ing$/.test(token.text) && tokens[index + 1]?.pos === "NOUN";
        if (!NOUN_PHRASE.has(token.pos) && !modifier) break;
        if (token.pos === "NOUN") head = token.key;
        last = index;
      }
      if (head)
        offices.push({
          office: head,
          owner: ownerIn(tokens, end + 2, last),
          ownerNames: ownerNamesIn(tokens, end + 2, last),
        });
    }
    const written = text.text.slice(tokens[first]!.start, tokens[end]!.end);
    for (const { office, owner, ownerNames, attributive } of offices)
      found.push({
        name: tokens[end]!.key,
        office,
        written,
        sentence,
        owner,
        ownerNames,
        attributive: attributive ?? [],
      });
    start = end;
  }
  return found;
}

/**
 * A person the statement gives an office that the passages give someone else, while they give this
 * person another ("Moira Kent, a former hospice treasurer" where the treasurer is Denise Harcourt and
 * Moira Kent the hospice's chief executive): a person swapped for another the article names. Only
 * where the passages name the person with an office of their own and never mention this one in the
 * sentences that name them; a person they give no office to may hold any.
 */
export function comparePersonOffices(context: SupportContext): SupportFault[] {
  const faults: SupportFault[] = [];
  const passageOffices = context.passages.map(officesBesideNames);
  const everyOffice = passageOffices.flat();
  for (const claim of officesBesideNames(context.statement)) {
    // "Velsen Maritime's chief executive, Ruth Amesbury" where the passages make her Pellworth's chief
    // executive, and never Velsen Maritime's: one organisation's post told as another's (any post, as
    // the passages name its organisation).
    const theirs = passageOffices.flatMap((offices) => offices.filter((entry) => entry.name === claim.name));
    // One word in common ("Halden's" and "the Halden House Price Index's") is the same organisation.
    const sameOwner = (entry: NamedOffice) => entry.ownerNames.some((name) => claim.ownerNames.includes(name));
    // An owner of dictionary words alone ("Prices's", a capitalised word read as a name) may be a misreading; only a name counts.
    const named = (entry: NamedOffice) => entry.ownerNames.some((name) => !isLexiconWord(name));
    const elsewhere = theirs.find(
      (entry) => named(entry) && stem(entry.office) === stem(claim.office) && !sameOwner(entry),
    );
    const tied = theirs.some(sameOwner);
    if (claim.owner && elsewhere && !tied) {
      faults.push({
        kind: "role",
        reason: `the cited passages make ${claim.written} the ${claim.office} of another organisation than the sentence names`,
      });
      continue;
    }
    if (!OFFICES.has(claim.office)) continue;
    // "Simon Carrow, Van Asten's managing director" where Van Asten's managing director is Pieter de
    // Wit, and nothing ties Carrow to Van Asten: one person's office given to another.
    const holder = claim.owner
      ? everyOffice.find(
          (entry) =>
            entry.owner === claim.owner && stem(entry.office) === stem(claim.office) && entry.name !== claim.name,
        )
      : undefined;
    if (holder && !everyOffice.some((entry) => entry.name === claim.name && entry.owner === claim.owner)) {
      faults.push({
        kind: "role",
        reason: `the cited passages make ${holder.written} the ${claim.office}, not ${claim.written}`,
      });
      continue;
    }
    // "The Scotland captain, Kirsty Dunmore" where "Scotland's captain, Eilidh Rankin" is named and
    // the passages give Dunmore no post at all: the team's post given to someone else.
    const attributed =
      claim.owner === null && theirs.length === 0
        ? everyOffice.find(
            (entry) =>
              entry.ownerNames.some((name) => claim.attributive.includes(name)) &&
              stem(entry.office) === stem(claim.office) &&
              entry.name !== claim.name,
          )
        : undefined;
    if (attributed) {
      faults.push({
        kind: "role",
        reason: `the cited passages make ${attributed.written} the ${claim.office}, not ${claim.written}`,
      });
      continue;
    }
    if (theirs.length === 0 || theirs.some((entry) => stem(entry.office) === stem(claim.office))) continue;
    // The office anywhere in a sentence that names the person ("Kent, who was treasurer until 2019, …").
    const mentioned = context.passages.some((passage) => {
      const sentences = new Set(
        passage.tokens.filter((token) => token.key === claim.name).map((token) => token.sentence),
      );
      return passage.tokens.some((token) => sentences.has(token.sentence) && stem(token.key) === stem(claim.office));
    });
    if (!mentioned)
      faults.push({
        kind: "role",
        reason: `the cited passages make ${claim.written} the ${theirs[0]!.office}, not the ${claim.office}`,
      });
  }
  return faults;
}
