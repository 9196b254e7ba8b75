export { type ArticleTimes, articleTimes, type SentenceTimes, sentenceTimes } from "./sentence-times.js";
