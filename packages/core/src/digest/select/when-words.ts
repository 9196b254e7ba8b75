/**
 * Words that say when something is planned or told, not what it is ("this week's planned strikes",
 * "hoped to reopen the bridge by the weekend"): left out of the matter two statements share.
 */
export const WHEN_WORDS: readonly string[] = [
  "week",
  "weekend",
  "month",
  "today",
  "tomorrow",
  "next",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
];
