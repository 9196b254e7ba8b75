import { WEEKDAY_NAMES } from "../../../text/calendar-names.js";
import { oncePerWord } from "../../../text/once-per-word.js";
import { porterStem } from "../../evidence/porter-stem.js";
import { contentWords } from "../../evidence/word-tokens.js";
import { numberWordsAsFigures } from "../reading/index.js";
import { mainClause } from "./main-clause.js";
import { actsTold, actWordsIn } from "./news-act-families.js";
import { sameVerbAndObject } from "./same-verb-and-object.js";

const NO_ACTS: ReadonlySet<number> = new Set();

/**
 * What a sentence itself reports: its main clause (see mainClause) up to what it tells came before
 * ("shut for a month after a slide", "declared an outbreak after 112 cases were confirmed"), without
 * the words it quotes ("were “well above the level at which we evacuate”").
 */
function ownNews(text: string): string {
  // "The trouble began when lorries jackknifed…": the clause says only that it happened; what happened is told after "when".
  const opening = OCCURRED_WHEN.exec(text)?.[0] ?? "";
  return `${opening.replace(/\s*when\s+$/i, " ")}${mainClause(text.slice(opening.length))}`
    .replace(/[“"][^”"]*(?:[”"]|$)/gu, " ")
    .split(/\s(?:after|following|before|since|amid|when|as)\s/i)[0]!;
}

/** A subject and a verb of occurring before "when": "The trouble began when", "The crash happened just when". */
const OCCURRED_WHEN =
  /^\s*(?:[\p{L}'’-]+\s+){1,4}?(?:began|started|happened|occurred|unfolded)\s+(?:(?:just|shortly|moments|minutes)\s+)?when\s+/iu;

/** Words that tell when, not what: a day, a part of it, "yesterday". */
const TIME_WORD =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|morning|afternoon|evening|night|overnight|early|late|last|said|says)$/;

/** A sentence's content stems, without the words that tell when. */
function stems(text: string): Set<string> {
  return new Set(
    contentWords(text)
      .filter((word) => !TIME_WORD.test(word) && !/^\d/.test(word))
      .map((word) => porterStem(word.replace(/['’]s$/, ""))),
  );
}

/**
 * Another one than those told before ("a second spectator", "another man", "a further 31 arrests"), or
 * a count of all so far ("bringing the number arrested since Friday to 77"): no telling of one act.
 */
const ANOTHER_ONE =
  /\b(?:another|an?\s+(?:second|third|fourth|fifth|further))\s+[\p{L}\d]|\bbringing\s+the\s+(?:total|number|toll|count)\b|\b(?:so\s+far|in\s+total|to\s+date)\b/iu;

/** Whether exactly one of two sentences tells another one than those told before (see ANOTHER_ONE). */
export function oneTellsAnother(left: string, right: string): boolean {
  return ANOTHER_ONE.test(left) !== ANOTHER_ONE.test(right);
}

/**
 * Whether two stems name one thing: the same stem, or a body and its members ("council",
 * "councillors"; "union", "unionists"), one the other's start when that is a word of five letters or more.
 */
function sameThing(left: string, right: string): boolean {
  if (left === right) return true;
  const [short, long] = left.length < right.length ? [left, right] : [right, left];
  return short.length >= 5 && long.startsWith(short);
}

/**
 * The counts a sentence gives, in figures or words ("Thirty-four anglers", "34 people"), not a year nor
 * a count too small to tell one event from another ("two men").
 */
function counts(text: string): Set<string> {
  const figures =
    numberWordsAsFigures(text).match(/(?<![\p{L}\d.,£$€])\d[\d,]*(?![\d.]*\s*(?:am|pm|a\.m|p\.m)\b)/giu) ?? [];
  return new Set(
    figures
      .map((figure) => figure.replace(/,/g, ""))
      .filter((figure) => Number(figure) >= 3 && !(figure.length === 4 && /^(?:19|20)/.test(figure))),
  );
}

/** The days of the week a sentence names. */
function weekdays(text: string): Set<string> {
  return new Set(WEEKDAY_NAMES.filter((day) => new RegExp(`\\b${day}\\b`, "i").test(text)));
}

/**
 * Whether two sentences tell one act in other words: both tell an act of one family (see
 * news-act-families' strict reading: "derailed" and "left the track", "approved" and "voted to back", "a
 * pile-up" and "crashed"), and they share what it befell: another word ("ice", "homes", "Fellstone",
 * the council and its councillors), one count ("Thirty-four anglers", "34 people"), or the earlier day both tie it to ("struck by lightning … on
 * Saturday, died Tuesday", "injured in Saturday's strike … died Tuesday"). Or both tell the same
 * verb done to the same thing in their own news (see sameVerbAndObject: "reached a tentative agreement",
 * "the tentative agreement reached yesterday"), or both tell the story's main act there (`mainActs`,
 * see storyMainActs), whatever else they name. Not when one tells another one ("a second spectator
 * died"). For two outlets' reports of one day (see datedDevelopments): an editor lists the rescue once,
 * citing both, however else they word it (and their figures, where they differ, are a disagreement).
 */
export function sameAct(left: string, right: string, mainActs: ReadonlySet<number> = NO_ACTS): boolean {
  const [first, second] = [readingOf(left), readingOf(right)];
  if (first.another !== second.another) return false;
  if (sameVerbAndObject(first.news(), second.news())) return true;
  const told = first.acts();
  const shared = [...second.acts()].filter((family) => told.has(family));
  if (shared.length === 0) return false;
  // The story's main act (see storyMainActs) told by both main clauses: a story's main event happens
  // once on its day, so two outlets' tellings of it that day are it, whatever else each names ("A
  // landslide buried part of the railway on Tuesday", "The slide smashed into the track yesterday").
  const main = new Set(shared.filter((family) => mainActs.has(family)));
  if (main.size > 0) {
    const [ownLeft, ownRight] = [first.ownActs(), second.ownActs()];
    if ([...main].some((family) => ownLeft.has(family) && ownRight.has(family))) return true;
  }
  // The stems of both sentences' act words: each sentence's, joined (the words are cut alike apart).
  const actStems = new Set([...first.actStems(), ...second.actStems()]);
  const own = [...first.stems()].filter((stem) => !actStems.has(stem));
  if ([...second.stems()].some((stem) => !actStems.has(stem) && own.some((mine) => sameThing(mine, stem)))) return true;
  // One count of those it befell ("Thirty-four anglers were rescued", "ferry 34 people off").
  const figures = first.counts();
  if ([...second.counts()].some((figure) => figures.has(figure))) return true;
  // The day the act was told, and another both give: the earlier event they tie it to.
  const days = first.weekdays();
  return [...second.weekdays()].filter((day) => days.has(day)).length >= 2;
}

/** What sameAct reads of one sentence, each part read when first asked (most pairs stop early). */
interface SameActReading {
  readonly another: boolean;
  readonly news: () => string;
  readonly acts: () => Set<number>;
  readonly ownActs: () => Set<number>;
  readonly actStems: () => Set<string>;
  readonly stems: () => Set<string>;
  readonly counts: () => Set<string>;
  readonly weekdays: () => Set<string>;
}

/** A value computed when first asked, then kept. */
function lazily<T>(compute: () => T): () => T {
  let value: { readonly is: T } | undefined;
  return () => {
    value ??= { is: compute() };
    return value.is;
  };
}

/**
 * Each sentence's reading, kept across calls: the timeline asks sameAct of every pair of tellings
 * of one day, so each sentence's was read once per pair. Bounded: a worker digests many stories.
 */
const readingOf = oncePerWord(readingFor, 5_000);

function readingFor(text: string): SameActReading {
  const news = lazily(() => ownNews(text));
  return {
    another: ANOTHER_ONE.test(text),
    news,
    acts: lazily(() => actsTold(text)),
    ownActs: lazily(() => actsTold(news())),
    actStems: lazily(() => stems(actWordsIn(text).join(" "))),
    stems: lazily(() => stems(text)),
    counts: lazily(() => counts(text)),
    weekdays: lazily(() => weekdays(text)),
  };
}

/**
 * The story's main acts: the act families the most outlets' lead sentences tell (at least two outlets),
 * given each outlet's leads. What the leads of several outlets report is the event the story is about.
 */
export function storyMainActs(leadsByOutlet: Iterable<readonly string[]>): Set<number> {
  const outlets = new Map<number, number>();
  for (const leads of leadsByOutlet) {
    const told = new Set(leads.flatMap((lead) => [...actsTold(lead)]));
    for (const family of told) outlets.set(family, (outlets.get(family) ?? 0) + 1);
  }
  const most = Math.max(2, ...outlets.values());
  return new Set([...outlets].filter(([, count]) => count >= most).map(([family]) => family));
}

/** Whether a sentence's own news (not what it says came before, nor what it quotes) tells one of the story's main acts. */
export function tellsMainAct(text: string, mainActs: ReadonlySet<number>): boolean {
  if (mainActs.size === 0) return false;
  return [...actsTold(ownNews(text))].some((family) => mainActs.has(family));
}
