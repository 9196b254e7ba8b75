import { MONTH_NAMES, WEEKDAY_NAMES } from "../../../text/calendar-names.js";
import type { NumberMention } from "../figures/index.js";

/**
 * A count told with no act whose sentence names the story's main act ("nearly 700,000 inhalers are
 * caught up in the recall") counts that act: the act most of the story's counts are of, a verb of an
 * event ("recalled", "evacuated"). A count told as a change ("has now risen to", "widened to") or of a
 * day of its own is another moment's, and keeps no act; one whose sentence names no act of the story
 * ("36 people remained in hospital") is of something else.
 */
const CHANGE_OR_DAY = new RegExp(
  String.raw`\b(?:now|so\s+far|since|risen|rose|rising|grown|grew|growing|widened|widening|increased|climbed|jumped|up\s+from|down\s+from|latest|updated|revised|initially|at\s+first|earlier|later|tops|topped|exceed\w*|passed|surpass\w*|yesterday|today|tonight|last\s+night|${[...WEEKDAY_NAMES, ...MONTH_NAMES].join("|")}|(?:19|20)\d\d)\b`,
  "i",
);

/**
 * A count joined to another group before its verb ("Three men … and a woman were arrested") is a part
 * of the count the act is of.
 */
const JOINED_GROUP = /\band\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s/i;

/** The act most counts of a story are of, when one act leads (a tie names none). */
function mainAct(mentions: readonly NumberMention[]): string | null {
  const tally = new Map<string, number>();
  for (const mention of mentions)
    if (mention.kind === "fixed" && mention.event && /^[a-z]{4,}ed$/.test(mention.event) && mention.unit)
      tally.set(mention.event, (tally.get(mention.event) ?? 0) + 1);
  const ranked = [...tally].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][0] : null;
}

/**
 * The story's counts with each act-less count of a thing (never money, a measure or a share) given the
 * story's main act (see CHANGE_OR_DAY); other figures as they are.
 */
export function withStoryAct(
  mentions: readonly NumberMention[],
  isMeasure: (unit: string) => boolean,
): NumberMention[] {
  const act = mainAct(mentions);
  if (!act) return [...mentions];
  const bySentence = new Map<NumberMention["item"], NumberMention[]>();
  for (const mention of mentions) bySentence.set(mention.item, [...(bySentence.get(mention.item) ?? []), mention]);
  // The act's stem as a word of the sentence: "recalled" is named by "the recall", "arrested" by "arrests".
  const named = new RegExp(String.raw`\b${act.replace(/e?d$/, "")}`, "i");
  return mentions.map((mention) =>
    mention.event ||
    mention.kind !== "fixed" ||
    !mention.unit ||
    mention.unit === "percent" ||
    isMeasure(mention.unit) ||
    mention.range ||
    CHANGE_OR_DAY.test(mention.item.sentence.text) ||
    !named.test(mention.item.sentence.text) ||
    sharedSentence(mention, bySentence.get(mention.item) ?? []) ||
    JOINED_GROUP.test(mention.item.sentence.text.slice(mention.end - mention.item.sentence.start))
      ? mention
      : { ...mention, event: act },
  );
}

/** Whether another figure of the same noun shares the count's sentence (a list of several things' counts). */
function sharedSentence(mention: NumberMention, sentenceFigures: readonly NumberMention[]): boolean {
  return sentenceFigures.some(
    (other) => other !== mention && other.unit === mention.unit && other.start !== mention.start,
  );
}
