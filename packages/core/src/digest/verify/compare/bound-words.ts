/**
 * Words that make a figure a bound, not an amount: "up to four years" is not "four years", "at least
 * 30 people" not "30 people". Approximations ("about", "some") are left aside: a figure told without
 * its "about" claims no more precision than a newsroom's compression does. Read token by token
 * (compareBounds) and in a copy's left-out words (droppedContext).
 */
export const BOUND_PHRASES: readonly string[] = [
  "up to",
  "as many as",
  "as much as",
  "as few as",
  "at least",
  "at most",
  "no more than",
  "no fewer than",
  "more than",
  "less than",
  "fewer than",
  "upwards of",
  "nearly",
  "almost",
];
