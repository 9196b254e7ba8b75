import { oncePerText } from "../../../text/once-per-text.js";
import { porterStem } from "../../evidence/porter-stem.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { contentWords } from "../../evidence/word-tokens.js";
import type { SentenceTimes } from "../times/index.js";

/**
 * A revision told as one, and on which side of it its matter stands: what replaces comes before
 * "rather than" / "instead of" ("would refund the full fare rather than half"); what changed comes
 * after "no longer" or "now" with a verb of stating or planning ("no longer plans to close the plant",
 * "now expects the line to reopen in June").
 */
const REVISION =
  /\b(?:rather than|instead of)\b|\b(?:no longer|now (?:says?|said|expects?|believes?|estimates?|plans?|intends?|thinks?|predicts?|forecasts?))\b/gi;
/** A cheap test before the pattern. */
const ANY_REVISION = /\b(?:rather|instead|longer|now)\b/i;
/** A clause boundary ends the words a revision is about. */
const CLAUSE_END = /[,;:()“”"]/;
/** A word that is not a name. */
const LOWER_CASE_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu;
/** How many words on its side a revision is read over. */
const REVISION_WORDS = 6;
/** Of them, how many an older statement must share to be the one revised. */
const SHARED_WORDS = 2;
/** Words that say who or that something was said or planned, not what. */
const FRAME = new Set(
  ["said", "says", "say", "told", "would", "will", "could", "plan", "plans", "planned", "company", "officials"].map(
    porterStem,
  ),
);

/** The stems of what a sentence's revisions are about, or none when it tells no revision. */
function revisedMatter(text: string): Set<string> {
  const stems = new Set<string>();
  if (!ANY_REVISION.test(text)) return stems;
  for (const match of text.matchAll(REVISION)) {
    const forward = !/^(?:rather|instead)/i.test(match[0]);
    const side = forward
      ? (text.slice(match.index + match[0].length).split(CLAUSE_END)[0] ?? "")
      : (text.slice(0, match.index).split(CLAUSE_END).at(-1) ?? "");
    // Names are left out: every sentence of a story shares them ("the Aurora Bay").
    const words = contentWords((side.match(LOWER_CASE_WORD) ?? []).join(" "));
    for (const word of forward ? words.slice(0, REVISION_WORDS) : words.slice(-REVISION_WORDS)) {
      const stem = porterStem(word);
      if (!FRAME.has(stem)) stems.add(stem);
    }
  }
  return stems;
}

/**
 * Statements a later report says were revised: "Sunway said it would refund 50% of the fare" once
 * "the company would refund the full fare rather than half"; "Corvel plans to close its Leeds
 * plant" once "Corvel no longer plans to close the Leeds plant". The older statement is not where
 * things stand; the timeline keeps it, dated. It must come from an earlier moment and share at
 * least two words (by stem) of what the revision is about, so "chose to plead guilty rather than
 * face trial" does not revise "will face trial in March".
 */
export function findRevisedStatements(
  candidates: readonly RankedSentence[],
  times: SentenceTimes,
): Set<RankedSentence> {
  const revised = new Set<RankedSentence>();
  const matterOf = oncePerText(revisedMatter);
  const revisions = candidates.flatMap((candidate) => {
    const stems = matterOf(candidate.item.sentence.text);
    const time = times.get(candidate);
    return stems.size >= SHARED_WORDS && time !== undefined ? [{ stems, time, candidate }] : [];
  });
  if (revisions.length === 0) return revised;
  const stemsOf = oncePerText((text) => new Set(contentWords(text).map(porterStem)));
  for (const candidate of candidates) {
    const time = times.get(candidate);
    if (time === undefined) continue;
    const stems = stemsOf(candidate.item.sentence.text);
    // A retelling of a revision (a rewrite's copy of it) is the revision, not what it revised.
    const own = matterOf(candidate.item.sentence.text);
    // Every candidate against every revision: read each revision's words in place, with no copies.
    const isRevised = revisions.some((later) => {
      if (!(later.time > time) || later.candidate.item.article === candidate.item.article) return false;
      let shared = 0;
      for (const stem of later.stems) {
        if (own.has(stem)) return false;
        if (stems.has(stem)) shared += 1;
      }
      return shared >= SHARED_WORDS;
    });
    if (isRevised) revised.add(candidate);
  }
  return revised;
}
