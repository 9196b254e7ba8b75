import { WEEKDAY_NAMES } from "../../text/calendar-names.js";
import { porterStem } from "../evidence/porter-stem.js";
import { contentWords } from "../evidence/word-tokens.js";
import { actsTold, actWordsIn } from "./news-act-families.js";
import { numberWordsAsFigures } from "./number-words.js";

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
 * Saturday, died Tuesday", "injured in Saturday's strike … died Tuesday"). Not when one tells another
 * one ("a second spectator died"). For two outlets' reports of one day (see datedDevelopments): an
 * editor lists the rescue once, citing both, however else they word it.
 */
export function sameAct(left: string, right: string): boolean {
  const told = actsTold(left);
  if (![...actsTold(right)].some((family) => told.has(family))) return false;
  if (ANOTHER_ONE.test(left) !== ANOTHER_ONE.test(right)) return false;
  const actStems = stems(`${actWordsIn(left).join(" ")} ${actWordsIn(right).join(" ")}`);
  const own = [...stems(left)].filter((stem) => !actStems.has(stem));
  if ([...stems(right)].some((stem) => !actStems.has(stem) && own.some((mine) => sameThing(mine, stem)))) return true;
  // One count of those it befell ("Thirty-four anglers were rescued", "ferry 34 people off").
  const figures = counts(left);
  if ([...counts(right)].some((figure) => figures.has(figure))) return true;
  // The day the act was told, and another both give: the earlier event they tie it to.
  const days = weekdays(left);
  return [...weekdays(right)].filter((day) => days.has(day)).length >= 2;
}
