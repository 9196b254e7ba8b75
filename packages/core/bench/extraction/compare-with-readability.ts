import { wordNgramOverlap } from "../../src/eval/index.js";
import { type AverageScore, averagePageScores, formatAverageScore, type PageScore } from "./average-page-scores.js";
import { readabilityText } from "./readability-text.js";

/** One real page scored against its gold: Roundup's stored text and Readability's alone. */
export interface PageComparison {
  page: string;
  roundup: PageScore;
  readability: PageScore;
}

/** Scores a page's text as Roundup kept it and as Readability alone reads its source; `show` prints both sides of that page. */
export function comparePage(
  page: string,
  source: string,
  kept: string,
  gold: string,
  show: string | undefined,
): PageComparison {
  const roundup = { page, ...wordNgramOverlap(kept, gold) };
  const readability = { page, ...wordNgramOverlap(readabilityText(source), gold) };
  if (show === page)
    process.stdout.write(
      `== ${page}  P ${roundup.precision.toFixed(3)} R ${roundup.recall.toFixed(3)}\n-- kept\n${kept}\n-- gold\n${gold}\n\n`,
    );
  return { page, roundup, readability };
}

/** Prints each page's scores and the averages of both, or them all as JSON. */
export function reportComparisons(
  results: readonly PageComparison[],
  options: { json: boolean; pageWidth: number },
): void {
  const roundup = averagePageScores(results.map((result) => result.roundup));
  const readability = averagePageScores(results.map((result) => result.readability));
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ roundup, readability, pages: results.map((result) => result.roundup) }, null, 2)}\n`,
    );
    return;
  }
  for (const result of results)
    process.stdout.write(
      `${result.page.padEnd(options.pageWidth)} P ${result.roundup.precision.toFixed(3)}  R ${result.roundup.recall.toFixed(3)}   (Readability alone P ${result.readability.precision.toFixed(3)}  R ${result.readability.recall.toFixed(3)})\n`,
    );
  const line = (name: string, score: AverageScore) =>
    `${name.padEnd(34)} ${formatAverageScore(score)}  (${score.pages} pages)\n`;
  process.stdout.write(line("real pages, Roundup", roundup));
  process.stdout.write(line("real pages, Readability 0.6 alone", readability));
}
