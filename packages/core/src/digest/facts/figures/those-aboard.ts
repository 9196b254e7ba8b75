import type { ArticleSentence } from "../../evidence/article-sentences.js";
import { NUMBER_WORD_SOURCE, numberWordValue } from "../reading/index.js";
import type { NumberMention } from "./find-number-mentions.js";

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

/** A vehicle of the road, whose only one aboard besides its passengers is its driver. */
const ROAD_VEHICLE =
  /\b(?:bus|buses|coach|coaches|minibus|minibuses|van|vans|car|cars|taxi|taxis|cab|minicab|lorry|truck|jeepney|tuk-tuk|people[- ]carrier)\b/i;
/** Someone aboard counted apart from the passengers: a crew, a driver, staff. */
const OTHERS_ABOARD = /\b(?:crew|driver|drivers|staff|guide|guides|conductor|attendant|attendants)\b/i;

/**
 * Passengers a road vehicle was carrying, as a count of everyone aboard: "The minibus was carrying 17
 * passengers" and "overturned with 21 people on board" are one load told two ways, which differ by the
 * driver at most. So the passengers are read as people aboard, that many or one more (a count of 17
 * or 18 people agrees with them; 21 does not). Never when the sentence counts a crew or a driver of its
 * own, nor aboard an aircraft or a ship, whose crews may be many.
 */
export function roadPassengersAboard(mention: NumberMention): NumberMention | null {
  if (mention.event !== "aboard" || mention.unit !== "passenger" || mention.range) return null;
  const text = mention.item.sentence.text;
  if (!ROAD_VEHICLE.test(text) || OTHERS_ABOARD.test(text)) return null;
  return { ...mention, unit: "people", value: mention.value + 0.5, rounding: Math.max(mention.rounding, 0.5) };
}

/** A figure right before "aboard" or "on board", with no noun: "which had 9 aboard". */
const BARE_ABOARD_AFTER = /^\s+(?:aboard|on\s+board)\b/i;
/** Words that say who was aboard, for as many figures as the sentence has of them. */
const ABOARD_CUE = /\b(?:aboard|on\s+board|carrying|carried)\b/gi;

/**
 * A sentence's figures of those aboard with a bare figure read: "the launch, which had 9 aboard"
 * counts people aboard, as "carrying 11 people" does. The "aboard" after it is that figure's alone:
 * another figure the sentence reads as aboard through it only ("which had 6 aboard, picked up 20
 * people from the water") is no count of those aboard.
 */
export function bareFiguresAboard(mentions: readonly NumberMention[]): NumberMention[] {
  const afterOf = (mention: NumberMention) =>
    mention.item.sentence.text.slice(mention.end - mention.item.sentence.start);
  const bare = (mention: NumberMention) =>
    mention.event === "aboard" &&
    (mention.unit === "aboard" || mention.unit === null) &&
    BARE_ABOARD_AFTER.test(afterOf(mention));
  const bareIn = new Map<ArticleSentence, number>();
  for (const mention of mentions) if (bare(mention)) bareIn.set(mention.item, (bareIn.get(mention.item) ?? 0) + 1);
  if (bareIn.size === 0) return [...mentions];
  return mentions.map((mention) => {
    const taken = bareIn.get(mention.item);
    if (taken === undefined) return mention;
    if (bare(mention)) return { ...mention, unit: "people" };
    const cues = mention.item.sentence.text.match(ABOARD_CUE)?.length ?? 0;
    return mention.event === "aboard" && cues <= taken ? { ...mention, event: null } : mention;
  });
}
