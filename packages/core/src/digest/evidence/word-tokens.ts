/** Lowercased word tokens (letters/digits, inner apostrophes and hyphens kept together with their word). */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** Common English function words: they carry no topic, so similarity ignores them. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each few for from further had has have having he her here hers herself him himself " +
    "his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours " +
    "ourselves out over own same she should so some such than that the their theirs them themselves then there these they this " +
    "those through to too under until up very was we were what when where which while who whom why will with would you your " +
    "yours yourself yourselves said says say told would also may might must shall one two its it's he's she's they're we're"
  ).split(" "),
);

/** Word tokens without stopwords: the content words used for TF-IDF similarity. */
export function contentWords(text: string): string[] {
  return wordTokens(text).filter((word) => !STOPWORDS.has(word) && word.length > 1);
}
