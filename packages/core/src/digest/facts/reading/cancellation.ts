import type { DateExpression } from "./read-date-expressions.js";

/**
 * A cancellation told as done: "was called off", "has been cancelled", "scrapped", "called off a
 * planned tour" ("abandoned" is left out: vehicles are abandoned too; "cancelled out" is a score). Not one still to come or in doubt ("will be cancelled", "could be called off",
 * "threatened to cancel"), nor one denied ("was not cancelled"), nor a thing named by it ("the
 * cancelled opening night").
 */
const CANCELLED =
  /\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\p{L}+ly\s+)?)?(?<!\b(?:the|a|an|its|their|his|her|our|this|that|these|those|every|any)\s+|['’]s\s+)(?:cancell?ed(?!\s+out\b)|called\s+off|scrapped|axed)\b/iu;
/** The verbs CANCELLED looks for: a sentence without one is told cheaply (most are). */
const CANCEL_WORD = /cancel|called|scrapped|axed/iu;
const NOT_DONE_BEFORE =
  /\b(?:will|would|could|might|may|should|must|shall|to|not|never|no\s+longer|threaten(?:s|ed)?\s+to|(?:is|are)\s+(?:likely|expected|set|due)\s+to)\s+(?:be\s+|have\s+been\s+)?(?:\p{L}+ly\s+)?$/iu;

/** The words of a cancellation told as done, with their offset in the sentence, or null. */
export function cancellationIn(text: string): { words: string; start: number } | null {
  const match = CANCEL_WORD.test(text) ? CANCELLED.exec(text) : null;
  if (!match) return null;
  // "The meeting was not cancelled", "could be called off": the words before the verb say so.
  if (NOT_DONE_BEFORE.test(text.slice(0, match.index))) return null;
  // "Passengers whose flights were cancelled are owed €250": a relative clause's verb, not the news.
  if (/\b(?:whose|which|that|who|where|when|if)\b[^,;:]*$/i.test(text.slice(0, match.index))) return null;
  return { words: match[0], start: match.index };
}

/** Words that tie a day to the thing cancelled: "planned for", "scheduled for", "due on", "set for". */
const THING_DAY_BEFORE = /\b(?:planned|scheduled|set|due|slated|booked|arranged)\s+(?:for|on)\s+(?:the\s+)?$/i;

/**
 * In a sentence that tells a cancellation as done, the day of the thing cancelled is not the
 * cancellation's: "A public meeting planned for Thursday evening was called off" in a Wednesday
 * paper, "Friday's concert has been cancelled" on a Tuesday. A day still to come given to the
 * thing (its possessive, or after "planned for", "scheduled for", "due on") is background; the
 * cancellation itself is news of the day it was told (see findDateMentions).
 */
export function withCancelledThingsAsBackground(
  text: string,
  expressions: readonly DateExpression[],
  published: string | null,
): readonly DateExpression[] {
  if (published === null || !cancellationIn(text)) return expressions;
  return expressions.map((expression) => {
    if (expression.background || expression.date === null) return expression;
    const ahead = expression.date > published.slice(0, expression.date.length) || expression.prospective;
    const thing = /^['’]s\b/.test(text.slice(expression.end)) || THING_DAY_BEFORE.test(text.slice(0, expression.start));
    return ahead && thing ? { ...expression, background: true, prospective: false } : expression;
  });
}
