import { countsAList, type Quantity, readQuantities, sameQuantity, withinBound } from "../reading/index.js";
import type { SupportContext, SupportFault } from "./support-fault.js";

function describe(quantity: Quantity): string {
  return quantity.text;
}

function withParts(quantity: Quantity): Quantity[] {
  if (quantity.second === null) return [quantity];
  return [
    quantity,
    { ...quantity, second: null, last: quantity.first },
    { ...quantity, value: quantity.second, second: null, first: quantity.last },
  ];
}

function spelledOut(context: SupportContext, cited: readonly Quantity[][], pair: Quantity): boolean {
  return cited.some((quantities, passage) =>
    quantities.some(
      (first) =>
        first.second === null &&
        first.value === pair.value &&
        quantities.some(
          (second) =>
            second.second === null &&
            second.value === pair.second &&
            second.first > first.last &&
            second.first - first.last <= 4 &&
            context.passages[passage]!.tokens[second.first]!.sentence ===
              context.passages[passage]!.tokens[first.first]!.sentence,
        ),
    ),
  );
}

/** "one of three men", "one of 12 teams": "one" picks a member of a counted group. */
function memberOfCount(context: SupportContext, quantity: Quantity): boolean {
  const tokens = context.statement.tokens;
  return quantity.value === 1 && tokens[quantity.last + 1]?.key === "of" && tokens[quantity.last + 2]?.pos === "NUM";
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
  // A passage's "4-1" also gives 4 and 1 alone ("scored four goals"); a statement's "3-1" needs the pair.
  const cited = context.passages.map((passage) => readQuantities(passage).flatMap(withParts));
  const all = cited.flat();
  for (const quantity of readQuantities(context.statement)) {
    if (quantity.year) continue; // dates check years
    const matches = all.filter((other) => states(quantity, other));
    // "7-2" for "by 7 votes to 2": the two numbers a few words apart in one passage sentence.
    if (quantity.second !== null && matches.length === 0 && spelledOut(context, cited, quantity)) continue;
    // "three men were arrested" for "officers arrested Crossley, Orwin and Patten".
    if (matches.length === 0 && countsAList(quantity, context.statement, context.passages)) continue;
    // "one of three men": the member of a group whose count follows, which is checked itself.
    if (matches.length === 0 && memberOfCount(context, quantity)) continue;
    const primary = context.primary;
    const here = primary
      ? cited[primary.passage]!.filter(
          (other) => context.passages[primary.passage]!.tokens[other.first]!.sentence === primary.sentence,
        )
      : [];
    const rival =
      quantity.second !== null
        ? here.find((other) => other.second !== null && !states(quantity, other))
        : quantity.counts === null
          ? undefined
          : here.find((other) => other.counts === quantity.counts && !states(quantity, other));
    if (matches.length === 0) {
      const sameValue = all.find(
        (other) =>
          other.second === quantity.second && Math.abs(other.value - quantity.value) <= Math.abs(quantity.value) * 1e-9,
      );
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
    // Found, but as another thing's figure where the sentence it rests on gives what it counts another
    // ("a £1.2 million reward" where the violin is valued at £1.2 million and the reward is £10,000).
    const countedElsewhere =
      rival !== undefined &&
      quantity.counts !== null &&
      here.every((other) => !states(quantity, other) || other.counts !== quantity.counts);
    if (rival && countedElsewhere) {
      faults.push({
        kind: "number",
        reason: `the sentence says ${describe(quantity)} ${quantity.counts}; the passage it rests on gives ${describe(rival)} for it`,
      });
      continue;
    }
    if (rival && !here.some((other) => states(quantity, other))) {
      faults.push({
        kind: "number",
        reason: `the sentence says ${describe(quantity)}; the passage it rests on says ${describe(rival)}`,
      });
    }
  }
  return faults;
}
