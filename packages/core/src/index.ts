// The public API of @roundup/core: each folder's index.ts names what it exports.
export * from "./chunk/index.js";
export * from "./digest/index.js";
export * from "./errors/index.js";
export * from "./eval/index.js";
export * from "./group/index.js";
export * from "./ingest/index.js";
export type * from "./model/index.js";
export * from "./review/index.js";
export * from "./settings/index.js";
export * from "./text/index.js";
