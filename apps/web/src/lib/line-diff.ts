export type DiffLine = { kind: "same" | "added" | "removed"; text: string };

/**
 * Line diff by longest common subsequence. Digests are a few dozen lines, so the quadratic table is
 * cheap; it is capped to keep a pathological input from using much memory.
 */
export function diffLines(before: string[], after: string[]): DiffLine[] {
  const rows = before.length;
  const columns = after.length;
  if (rows * columns > 4_000_000) {
    return [
      ...before.map((text) => ({ kind: "removed" as const, text })),
      ...after.map((text) => ({ kind: "added" as const, text })),
    ];
  }
  const table: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = columns - 1; j >= 0; j -= 1) {
      const row = table[i] as number[];
      row[j] =
        before[i] === after[j]
          ? ((table[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((table[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const result: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < columns) {
    if (before[i] === after[j]) {
      result.push({ kind: "same", text: before[i] as string });
      i += 1;
      j += 1;
    } else if (((table[i + 1] as number[])[j] as number) >= ((table[i] as number[])[j + 1] as number)) {
      result.push({ kind: "removed", text: before[i] as string });
      i += 1;
    } else {
      result.push({ kind: "added", text: after[j] as string });
      j += 1;
    }
  }
  while (i < rows) result.push({ kind: "removed", text: before[i++] as string });
  while (j < columns) result.push({ kind: "added", text: after[j++] as string });
  return result;
}
