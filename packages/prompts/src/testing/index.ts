export { buildDigest } from "./build-digest.js";
