import { numberWordsAsFigures } from "../digest/facts/reading/index.js";

/** A figure as a text writes it, digits grouped or not ("1,500", "2.5"); not inside a word or a longer figure. */
const FIGURE = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)*/gu;

/**
 * The first passage that gives a figure ("1500" or "1,500", "12"), in digits or in words ("Twelve
 * people were injured"): where an editor checks an outlet's other count of a statement's figure.
 */
export function findFigurePassage<T extends { text: string }>(passages: readonly T[], figure: string): T | undefined {
  const bare = figure.replace(/,/g, "");
  return passages.find((passage) =>
    [...numberWordsAsFigures(passage.text).matchAll(FIGURE)].some((match) => match[0].replace(/,/g, "") === bare),
  );
}
