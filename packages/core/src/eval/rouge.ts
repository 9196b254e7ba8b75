import { porterStem } from "../digest/evidence/porter-stem.js";

/**
 * ROUGE (Lin, 2004) as the reference ROUGE-1.5.5 script computes it with `-m` (and as Google's
 * `rouge-score` replicates it): text lowercased, every character other than an ASCII letter or digit
 * a separator, tokens longer than three characters Porter-stemmed (the original 1980 algorithm;
 * ROUGE-1.5.5 also consults WordNet's exception list for irregular forms, which is not reproduced),
 * clipped n-gram counts for ROUGE-N, and for ROUGE-L the longest common subsequence of the whole
 * text taken as one unit (`rougeL` of rouge-score; ROUGE-1.5.5 gives the same when a summary is
 * passed as one line). F is the balanced F-measure (ROUGE-1.5.5 `-p 0.5`). Several references are
 * combined as ROUGE-1.5.5's model average `-f A` (hits and counts summed over the references) or,
 * optionally, by keeping the best one.
 */

export { porterStem };

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

export interface RougeOptions {
  /** Porter-stem tokens of more than three characters (ROUGE-1.5.5 `-m`). Default true, the usual setting for news. */
  stem?: boolean;
  /**
   * How to combine several references: `average` is ROUGE-1.5.5's model average (`-f A`: hits and
   * counts summed over the references), `max` keeps the best reference (`-f B`, rouge-score's
   * `score_multi`). Default `average`.
   */
  multipleReferences?: "average" | "max";
}

/** Lowercase, split on anything that is not an ASCII letter or digit, stem words of more than three letters. */
export function rougeTokens(text: string, stem = true): string[] {
  const tokens = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
  return stem ? tokens.map((token) => (token.length > 3 ? porterStem(token) : token)) : tokens;
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index + n <= tokens.length; index += 1) {
    const gram = tokens.slice(index, index + n).join(" ");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** What a score is made of: hits, and the candidate's and the reference's unit counts. */
interface RougeCounts {
  hits: number;
  candidateTotal: number;
  referenceTotal: number;
}

function score({ hits, candidateTotal, referenceTotal }: RougeCounts): RougeScore {
  const precision = candidateTotal > 0 ? hits / candidateTotal : 0;
  const recall = referenceTotal > 0 ? hits / referenceTotal : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function rougeN(candidate: readonly string[], reference: readonly string[], n: number): RougeCounts {
  const candidateCounts = ngramCounts(candidate, n);
  const referenceCounts = ngramCounts(reference, n);
  let hits = 0;
  for (const [gram, count] of candidateCounts) hits += Math.min(count, referenceCounts.get(gram) ?? 0);
  return {
    hits,
    candidateTotal: Math.max(0, candidate.length - n + 1),
    referenceTotal: Math.max(0, reference.length - n + 1),
  };
}

function lcsLength(left: readonly string[], right: readonly string[]): number {
  // Two rows are enough for the length.
  let previous = new Array<number>(right.length + 1).fill(0);
  let current = new Array<number>(right.length + 1).fill(0);
  for (let i = 1; i <= left.length; i += 1) {
    for (let j = 1; j <= right.length; j += 1) {
      current[j] =
        left[i - 1] === right[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    [previous, current] = [current, previous];
  }
  return previous[right.length] ?? 0;
}

type RougeKey = keyof RougeScores;

function rougeCounts(candidate: readonly string[], reference: readonly string[]): Record<RougeKey, RougeCounts> {
  return {
    rouge1: rougeN(candidate, reference, 1),
    rouge2: rougeN(candidate, reference, 2),
    rougeL: {
      hits: lcsLength(candidate, reference),
      candidateTotal: candidate.length,
      referenceTotal: reference.length,
    },
  };
}

function scoresOf(counts: Record<RougeKey, RougeCounts>): RougeScores {
  return { rouge1: score(counts.rouge1), rouge2: score(counts.rouge2), rougeL: score(counts.rougeL) };
}

/** ROUGE-1, ROUGE-2 and ROUGE-L of a candidate against one reference. */
export function rougeScores(candidate: string, reference: string, options: { stem?: boolean } = {}): RougeScores {
  const stem = options.stem ?? true;
  return scoresOf(rougeCounts(rougeTokens(candidate, stem), rougeTokens(reference, stem)));
}

/** ROUGE of a candidate against several references, combined as `options.multipleReferences` says. */
export function rouge(candidate: string, references: readonly string[], options: RougeOptions = {}): RougeScores {
  const stem = options.stem ?? true;
  const candidateTokens = rougeTokens(candidate, stem);
  const perReference = references.map((reference) => rougeCounts(candidateTokens, rougeTokens(reference, stem)));
  if (perReference.length === 0) return averageRougeScores([]);
  if ((options.multipleReferences ?? "average") === "average") {
    const summed = (key: RougeKey): RougeCounts =>
      perReference.reduce(
        (total, counts) => ({
          hits: total.hits + counts[key].hits,
          candidateTotal: total.candidateTotal + counts[key].candidateTotal,
          referenceTotal: total.referenceTotal + counts[key].referenceTotal,
        }),
        { hits: 0, candidateTotal: 0, referenceTotal: 0 },
      );
    return scoresOf({ rouge1: summed("rouge1"), rouge2: summed("rouge2"), rougeL: summed("rougeL") });
  }
  const scored = perReference.map(scoresOf);
  const best = (key: RougeKey) =>
    scored.reduce((top, scores) => (scores[key].f1 > top.f1 ? scores[key] : top), scored[0]![key]);
  return { rouge1: best("rouge1"), rouge2: best("rouge2"), rougeL: best("rougeL") };
}

/** Mean of each measure over several scores (zeros for none). */
export function averageRougeScores(scores: readonly RougeScores[]): RougeScores {
  const mean = (key: keyof RougeScores, part: keyof RougeScore) =>
    scores.length === 0 ? 0 : scores.reduce((sum, item) => sum + item[key][part], 0) / scores.length;
  const of = (key: keyof RougeScores): RougeScore => ({
    precision: mean(key, "precision"),
    recall: mean(key, "recall"),
    f1: mean(key, "f1"),
  });
  return { rouge1: of("rouge1"), rouge2: of("rouge2"), rougeL: of("rougeL") };
}
