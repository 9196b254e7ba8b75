import type { NumberMention } from "./find-number-mentions.js";

/**
 * The vehicles a crash took in, told as a count of kinds: "a pile-up of 31 cars, vans and lorries"
 * counts the same vehicles as "27 vehicles collided": an editor sets the two against each other. A
 * list of kinds of vehicle after a figure counts vehicles, and a pile-up, crash or collision "of" or
 * "involving" them is their crash; a single kind stays as written ("12 lorries" of 40 vehicles is a part).
 */
/** Kinds of vehicle in the plural: each in a list shares the figure ("31 cars, vans and lorries", never "12 cars and a bus"). */
const VEHICLE_KINDS =
  "(?:cars|vans|lorries|trucks|pickups|pick-ups|buses|coaches|motorcycles|motorbikes|minibuses|SUVs|HGVs|tractor-trailers|semis|tankers|trailers|caravans|campervans|taxis)";
const KIND_LIST_AFTER = new RegExp(
  String.raw`^\s+${VEHICLE_KINDS}(?:,\s+${VEHICLE_KINDS})*,?\s+(?:and|or)\s+${VEHICLE_KINDS}\b`,
  "i",
);
const CRASH_OF_BEFORE =
  /\b(?:pile-?ups?|crash(?:es)?|collisions?|smash(?:es)?)\s+(?:of|involving)\s+(?:(?:about|around|some|nearly|almost|at least|more than|up to)\s+)?$/i;

/** The mention read as a count of vehicles in a crash when a list of kinds follows it, or null. */
export function vehiclesInCrash(mention: NumberMention): NumberMention | null {
  const text = mention.item.sentence.text;
  const offset = mention.item.sentence.start;
  if (!KIND_LIST_AFTER.test(text.slice(mention.end - offset))) return null;
  const crashed = mention.event === "crashed" || CRASH_OF_BEFORE.test(text.slice(0, mention.start - offset));
  return { ...mention, unit: "vehicle", ...(crashed ? { event: "crashed" } : {}) };
}
