/**
 * A spell told by the time that passed before it ended: "The road reopened 36 hours after the roof
 * failed", "the bridge reopened four days later", "Service returned 11 hours after the failure began",
 * "The fire was finally out just after 7am, six hours after it began". The span is the spell's length,
 * as "the 30-hour closure", "the nine-hour shutdown" or "the four-hour blaze" tell it, so the event
 * returned is the one those give (closed, outage, burned).
 */

/** A closed thing opened again, in the clause before the span ("Interstate 40 reopened at about 9:15 p.m. Tuesday, roughly"). */
const REOPENED_BEFORE = /\b(?:reopened|re-opened)\b[^;]*$/i;
/** A service or a supply back ("service returned", "power was restored", "trains resumed"). */
const RESTORED_BEFORE =
  /\b(?:service|services|power|supply|supplies|electricity|water|trains|flights|signal|network|system)\b[^.;:]{0,40}?\b(?:returned|resumed|restored|came\s+back|back\s+on)\b[^;]*$/i;
/** A fire ended ("was finally out", "was put out", "was extinguished"), in the clause before the span. */
const FIRE_OUT_BEFORE =
  /\b(?:fire|blaze|flames)\b[^.;:]{0,30}?\b(?:was|were|had\s+been)\s+(?:finally\s+|eventually\s+|fully\s+)?(?:out|put\s+out|extinguished)\b[^;]*$/i;
/** "… after the roof failed", "… after the first crash", "… later": the span counted from the spell's start. */
const AFTER_OR_LATER = /^\s+(?:after\b|later\b)/i;
/** "… after it began", "after the fire started", "after it broke out": counted from the fire's start. */
const AFTER_IT_BEGAN =
  /^\s+after\s+(?:it|the\s+(?:fire|blaze))\s+(?:had\s+)?(?:began|begun|started|broke\s+out|broken\s+out)\b/i;
/** "is expected to reopen", "will reopen": a span still to come is a plan, told by its own words. */
const NOT_YET_BEFORE = /\b(?:expected|due|set|likely|planned|scheduled)\s+to\s+re-?open\b|\bwill\s+re-?open\b/i;

/**
 * The spell a span measures when the clause before it tells the spell's end and the words after it
 * count from its start (`afterSpan`: the text after the span's unit), or null.
 */
export function elapsedSpell(before: string, afterSpan: string): "closed" | "outage" | "burned" | null {
  if (NOT_YET_BEFORE.test(before)) return null;
  if (FIRE_OUT_BEFORE.test(before)) return AFTER_IT_BEGAN.test(afterSpan) ? "burned" : null;
  if (!AFTER_OR_LATER.test(afterSpan)) return null;
  if (REOPENED_BEFORE.test(before)) return "closed";
  if (RESTORED_BEFORE.test(before)) return "outage";
  return null;
}
