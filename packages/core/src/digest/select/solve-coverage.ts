import loadHighs, { type Highs } from "highs";

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
// A summary within 3% of the best one's worth is good enough: a 50-article story of near-copies (the
// digest benchmark) spent 0.4 s proving the last 2% once later counts left its figure sentences out;
// at 3% it takes 0.36 s in all. Multi-News dev R-1 at 50/100/250 words: 23.07/36.00/46.70 (1%: 23.08/36.16/46.81).
// Feasibility jump (a primal heuristic run before the root LP) is off: these problems solve at the
// root node and it found nothing the root did not; 413 summary problems of Multi-News dev and the
// digest benchmark solved in 22% less CPU, one choice changed (to a better one).
const SOLVER_OPTIONS = {
  output_flag: false,
  mip_max_nodes: 5000,
  mip_rel_gap: 0.03,
  time_limit: 60,
  mip_heuristic_run_feasibility_jump: false,
} as const;

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(6);
}

/** The integer linear program of Gillick & Favre (2009) with a relevance term, in CPLEX LP format. */
function toLinearProgram(problem: CoverageProblem): string {
  const objective: string[] = [];
  problem.weights.forEach((weight, concept) => {
    if (weight > 0) objective.push(`${format(weight)} c${concept}`);
  });
  problem.bonuses.forEach((bonus, sentence) => {
    if (bonus !== 0) objective.push(`${format(bonus)} s${sentence}`);
  });
  if (objective.length === 0) objective.push("0 s0");
  const rows: string[] = [];
  const sentences = problem.lengths.map((_, index) => `s${index}`);
  rows.push(
    ` budget: ${problem.lengths.map((length, index) => `${format(length)} s${index}`).join(" + ")} <= ${format(problem.budget)}`,
  );
  rows.push(` count: ${sentences.join(" + ")} <= ${problem.maxSentences}`);
  const holders = problem.weights.map((): number[] => []);
  problem.concepts.forEach((concepts, sentence) => {
    for (const concept of concepts) holders[concept]?.push(sentence);
  });
  // A concept counts only when a chosen sentence holds it. Its variable can stay continuous: with
  // integral sentences and a positive weight the optimum sets it to 0 or 1.
  holders.forEach((list, concept) => {
    if (list.length === 0 || (problem.weights[concept] ?? 0) <= 0) return;
    rows.push(` k${concept}: ${list.map((sentence) => `s${sentence}`).join(" + ")} - c${concept} >= 0`);
  });
  problem.conflicts.forEach(([left, right], index) => {
    rows.push(` x${index}: s${left} + s${right} <= 1`);
  });
  (problem.requires ?? []).forEach(([dependent, required], index) => {
    rows.push(` r${index}: s${dependent} - s${required} <= 0`);
  });
  (problem.requiresOneOf ?? []).forEach(([dependent, options], index) => {
    rows.push(` o${index}: s${dependent}${options.map((option) => ` - s${option}`).join("")} <= 0`);
  });
  (problem.forced ?? []).forEach((sentence, index) => {
    rows.push(` f${index}: s${sentence} >= 1`);
  });
  const bounds = problem.weights.map((_, concept) => ` 0 <= c${concept} <= 1`);
  return [
    "Maximize",
    ` value: ${objective.join(" + ")}`,
    "Subject To",
    ...rows,
    "Bounds",
    ...bounds,
    "Binary",
    ` ${sentences.join(" ")}`,
    "End",
    "",
  ].join("\n");
}

/**
 * Solves the coverage problem exactly with HiGHS (branch and cut) and returns the chosen sentence
 * indices in ascending order. When the solver stops at a limit it returns the best summary found so
 * far; when it has none (it cannot happen with a feasible budget), the empty list.
 */
export async function solveCoverage(problem: CoverageProblem): Promise<number[]> {
  if (problem.lengths.length === 0) return [];
  const highs = await loadSolver();
  const result = highs.solve(toLinearProgram(problem), SOLVER_OPTIONS);
  const columns = result.Columns as Record<string, { Primal?: number } | undefined>;
  const chosen: number[] = [];
  problem.lengths.forEach((_, index) => {
    if ((columns[`s${index}`]?.Primal ?? 0) > 0.5) chosen.push(index);
  });
  return chosen;
}
