export interface NgramOverlap {
  precision: number;
  recall: number;
  f1: number;
}

/** Lower-cased words and numbers, punctuation dropped, so spacing and quotes do not count. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu) ?? [];
}

function ngramCounts(text: string, n: number): Map<string, number> {
  const tokens = words(text);
  const counts = new Map<string, number>();
  // A text shorter than n words is one n-gram of what it has, so it still counts.
  const last = Math.max(tokens.length - n, tokens.length > 0 ? 0 : -1);
  for (let index = 0; index <= last; index++) {
    const gram = tokens.slice(index, index + n).join(" ");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * How much of an extracted text is the gold text (precision) and how much of the gold text it has
 * (recall), over word n-grams counted with multiplicity (4-grams by default, as article-extraction
 * benchmarks score body text). An empty extraction of an empty gold scores 1.
 */
export function wordNgramOverlap(extracted: string, gold: string, n = 4): NgramOverlap {
  const found = ngramCounts(extracted, n);
  const wanted = ngramCounts(gold, n);
  let shared = 0;
  let foundTotal = 0;
  let wantedTotal = 0;
  for (const [gram, count] of found) {
    foundTotal += count;
    shared += Math.min(count, wanted.get(gram) ?? 0);
  }
  for (const count of wanted.values()) wantedTotal += count;
  const precision = foundTotal === 0 ? (wantedTotal === 0 ? 1 : 0) : shared / foundTotal;
  const recall = wantedTotal === 0 ? (foundTotal === 0 ? 1 : 0) : shared / wantedTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
