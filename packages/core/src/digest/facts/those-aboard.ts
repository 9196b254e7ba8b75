import type { ArticleSentence } from "../evidence/article-sentences.js";
import type { NumberMention } from "./find-number-mentions.js";
import { NUMBER_WORD_SOURCE, numberWordValue } from "./number-words.js";

/**
 * Those on a thing when it failed, however an outlet counts them: as a whole ("Eleven people were on
 * board", "Five men were on the structure when it came down") or as a sum of its parts ("Three riggers
 * and a foreman were on the tower when it buckled", "The balloon's pilot and nine passengers were in
 * the basket when it hit the ground"). An editor adds the parts: four on the tower against five is a
 * disagreement. Only people, and only where they were at that moment: "were in the basket" with no
 * "when" after it is no count of those aboard (a crew may have changed since).
 */
const FIGURE = String.raw`(\d{1,3}|${NUMBER_WORD_SOURCE})`;
/** A part: a figure and its noun ("nine passengers"), or one person ("a foreman", "the pilot", "its captain"). */
const PART = String.raw`(?:${FIGURE}\s+((?:[a-z’'-]+\s+){0,2}?[a-z]+)|(?:an?|one|the|its|their)\s+((?:[a-z’'-]+\s+){0,1}?[a-z]+))`;
/** Where they were, at the moment something gave way. */
const ON_A_THING_WHEN = String.raw`(?:were|was)\s+(?:(?:on\s+board|aboard)\b|(?:on|in|inside)\s+(?:the|a|an|its|their)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:,\s*|\s+)(?:when|as)\b)`;
const PARTS_SUBJECT = new RegExp(
  String.raw`^(?:The\s+[\p{L}’'-]+['’]s\s+|(?:The|Its|Their)\s+)?${PART}\s+and\s+${PART}\s+${ON_A_THING_WHEN}`,
  "iu",
);
/** Nouns for people: a role ("pilot", "foreman", "crew"), or a trade in -er, -or, -ist, -man, -men. */
const PERSON =
  /^(?:people|persons?|men|women|children|boys?|girls?|crew|staff|pilot|captain|skipper|guide|nurse|doctor|medic|passengers?|tourists?|students?|pupils?|guests?|members?|(?:[a-z]+(?:er|or|ist|man|men|ian|ant|ent)s?))$/;

function countOf(figure: string | undefined, noun: string | undefined, single: string | undefined): number | null {
  const last = (noun ?? single ?? "").trim().split(/\s+/).pop() ?? "";
  if (!PERSON.test(last)) return null;
  if (!figure) return 1;
  return /^\d/.test(figure) ? Number(figure) : numberWordValue(figure);
}

/**
 * The total of a sentence whose subject is two counted groups of people on a thing when it failed (see
 * PARTS_SUBJECT), as one figure of those aboard shown as written ("Three riggers and a foreman"), or null.
 */
export function partsAboard(item: ArticleSentence): NumberMention | null {
  const text = item.sentence.text;
  const match = PARTS_SUBJECT.exec(text);
  if (!match) return null;
  const first = countOf(match[1], match[2], match[3]);
  const second = countOf(match[4], match[5], match[6]);
  if (first === null || second === null || (!match[1] && !match[4])) return null;
  const partsStart = match[0].search(new RegExp(String.raw`${PART}\s+and\s`, "iu"));
  const phrase = match[0].slice(partsStart).replace(new RegExp(String.raw`\s+${ON_A_THING_WHEN}$`, "iu"), "");
  const start = item.sentence.start + partsStart;
  return {
    item,
    raw: phrase,
    value: first + second,
    start,
    end: start + phrase.length,
    qualifier: null,
    unit: "people",
    event: "aboard",
    kind: "fixed",
    scope: "",
    frame: "reported",
    places: [],
    rounding: 0,
  };
}

/** "Five men were on the structure when it came down": a whole count of people on a thing at that moment. */
const ON_A_THING_AFTER = new RegExp(String.raw`^\s+[a-z]+\s+${ON_A_THING_WHEN}`, "iu");

/** Whether a count of people is of those on a thing when it failed (see ON_A_THING_WHEN). */
export function wholeAboard(mention: NumberMention, afterFigure: string): boolean {
  return mention.unit === "people" && mention.event === null && ON_A_THING_AFTER.test(afterFigure);
}
