export * from "./digest/index.js";
