import { WEEKDAY_NAMES } from "../../text/calendar-names.js";

/**
 * Words that say when something is planned or told, not what it is ("this week's planned strikes",
 * "hoped to reopen the bridge by the weekend", "on Wednesday"): left out of the matter two statements
 * share, in the summary's checks and on the timeline alike.
 */
export const WHEN_WORDS: readonly string[] = [
  "week",
  "weekend",
  "month",
  "yesterday",
  "today",
  "tonight",
  "tomorrow",
  "next",
  ...WEEKDAY_NAMES,
];
