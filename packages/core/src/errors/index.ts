export type { RoundupErrorCode } from "./roundup-error.js";
export { isRoundupError, RoundupError } from "./roundup-error.js";
