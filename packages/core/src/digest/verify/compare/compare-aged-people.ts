import type { AnalyzedText, TextToken } from "../reading/index.js";
import { specificKeys, synonymKeys } from "../reading/index.js";
import type { SupportContext, SupportFault } from "./support-fault.js";

/** The age before "-year-old" at `index` ("81" of "81 - year - old"), or null. */
function ageAt(tokens: readonly TextToken[], index: number): string | null {
  const [number, dash, year, dash2, old] = tokens.slice(index, index + 5);
  return number?.pos === "NUM" &&
    dash?.text === "-" &&
    year?.key === "year" &&
    dash2?.text === "-" &&
    old?.key === "old"
    ? number.key
    : null;
}

/**
 * The sentences of a passage that give someone this age ("an 81-year-old woman", "Martin Hollins,
 * 62,", "24-year-old Dele Amadi"), and the names of those it is given to, added to `names`.
 */
function agedSentences(passage: AnalyzedText, age: string, names: Set<string>): Set<number> {
  const tokens = passage.tokens;
  const sentences = new Set<number>();
  tokens.forEach((token, index) => {
    if (ageAt(tokens, index) === age) {
      sentences.add(token.sentence);
      // "24-year-old Dele Amadi", "the 24-year-old striker Dele Amadi".
      for (let next = index + 5; next <= index + 7 && tokens[next]?.sentence === token.sentence; next += 1) {
        if (tokens[next]!.pos === "PROPN") {
          while (tokens[next + 1]?.pos === "PROPN") next += 1;
          names.add(tokens[next]!.key);
          break;
        }
        if (tokens[next]!.pos !== "NOUN" && tokens[next]!.pos !== "ADJ") break;
      }
    }
    // "Martin Hollins, 62," and "Martin Hollins (62)".
    if (
      token.pos === "PROPN" &&
      (tokens[index + 1]?.text === "," || tokens[index + 1]?.text === "(") &&
      tokens[index + 2]?.key === age &&
      tokens[index + 2]?.pos === "NUM" &&
      [",", ")", "."].includes(tokens[index + 3]?.text ?? ".")
    ) {
      sentences.add(token.sentence);
      names.add(token.key);
    }
  });
  return sentences;
}

/**
 * The sentences of each passage that tell of someone of this age: those that give the age and,
 * where the person is named, every sentence of any passage that names them again ("Desai said …";
 * the age told in one passage of an article, the signing in another).
 */
function sentencesOfAge(passages: readonly AnalyzedText[], age: string): Array<Set<number>> {
  const names = new Set<string>();
  const given = passages.map((passage) => agedSentences(passage, age, names));
  return passages.map((passage, index) => {
    const sentences = new Set(given[index]);
    for (const token of passage.tokens)
      if (token.pos === "PROPN" && names.has(token.key)) sentences.add(token.sentence);
    return sentences;
  });
}

/**
 * A person the statement names by age alone ("the 81-year-old said …", "the 62-year-old owner
 * said …") does what the statement says only where the passages give that age to someone who does
 * it: the verb is in a sentence that gives the age, or that names the person it is given to. "The
 * 81-year-old said the firm had stopped production" where the 81-year-old is a woman who died and the
 * owner, 62, said it gives the words to the wrong person. An age no passage gives is left to the
 * comparison of numbers.
 */
export function compareAgedPeople(context: SupportContext): SupportFault[] {
  const tokens = context.statement.tokens;
  const faults: SupportFault[] = [];
  tokens.forEach((_, index) => {
    const age = ageAt(tokens, index);
    if (age === null) return;
    // The verb the aged person is the subject of: after their noun phrase, with at most auxiliaries between.
    let next = index + 5;
    while (tokens[next] && ["NOUN", "ADJ", "PROPN"].includes(tokens[next]!.pos)) next += 1;
    while (tokens[next]?.pos === "AUX" || tokens[next]?.pos === "ADV") next += 1;
    const verb = tokens[next];
    if (!verb || verb.pos !== "VERB") return;
    // A general verb stands for its kinds: "was attacked" for the 19-year-old who "was stabbed".
    const keys = new Set([verb.key, ...synonymKeys(verb.key), ...specificKeys(verb.key)]);
    let given = false;
    let done = false;
    const told = sentencesOfAge(context.passages, age);
    for (const [passageIndex, passage] of context.passages.entries()) {
      const sentences = told[passageIndex]!;
      if (sentences.size === 0) continue;
      given = true;
      if (
        passage.tokens.some(
          (token) =>
            sentences.has(token.sentence) && (keys.has(token.key) || token.root === verb.root) && token.pos === "VERB",
        )
      )
        done = true;
    }
    if (given && !done)
      faults.push({
        kind: "role",
        reason: `the passages give the age ${age} to someone of whom they do not say "${verb.text}"`,
      });
  });
  return faults;
}
