/**
 * The height a thing fell from, however an outlet tells it: as the fall ("fell from about 200ft",
 * "plunged 40 metres", "dropped from a height of 90 feet") or as the height it was flying or hanging at
 * at the moment it began to fall ("was flying at around 300ft when a tear opened", "was about 100
 * feet up when the cable snapped"). Only the moment of the fall: a height flown at with no "when" after
 * it, a height climbed to earlier, or a limit ("must stay at least 500ft above") is another height.
 */
const HEDGE = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|more than|just over|just under|an estimated|up to)\s+)?`;
const FELL_BEFORE = new RegExp(
  String.raw`\b(?:fell|fallen|falls|falling|plunged|plunging|plummeted|plummeting|tumbled|tumbling|dropped|dropping)\s+(?:(?:some|about|around|roughly|nearly|almost|more than)\s+)?(?:from\s+)?(?:a\s+height\s+of\s+|an\s+altitude\s+of\s+)?${HEDGE}$`,
  "i",
);
const FLYING_AT_BEFORE = new RegExp(
  String.raw`\b(?:was|were|had\s+been)\s+(?:flying|floating|cruising|hovering|drifting|travelling|traveling|descending|climbing|hanging|suspended|working|dangling)\s+(?:at\s+)?(?:a\s+height\s+of\s+|an\s+altitude\s+of\s+)?${HEDGE}$`,
  "i",
);
const UP_BEFORE = new RegExp(String.raw`\b(?:was|were|had\s+been)\s+${HEDGE}$`, "i");
/** After the unit: "when …", "as …" — the moment something gave way. */
const AT_THE_MOMENT_AFTER =
  /^(?:\s+(?:up|high|above\s+the\s+(?:ground|field|sea|water|road|street)))?,?\s+(?:when|as)\s/i;
const UP_AFTER = /^\s+(?:up|high|in\s+the\s+air|off\s+the\s+ground)\b/i;

/**
 * Whether a length is the height of a fall: from the text before the figure and after its unit.
 */
export function fallHeight(before: string, afterUnit: string): boolean {
  if (FELL_BEFORE.test(before)) return true;
  if (!AT_THE_MOMENT_AFTER.test(afterUnit)) return false;
  return FLYING_AT_BEFORE.test(before) || (UP_BEFORE.test(before) && UP_AFTER.test(afterUnit));
}
