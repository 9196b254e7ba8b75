export { chooseSuperseded } from "./choose-superseded.js";
export { reportsResultOf } from "./find-decided-contests.js";
export { prospectStart, statesProspect } from "./find-fulfilled-prospects.js";
export { findLaterTolls } from "./find-later-tolls.js";
export { findSuperseded } from "./find-superseded.js";
