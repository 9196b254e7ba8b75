import { type AnalyzedText, leavesClause, type TextToken } from "../reading/index.js";
import type { SupportContext, SupportFault } from "./support-fault.js";

const PARTICIPANT_POS = new Set(["NOUN", "PROPN"]);

/**
 * A headline's passive, without its "be": "man stabbed at folk festival", "three arrested after …".
 * A participle right after its noun, with no object but a preposition or the end after it.
 */
function headlinePassive(tokens: readonly TextToken[], verb: number): boolean {
  const next = tokens[verb + 1];
  return (
    /(?:ed|en|wn)$/.test(tokens[verb]!.text) &&
    PARTICIPANT_POS.has(tokens[verb - 1]?.pos ?? "") &&
    (!next ||
      next.sentence !== tokens[verb]!.sentence ||
      next.pos === "PUNCT" ||
      (next.pos === "ADP" && next.key !== "by"))
  );
}

/** Who does and who undergoes the action of the verb at `verb`: the nearest names or nouns on each side, in one clause. */
function rolesAround(
  tokens: readonly TextToken[],
  verb: number,
  headline = false,
): { agent: TextToken | null; patient: TextToken } | null {
  const sentence = tokens[verb]!.sentence;
  let before: TextToken | undefined;
  for (let index = verb - 1; index >= 0 && verb - index <= 6; index -= 1) {
    const token = tokens[index]!;
    if (leavesClause(token, sentence)) break;
    if (PARTICIPANT_POS.has(token.pos)) {
      before = token;
      break;
    }
  }
  let after: TextToken | undefined;
  let passive = false;
  const auxiliary = tokens[verb - 1];
  // "was rejected by", and the reduced "tools used by people".
  if (
    /(?:ed|en|wn)$/.test(tokens[verb]!.text) &&
    ((auxiliary && auxiliary.key === "be") || tokens[verb + 1]?.key === "by")
  )
    passive = true;
  if (headline && headlinePassive(tokens, verb)) passive = true;
  // A passive without "by" names no agent: in "Four skiers were killed when an avalanche struck"
  // the skiers undergo the killing and the avalanche is no one's object.
  if (passive && before && tokens[verb + 1]?.key !== "by" && !byAhead(tokens, verb))
    return { agent: null, patient: before };
  for (let index = verb + 1; index < tokens.length && index - verb <= 6; index += 1) {
    const token = tokens[index]!;
    if (leavesClause(token, sentence)) break;
    if (passive && token.key === "by") continue;
    if (PARTICIPANT_POS.has(token.pos)) {
      after = token;
      break;
    }
  }
  if (!before || !after) return null;
  if (passive && tokens.slice(verb + 1, tokens.indexOf(after)).some((token) => token.key === "by"))
    return { agent: after, patient: before };
  return { agent: before, patient: after };
}

/** Whether "by" follows a passive verb in its clause, past its complements ("was beaten 3-1 by"). */
function byAhead(tokens: readonly TextToken[], verb: number): boolean {
  for (let index = verb + 1; index < tokens.length && index - verb <= 6; index += 1) {
    const token = tokens[index]!;
    if (leavesClause(token, tokens[verb]!.sentence)) return false;
    if (token.key === "by") return true;
  }
  return false;
}

function say(text: AnalyzedText, token: TextToken): string {
  return text.text.slice(token.start, token.end);
}

/**
 * Who did what to whom: where the statement and a passage sentence share a verb and the two
 * participants around it, the one acting must be the same ("Hamas rejected Israel's offer" is not
 * "Israel rejected Hamas's offer"). Passive sentences are read by their agent ("was rejected by Hamas").
 */
export function compareRoles(context: SupportContext): SupportFault[] {
  const { statement, passages } = context;
  const faults: SupportFault[] = [];
  statement.tokens.forEach((token, index) => {
    if (token.pos !== "VERB") return;
    // A statement may be written as a headline; a passage is read as prose.
    const found = rolesAround(statement.tokens, index, true);
    if (!found?.agent || found.agent.key === found.patient.key) return;
    const roles = { agent: found.agent, patient: found.patient };
    let swapped: string | null = null;
    let same = false;
    for (const passage of passages) {
      passage.tokens.forEach((candidate, candidateIndex) => {
        if (candidate.key !== token.key || candidate.pos !== "VERB") return;
        const theirs = rolesAround(passage.tokens, candidateIndex);
        if (!theirs) return;
        // The passage's one undergoing it made the one doing it: "Four skiers killed …".
        if (!theirs.agent) {
          if (theirs.patient.key === roles.patient.key) same = true;
          else if (theirs.patient.key === roles.agent.key)
            swapped ??= `the passage says ${say(passage, theirs.patient)} underwent "${say(passage, candidate)}"; the sentence says ${say(statement, roles.agent)} did it`;
          return;
        }
        if (theirs.agent.key === roles.agent.key && theirs.patient.key === roles.patient.key) same = true;
        if (theirs.agent.key === roles.patient.key && theirs.patient.key === roles.agent.key)
          swapped ??= `the passage says ${say(passage, theirs.agent)} ${say(passage, candidate)} ${say(passage, theirs.patient)}; the sentence says ${say(statement, roles.agent)} did`;
      });
    }
    // Another passage sentence may say it the statement's way round; then it is supported.
    if (swapped && !same && !faults.some((fault) => fault.reason === swapped))
      faults.push({ kind: "role", reason: swapped });
  });
  return faults;
}
