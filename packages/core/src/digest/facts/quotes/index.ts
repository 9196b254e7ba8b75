export { chooseQuotes } from "./choose-quotes.js";
export { findQuotes, type QuoteMention } from "./find-quotes.js";
