import type { AnalyzedText, TextToken } from "../reading/index.js";
import type { SupportContext, SupportFault } from "./support-fault.js";

const PARTICIPANT_POS = new Set(["NOUN", "PROPN"]);
// What may follow a verb that acts on something: its object, or the infinitive it takes ("offered to do").
const OBJECT_START = new Set(["DET", "NOUN", "PROPN", "NUM", "PRON"]);

/** Where the auxiliaries and adverbs before a verb start, and whether one of them is "be" (a passive). */
function auxiliariesBefore(tokens: readonly TextToken[], verb: number): { start: number; passive: boolean } {
  let start = verb;
  let passive = false;
  while (start > 0 && (tokens[start - 1]!.pos === "AUX" || tokens[start - 1]!.pos === "ADV")) {
    if (tokens[start - 1]!.key === "be") passive = true;
    start -= 1;
  }
  return { start, passive };
}

/**
 * The head of a passage verb's subject: the noun right before its auxiliaries, or before the comma
 * closing an apposition ("A rival bidder, Harland & Sons of Bristol, had offered"); for a participle
 * after a comma ("About 40 boats took part, preventing a ferry"), the subject of the clause before it.
 */
function subjectHead(tokens: readonly TextToken[], verb: number, start: number): TextToken | null {
  const before = tokens[start - 1];
  if (!before || before.sentence !== tokens[verb]!.sentence) return null;
  if (PARTICIPANT_POS.has(before.pos)) return before;
  if (before.text !== ",") return null;
  if (/ing$/.test(tokens[verb]!.text)) {
    // The clause before: its first noun followed by its verb.
    for (let index = start - 2; index > 0; index -= 1) {
      const token = tokens[index]!;
      if (token.sentence !== before.sentence) break;
      if (
        PARTICIPANT_POS.has(token.pos) &&
        (tokens[index + 1]!.pos === "VERB" || tokens[index + 1]!.pos === "AUX") &&
        (index === 0 || tokens[index - 1]!.sentence !== token.sentence || !PARTICIPANT_POS.has(tokens[index - 1]!.pos))
      )
        return token;
    }
    return null;
  }
  const closing = tokens[start - 2];
  return closing && closing.pos === "PROPN" ? closing : null;
}

function say(text: AnalyzedText, token: TextToken): string {
  return text.text.slice(token.start, token.end);
}

/**
 * A party told as undergoing what the passage says it did: "Harland & Sons had been offered £1.1
 * million" where the passage says Harland & Sons "had offered to do the work for £1.1 million"; "40
 * boats were prevented from docking by a ferry" where the boats took part, "preventing a ferry from
 * docking". A passive whose subject is the active verb's subject in the passage turns the roles
 * round, unless a passage also tells it in the passive of that party.
 */
export function comparePassiveDoers(context: SupportContext): SupportFault[] {
  const { statement, passages } = context;
  const faults: SupportFault[] = [];
  statement.tokens.forEach((token, verb) => {
    if (token.pos !== "VERB") return;
    const { start, passive } = auxiliariesBefore(statement.tokens, verb);
    const subject = statement.tokens[start - 1];
    if (!passive || !subject || !PARTICIPANT_POS.has(subject.pos)) return;
    let doer: string | null = null;
    let undergoer = false;
    for (const passage of passages) {
      passage.tokens.forEach((candidate, index) => {
        if (candidate.key !== token.key || candidate.pos !== "VERB") return;
        const theirs = auxiliariesBefore(passage.tokens, index);
        const head = subjectHead(passage.tokens, index, theirs.start);
        if (head?.key !== subject.key) return;
        // "a freight train hit a stationary commuter train": one head word on both sides tells no roles apart.
        const after = passage.tokens.slice(index + 1, index + 7);
        const clauseEnd = after.findIndex((other) => other.pos === "PUNCT" || other.sentence !== candidate.sentence);
        if ((clauseEnd < 0 ? after : after.slice(0, clauseEnd)).some((other) => other.key === subject.key)) return;
        if (theirs.passive) undergoer = true;
        else if (OBJECT_START.has(passage.tokens[index + 1]?.pos ?? "") || passage.tokens[index + 1]?.key === "to")
          doer ??= `the passage says ${say(passage, head)} ${say(passage, candidate)}; the sentence says ${say(statement, subject)} ${statement.text.slice(statement.tokens[start]!.start, token.end)}`;
      });
    }
    if (doer && !undergoer) faults.push({ kind: "role", reason: doer });
  });
  faults.push(...activeUndergoers(context));
  return faults;
}

/**
 * The other way round: a party told as doing what the passage says was done to it, by a participle
 * and its agent after the party's noun ("The deal, signed by Harlow Telecom" told as "The deal
 * signed Harlow Telecom"). Word order alone aligns the two, "by" being grammar.
 */
function activeUndergoers(context: SupportContext): SupportFault[] {
  const { statement, passages } = context;
  const faults: SupportFault[] = [];
  statement.tokens.forEach((token, verb) => {
    if (token.pos !== "VERB") return;
    const { start, passive } = auxiliariesBefore(statement.tokens, verb);
    const subject = statement.tokens[start - 1];
    const object = statement.tokens[verb + 1];
    if (passive || !subject || !PARTICIPANT_POS.has(subject.pos) || !object || !OBJECT_START.has(object.pos)) return;
    let undergoer: string | null = null;
    let doer = false;
    for (const passage of passages) {
      passage.tokens.forEach((candidate, index) => {
        if (candidate.key !== token.key) return;
        const theirs = auxiliariesBefore(passage.tokens, index);
        if (!theirs.passive && theirs.start < index) {
          if (subjectHead(passage.tokens, index, theirs.start)?.key === subject.key) doer = true;
          return;
        }
        if (passage.tokens[index + 1]?.key !== "by" || theirs.start < index) {
          if (subjectHead(passage.tokens, index, theirs.start)?.key === subject.key && !theirs.passive) doer = true;
          return;
        }
        let before = index - 1;
        if (passage.tokens[before]?.text === ",") before -= 1;
        const head = passage.tokens[before];
        if (!head || head.key !== subject.key || !PARTICIPANT_POS.has(head.pos)) return;
        undergoer ??= `the passage says ${say(passage, head)} was ${say(passage, candidate)} by ${say(passage, passage.tokens[index + 2]!)}…; the sentence says ${say(statement, subject)} ${say(statement, token)}`;
      });
    }
    if (undergoer && !doer) faults.push({ kind: "role", reason: undergoer });
  });
  return faults;
}
