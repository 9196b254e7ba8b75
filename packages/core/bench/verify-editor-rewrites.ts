/**
 * How the support check treats an editor's rewrites (src/digest/testing/editor-rewrites.ts):
 * faithful ones passed and unfaithful ones flagged, by kind, with every miss listed and its reasons.
 * Run: npx tsx bench/verify-editor-rewrites.ts
 */
import { EDITOR_REWRITES } from "../src/digest/testing/editor-rewrites.js";
import { checkSupport } from "../src/digest/verify/check-support.js";

const byKind = new Map<string, { right: number; total: number }>();
const misses: string[] = [];
for (const rewrite of EDITOR_REWRITES) {
  const check = checkSupport(rewrite.statement, rewrite.passages);
  const right = check.verdict === rewrite.expected;
  const tally = byKind.get(rewrite.kind) ?? { right: 0, total: 0 };
  tally.right += right ? 1 : 0;
  tally.total += 1;
  byKind.set(rewrite.kind, tally);
  if (!right)
    misses.push(
      `  ${rewrite.expected === "supported" ? "flagged" : "passed "} [${rewrite.kind}] ${rewrite.statement} (score ${check.score}${check.reasons.length > 0 ? `: ${check.reasons.join("; ")}` : ""})`,
    );
}
const share = (expected: string) => {
  const cases = EDITOR_REWRITES.filter((rewrite) => rewrite.expected === expected);
  const right = cases.filter((rewrite) => checkSupport(rewrite.statement, rewrite.passages).verdict === expected);
  return `${right.length} of ${cases.length} (${((right.length / cases.length) * 100).toFixed(1)}%)`;
};
process.stdout.write(
  `faithful rewrites supported: ${share("supported")}\nunfaithful rewrites flagged: ${share("unsupported")}\n`,
);
for (const [kind, tally] of byKind) process.stdout.write(`  ${kind}: ${tally.right} of ${tally.total}\n`);
process.stdout.write(`${misses.join("\n")}\n`);
