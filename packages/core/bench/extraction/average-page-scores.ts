export interface PageScore {
  page: string;
  precision: number;
  recall: number;
}

export interface AverageScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision and recall averaged over pages (each page counts once, whatever its length), F1 of the two averages. */
export function averagePageScores(scores: PageScore[]): AverageScore {
  const mean = (pick: (score: PageScore) => number) =>
    scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + pick(score), 0) / scores.length;
  const precision = mean((score) => score.precision);
  const recall = mean((score) => score.recall);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pages: scores.length, precision, recall, f1 };
}

/** "P 0.966  R 1.000  F1 0.982" */
export function formatAverageScore(score: AverageScore): string {
  return `P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  F1 ${score.f1.toFixed(3)}`;
}
