/**
 * How deep a quake struck, told as a length below the surface rather than as "a depth of": "placed
 * the quake about 2.5 miles below the surface", "the tremor originated 4km underground", "the
 * earthquake struck 10 kilometres beneath the town". The quake must be named in the figure's own
 * clause, right before it: "where gas is stored 1.8km underground" is how deep something else lies.
 */
const QUAKE_BEFORE =
  /\b(?:earth)?(?:quakes?|tremors?)\s+(?:(?:was|were|had|has|struck|hit|occurred|originated|centred|centered|located|at|as)\s+){0,2}(?:(?:about|around|roughly|nearly|almost|some|just|more than|less than|at)\s+)?$/i;
const BELOW_AFTER = /^\s+(?:below|beneath|under)\s+(?:the\s+)?(?:surface|ground|earth)\b|^\s+(?:underground|deep)\b/i;

/** Whether a length (the text before the figure, and after its unit) is a quake's depth. */
export function quakeDepth(before: string, afterUnit: string): boolean {
  return QUAKE_BEFORE.test(before) && BELOW_AFTER.test(afterUnit);
}
