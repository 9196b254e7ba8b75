/**
 * One spelling of a unit for British and American outlets alike: "14 cooling centres" and "18
 * cooling centers" count one thing. British -tre and -bre endings (centre, metre, litre, theatre,
 * fibre) are the only pairs of the kind that are units of counts; -our words (harbour, neighbour) are
 * rarely counted, and "hour", "tour" or "four" would need a list.
 */
export function commonSpelling(unit: string): string {
  return unit.replace(/([a-z]{2,})(t|b)re$/, "$1$2er");
}
