export { buildSources } from "./build-sources.js";
export { corroborate } from "./corroborate.js";
export { creditOriginals } from "./credit-originals.js";
export { initialsOf, outletOf } from "./independent-outlets.js";
