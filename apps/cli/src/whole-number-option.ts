import { InvalidArgumentError } from "commander";

/** A commander option parser for a whole number of at least `minimum` (counts, seconds, minutes). */
export function wholeNumberOption(minimum: number): (value: string) => number {
  return (value) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < minimum)
      throw new InvalidArgumentError(`must be a whole number of at least ${minimum}`);
    return parsed;
  };
}
