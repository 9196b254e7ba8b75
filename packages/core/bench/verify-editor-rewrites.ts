/**
 * How the support check treats an editor's rewrites (src/digest/testing/editor-rewrites.ts) and five
 * held-out tables of a summarizer's sentences (src/digest/testing/newsroom-rewrites.ts,
 * wire-paraphrases.ts, desk-paraphrases.ts, extrinsic-paraphrases.ts, XSum-like: one abstractive
 * sentence over a whole article, and intrinsic-rewrites.ts, errors built from the article's own words, and structural-paraphrases.ts,
 * generalisations, light verbs, attribution and voice, and voice-and-merge-paraphrases.ts, the other voice,
 * facts of two passages joined and clauses compressed, and restatement-paraphrases.ts, numbers restated,
 * roles for names, negation and antonyms, quotes in reported speech, and abstraction-paraphrases.ts, two
 * passages fused, nominalisations, general words, headline compression and counts of a list, and
 * inference-paraphrases.ts, pronouns resolved, relative days as weekdays, aggregates, derived roles, causes):
 * faithful ones passed and unfaithful ones flagged, by
 * kind, with every miss listed and its reasons.
 * Run: npx tsx bench/verify-editor-rewrites.ts
 */
import { ABSTRACTION_PARAPHRASES } from "../src/digest/testing/abstraction-paraphrases.js";
import { DESK_PARAPHRASES } from "../src/digest/testing/desk-paraphrases.js";
import { EDITOR_REWRITES, type EditorRewrite } from "../src/digest/testing/editor-rewrites.js";
import { EXTRINSIC_PARAPHRASES } from "../src/digest/testing/extrinsic-paraphrases.js";
import { INFERENCE_PARAPHRASES } from "../src/digest/testing/inference-paraphrases.js";
import { INTRINSIC_REWRITES } from "../src/digest/testing/intrinsic-rewrites.js";
import { NEWSROOM_REWRITES } from "../src/digest/testing/newsroom-rewrites.js";
import { RESTATEMENT_PARAPHRASES } from "../src/digest/testing/restatement-paraphrases.js";
import { STRUCTURAL_PARAPHRASES } from "../src/digest/testing/structural-paraphrases.js";
import { VOICE_AND_MERGE_PARAPHRASES } from "../src/digest/testing/voice-and-merge-paraphrases.js";
import { WIRE_PARAPHRASES } from "../src/digest/testing/wire-paraphrases.js";
import { checkSupport } from "../src/digest/verify/check-support.js";

function report(title: string, rewrites: readonly EditorRewrite[]): void {
  const byKind = new Map<string, { right: number; total: number }>();
  const misses: string[] = [];
  const right = { supported: 0, unsupported: 0 };
  const total = { supported: 0, unsupported: 0 };
  for (const rewrite of rewrites) {
    const check = checkSupport(rewrite.statement, rewrite.passages);
    const isRight = check.verdict === rewrite.expected;
    total[rewrite.expected] += 1;
    right[rewrite.expected] += isRight ? 1 : 0;
    const tally = byKind.get(rewrite.kind) ?? { right: 0, total: 0 };
    tally.right += isRight ? 1 : 0;
    tally.total += 1;
    byKind.set(rewrite.kind, tally);
    if (!isRight)
      misses.push(
        `  ${rewrite.expected === "supported" ? "flagged" : "passed "} [${rewrite.kind}] ${rewrite.statement} (score ${check.score}${check.reasons.length > 0 ? `: ${check.reasons.join("; ")}` : ""})`,
      );
  }
  const share = (expected: "supported" | "unsupported") =>
    `${right[expected]} of ${total[expected]} (${((right[expected] / total[expected]) * 100).toFixed(1)}%)`;
  process.stdout.write(
    `${title}\nfaithful rewrites supported: ${share("supported")}\nunfaithful rewrites flagged: ${share("unsupported")}\n`,
  );
  for (const [kind, tally] of byKind) process.stdout.write(`  ${kind}: ${tally.right} of ${tally.total}\n`);
  process.stdout.write(`${misses.join("\n")}\n\n`);
}

report("editor rewrites", EDITOR_REWRITES);
report("newsroom rewrites (held out)", NEWSROOM_REWRITES);
report("wire paraphrases (held out)", WIRE_PARAPHRASES);
report("desk paraphrases (held out)", DESK_PARAPHRASES);
report("extrinsic paraphrases (held out)", EXTRINSIC_PARAPHRASES);
report("intrinsic rewrites (held out)", INTRINSIC_REWRITES);
report("structural paraphrases (held out)", STRUCTURAL_PARAPHRASES);
report("voice and merge paraphrases (held out)", VOICE_AND_MERGE_PARAPHRASES);
report("restatement paraphrases (held out)", RESTATEMENT_PARAPHRASES);
report("abstraction paraphrases (held out)", ABSTRACTION_PARAPHRASES);
report("inference paraphrases (held out)", INFERENCE_PARAPHRASES);
