export { physicalDimensionOf } from "./common-units.js";
export { findAgeDisagreements } from "./find-age-disagreements.js";
export { findClockTimeDisagreements } from "./find-clock-time-disagreements.js";
export {
  clusterByValue,
  findDisagreements,
  groupFigures,
  olderEventYear,
  quantityKey,
  sameFigure,
  samePlace,
} from "./find-disagreements.js";
export { findTallyDisagreements } from "./find-tally-disagreements.js";
export { measureClassOf } from "./measure-class-pairs.js";
export { partsOfWholes } from "./part-of-whole.js";
