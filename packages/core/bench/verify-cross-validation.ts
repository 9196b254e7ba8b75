/**
 * How well the support check's tuned settings carry over to sentences it was not tuned on: group
 * 5-fold cross-validation by source article on a labelled JSONL ({id, sentence, source, label}, e.g.
 * QAGS dev). In each fold the alignment costs that matter most and the cost limit are chosen on four
 * fifths of the articles and measured on the fifth. Prints the in-sample figure of the shipped
 * settings beside the cross-validated one.
 * Run: npx tsx bench/verify-cross-validation.ts labelled.jsonl [id-prefix, e.g. qags-cnndm]
 */
import { readFileSync } from "node:fs";
import { checkSupport, SUPPORT_COST_LIMIT, SUPPORT_COSTS } from "../src/digest/verify/check-support.js";

const [path, prefix = ""] = process.argv.slice(2);
if (!path) throw new Error("usage: verify-cross-validation.ts labelled.jsonl [id-prefix]");
const rows = readFileSync(path, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as { id: string; sentence: string; source: string; label: string })
  .filter((row) => row.id.startsWith(prefix) && row.label);
const sources = [...new Set(rows.map((row) => row.source))];
const foldOf = rows.map((row) => sources.indexOf(row.source) % 5);

const configurations = [3, 4, 5].flatMap((jump) =>
  [0.2, 0.3, 0.5].map((modifierGap) => ({ ...SUPPORT_COSTS, jump, modifierGap })),
);
const limits = [0.16, 0.18, 0.2, 0.22, 0.24];

// verdicts[configuration][limit][row]
const verdicts = configurations.map((costs) =>
  limits.map((costLimit) =>
    rows.map((row) => checkSupport(row.sentence, [row.source], { costs, costLimit }).verdict === "supported"),
  ),
);

function balancedAccuracy(indices: number[], predicted: boolean[]): number {
  const supported = indices.filter((index) => rows[index]!.label === "supported");
  const unsupported = indices.filter((index) => rows[index]!.label !== "supported");
  const passed = supported.filter((index) => predicted[index]).length / Math.max(1, supported.length);
  const caught = unsupported.filter((index) => !predicted[index]).length / Math.max(1, unsupported.length);
  return (passed + caught) / 2;
}

const all = rows.map((_, index) => index);
const predicted: boolean[] = [];
for (let fold = 0; fold < 5; fold += 1) {
  const train = all.filter((index) => foldOf[index] !== fold);
  let best = { score: -1, configuration: 0, limit: 0 };
  verdicts.forEach((byLimit, configuration) => {
    byLimit.forEach((verdict, limit) => {
      const score = balancedAccuracy(train, verdict);
      if (score > best.score) best = { score, configuration, limit };
    });
  });
  for (const index of all.filter((candidate) => foldOf[candidate] === fold))
    predicted[index] = verdicts[best.configuration]![best.limit]![index]!;
  const chosen = configurations[best.configuration]!;
  process.stdout.write(
    `fold ${fold + 1}: chose jump ${chosen.jump}, modifier gap ${chosen.modifierGap}, limit ${limits[best.limit]} (train ${best.score.toFixed(3)})\n`,
  );
}
const shipped =
  verdicts[
    configurations.findIndex(
      (costs) => costs.jump === SUPPORT_COSTS.jump && costs.modifierGap === SUPPORT_COSTS.modifierGap,
    )
  ]![limits.indexOf(SUPPORT_COST_LIMIT)]!;
process.stdout.write(
  `${rows.length} sentences from ${sources.length} articles: shipped settings ${balancedAccuracy(all, shipped).toFixed(3)} (in sample), cross-validated ${balancedAccuracy(all, predicted).toFixed(3)}\n`,
);
