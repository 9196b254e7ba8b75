/**
 * How deep the water is where a sunken thing lies, however an outlet words it: "went down in 40 feet
 * of water", "sank in 90 metres of water", "lies at a depth of 55 feet", "rests 30 metres down". One
 * fixed measure of where it lies, so two outlets' figures for it disagree.
 */
const HEDGE = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to|an estimated)\s+)?`;
/** Verbs of going down or lying on the bottom, as the figure's own clause tells them. */
const SUNK = String.raw`(?:sank|sunk|sinks|went\s+down|gone\s+down|goes\s+down|foundered|capsized\s+and\s+sank|settled|came\s+to\s+rest|lies|lay|lying|rests|rested|resting|was\s+found|were\s+found|was\s+located)`;
/** "went down in 40 feet of water": the verb, then "in", then the figure. */
const IN_WATER_BEFORE = new RegExp(String.raw`\b${SUNK}\s+(?:[a-z]+\s+){0,3}?in\s+${HEDGE}$`, "i");
const OF_WATER_AFTER = /^\s*of\s+(?:deep\s+|open\s+|shallow\s+)?water\b/i;
/** "lies at a depth of 55 feet", "sank to a depth of 30 metres". */
const AT_DEPTH_BEFORE = new RegExp(
  String.raw`\b${SUNK}\s+(?:[a-z]+\s+){0,3}?(?:at|to)\s+an?\s+depth\s+of\s+${HEDGE}$`,
  "i",
);

/**
 * Whether a length (the text before the figure, and after the figure's unit) is the depth of the water
 * a sunken thing lies in.
 */
export function wreckDepth(before: string, afterUnit: string): boolean {
  return (IN_WATER_BEFORE.test(before) && OF_WATER_AFTER.test(afterUnit)) || AT_DEPTH_BEFORE.test(before);
}
