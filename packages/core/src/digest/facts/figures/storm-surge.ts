/**
 * The height of a storm surge, however an outlet tells it: after "surge" ("A storm surge of 3 meters",
 * "a surge of up to 4 metres") or before it ("a 13ft surge", "a 4-metre storm surge", "A 13ft wall of
 * water surged through the harbour": "wall of water" is how news names a surge). One height of one
 * sea's rise: waves ("waves of up to 30ft") and a sea wall's height are other lengths.
 */
const HEDGE = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|more than|up to|as much as|as high as)\s+)?`;
const SURGE_BEFORE = new RegExp(
  String.raw`\b(?:storm|tidal)?\s*surges?\s+(?:of|reaching|topping|as\s+high\s+as)\s+${HEDGE}$`,
  "i",
);
/** After the unit: "surge", "storm surge", "wall of water" (", high,", "-high" between). */
const SURGE_AFTER = /^(?:-?\s*(?:high|tall))?\s+(?:(?:storm|tidal)\s+)?(?:surge\b|wall\s+of\s+(?:sea)?water\b)/i;

/** Whether a length is a storm surge's height: from the text before the figure and after its unit. */
export function stormSurge(before: string, afterUnit: string): boolean {
  return SURGE_BEFORE.test(before) || SURGE_AFTER.test(afterUnit);
}
