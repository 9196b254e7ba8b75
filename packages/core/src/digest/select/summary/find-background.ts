import type { Article } from "../../../model/index.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import {
  beforeStory,
  NUMBER_WORD_SOURCE,
  publishedDay,
  readDateExpressions,
  storyStart,
} from "../../facts/reading/index.js";

/**
 * A lasting state rather than an event: how big an organisation is or what someone earns, where it is
 * based, when it was founded, how long someone has held a post, how things usually go. General
 * English, no story's words.
 */
const STATE =
  /\b(?:employs|earns|(?:is|are)\s+(?:based|headquartered)\s+(?:in|at)|(?:was|were)\s+(?:founded|established|incorporated|born)|(?:has|have)\s+(?:\w+ly\s+)?(?:led|run|headed|chaired|managed|served|worked|lived|owned|operated|studied|coached|held)\b[^.;:]*\bsince|(?:has|have)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?[\d,.]+\s+(?:employees|staff|workers|members|customers|stores|branches)|usually|typically|normally|traditionally)\b/i;

/**
 * What a subject does every year or week, told in the present ("Skyrion Airways carries about 20
 * million passengers a year"): a habit. Only a verb right after a named subject is read, so a plan's
 * terms ("would limit rent increases to 3% a year") are not.
 */
const HABIT = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Ll}+s\b[^,;:]*\b(?:a|per|each|every)\s+(?:year|month|week|day)\b/u;

/** A record or a comparison against the past ("the first time since 1986", "faster than it had forecast in July"): news, not background. */
const MEASURED_AGAINST =
  /\b(?:(?:first|last|only|record|\w+est|worst|best|most|least)\b[^,;:()]{0,60}\bsince|than)\b[^,;:()]{0,40}$/i;

/**
 * Asides about someone or something the sentence names: a relative clause ("Pritchard, who has
 * worked there since 1994, said…", "…, said Becker, who had lived there since 1998.") or a participle
 * between commas ("The highway, rebuilt in 2019 after a landslide, will stay closed"). Their past is
 * not the sentence's.
 */
const ASIDE =
  /,\s+(?:[^,;:]{0,40}?\s)?(?:who|whom|whose|which|where)\b[^,;:]*(?=,|[.;:!]?\s*$)|,\s+(?:\p{Ll}+ed|\p{Ll}+en|built|rebuilt|born|founded|set up|made|won|held|begun)\b[^,;:]*(?=,)/giu;

/** Quoted words (double marks, or single marks that open and close around words): the speaker's, not the writer's. */
const QUOTATION = /["“][^"”]*["”]|(?<=^|\s)['‘][^'‘’]*['’](?=[\s,.;:!?]|$)/g;

/**
 * What makes a sentence news though its article carries no date: someone speaking (a quotation, a
 * reporting verb), something to come (a plan, a forecast), a time of day or a record (see MOMENT), or
 * a figure. A span of time ("for seventy
 * years", "over three decades") is no figure of the news.
 */
const SPEECH =
  /["“”]|\b(?:said|says|say|told|tells|announced|announces|confirmed|confirms|added|according|stated|warned)\b/i;
const PROSPECT =
  /\b(?:will|would|shall|plans?|planned|intends?|intended|expects?|expected|due to|(?:is|are|was|were) to)\b/i;
const SPAN = new RegExp(
  `\\b(?:for|over|in|across)\\s+(?:the\\s+(?:past|last)\\s+)?(?:\\d+|${NUMBER_WORD_SOURCE}|a|many|several|some)\\s+(?:years|decades|generations|centuries)\\b`,
  "gi",
);
const FIGURE = new RegExp(`\\d|\\b(?:${NUMBER_WORD_SOURCE}|dozens|scores|hundreds|thousands|millions)\\b`, "i");
/** A time of day ("before dawn", "by noon") places an event as a date would; a record or a first is news. */
const MOMENT =
  /\b(?:dawn|daybreak|noon|midday|midnight|overnight|tonight|this (?:morning|afternoon|evening)|a\.m\.|p\.m\.)|\b(?:first|second|third|record|most|least|biggest|largest|worst|best|highest|lowest)\b/i;

/**
 * Whether a sentence of an undated article (a feature) states no news: no date, no one speaking,
 * nothing to come, no figure. Scene-setting ("For seventy years the smell of warm bread drifted over
 * Tollerton", "Generations of the same families worked its ovens", "the club still serves tea to the
 * night shift") is full of the story's names and cheap per word, and a feature has no day to place
 * it by: set among dated reports it tells the place, not what happened.
 */
export function statesNoNews(text: string, article: Article): boolean {
  if (publishedDay(article) !== null) return false;
  if (readDateExpressions(text, null).length > 0) return false;
  if (SPEECH.test(text) || PROSPECT.test(text) || MOMENT.test(text)) return false;
  return !FIGURE.test(text.replace(SPAN, " "));
}

/**
 * The candidates of undated articles that state no news (see statesNoNews), in a story with dated
 * ones: a feature's scene-setting. Neither a summary place nor a key point, which is read alone.
 */
export function findSceneSetting(
  candidates: readonly RankedSentence[],
  articles: readonly Article[],
): Set<RankedSentence> {
  if (storyStart(articles) === null) return new Set();
  return new Set(candidates.filter((candidate) => statesNoNews(candidate.item.sentence.text, candidate.item.article)));
}

/**
 * The candidates that tell the story's background rather than its news: a sentence whose dates all
 * lie before the story's own time ("took office in January 2023", "sales came to £3.1 billion last
 * year"; a record or comparison against the past, "the first since 1986", is news, and so is a
 * sentence whose old date only describes someone it names), or one stating a lasting state
 * ("employs about 21,000 people", "has led the company since 2019") with no date of the story's
 * time, or an undated feature's scene-setting (see findSceneSetting). A summary of the news leaves
 * them out while news is left to tell; short and full of the story's names, they would otherwise fill
 * the last words of the budget.
 */
export function findBackground(
  candidates: readonly RankedSentence[],
  articles: readonly Article[],
): Set<RankedSentence> {
  const start = storyStart(articles);
  const background = new Set<RankedSentence>();
  // Background is told apart from news by the story's time: undated articles (an explainer, a
  // feature) may be about how things usually are.
  if (start === null) return background;
  const scene = findSceneSetting(candidates, articles);
  for (const candidate of candidates) {
    if (scene.has(candidate)) {
      background.add(candidate);
      continue;
    }
    const main = candidate.item.sentence.text.replace(ASIDE, "");
    // A date read against an unknown publication day ("on Tuesday" in an undated article) is the story's own.
    const dates = readDateExpressions(main, publishedDay(candidate.item.article));
    const past = dates.filter((expression) => expression.date !== null && beforeStory(expression.date, start));
    if (past.length < dates.length) continue;
    if (past.some((expression) => MEASURED_AGAINST.test(main.slice(0, expression.start)))) continue;
    const writer = main.replace(QUOTATION, " ");
    if (past.length > 0 || STATE.test(writer) || HABIT.test(writer)) background.add(candidate);
  }
  return background;
}
