import { porterStem } from "../../evidence/porter-stem.js";
import { QUOTED_SPANS } from "../../evidence/quoted-spans.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import type { SentenceTimes } from "../times/index.js";
import { matterOf, namesIn } from "./find-fulfilled-prospects.js";
import { toldAsDone } from "./told-as-done.js";

/**
 * An inquiry told as going on, named by its noun ("Tests on a second farm are under way", "An
 * investigation is continuing", "A search is under way", "Talks between … continue"), or its result told as still to come
 * ("results are expected within 72 hours").
 */
const PENDING =
  /\b(?:tests?|testing|investigations?|inquir(?:y|ies)|enquir(?:y|ies)|searche?s?|checks|examinations?|analys[ie]s|post-mortems?|autops(?:y|ies)|inspections?|probes?|recounts?|audits?|talks|negotiations)\b[^.;:]{0,90}?\b(?:(?:is|are)\s+(?:now\s+|still\s+)?(?:under\s?way|ongoing|continuing|in progress)|continues?(?!\s+to\b)|go(?:es)?\s+on)\b|\bresults?\b[^.;:]{0,60}?\b(?:is|are)\s+(?:now\s+|still\s+)?(?:expected|due)\s+(?:within|in|by|on|later|next|tomorrow)\b/i;
/**
 * A cause told as not known yet ("The cause of the leak is not yet known", "The cause of the fire
 * remains unclear", "What caused the crash has not been established"): a question a later finding answers.
 */
const UNKNOWN_CAUSE =
  /\b(?:(?:the\s+)?causes?(?:\s+of\s+[^.;:]{1,60}?)?|what\s+caused\s+[^.;:]{1,60}?)\s+(?:is|are|was|were|remains?|remained|has|have|had)\s+(?:still\s+|yet\s+)?(?:not\s+(?:yet\s+)?(?:known|clear|been\s+(?:established|determined|identified|confirmed))|unknown|unclear|under\s+investigation)\b/i;
/** A cause told: "A blocked flue caused the leak", "was to blame for the fire", "blamed on a faulty boiler". */
const CAUSE_TOLD =
  /\b(?:caused|to\s+blame|blamed\s+(?:[^.;:]{1,40}?\s+)?(?:for|on)|was\s+the\s+cause|were\s+the\s+cause)\b/gi;

/** Words of the question of a cause itself, never what it is about. */
const CAUSE_WORDS = new Set(
  ["cause", "caused", "known", "unknown", "clear", "unclear", "yet", "remains", "established", "determined"].map(
    porterStem,
  ),
);

/** A result told: "was confirmed at a second farm", "tested positive", "ruled out", "concluded". */
const RESULT =
  /\b(?:confirmed|found|tested\s+(?:positive|negative)|ruled\s+out|concluded|established|determined|identified)\b/gi;
/** Talks or negotiations, the inquiry a deal or a breakdown answers. */
const TALKS = /\b(?:talks|negotiations)\b/i;
/** A deal told as struck, or the talks as broken off: "reached an agreement", "a deal was reached", "talks collapsed". */
const DEAL =
  /\b(?:(?:reached|agreed|struck|signed|sealed)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:deal|agreement|settlement)|(?:a|an|the)\s+(?:\w+\s+)?(?:deal|agreement|settlement)\s+(?:was|has\s+been|had\s+been)\s+(?:reached|agreed|struck|signed|sealed)|(?:talks|negotiations)\s+(?:have\s+)?(?:collapsed|broke\s+down|broken\s+down|failed))\b/gi;
/** Capitalised words in a row: a name ("Easthaven City Council", "Harbour Buses"). */
const PROPER_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;
/** Days and months are capitalised but name no party to talks. */
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** A report of an inquiry still going on, or of a result still awaited, tells no result. */
const STILL_OPEN = /\b(?:yet to|awaiting|awaited|pending|under\s?way|ongoing|in progress|continu\w*|still)\b/i;
/** Words that name the inquiry or its result, not its matter: they are shared by the question and its answer alike. */
const INQUIRY_WORDS = new Set(
  [
    "test",
    "testing",
    "tests",
    "result",
    "results",
    "investigation",
    "inquiry",
    "enquiry",
    "search",
    "check",
    "examination",
    "analysis",
    "inspection",
    "probe",
    "talks",
    "under",
    "way",
    "ongoing",
    "continuing",
    "progress",
    "expected",
    "due",
    "within",
    "hours",
    "days",
    "confirmed",
    "found",
    "tested",
    "positive",
    "negative",
    "ruled",
    "concluded",
    "established",
    "determined",
    "identified",
  ].map(porterStem),
);
/** A later result shares this many words of the inquiry's matter, names aside ("second", "farm"). */
const SHARED_WORDS = 2;
/** The inquiry nouns a pending report names: a result told of "the recount" answers "a recount … under way". */
const INQUIRY_NOUN =
  /\b(?:investigation|inquiry|enquiry|search|examination|analysis|post-mortem|autopsy|inspection|probe|recount|audit)\b/gi;

/** The inquiry nouns a text names, singular and lower case. */
function inquiryNouns(text: string): Set<string> {
  return new Set([...text.replace(QUOTED_SPANS, " ").matchAll(INQUIRY_NOUN)].map((match) => match[0].toLowerCase()));
}

/**
 * Whether a result is told of the inquiry itself, by its noun after "the" as the subject of the result
 * ("The recount on Saturday morning confirmed…", "The post-mortem found…"): a report that refers back to
 * the one inquiry a story has under way answers it however few other words the two share.
 */
function resultOfInquiry(result: string, nouns: ReadonlySet<string>): boolean {
  const own = result.replace(QUOTED_SPANS, " ");
  for (const noun of nouns) {
    const named = new RegExp(
      String.raw`^(?:the|its|their)\s+${noun}\b[^,;]{0,60}?\b(?:confirmed|found|ruled\s+out|concluded|established|determined|identified)\b`,
      "i",
    );
    if (named.test(own)) return true;
  }
  return false;
}

function resultTold(text: string): boolean {
  const own = text.replace(QUOTED_SPANS, " ");
  if (STILL_OPEN.test(own) || PENDING.test(own)) return false;
  return [...own.matchAll(RESULT)].some((match) => toldAsDone(own, match.index ?? 0));
}

/** Whether a sentence tells what caused something, as done (not "may have caused", not a cause still sought). */
function causeTold(text: string): boolean {
  const own = text.replace(QUOTED_SPANS, " ");
  if (STILL_OPEN.test(own) || PENDING.test(own) || UNKNOWN_CAUSE.test(own)) return false;
  return [...own.matchAll(CAUSE_TOLD)].some((match) => toldAsDone(own, match.index ?? 0));
}

function dealTold(text: string): boolean {
  const own = text.replace(QUOTED_SPANS, " ");
  if (STILL_OPEN.test(own) || PENDING.test(own)) return false;
  return [...own.matchAll(DEAL)].some((match) => toldAsDone(own, match.index ?? 0));
}

/** The parties a sentence names: the story's names among its words (its first too: "Unite struck a deal"), days and months aside. */
function partiesIn(text: string, names: ReadonlySet<string>): Set<string> {
  const words = text.replace(QUOTED_SPANS, " ").match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return new Set(
    words
      .map((word) => word.toLowerCase().replace(/['’]s$/, ""))
      .filter((word) => names.has(word) && !CALENDAR.test(word) && !TALKS.test(word)),
  );
}

/**
 * Whether a deal answers talks: the deal names every party the talks name ("Talks between Unite and
 * Harbour Buses" and "Unite struck a deal with Harbour Buses"; a name ending in a common noun also by
 * that noun: "Easthaven City Council", then "the council"), or names the talks themselves and one
 * of their parties ("The negotiations collapsed, Dunmore Dairies said"). Talks and their deal share
 * the parties' names more than any other word.
 */
function dealAnswers(talks: string, deal: string, names: ReadonlySet<string>): boolean {
  const parties = partiesIn(talks, names);
  if (parties.size === 0) return false;
  const named = partiesIn(deal, names);
  // "Easthaven City Council", then "the council": a party named by its common head noun again.
  for (const run of talks.replace(QUOTED_SPANS, " ").match(PROPER_RUN) ?? []) {
    const words = run.split(/\s+/).map((word) => word.toLowerCase());
    const head = words.at(-1) ?? "";
    if (words.length < 2 || names.has(head) || !new RegExp(`\\bthe\\s+${head}\\b`, "i").test(deal)) continue;
    for (const word of words) if (parties.has(word)) named.add(word);
  }
  const shared = [...parties].filter((party) => named.has(party)).length;
  return shared === parties.size || (shared > 0 && TALKS.test(deal));
}

/**
 * Inquiries a later report answers: an inquiry told as under way or its result as expected ("Tests
 * on a second farm, about 8 kilometres away, are under way, and results are expected within 72
 * hours") once another article, later, tells a result on the same matter (words the two share,
 * names aside: "Bird flu has been confirmed at a second farm"). A result may come before the day it
 * was expected by: "within" is a limit, not a due day. A cause told as not yet known ("The cause of the
 * leak is not yet known") is such an inquiry, answered by a later cause told on the same matter ("A
 * blocked boiler flue caused the leak"). The inquiry belongs to the timeline, dated,
 * not to a summary of where things stand.
 */
export function findSettledInquiries(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  const settled = new Set<RankedSentence>();
  const unknownCause = (text: string) => UNKNOWN_CAUSE.test(text.replace(QUOTED_SPANS, " "));
  const pending = candidates.filter((candidate) => {
    const text = candidate.item.sentence.text;
    return PENDING.test(text.replace(QUOTED_SPANS, " ")) || unknownCause(text);
  });
  if (pending.length === 0) return settled;
  const texts = [...new Set(candidates.map((candidate) => candidate.item.sentence.text))];
  const resultTexts = new Set(texts.filter(resultTold));
  const dealTexts = new Set(texts.filter(dealTold));
  const causeTexts = new Set(texts.filter(causeTold));
  if (resultTexts.size === 0 && dealTexts.size === 0 && causeTexts.size === 0) return settled;
  // A capitalised word the story also writes in lower case is a common noun in a name ("Hollis Farm", "a second farm").
  const lower = new Set(texts.flatMap((text) => text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []));
  const names = new Set([...namesIn(texts)].filter((name) => !lower.has(name)));
  const matters = new Map<string, Set<string>>();
  const matter = (text: string) => {
    let words = matters.get(text);
    if (!words) {
      words = new Set([...matterOf(text, names)].filter((word) => !INQUIRY_WORDS.has(word)));
      matters.set(text, words);
    }
    return words;
  };
  const results = candidates.filter((candidate) => resultTexts.has(candidate.item.sentence.text));
  const causes = candidates.filter((candidate) => causeTexts.has(candidate.item.sentence.text));
  const deals = candidates.filter((candidate) => dealTexts.has(candidate.item.sentence.text));
  const later = (inquiry: RankedSentence, time: number, answer: RankedSentence) => {
    const answerTime = times.get(answer);
    return answerTime !== undefined && answerTime > time && answer.item.article.id !== inquiry.item.article.id;
  };
  for (const inquiry of pending) {
    const time = times.get(inquiry);
    if (time === undefined) continue;
    const asked = matter(inquiry.item.sentence.text);
    const nouns = inquiryNouns(inquiry.item.sentence.text);
    // A cause not yet known is answered by a cause told, as an inquiry is by its result; its matter is
    // only what happened ("the leak"), so one word of it shared is enough.
    const cause = unknownCause(inquiry.item.sentence.text);
    const answers = cause ? [...results, ...causes] : results;
    const needed = cause ? 1 : SHARED_WORDS;
    const answered = answers.some((result) => {
      if (!later(inquiry, time, result)) return false;
      const shared = [...matter(result.item.sentence.text)].filter(
        (word) => asked.has(word) && !(cause && CAUSE_WORDS.has(word)),
      );
      return shared.length >= needed || resultOfInquiry(result.item.sentence.text, nouns);
    });
    const text = inquiry.item.sentence.text;
    const agreed =
      TALKS.test(text) &&
      deals.some((deal) => later(inquiry, time, deal) && dealAnswers(text, deal.item.sentence.text, names));
    if (answered || agreed) settled.add(inquiry);
  }
  return settled;
}
