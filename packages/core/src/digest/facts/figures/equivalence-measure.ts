/**
 * A measure told as its equivalent in familiar things: "the equivalent of about 10 chest X-rays", "the
 * same dose as 25 X-rays", "as heavy as four elephants", "the weight of three elephants". Outlets
 * turn one quantity into the same familiar thing with other words, so the figure is one measure of it
 * (the familiar thing, its unit, says which); a span after it ("30 chest X-rays a year") is read as
 * the period it covers, as any figure's is. "As much as" and "as many as" are bounds, never equivalents.
 */
const HEDGE = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|more than|up to|at least)\s+)?`;
export const EQUIVALENT_CUE = String.raw`(?:(?:the|an)\s+equivalent\s+of|equivalent\s+to|the\s+same\s+(?:[a-z]+\s+)?as(?:\s+(?:from|in))?|as\s+(?:heavy|large|big|long|tall|high|wide|strong|powerful|bright|loud)\s+as|the\s+(?:weight|size|length|height|area|volume|energy|power|dose)\s+of)`;
const EQUIVALENT_BEFORE = new RegExp(String.raw`\b${EQUIVALENT_CUE}\s+${HEDGE}$`, "i");

/** Whether a figure (the text before it) is told as an equivalent in familiar things. */
export function toldAsEquivalent(before: string): boolean {
  return EQUIVALENT_BEFORE.test(before);
}
