import { oncePerTextOf } from "../../../text/once-per-text-of.js";
import { porterStem } from "../../evidence/porter-stem.js";
import { QUOTED_SPANS } from "../../evidence/quoted-spans.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { cosineSimilarity, type TermVector } from "../../evidence/term-vectors.js";
import { STOPWORDS } from "../../evidence/word-tokens.js";
import type { StoryFacts } from "../../facts/extract-facts.js";
import type { NumberMention } from "../../facts/figures/index.js";
import { publishedDay, readDateExpressions } from "../../facts/reading/index.js";
import type { SentenceTimes } from "../times/index.js";
import { eventStem } from "./event-verbs.js";

/**
 * What makes a statement prospective: a future ("will", "is to", "would" after a report), an
 * expectation or forecast with what it expects ("analysts expect the company to report", "is
 * expected to"), a schedule ("was set for", "is due on") or an intention ("plans to"). A past
 * expectation ("the $1.32 billion analysts had expected") is no prospect: it is compared with an outcome.
 * News's present for a fixed day to come is one too ("A hosepipe ban … begins on Friday"). A sayer's
 * own expectation ("experts expect to make it safe", "said she expected to declare") is one; a
 * participle after a noun ("with turnout expected to be about 35 per cent") is the copula's, left out.
 */
const PROSPECTIVE =
  /\b(?:will|shall|won't)\s+(?!have\b)\p{L}|['’]ll\s|\b(?:is|are|was|were)\s+(?:(?:now|still|also|not|\p{L}+ly)\s+)?(?:(?:due|set|scheduled|slated|expected|poised|likely|going|forecast|predicted|projected|tipped)\s+to|to\s+be)\b|\b(?:is|are|was|were)\s+(?:(?:now|still|also|not|\p{L}+ly)\s+)?(?:due|set|scheduled|slated|expected)\s+(?:for|on|at|by|in)\b|(?<!\b(?:had|have|has|than|as)\s+)\b(?:expects?|expected|forecasts?|forecast|predicts?|predicted|projects?|projected|anticipates?|anticipated)\s+(?:[\p{L}\d$£€%.,'’-]+\s+){1,6}?to\s+\p{L}|(?<!\b(?:had|have|has|than|as)\s+)\b(?:expects?|(?:he|she|it|they|we|I)\s+expected)\s+to\s+\p{L}|\b(?:plans?|planned|intends?|intended|aims?|aimed|vows?|vowed|pledges?|pledged|promises?|promised)\s+to\s+\p{L}|\b(?:said|says|told|announced|added|stated)\s+(?:(?:on\s+\p{Lu}\p{L}+|yesterday|today)\s+)?(?:(?:that|on|yesterday|today)\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:would|should)\s+(?!have\b)\p{L}|\b(?:begins|starts|opens|reopens|takes\s+effect|comes\s+into\s+force|goes\s+on\s+sale|kicks\s+off)\s+(?:on\s+|from\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b/iu;
/**
 * A word every match of PROSPECTIVE holds, found far sooner: its branches on "is", "was" and the
 * verbs of saying are tried at nearly every sentence's words, and most sentences hold none of these.
 */
const PROSPECTIVE_CUE =
  /will|shall|won't|['’]ll\s|due|set|schedul|slated|expect|poised|likely|going|forecast|predict|project|tipped|to\s+be|anticipat|plan|intend|aim|vow|pledg|promis|would|should|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight/iu;
/** A prospect with no date and its outcome share a figure and this much of their words (TF-IDF cosine). */
const SAME_MATTER = 0.2;
/** With no date and no shared figure, an outcome must say nearly the same thing. */
const SAME_EVENT = 0.4;

/**
 * Words that frame a prospect or an outcome rather than name its matter: expecting, scheduling,
 * saying, and when ("analysts expect … on Wednesday morning").
 */
const FRAME_WORDS = new Set(
  [
    "expect",
    "expected",
    "forecast",
    "predict",
    "project",
    "anticipate",
    "schedule",
    "due",
    "set",
    "slated",
    "plan",
    "intend",
    "aim",
    "vow",
    "pledge",
    "promise",
    "likely",
    "poised",
    "going",
    "said",
    "say",
    "says",
    "told",
    "tell",
    "announce",
    "add",
    "added",
    "state",
    "stated",
    "will",
    "would",
    "shall",
    "analyst",
    "official",
    "week",
    "month",
    "year",
    "day",
    "morning",
    "afternoon",
    "evening",
    "night",
    "early",
    "late",
    "later",
    "earlier",
    "today",
    "yesterday",
    "tomorrow",
    "next",
    "last",
    "this",
    "that",
  ].map(porterStem),
);

// Built once: a literal with \p{…} inside a function is rebuilt on every call where the build
// lowers it to `new RegExp` (esbuild does, for Node 20), and these run on every word of the evidence.
const WORD = /\p{L}[\p{L}'’-]*/gu;
const LOWER_CASE_START = /^\p{Ll}/u;
const EDGE_NON_LETTERS = /^[^\p{L}]+|[^\p{L}]+$/gu;
const CAPITAL_START = /^\p{Lu}/u;

/**
 * The matter of a statement: its common words (names, which every sentence of the story shares, are
 * not: a word the story capitalises inside sentences is one), stemmed, without the words that frame
 * it ("sentencing", "sentence" and "sentenced" meet), verbs of one event as one ("arrive", "berthed":
 * see eventStem).
 */
export function matterOf(text: string, names: ReadonlySet<string>): Set<string> {
  const words = text.replace(QUOTED_SPANS, " ").match(WORD) ?? [];
  return new Set(
    words
      .filter(
        (word, index) =>
          (index === 0 || LOWER_CASE_START.test(word)) &&
          !names.has(word.toLowerCase()) &&
          word.length > 2 &&
          !STOPWORDS.has(word.toLowerCase()),
      )
      .map((word) => eventStem(word.toLowerCase().replace(/['’]s$/, "")))
      .filter((stem) => !FRAME_WORDS.has(stem)),
  );
}

const FIRST_LETTER_CAPITAL = /^[^\p{L}]*\p{Lu}/u;

/** Words capitalised inside sentences: names (a sentence's first word is capitalised whatever it is). */
export function namesIn(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    const words = text.split(/\s+/);
    for (let index = 1; index < words.length; index += 1) {
      // Only a word whose first letter is a capital can be a name: the others skip the trimming.
      if (!FIRST_LETTER_CAPITAL.test(words[index]!)) continue;
      const word = words[index]!.replace(EDGE_NON_LETTERS, "").replace(/['’]s$/, "");
      if (CAPITAL_START.test(word) && !/[.!?:"“”]$/.test(words[index - 1]!)) names.add(word.toLowerCase());
    }
  }
  return names;
}

/** A second clause with its own subject: "…, and Kestrel's board said it would recommend the bid". */
const LATER_CLAUSE = /,\s+(?:and|but|while|whereas)\s+|;\s+/;

/**
 * Whether the sentence's own words (quotations aside) state a prospect: a forecast, a schedule, a
 * plan, in its first clause. A sentence that reports news and adds a prospect in a later clause
 * ("Arden raised its offer to 700 pence, and Kestrel's board said it would recommend it") is news.
 */
export function statesProspect(text: string): boolean {
  return prospectStart(text) !== null;
}

/**
 * Where the prospect a sentence states (see statesProspect) starts in its first clause, quotations
 * blanked out (offsets as in the text), or null when it states none.
 */
export function prospectStart(text: string): number | null {
  // Each quotation counts as one space, as the pattern expects (a quotation blanked space for
  // space left runs of hundreds the pattern's \s+ backtracked over); `from` maps back to the text.
  let collapsed = "";
  const shifts: Array<readonly [number, number]> = [];
  let last = 0;
  for (const quote of text.matchAll(QUOTED_SPANS)) {
    collapsed += `${text.slice(last, quote.index)} `;
    last = quote.index + quote[0].length;
    shifts.push([collapsed.length, last - collapsed.length]);
  }
  collapsed += text.slice(last);
  const clause = collapsed.split(LATER_CLAUSE)[0] ?? "";
  const found = PROSPECTIVE_CUE.test(clause) ? PROSPECTIVE.exec(clause)?.index : undefined;
  if (found === undefined) return null;
  const shift = shifts.findLast(([at]) => at <= found)?.[1] ?? 0;
  return found + shift;
}

/**
 * prospectStart read once per text a digest: fulfilled prospects and called-off plans ask it of the
 * same evidence. The owner is the digest's list of evidence (see oncePerTextOf).
 */
export const prospectStartOf = oncePerTextOf(prospectStart);

/** Outcomes of one text and vector: the latest time any of them was told, and the latest in another article. */
interface OutcomeGroup {
  text: string;
  vector: TermVector;
  latest: number;
  latestArticle: string | null;
  latestElsewhere: number;
}

/** A vector's terms and weights: equal for equal vectors (a text's vector is built from its words). */
function vectorKey(vector: TermVector): string {
  let key = "";
  for (const [term, weight] of vector) key += `${term} ${weight} `;
  return key;
}

const MONEY: ReadonlySet<string> = new Set(["dollar", "pound", "euro"]);

/**
 * Figures a prospect and its outcome can share, as the facts read them (no year, no day of a date):
 * an amount in its currency, a share, a count ("$2.4 billion", "12 percent", "1,200").
 */
function figuresOf(mentions: readonly NumberMention[]): Set<string> {
  return new Set(
    mentions.map((mention) =>
      mention.unit === "percent" || MONEY.has(mention.unit ?? "")
        ? `${mention.value} ${mention.unit}`
        : `${mention.value}`,
    ),
  );
}

/**
 * The measures a statement's figures are in, an amount of money at a scale or a rate: a forecast of
 * revenue "of $1.32 billion" is answered by revenue "of $1.27 billion", a cost "between $50 million
 * and $70 million" by "$65 million", rates expected "to stay at 4 percent" by a cut "of 0.4
 * percentage points" (a rate and a move of a rate are one kind of measure here, not one quantity).
 */
function measuresOf(mentions: readonly NumberMention[]): Set<string> {
  const scaleOf = (value: number) => (value >= 1e9 ? "billion" : value >= 1e6 ? "million" : "");
  return new Set(
    mentions.flatMap((mention) =>
      mention.unit === "percent" || mention.unit === "percentage point"
        ? ["percent"]
        : MONEY.has(mention.unit ?? "")
          ? [`${mention.unit} ${scaleOf(mention.range?.high ?? mention.value)}`]
          : [],
    ),
  );
}

/**
 * Prospects that later news fulfilled: a statement of what was expected, scheduled or planned
 * ("Analysts expect the company to report revenue of $1.32 billion on Wednesday", "Sentencing was set
 * for Oct. 7", "the final result was expected on Saturday morning") whose matter a later report
 * tells as done, in a realised tense (no prospect of its own). A prospect with a day is fulfilled
 * when a later article reports something of that day or after on the same matter (a common word
 * they share: "sentencing" and "a sentence of eight years"); one with no day when a later realised sentence
 * shares its matter and a figure or a figure's measure ("expected the recall to cost between $50
 * million and $70 million", then "set aside $65 million to cover the cost of the recall"), or says
 * nearly the same. A forecast nothing later answers, and a plan whose day no report has reached yet,
 * stay current. Such a prospect belongs to the timeline, dated when it was said, not to a summary
 * of where things stand.
 */
export function findFulfilledProspects(
  candidates: readonly RankedSentence[],
  times: SentenceTimes,
  facts: StoryFacts,
): Set<RankedSentence> {
  const fulfilled = new Set<RankedSentence>();
  // Rewrites repeat sentences (a story of 200 articles has thousands, a few hundred of them distinct):
  // each text is read once a digest.
  const startOf = prospectStartOf(candidates);
  const prospects = candidates.filter((candidate) => startOf(candidate.item.sentence.text) !== null);
  if (prospects.length === 0) return fulfilled;
  // The day a prospect names: the facts mark a date stated in a future sense (a plan, a forecast).
  const dueDay = new Map<string, number>();
  for (const mention of facts.dates) {
    if (!mention.future || mention.precision !== "day") continue;
    const day = Date.parse(mention.date);
    if (!Number.isNaN(day)) dueDay.set(`${mention.item.article.id}:${mention.item.sentence.start}`, day);
  }
  // A prospect dated by when it was said ("will come into force from Friday, the company announced on
  // Wednesday") is still due on the day it names.
  // Rewrites repeat a prospect: each text is read once per publication day.
  const namedDay = new Map<string, string | null>();
  for (const prospect of prospects) {
    const key = `${prospect.item.article.id}:${prospect.item.sentence.start}`;
    const published = publishedDay(prospect.item.article) ?? null;
    if (dueDay.has(key) || published === null) continue;
    const reading = `${published}|${prospect.item.sentence.text}`;
    if (!namedDay.has(reading)) {
      const due = readDateExpressions(prospect.item.sentence.text, published).find(
        (expression) =>
          expression.prospective &&
          !expression.background &&
          expression.precision === "day" &&
          expression.date !== null,
      );
      namedDay.set(reading, due?.date && due.date > published ? due.date : null);
    }
    const date = namedDay.get(reading);
    if (date) dueDay.set(key, Date.parse(date));
  }
  const names = namesIn([...new Set(candidates.map((candidate) => candidate.item.sentence.text))]);
  // The figures each text states, as findNumberMentions read them (a rewrite states the same).
  const mentionsByText = new Map<string, NumberMention[]>();
  for (const mention of facts.numbers) {
    const text = mention.item.sentence.text;
    mentionsByText.set(text, [...(mentionsByText.get(text) ?? []), mention]);
  }
  const readings = new Map<string, { matter: Set<string>; figures: Set<string>; measures: Set<string> }>();
  const read = (text: string) => {
    let reading = readings.get(text);
    if (!reading) {
      const mentions = mentionsByText.get(text) ?? [];
      reading = { matter: matterOf(text, names), figures: figuresOf(mentions), measures: measuresOf(mentions) };
      readings.set(text, reading);
    }
    return reading;
  };
  const prospectSet = new Set(prospects);
  // Outcomes that tell the same thing (one text, one vector) answer a prospect alike, except by
  // their article and time: each such group keeps only its latest time and the latest in another
  // article than that one's, which is all a prospect asks (a later report in another article).
  const groups = new Map<string, OutcomeGroup>();
  for (const outcome of candidates) {
    if (prospectSet.has(outcome)) continue;
    const { text } = outcome.item.sentence;
    const key = `${text}\u0000${vectorKey(outcome.vector)}`;
    let group = groups.get(key);
    if (!group) {
      group = { text, vector: outcome.vector, latest: -Infinity, latestArticle: null, latestElsewhere: -Infinity };
      groups.set(key, group);
    }
    const time = times.get(outcome) ?? 0;
    const outcomeArticle = outcome.item.article.id;
    if (time > group.latest) {
      if (outcomeArticle !== group.latestArticle) group.latestElsewhere = group.latest;
      group.latest = time;
      group.latestArticle = outcomeArticle;
    } else if (outcomeArticle !== group.latestArticle && time > group.latestElsewhere) {
      group.latestElsewhere = time;
    }
  }
  // Outcomes by the words of their matter: a prospect is compared only with those sharing one.
  const groupsByStem = new Map<string, OutcomeGroup[]>();
  for (const group of groups.values()) {
    for (const stem of read(group.text).matter) {
      const list = groupsByStem.get(stem);
      if (list) list.push(group);
      else groupsByStem.set(stem, [group]);
    }
  }
  for (const prospect of prospects) {
    const time = times.get(prospect) ?? 0;
    const article = prospect.item.article.id;
    const due = dueDay.get(`${article}:${prospect.item.sentence.start}`);
    const { matter, figures, measures } = read(prospect.item.sentence.text);
    // The outcome tells of the same matter, by a word that is not a name ("shares rose on Wednesday"
    // answers no forecast of sales).
    const answers = (group: OutcomeGroup) => {
      // A later report: another article, told after the prospect was stated (and on its day or after).
      const outcomeTime = group.latestArticle === article ? group.latestElsewhere : group.latest;
      if (outcomeTime <= time) return false;
      if (due !== undefined) return outcomeTime >= due;
      const reading = read(group.text);
      const sharesFigure =
        [...reading.figures].some((figure) => figures.has(figure)) ||
        [...reading.measures].some((measure) => measures.has(measure));
      const similarity = cosineSimilarity(prospect.vector, group.vector);
      return (sharesFigure && similarity >= SAME_MATTER) || similarity >= SAME_EVENT;
    };
    const seen = new Set<OutcomeGroup>();
    let answered = false;
    for (const stem of matter) {
      for (const group of groupsByStem.get(stem) ?? []) {
        if (seen.has(group)) continue;
        seen.add(group);
        if (answers(group)) {
          answered = true;
          break;
        }
      }
      if (answered) break;
    }
    if (answered) fulfilled.add(prospect);
  }
  return fulfilled;
}
