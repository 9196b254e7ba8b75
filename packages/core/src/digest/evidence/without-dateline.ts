import type { ArticleSentence } from "./article-sentences.js";
import { datelineEnd } from "./editorial-problem.js";

/**
 * The sentence from where its news starts: a leading dateline ("DOHA, Qatar — ") is not cited.
 * `endOf` is datelineEnd, or the same read once per text by a caller that reads many.
 */
export function withoutDateline(item: ArticleSentence, endOf: (text: string) => number = datelineEnd): ArticleSentence {
  const { sentence } = item;
  const leading = sentence.text.length - sentence.text.trimStart().length;
  const skip = leading + endOf(sentence.text.trimStart());
  if (skip === 0) return item;
  return { ...item, sentence: { ...sentence, text: sentence.text.slice(skip), start: sentence.start + skip } };
}
