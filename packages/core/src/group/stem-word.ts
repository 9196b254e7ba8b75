/**
 * A light English stemmer: folds plurals and the commonest verb endings so that "checks", "checked" and
 * "checking" meet. Deliberately weaker than Porter: over-stemming merges unrelated words, which costs
 * more in grouping than a few missed inflections.
 */
export function stemWord(word: string): string {
  let stem = word;
  if (stem.endsWith("'s") || stem.endsWith("’s")) stem = stem.slice(0, -2);
  if (stem.length > 4 && stem.endsWith("ies")) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith("sses")) stem = stem.slice(0, -2);
  else if (
    stem.length > 3 &&
    stem.endsWith("s") &&
    !stem.endsWith("ss") &&
    !stem.endsWith("us") &&
    !stem.endsWith("is")
  )
    stem = stem.slice(0, -1);
  if (stem.length > 5 && stem.endsWith("ing")) stem = undouble(stem.slice(0, -3));
  else if (stem.length > 4 && stem.endsWith("ed")) stem = undouble(stem.slice(0, -2));
  return stem;
}

function undouble(stem: string): string {
  const last = stem.at(-1);
  return last !== undefined && stem.at(-2) === last && !"lsz".includes(last) ? stem.slice(0, -1) : stem;
}
