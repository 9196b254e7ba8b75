export {
  backgroundYearTime,
  type DateMention,
  findDateMentions,
  follows,
  newsWeekday,
  type SentenceDate,
  sentenceDates,
  undatedNews,
} from "./find-date-mentions.js";
export { type LocalPublication, localPublications, onStoryClock, publishedDay } from "./local-publication.js";
export {
  NUMBER_WORD_SOURCE,
  numberWordsAsFigures,
  numberWordValue,
  openingCountWord,
  reportedClauseCountWords,
} from "./number-words.js";
export { addDays, readDateExpressions } from "./read-date-expressions.js";
export { beforeStory, firstReportDay, storyStart } from "./story-start.js";
