import { oncePerText } from "../../../text/once-per-text.js";
import { oncePerTextOf } from "../../../text/once-per-text-of.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import type { SentenceTimes } from "../times/index.js";
import { toldAsDone } from "./told-as-done.js";

/** What a vote decides: a motion, a ballot, an election, a leadership contest. */
const CONTEST = String.raw`(?:(?:no-?\s?)?confidence\s+)?(?:vote|motion|ballot|referendum|election|run-?off|bill|leadership\s+(?:contest|race|election))`;
/** A word, for the few that may stand between a verb and what it acts on ("dismissed Marsh's appeal"). */
const WORD = String.raw`[\p{L}\d'’-]+\s+`;
/** What a court decides on. */
const CASE = "(?:appeal|conviction|verdict|sentence|case|lawsuit|challenge)";
/** What a match decides. */
const FIXTURE = "(?:final|semi-?final|title|cup|trophy|championship|match|game|decider|tie|league|series|play-?off)";

/**
 * A contest the story reports the result of, and what a claim about it is about. A claim told before
 * the result is settled by it: a stance on what is at stake ("denies the charges", "has said she will
 * not resign"), what a side says it has or needs ("had “at least 42 votes” lined up", "need only a
 * draw"), a decision still being weighed ("the jury began deliberating"), or an expectation of how it
 * will go (a modal in the sentence's own words, "is expected to start").
 */
interface ContestKind {
  /**
   * Words `outcome` cannot match without, one at least, under the same flags: most sentences report
   * no result, and this test is far cheaper than `outcome` (a digest asks every kind of every sentence).
   */
  needs: RegExp;
  /** The result told as done, by its verb. */
  outcome: RegExp;
  /** What a claim about this contest is about. */
  matter: RegExp;
  /** A claim told without a modal: a side's stance, count, need, or the decision under way. */
  ahead: RegExp;
}

const KINDS: readonly ContestKind[] = [
  {
    // A vote or an election: "survived a no-confidence vote", "the motion was defeated", "was elected leader".
    needs: /vote|motion|ballot|referendum|elect|run-?off|bill|leadership|winner/iu,
    outcome: new RegExp(
      String.raw`\b(?:survived|lost|won|passed|defeated|rejected|approved|carried)\s+(?:${WORD}){0,4}?${CONTEST}s?\b|\b${CONTEST}\s+(?:was\s+|has\s+been\s+)?(?:passed|defeated|rejected|approved|carried|failed)\b|\b(?:was|were|has\s+been)\s+(?:re-?)?elected\b(?!\s+on\b)|\bdeclared\s+(?:the\s+)?winner\b`,
      "giu",
    ),
    // Who votes how or backs whom, what the vote decides for a leader (to resign or stay on), its
    // count and polls, its result to come (not what a side will do with it: "would not challenge the
    // result" is a stance on what follows).
    matter:
      /\b(?:vot(?:e|es|ed|ing)|motion|ballot|back(?:s|ed|ing)?|support(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|resign\w*|step(?:s|ping)? down|stand(?:s|ing)? down|stay(?:s|ing)? on|quit|concede\w*|leadership|win|result\s+(?:will|would|is\s+(?:expected|due))|poll\w*|count|candidates?)\b/i,
    // A side's claimed count of support, quoted or not ("had “at least 42 votes” lined up", "had the
    // backing of more than half"), or the count it needs ("needs 41 of the assembly's 80 votes to bring down the government").
    ahead:
      /\b(?:has|have|had|claimed|counted)\b[^.;]{0,30}\bvotes\b|\b(?:has|have|had|claimed)\s+(?:the\s+)?(?:backing|support)\s+of\b|\blined up\b|\benough (?:votes|support)\b|\bneeds?\s+(?:at least\s+)?\d[\d,]*\b[^.;]{0,40}\bvotes\b/i,
  },
  {
    // A verdict or a ruling: "found Marsh guilty", "was cleared of all charges", "dismissed … appeal",
    // "the conviction was upheld".
    needs: /guilty|convict|acquitted|cleared|appeal|verdict|sentence|case|lawsuit|challenge/iu,
    outcome: new RegExp(
      String.raw`\bfound\s+(?:${WORD}){0,3}?(?:not\s+)?guilty\b|\b(?:was|were|been|is|are)\s+(?:convicted|acquitted|cleared)\s+of\b|\b(?:convicted|acquitted|cleared)\s+(?:${WORD}){1,4}?of\b|\b(?:dismissed|rejected|upheld|allowed|quashed|overturned|threw\s+out|won|lost)\s+(?:${WORD}){0,4}?${CASE}s?\b|\b${CASE}\s+(?:was|has\s+been|were)\s+(?:dismissed|rejected|upheld|allowed|quashed|overturned|thrown\s+out)\b|\b(?:returned|reached|delivered)\s+(?:a|its|their|the)\s+(?:${WORD})?verdicts?\b`,
      "giu",
    ),
    matter:
      /\b(?:charge[sd]?|guilty|innocen\w*|convict\w*|acquit\w*|verdict|jury|jurors|judges?|court|trial|retrial|appeal\w*|sentenc\w*|quash\w*|prosecut\w*|freed|cleared|accus\w*|allegations?|deliberat\w*|lawyers?|counsel|barristers?|defen[cs]e|prosecutors?|crown|hearing|judgment|ruling)\b/i,
    // A side seeking what the court decides ("is seeking to have his conviction quashed"), or the
    // decision under way.
    ahead:
      /\b(?:(?:is|are)\s+(?:seeking|challenging|contesting|appealing)|deliberat(?:ing|ions?|e)|began\s+deliberating|retired\b[^.;]{0,30}\bto\s+consider|(?:is|are)\s+considering|awaiting)\b/i,
  },
  {
    // A match's result: "beat Carlow 3-1", "a 2-1 win", "won the Southern Counties League title".
    needs: /\d-\d|final|title|cup|trophy|championship|match|game|decider|tie|league|series|play-?off/iu,
    outcome: new RegExp(
      String.raw`\b(?:beat|beating|defeated|defeating|won|winning|lost|losing|drew|drawing|clinched|clinching|thrashed|edged)\b[^.;]{0,60}?\b\d{1,2}-\d{1,2}\b|\b\d{1,2}-\d{1,2}\s+(?:win|victory|defeat|loss|draw)\b|\b(?:won|clinched|lifted|retained|lost)\s+(?:${WORD}){0,4}?${FIXTURE}s?\b`,
      "giu",
    ),
    matter: new RegExp(
      String.raw`\b(?:${FIXTURE}s?|champions|promot\w*|relegat\w*|draw|points?|win|face|play|start|injur\w*|fitness|squad|line-?up|kick-?off|fixture|favou?rites|opponents?|rivals?|winners?)\b`,
      "i",
    ),
    // What a side needs, or who is favoured.
    ahead: /\bneeds?\s+(?:only\s+|just\s+)?(?:a|an|one|to|\d)\b|\bfavou?rites\b|\b(?:is|are)\s+a\s+doubt\b/i,
  },
];
/** An earlier contest than the story's: by its year, or as the last or previous one. */
const PAST_CONTEST = /\b(?:1[89]|20)\d\d\b|\b(?:last|previous|prior|former|earlier)\b/i;
/**
 * The same, told just before or after the result's verb ("In a 1998 case, …", "… last season"); a
 * year in a full date ("on March 4, 2026") is the result's own day.
 */
const PAST_NEARBY =
  /(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+(?:\d{1,2},?\s+)?|\d\s+)\b(?:1[89]|20)\d\d\b|\b(?:last|previous|earlier)\s+(?:season|year|week|month|time|term)\b/iu;
/**
 * A side's stance on what a contest decides, in the present: "denies the charges", "maintains his
 * innocence", "insists the poll is wrong", "argue that".
 */
const STANDS = /\b(?:den(?:y|ies)|maintains?|insists?|argues?|contends?)\b/i;
/** What is quoted is someone's words, not the sentence's own tense. */
const QUOTED = /“[^“”]*”|"[^"]*"/g;
/**
 * A claim or an expectation of how a contest will go: a modal in the sentence's own words, but not one
 * of what might have been ("Had he lost, he would have had to resign").
 */
const EXPECTATION = /\b(?:(?:would|could|might|may)(?!\s+have\b|['’]ve)|will|(?:is|are)\s+(?:expected|likely)\s+to)\b/i;

const DAY_MS = 24 * 60 * 60 * 1000;

function reportsOutcome(kind: ContestKind, text: string): boolean {
  // Quotations only blank words out, so a word the outcome needs is in the text whenever it is in `own`.
  if (!kind.needs.test(text) || text.trim().endsWith("?")) return false;
  const own = text.replace(QUOTED, " ");
  for (const match of own.matchAll(kind.outcome)) {
    const index = match.index ?? 0;
    // "could survive", "if the motion fails": a result still to come decides nothing.
    if (!toldAsDone(own, index)) continue;
    // "Varga, who won the 2023 election, …", "lost the last vote", "convicted of theft in 2015", "had
    // been convicted before": an earlier contest, recalled.
    const near = own.slice(Math.max(0, index - 60), index + match[0].length + 60);
    if (PAST_CONTEST.test(match[0]) || PAST_NEARBY.test(near)) continue;
    // "who was convicted of", "since they were found guilty", "had been convicted": told as background.
    const before = own.slice(0, index);
    if (
      /\b(?:who|which|that|since|when)\s+(?:\p{L}+\s+)?(?:was\s+|were\s+|had\s+(?:been\s+)?)?$|\bhad\s+(?:been\s+)?$/iu.test(
        before,
      )
    )
      continue;
    return true;
  }
  return false;
}

function claimsAhead(kind: ContestKind, text: string): boolean {
  const own = text.replace(QUOTED, " ");
  return kind.matter.test(text) && (EXPECTATION.test(own) || STANDS.test(own) || kind.ahead.test(text));
}

/**
 * Whether a sentence reports a contest's result as done, in its own words: a vote's or an election's,
 * a verdict or a ruling, a match's ("Ashcombe Rovers won the … title on Saturday, beating Harbury Town
 * 2-1"); not one still to come, nor an earlier one recalled.
 */
export function reportsResult(text: string): boolean {
  return KINDS.some((kind) => reportsOutcome(kind, text));
}

/**
 * Whether a text reports each kind's result (see reportsOutcome), read once per text a digest: the
 * settled claims and the headline's look ahead ask it of the same evidence. The owner is the
 * digest's list of evidence (see oncePerTextOf).
 */
const outcomesOf = oncePerTextOf((text: string) => KINDS.map((kind) => reportsOutcome(kind, text)));

/** reportsResult, read once per text for the owner's digest (its list of evidence). */
export function reportsResultOf(owner: object): (text: string) => boolean {
  const outcomes = outcomesOf(owner);
  return (text) => outcomes(text).some(Boolean);
}

/**
 * Claims and expectations about a contest that a later report of its result settled: "Reiner said on
 * Sunday that he had “at least 42 votes” lined up", "Varga has said she will not resign", once "the
 * government survived a no-confidence vote on Thursday, 39 to 41"; "Drysdale denies that he ignored
 * the storm warning", "The judges retired on Wednesday to consider their decision", once "the Court
 * of Appeal on Friday dismissed Callum Drysdale's appeal"; "will face Ashcombe Rovers … on Saturday",
 * "need only a draw", once "Ashcombe Rovers won the … title on Saturday, beating Harbury Town 2-1".
 * Told before the result, they were news of what might happen; the result tells what did, so they
 * belong to the timeline, dated, and not to a summary of where things stand (even kept with their
 * day, beside the result they read as rival news). Only a day before the result was first told:
 * what is said after it (the loser vowing another motion, an appeal considered, comment on a
 * verdict that a later report recalls) is the latest news.
 */
export function findDecidedContests(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  const decided = new Set<RankedSentence>();
  const outcomes = outcomesOf(candidates);
  for (const [number, kind] of KINDS.entries()) {
    const outcome = (text: string) => outcomes(text)[number] === true;
    const claim = oncePerText((text: string) => claimsAhead(kind, text));
    const outcomeDays = candidates
      .filter((candidate) => outcome(candidate.item.sentence.text))
      .map((candidate) => times.get(candidate))
      .filter((time): time is number => time !== undefined)
      .map((time) => Math.floor(time / DAY_MS));
    if (outcomeDays.length === 0) continue;
    const resultDay = Math.min(...outcomeDays);
    for (const candidate of candidates) {
      const time = times.get(candidate);
      if (time === undefined || Math.floor(time / DAY_MS) >= resultDay) continue;
      const { text } = candidate.item.sentence;
      if (claim(text) && !outcome(text)) decided.add(candidate);
    }
  }
  return decided;
}
