import { type Quantity, readQuantities, sameQuantity, withinBound } from "./read-quantities.js";
import type { SupportContext, SupportFault } from "./support-fault.js";

function describe(quantity: Quantity): string {
  return quantity.text;
}

/** The statement's quantity is the passage's, or a bound the passage's amount meets ("more than 100" for 116). */
const states = (quantity: Quantity, other: Quantity) => sameQuantity(quantity, other) || withinBound(quantity, other);

/**
 * Every number of the statement, with its unit, must be one the passages give: "two million" meets
 * "2 million", 9% does not meet 9. Where the passage sentence the statement rests on counts the same
 * thing with another number ("three men" against "six men"), the reason says so.
 */
export function compareQuantities(context: SupportContext): SupportFault[] {
  const faults: SupportFault[] = [];
  const cited = context.passages.map((passage) => readQuantities(passage));
  const all = cited.flat();
  for (const quantity of readQuantities(context.statement)) {
    if (quantity.year) continue; // dates check years
    const matches = all.filter((other) => states(quantity, other));
    const primary = context.primary;
    const here = primary
      ? cited[primary.passage]!.filter(
          (other) => context.passages[primary.passage]!.tokens[other.first]!.sentence === primary.sentence,
        )
      : [];
    const rival =
      quantity.counts === null
        ? undefined
        : here.find((other) => other.counts === quantity.counts && !states(quantity, other));
    if (matches.length === 0) {
      const sameValue = all.find((other) => Math.abs(other.value - quantity.value) <= Math.abs(quantity.value) * 1e-9);
      if (rival) {
        faults.push({
          kind: "number",
          reason: `the sentence says ${describe(quantity)}; the cited passage says ${describe(rival)}`,
        });
      } else if (sameValue) {
        faults.push({
          kind: "number",
          reason: `the sentence says ${describe(quantity)}; the cited passage has ${describe(sameValue)}, which is not the same measure`,
        });
      } else {
        faults.push({ kind: "number", reason: `number ${describe(quantity)} is not in the cited passage` });
      }
      continue;
    }
    // Found somewhere, but the sentence it rests on counts the same thing differently.
    if (rival && !here.some((other) => states(quantity, other))) {
      faults.push({
        kind: "number",
        reason: `the sentence says ${describe(quantity)}; the passage it rests on says ${describe(rival)}`,
      });
    }
  }
  return faults;
}
