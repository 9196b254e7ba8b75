import loadHighs, { type Highs, type ModelData } from "highs";

/** A budgeted coverage problem: choose sentences that together cover the most concept weight. */
export interface CoverageProblem {
  /** Length of each sentence (words). */
  lengths: readonly number[];
  /** The concepts each sentence contains, as indices into `weights`. */
  concepts: ReadonlyArray<readonly number[]>;
  /** Weight of each concept, counted once however many chosen sentences contain it. */
  weights: readonly number[];
  /** Value of each sentence of its own (relevance), added when it is chosen. */
  bonuses: readonly number[];
  /** Total length the chosen sentences may take. */
  budget: number;
  /** Most sentences to choose. */
  maxSentences: number;
  /** Pairs of sentences that may not both be chosen. */
  conflicts: ReadonlyArray<readonly [number, number]>;
  /** Sentences that must be chosen. */
  forced?: readonly number[];
  /** Pairs [dependent, required]: the first may be chosen only with the second. */
  requires?: ReadonlyArray<readonly [number, number]>;
  /** Pairs [dependent, options]: the first may be chosen only with at least one of the others. */
  requiresOneOf?: ReadonlyArray<readonly [number, readonly number[]]>;
}

let solver: Promise<Highs> | null = null;

/** HiGHS, compiled to WebAssembly and shipped inside its npm package: loaded once, nothing downloaded. */
function loadSolver(): Promise<Highs> {
  solver ??= loadHighs();
  return solver;
}

// Deterministic limits (nodes, not seconds) keep the answer the same on a busy machine; the time
// limit is only a guard against a pathological problem. Summaries of real stories solve at the
// root or within a few hundred nodes. At 5 s the guard bound on a loaded machine (load average
// 20 on 2 cores: a process's first solves took longer) and the seeds' summary changed from run to run.
// A summary within 2% of the best one's worth is good enough, and the solver starts from the greedy
// summary (below), so it stops once its bound comes within 2% of that start or of a better one. The
// digest benchmark's 50-article story of near-copies spent 0.4 s proving the last 2% once later
// counts left its figure sentences out; from the greedy start its three solves take about 40% less
// CPU than at 3% with no start. Multi-News dev R-1 at 50/100/250/400 words: 23.34/35.94/46.76/44.65
// (3%, no start: 23.33/36.02/46.79/44.67; 3% from the start: 23.29/35.84/46.67/44.74).
const SOLVER_OPTIONS = {
  output_flag: false,
  mip_max_nodes: 5000,
  mip_rel_gap: 0.02,
  time_limit: 60,
  mip_heuristic_run_feasibility_jump: false,
} as const;

/** A coefficient as the LP format wrote it (six decimals), so the solver sees the numbers it always saw. */
function written(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toFixed(6));
}

/** The model HiGHS solves, with its variables' names: `s<i>` a sentence, `c<j>` a concept. */
interface CoverageModel {
  data: ModelData;
  names: string[];
}

/**
 * The integer linear program of Gillick & Favre (2009) with a relevance term, given to HiGHS as
 * arrays. It is the model HiGHS's LP-format reader built from this program's text (which it was
 * until then): columns in the order the reader first met them (the objective, the rows, the
 * bounds), rows in the text's order, coefficients rounded as the text wrote them. Writing and
 * parsing that text took a tenth of each solve, and the solver's path, so its summary, depends on
 * that order.
 */
function toModel(highs: Highs, problem: CoverageProblem): CoverageModel {
  const names: string[] = [];
  const columns = new Map<string, number>();
  const cost: number[] = [];
  const binary: boolean[] = [];
  const column = (name: string): number => {
    let index = columns.get(name);
    if (index === undefined) {
      index = names.length;
      columns.set(name, index);
      names.push(name);
      cost.push(0);
      binary.push(false);
    }
    return index;
  };
  let objective = false;
  problem.weights.forEach((weight, concept) => {
    if (weight <= 0) return;
    cost[column(`c${concept}`)] = written(weight);
    objective = true;
  });
  problem.bonuses.forEach((bonus, sentence) => {
    if (bonus === 0) return;
    cost[column(`s${sentence}`)] = written(bonus);
    objective = true;
  });
  if (!objective) column("s0");
  const rowNames: string[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  /** Each row's entries by column; a variable named twice in a row has its coefficients summed, as the reader does. */
  const rows: Array<Map<number, number>> = [];
  const row = (name: string, lower: number, upper: number, terms: ReadonlyArray<readonly [string, number]>): void => {
    const entries = new Map<number, number>();
    for (const [variable, coefficient] of terms) {
      const index = column(variable);
      entries.set(index, (entries.get(index) ?? 0) + coefficient);
    }
    rowNames.push(name);
    rowLower.push(lower);
    rowUpper.push(upper);
    rows.push(entries);
  };
  const sentences = problem.lengths.map((_, index) => `s${index}`);
  row(
    "budget",
    -Infinity,
    written(problem.budget),
    problem.lengths.map((length, index) => [`s${index}`, written(length)] as const),
  );
  row(
    "count",
    -Infinity,
    problem.maxSentences,
    sentences.map((name) => [name, 1] as const),
  );
  const holders = problem.weights.map((): number[] => []);
  problem.concepts.forEach((concepts, sentence) => {
    for (const concept of concepts) holders[concept]?.push(sentence);
  });
  // A concept counts only when a chosen sentence holds it. Its variable can stay continuous: with
  // integral sentences and a positive weight the optimum sets it to 0 or 1.
  holders.forEach((list, concept) => {
    if (list.length === 0 || (problem.weights[concept] ?? 0) <= 0) return;
    row(`k${concept}`, 0, Infinity, [...list.map((sentence) => [`s${sentence}`, 1] as const), [`c${concept}`, -1]]);
  });
  problem.conflicts.forEach(([left, right], index) => {
    row(`x${index}`, -Infinity, 1, [
      [`s${left}`, 1],
      [`s${right}`, 1],
    ]);
  });
  (problem.requires ?? []).forEach(([dependent, required], index) => {
    row(`r${index}`, -Infinity, 0, [
      [`s${dependent}`, 1],
      [`s${required}`, -1],
    ]);
  });
  (problem.requiresOneOf ?? []).forEach(([dependent, options], index) => {
    row(`o${index}`, -Infinity, 0, [[`s${dependent}`, 1], ...options.map((option) => [`s${option}`, -1] as const)]);
  });
  (problem.forced ?? []).forEach((sentence, index) => {
    row(`f${index}`, 1, Infinity, [[`s${sentence}`, 1]]);
  });
  for (let concept = 0; concept < problem.weights.length; concept += 1) column(`c${concept}`);
  for (const name of sentences) binary[column(name)] = true;
  // Column-wise, each column's rows ascending, as the reader stores them.
  const byColumn = names.map((): Array<readonly [number, number]> => []);
  rows.forEach((entries, rowIndex) => {
    for (const [columnIndex, coefficient] of entries) byColumn[columnIndex]?.push([rowIndex, coefficient]);
  });
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const entries of byColumn) {
    for (const [rowIndex, coefficient] of entries) {
      indices.push(rowIndex);
      values.push(coefficient);
    }
    starts.push(indices.length);
  }
  return {
    names,
    data: {
      numCols: names.length,
      numRows: rows.length,
      sense: highs.constants.objectiveSense.maximize,
      colCost: cost,
      colLower: names.map(() => 0),
      colUpper: names.map(() => 1),
      rowLower,
      rowUpper,
      matrix: { format: "csc", numRows: rows.length, numCols: names.length, starts, indices, values },
      integrality: binary.map((isBinary) =>
        isBinary ? highs.constants.variableType.integer : highs.constants.variableType.continuous,
      ),
      colNames: names,
      rowNames,
    },
  };
}

/**
 * The greedy summary (Khuller et al.'s rule: the most new weight per word while it fits), feasible
 * under every constraint: the solver's start, so its first incumbent is already a good summary.
 */
export function greedyCoverage(problem: CoverageProblem): number[] {
  const chosen = new Set<number>();
  const covered = new Set<number>();
  let used = 0;
  const listed = <T>(pairs: Iterable<readonly [number, T]>): Map<number, T[]> => {
    const lists = new Map<number, T[]>();
    for (const [key, value] of pairs) {
      const list = lists.get(key);
      if (list) list.push(value);
      else lists.set(key, [value]);
    }
    return lists;
  };
  const conflictsOf = listed(
    problem.conflicts.flatMap(([left, right]) => [[left, right] as const, [right, left] as const]),
  );
  const required = listed(problem.requires ?? []);
  const oneOf = listed(problem.requiresOneOf ?? []);
  const fits = (sentence: number): boolean =>
    !chosen.has(sentence) &&
    used + (problem.lengths[sentence] ?? 0) <= problem.budget &&
    chosen.size < problem.maxSentences &&
    !(conflictsOf.get(sentence) ?? []).some((other) => chosen.has(other)) &&
    (required.get(sentence) ?? []).every((need) => chosen.has(need)) &&
    (oneOf.get(sentence) ?? []).every((options) => options.some((option) => chosen.has(option)));
  const add = (sentence: number): void => {
    chosen.add(sentence);
    used += problem.lengths[sentence] ?? 0;
    for (const concept of problem.concepts[sentence] ?? []) covered.add(concept);
  };
  for (const sentence of problem.forced ?? []) add(sentence);
  for (;;) {
    let best = -1;
    let bestGain = 0;
    problem.lengths.forEach((length, sentence) => {
      if (!fits(sentence)) return;
      let gain = problem.bonuses[sentence] ?? 0;
      for (const concept of new Set(problem.concepts[sentence] ?? []))
        if (!covered.has(concept)) gain += Math.max(0, problem.weights[concept] ?? 0);
      const ratio = gain / Math.max(1, length);
      if (ratio > bestGain) {
        bestGain = ratio;
        best = sentence;
      }
    });
    if (best < 0) return [...chosen].sort((a, b) => a - b);
    add(best);
  }
}

/**
 * Solves the coverage problem exactly with HiGHS (branch and cut) and returns the chosen sentence
 * indices in ascending order. When the solver stops at a limit it returns the best summary found so
 * far; when it has none (it cannot happen with a feasible budget), the empty list.
 */
export async function solveCoverage(problem: CoverageProblem): Promise<number[]> {
  if (problem.lengths.length === 0) return [];
  const highs = await loadSolver();
  const { data, names } = toModel(highs, problem);
  const model = highs.createModel(data);
  try {
    model.options.set(SOLVER_OPTIONS);
    const start = new Set(greedyCoverage(problem));
    const covered = new Set([...start].flatMap((sentence) => problem.concepts[sentence] ?? []));
    const values = new Float64Array(names.length);
    names.forEach((name, column) => {
      const index = Number(name.slice(1));
      values[column] = (name[0] === "s" ? start.has(index) : covered.has(index)) ? 1 : 0;
    });
    model.setSolution({ colValue: values });
    model.run();
    const solution = model.getSolution().colValue;
    const chosen: number[] = [];
    for (let column = 0; column < solution.length; column += 1) {
      const name = names[column] ?? "";
      if (name[0] === "s" && (solution[column] ?? 0) > 0.5) chosen.push(Number(name.slice(1)));
    }
    return chosen.sort((a, b) => a - b);
  } finally {
    model.dispose();
  }
}
