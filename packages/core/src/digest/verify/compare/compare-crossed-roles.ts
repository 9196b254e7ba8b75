import { type AnalyzedText, leavesClause, synonymKeys, type TextToken } from "../reading/index.js";
import type { SupportContext, SupportFault } from "./support-fault.js";

const PARTICIPANT_POS = new Set(["NOUN", "PROPN"]);
/** What may stand before a subject within its noun phrase ("his 27-year-old son"). */
const MODIFIER_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PUNCT"]);
/** How far before its verb a passage may name its subject (a short modifier or an auxiliary between). */
const SUBJECT_REACH = 8;
/** How far after a verb or its noun a passage may name who it is told of ("a 14% rise in revenue"). */
const NOUN_REACH = 4;

/**
 * The subject of the verb at `verb`: a noun or name right before it, past auxiliaries, adverbs and
 * "not" ("the son was flown", "his father was walked"), in either voice; not the object of a
 * preposition ("with a weedkiller failed") and not across "to", "and" or a relative pronoun.
 */
function subjectOf(tokens: readonly TextToken[], verb: number): TextToken | null {
  let index = verb - 1;
  while (index >= 0 && (tokens[index]!.pos === "AUX" || tokens[index]!.pos === "ADV" || tokens[index]!.key === "not"))
    index -= 1;
  const subject = tokens[index];
  if (!subject || !PARTICIPANT_POS.has(subject.pos) || subject.sentence !== tokens[verb]!.sentence) return null;
  for (let back = index - 1; back >= 0 && tokens[back]!.sentence === subject.sentence; back -= 1) {
    const token = tokens[back]!;
    if (token.pos === "ADP") return null;
    if (!MODIFIER_POS.has(token.pos)) break;
  }
  return subject;
}

const same = (a: TextToken, b: TextToken) => a.key === b.key || a.root === b.root || synonymKeys(a.key).includes(b.key);

/**
 * Whether some passage sentence names `subject` a few words before a form of `verb` or, when `near`,
 * just after it too ("a rise in revenue").
 */
function toldOf(passages: readonly AnalyzedText[], subject: TextToken, verb: TextToken, near = false): boolean {
  return passages.some((passage) =>
    passage.tokens.some(
      (candidate, at) =>
        (candidate.pos === "VERB" || candidate.pos === "NOUN") &&
        same(candidate, verb) &&
        passage.tokens
          .slice(Math.max(0, at - SUBJECT_REACH), near ? at + 1 + NOUN_REACH : at)
          .some((other) => other !== candidate && other.sentence === candidate.sentence && same(other, subject)),
    ),
  );
}

/**
 * Two participants' parts crossed over: "the son was flown to hospital while his father was walked
 * down" where the passages say the injured man was flown and "his son was walked down". The statement
 * tells two verbs of two different subjects; the passages never tell the first subject's verb of it,
 * but do tell it the other subject's verb, and never the other subject's verb of the other subject.
 * Only the crossing is judged: a subject the passages describe in other words ("the climber" for
 * "the injured man") crosses nothing.
 */
export function compareCrossedRoles(context: SupportContext): SupportFault[] {
  const { statement, passages } = context;
  const told: Array<{ subject: TextToken; verb: TextToken }> = [];
  statement.tokens.forEach((token, index) => {
    if (token.pos !== "VERB") return;
    const subject = subjectOf(statement.tokens, index);
    if (subject) told.push({ subject, verb: token });
  });
  for (const mine of told)
    for (const other of told) {
      if (mine === other || same(mine.subject, other.subject) || same(mine.verb, other.verb)) continue;
      if (toldOf(passages, mine.subject, mine.verb, true) || toldOf(passages, other.subject, other.verb, true))
        continue;
      if (!toldOf(passages, mine.subject, other.verb)) continue;
      return [
        {
          kind: "role",
          reason: `puts "${mine.subject.text}" with "${mine.verb.text}" and "${other.subject.text}" with "${other.verb.text}"; the cited passages tell "${other.verb.text}" of the ${mine.subject.text}`,
        },
      ];
    }
  return [];
}
