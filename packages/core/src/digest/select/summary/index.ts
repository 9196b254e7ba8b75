export { findBackground, findSceneSetting } from "./find-background.js";
export { findIntroductions } from "./find-introductions.js";
export { orderForReading } from "./order-for-reading.js";
export { orderSummary } from "./order-summary.js";
export { selectKeyPoints } from "./select-key-points.js";
export { type SelectSummaryOptions, selectSummary } from "./select-summary.js";
