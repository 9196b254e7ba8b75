export * from "./digest/index.js";
export * from "./summarize/index.js";
