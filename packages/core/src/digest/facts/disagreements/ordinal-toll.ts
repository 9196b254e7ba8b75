import type { Article } from "../../../model/index.js";

const ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/**
 * "a third person has died", "the second patient to die", "a fourth death", "the outbreak's third
 * fatality": a death told by its rank, which tells the toll has reached that count. A rank of anything
 * else ("a third of the victims", "the second-largest") is no toll.
 */
const ORDINAL_DEATH = new RegExp(
  String.raw`\b(${ORDINALS.join("|")})\s+(?:(?:person|patient|victim|man|woman|child|resident|worker|passenger)\s+(?:has\s+|had\s+|to\s+)?(?:died|die|been\s+killed)|(?:death|fatality)\b(?!-))`,
  "gi",
);

/** The highest death toll an article tells by a death's rank ("a third person has died": 3), or 0 when it tells none. */
export function ordinalTollOf(article: Article): number {
  const known = tolls.get(article);
  if (known !== undefined) return known;
  let highest = 0;
  for (const match of article.text.matchAll(ORDINAL_DEATH))
    highest = Math.max(highest, ORDINALS.indexOf(match[1]!.toLowerCase()) + 2);
  tolls.set(article, highest);
  return highest;
}
const tolls = new WeakMap<Article, number>();
