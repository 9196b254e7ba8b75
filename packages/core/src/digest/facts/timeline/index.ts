export { buildTimeline } from "./build-timeline.js";
export { extendTimeline } from "./extend-timeline.js";
export { presentPerfectReport } from "./present-perfect-report.js";
